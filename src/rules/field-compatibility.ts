/**
 * Which CRM fields may feed which Projects fields, and the checks a field mapping must
 * pass before it is saved (required fields, duplicates, type compatibility). Pure: no DOM,
 * no store. The fake server uses the same table to refuse incompatible mappings.
 */
import type { CrmField, CrmModule, FieldType, ProjectsField } from '../schemas/entities.js';

/**
 * For each Projects field type (the target), the CRM field types (sources) whose values
 * it can take without losing meaning. Read a row as "a Projects <type> field accepts …".
 */
export const COMPATIBLE_SOURCES: Readonly<Record<FieldType, readonly FieldType[]>> = {
  text: ['text', 'picklist', 'lookup', 'email', 'phone', 'url'],
  textarea: ['textarea', 'text', 'picklist', 'lookup', 'email', 'phone', 'url'],
  integer: ['integer'],
  decimal: ['decimal', 'integer', 'currency'],
  currency: ['currency', 'decimal', 'integer'],
  date: ['date', 'datetime'],
  datetime: ['datetime', 'date'],
  picklist: ['picklist', 'text'],
  multiselect: ['multiselect', 'picklist'],
  lookup: ['lookup'],
  user: ['user'],
  boolean: ['boolean'],
  email: ['email'],
  phone: ['phone'],
  url: ['url'],
};

export const CRM_MODULES: readonly CrmModule[] = ['deals', 'accounts'];

/** True when a CRM field of type `source` may feed a Projects field of type `target`. */
export function isCompatible(target: FieldType, source: FieldType): boolean {
  return COMPATIBLE_SOURCES[target].includes(source);
}

/** The CRM fields that may feed `target`, in their original order. */
export function compatibleCrmFields(target: ProjectsField, fields: readonly CrmField[]): CrmField[] {
  return fields.filter((f) => isCompatible(target.type, f.type));
}

/** One Projects field's choices: a CRM field id per module, or null. */
export interface MappingPair {
  readonly deals: string | null;
  readonly accounts: string | null;
}

export type MappingEntries = Readonly<Record<string, MappingPair>>;

export type CellProblem =
  | { readonly kind: 'required' }
  | { readonly kind: 'unknown'; readonly crmFieldId: string }
  | { readonly kind: 'incompatible'; readonly crmFieldId: string }
  /** The same CRM field feeds other Projects fields in this module: a warning, not blocking. */
  | { readonly kind: 'duplicate'; readonly crmFieldId: string; readonly otherProjectsFieldIds: readonly string[] };

export type RowProblems = Partial<Record<CrmModule, CellProblem>>;

export interface MappingCheck {
  /** Problems per Projects field id (only fields that have one). */
  readonly problems: ReadonlyMap<string, RowProblems>;
  /** Problems that stop "Done" (required, unknown, incompatible), in field order. */
  readonly blocking: readonly { readonly projectsFieldId: string; readonly module: CrmModule; readonly problem: CellProblem }[];
  /** How many rows carry a duplicate warning. */
  readonly duplicateRows: number;
}

const BLOCKING = new Set<CellProblem['kind']>(['required', 'unknown', 'incompatible']);

/**
 * Checks a mapping: required Projects fields need a field from both modules; every
 * chosen CRM field must exist and be type-compatible; a CRM field chosen for two
 * Projects fields in the same module is flagged on both rows.
 */
export function checkMapping(
  fields: readonly ProjectsField[],
  crmFields: Readonly<Record<CrmModule, readonly CrmField[]>>,
  entries: MappingEntries,
): MappingCheck {
  const problems = new Map<string, RowProblems>();
  const blocking: MappingCheck['blocking'][number][] = [];
  const put = (fieldId: string, module: CrmModule, problem: CellProblem) => {
    problems.set(fieldId, { ...problems.get(fieldId), [module]: problem });
  };
  for (const module of CRM_MODULES) {
    const byId = new Map(crmFields[module].map((f) => [f.id, f]));
    const users = new Map<string, string[]>();
    for (const field of fields) {
      const chosen = entries[field.id]?.[module] ?? null;
      if (!chosen) {
        if (field.required) put(field.id, module, { kind: 'required' });
        continue;
      }
      const crm = byId.get(chosen);
      if (!crm) put(field.id, module, { kind: 'unknown', crmFieldId: chosen });
      else if (!isCompatible(field.type, crm.type)) put(field.id, module, { kind: 'incompatible', crmFieldId: chosen });
      else users.set(chosen, [...(users.get(chosen) ?? []), field.id]);
    }
    for (const [crmFieldId, ids] of users) {
      if (ids.length < 2) continue;
      for (const id of ids) {
        put(id, module, { kind: 'duplicate', crmFieldId, otherProjectsFieldIds: ids.filter((x) => x !== id) });
      }
    }
  }
  let duplicateRows = 0;
  for (const field of fields) {
    const row = problems.get(field.id);
    if (!row) continue;
    if (row.deals?.kind === 'duplicate' || row.accounts?.kind === 'duplicate') duplicateRows++;
    for (const module of CRM_MODULES) {
      const problem = row[module];
      if (problem && BLOCKING.has(problem.kind)) blocking.push({ projectsFieldId: field.id, module, problem });
    }
  }
  return { problems, blocking, duplicateRows };
}

/** Projects fields fed by at least one CRM field. */
export function mappedCount(entries: MappingEntries): number {
  return Object.values(entries).filter((e) => e.deals || e.accounts).length;
}
