/**
 * Field mapping: Projects fields fed by Deals and Accounts fields.
 * The user's choices live here as a draft, so nothing is lost when a save fails or the
 * element re-renders; a reload keeps what the user changed and takes the rest from the server.
 */
import type { CrmModule, FieldMappingDoc, FieldMappingEntry } from '../../schemas/entities.js';
import type { MappingEntries, MappingPair } from '../../rules/field-compatibility.js';
import { suggestMappings, type Suggestions } from '../../rules/field-suggestions.js';
import type { Core } from '../state.js';
import type { StatusActions } from './status.js';
import { afterSave, currentDraft, discarded, draftInOrder, draftOnLoad, draftOnSave, type DraftSpec, type SaveOptions } from './draft-document.js';

export interface FieldMappingState {
  /** As saved on the server. */
  readonly doc: FieldMappingDoc | null;
  /** The working copy shown to the user, by Projects field id; null until the first load. */
  readonly draft: MappingEntries | null;
  /** Suggested CRM fields for still-empty cells; null until the first load computes them. */
  readonly suggestions: Suggestions | null;
}

export type { SaveOptions } from './draft-document.js';

export const initialFieldMappingState: FieldMappingState = { doc: null, draft: null, suggestions: null };

const EMPTY: MappingPair = Object.freeze({ deals: null, accounts: null });

/** The saved mapping of a document as entries for every Projects field. */
export function entriesOf(doc: FieldMappingDoc): MappingEntries {
  const saved = new Map(doc.mapping.map((m) => [m.projectsFieldId, m]));
  const entries: Record<string, MappingPair> = {};
  for (const f of doc.projectsFields) {
    const m = saved.get(f.id);
    entries[f.id] = m ? { deals: m.deals, accounts: m.accounts } : EMPTY;
  }
  return entries;
}

/**
 * The draft moved onto a new server state: cells the user changed (draft differs from
 * `base`) are kept, every other cell takes the server's value.
 */
export function rebaseEntries(draft: MappingEntries, base: MappingEntries, next: MappingEntries): MappingEntries {
  const result: Record<string, MappingPair> = {};
  for (const [id, server] of Object.entries(next)) {
    const mine = draft[id];
    const was = base[id] ?? EMPTY;
    result[id] = mine
      ? {
          deals: mine.deals !== was.deals ? mine.deals : server.deals,
          accounts: mine.accounts !== was.accounts ? mine.accounts : server.accounts,
        }
      : server;
  }
  return result;
}

const MAPPING: DraftSpec<FieldMappingDoc, MappingPair> = { entriesOf, rebase: rebaseEntries, idsOf: (doc) => doc.projectsFields.map((f) => f.id) };

/** Projects field ids whose draft differs from the saved mapping. */
export function changedFieldIds(state: FieldMappingState): string[] {
  if (!state.doc || !state.draft) return [];
  const saved = entriesOf(state.doc);
  return Object.keys(state.draft).filter((id) => {
    const a = state.draft![id]!;
    const b = saved[id] ?? EMPTY;
    return a.deals !== b.deals || a.accounts !== b.accounts;
  });
}

/**
 * Suggestions still worth showing: for empty cells, and of CRM fields not chosen elsewhere in
 * their column since (accepting one would make a duplicate).
 */
function withoutFilled(suggestions: Suggestions | null, entries: MappingEntries): Suggestions | null {
  if (!suggestions) return suggestions;
  const used = { deals: new Set<string>(), accounts: new Set<string>() };
  for (const e of Object.values(entries)) {
    if (e.deals) used.deals.add(e.deals);
    if (e.accounts) used.accounts.add(e.accounts);
  }
  const result: Record<string, Partial<Record<CrmModule, string>>> = {};
  for (const [id, s] of Object.entries(suggestions)) {
    const e = entries[id];
    const kept: Partial<Record<CrmModule, string>> = {};
    if (s.deals && !e?.deals && !used.deals.has(s.deals)) kept.deals = s.deals;
    if (s.accounts && !e?.accounts && !used.accounts.has(s.accounts)) kept.accounts = s.accounts;
    if (kept.deals || kept.accounts) result[id] = kept;
  }
  return result;
}

export class FieldMappingActions {
  constructor(private readonly core: Core, private readonly setup: StatusActions) {}

  /** Loads the fields and the saved mapping; an existing draft keeps the user's changes. */
  load() {
    return this.core.run('getFieldMapping', {}, {
      onSuccess: (doc) => this.core.update('fieldMapping', (s) => {
        const draft = draftOnLoad(MAPPING, s, doc);
        // Suggestions are made once, on the first open; later loads only drop filled cells.
        const suggestions = s.suggestions === null
          ? suggestMappings(doc.projectsFields, doc.crmFields, draft)
          : withoutFilled(s.suggestions, draft);
        return { doc, draft, suggestions };
      }),
    });
  }

  /** Chooses the CRM field (or none) feeding a Projects field from one module. */
  choose(projectsFieldId: string, module: CrmModule, crmFieldId: string | null) {
    this.#edit((draft) => ({ ...draft, [projectsFieldId]: { ...(draft[projectsFieldId] ?? EMPTY), [module]: crmFieldId } }));
  }

  /** Takes the suggestions of one Projects field. */
  acceptSuggestion(projectsFieldId: string) {
    const s = this.core.state.fieldMapping.suggestions?.[projectsFieldId];
    if (!s) return;
    this.#edit((draft) => {
      const e = draft[projectsFieldId] ?? EMPTY;
      return { ...draft, [projectsFieldId]: { deals: e.deals ?? s.deals ?? null, accounts: e.accounts ?? s.accounts ?? null } };
    });
  }

  /** Takes every suggestion. */
  acceptAllSuggestions() {
    const all = this.core.state.fieldMapping.suggestions ?? {};
    this.#edit((draft) => {
      const next: Record<string, MappingPair> = { ...draft };
      for (const [id, s] of Object.entries(all)) {
        const e = next[id] ?? EMPTY;
        next[id] = { deals: e.deals ?? s.deals ?? null, accounts: e.accounts ?? s.accounts ?? null };
      }
      return next;
    });
  }

  dismissSuggestions() {
    this.core.update('fieldMapping', (s) => ({ ...s, suggestions: {} }));
  }

  /** Back to the saved mapping. */
  discard() {
    this.core.update('fieldMapping', (s) => discarded(MAPPING, s));
  }

  /** Saves the draft ("Done"). */
  saveDraft(options: SaveOptions<FieldMappingDoc> = {}) {
    const entries = draftInOrder(MAPPING, this.core.state.fieldMapping);
    return this.save(entries.map(([id, pair]) => ({ projectsFieldId: id, ...pair })), options);
  }

  async save(mapping: readonly FieldMappingEntry[], options: SaveOptions<FieldMappingDoc> = {}) {
    const version = this.core.state.fieldMapping.doc?.version ?? 0;
    const sent: Record<string, MappingPair> = {};
    for (const m of mapping) sent[m.projectsFieldId] = { deals: m.deals, accounts: m.accounts };
    const result = await this.core.run('saveFieldMapping', { mapping: [...mapping], version }, {
      onSuccess: (doc) => this.core.update('fieldMapping', (s) => {
        const draft = draftOnSave(MAPPING, s, sent, doc);
        return { doc, draft, suggestions: withoutFilled(s.suggestions, draft) };
      }),
    });
    return afterSave(result, options, this.setup);
  }

  #edit(recipe: (draft: MappingEntries) => MappingEntries) {
    this.core.update('fieldMapping', (s) => {
      if (!s.doc) return s;
      const draft = recipe(currentDraft(MAPPING, s));
      return { ...s, draft, suggestions: withoutFilled(s.suggestions, draft) };
    });
  }
}
