import type { CrmField, CrmModule, FieldMappingDoc } from '../../schemas/entities.js';
import { changedFieldIds, type FieldMappingState } from '../../store/slices/field-mapping.js';
import { checkMapping, compatibleCrmFields, type MappingCheck, type MappingEntries } from '../../rules/field-compatibility.js';
import { normaliseLabel } from '../../rules/field-suggestions.js';

/** What is derived from one document + draft; recomputed only when they change. */
export interface Derived {
  doc: FieldMappingDoc;
  draft: MappingEntries;
  check: MappingCheck;
  changed: ReadonlySet<string>;
  options: ReadonlyMap<string, Record<CrmModule, CrmField[]>>;
  crmById: Record<CrmModule, ReadonlyMap<string, CrmField>>;
  labelById: ReadonlyMap<string, string>;
  search: readonly string[];
}

/** Derives what the rows show from the saved document and the draft, once per change of either. */
export class MappingView {
  #last: Derived | undefined;

  /** The last derivation (labels of the fields, for announcements). */
  get last(): Derived | undefined {
    return this.#last;
  }

  derive(doc: FieldMappingDoc, draft: MappingEntries, state: FieldMappingState): Derived {
    const prev = this.#last;
    if (prev && prev.doc === doc && prev.draft === draft) return prev;
    if (prev && prev.doc === doc) {
      // Only the draft changed: the options and labels stay.
      this.#last = { ...prev, draft, check: checkMapping(doc.projectsFields, doc.crmFields, draft), changed: new Set(changedFieldIds(state)) };
      return this.#last;
    }
    const options = new Map<string, Record<CrmModule, CrmField[]>>();
    for (const f of doc.projectsFields) {
      options.set(f.id, { deals: compatibleCrmFields(f, doc.crmFields.deals), accounts: compatibleCrmFields(f, doc.crmFields.accounts) });
    }
    this.#last = {
      doc,
      draft,
      check: checkMapping(doc.projectsFields, doc.crmFields, draft),
      changed: new Set(changedFieldIds(state)),
      options,
      crmById: {
        deals: new Map(doc.crmFields.deals.map((c) => [c.id, c])),
        accounts: new Map(doc.crmFields.accounts.map((c) => [c.id, c])),
      },
      labelById: new Map(doc.projectsFields.map((f) => [f.id, f.label])),
      search: doc.projectsFields.map((f) => normaliseLabel(f.label)),
    };
    return this.#last;
  }
}
