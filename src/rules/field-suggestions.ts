/**
 * Suggested CRM fields for unmapped Projects fields, by normalised label and type. Pure.
 */
import type { CrmField, CrmModule, ProjectsField } from '../schemas/entities.js';
import { CRM_MODULES, isCompatible, type MappingEntries } from './field-compatibility.js';

/** Words that say which module or kind of record a field belongs to, not what it holds. */
const NOISE = new Set(['deal', 'deals', 'account', 'accounts', 'project', 'projects', 'custom', 'crm', 'the', 'of', 'a']);

/** Different words for the same thing in CRM and Projects (CRM word → Projects word). */
const SYNONYMS: Readonly<Record<string, string>> = {
  closing: 'end',
  close: 'end',
  amount: 'budget',
  stage: 'status',
  tag: 'tags',
};

/** Lower case, accents removed, punctuation as spaces, spaces collapsed. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a label that say what the field holds: noise words and numbers dropped, synonyms unified. */
export function labelTokens(label: string): string[] {
  return normaliseLabel(label)
    .split(' ')
    .filter((t) => t && !NOISE.has(t) && !/^\d+$/.test(t))
    .map((t) => SYNONYMS[t] ?? t);
}

/** 0…1: 1 when the meaningful words are the same, else the share of words in common (Jaccard). */
export function labelSimilarity(a: string, b: string): number {
  const ta = new Set(labelTokens(a));
  const tb = new Set(labelTokens(b));
  if (!ta.size || !tb.size) return normaliseLabel(a) === normaliseLabel(b) ? 1 : 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / (ta.size + tb.size - common);
}

/** A suggestion needs at least this score (same words = 1; half the words in common = 0.5). */
export const SUGGESTION_THRESHOLD = 0.5;
/** Added when the CRM field has exactly the Projects field's type (not only a compatible one). */
const SAME_TYPE_BONUS = 0.1;

export type Suggestions = Readonly<Record<string, Partial<Record<CrmModule, string>>>>;

/**
 * For each Projects field with an empty column, the best-matching compatible CRM field of
 * that module, if one scores at least SUGGESTION_THRESHOLD. A CRM field already chosen in a
 * column, or suggested for a better-matching row, is not suggested again (no duplicates).
 */
export function suggestMappings(
  fields: readonly ProjectsField[],
  crmFields: Readonly<Record<CrmModule, readonly CrmField[]>>,
  entries: MappingEntries,
): Suggestions {
  const result: Record<string, Partial<Record<CrmModule, string>>> = {};
  for (const module of CRM_MODULES) {
    const used = new Set<string>();
    for (const f of fields) {
      const id = entries[f.id]?.[module];
      if (id) used.add(id);
    }
    const candidates: { fieldIndex: number; crmId: string; score: number }[] = [];
    fields.forEach((field, fieldIndex) => {
      if (entries[field.id]?.[module]) return;
      for (const crm of crmFields[module]) {
        if (used.has(crm.id) || !isCompatible(field.type, crm.type)) continue;
        const similarity = labelSimilarity(field.label, crm.label);
        if (similarity < SUGGESTION_THRESHOLD) continue;
        candidates.push({ fieldIndex, crmId: crm.id, score: similarity + (crm.type === field.type ? SAME_TYPE_BONUS : 0) });
      }
    });
    candidates.sort((x, y) => y.score - x.score || x.fieldIndex - y.fieldIndex);
    const taken = new Set<number>();
    for (const c of candidates) {
      if (taken.has(c.fieldIndex) || used.has(c.crmId)) continue;
      taken.add(c.fieldIndex);
      used.add(c.crmId);
      const id = fields[c.fieldIndex]!.id;
      result[id] = { ...result[id], [module]: c.crmId };
    }
  }
  return result;
}
