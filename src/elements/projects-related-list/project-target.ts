/**
 * Where the project form and the delete confirmation act: a CRM record's related list (the
 * record's operations, prefilled through the mapping) or the Projects tab (the portal's
 * operations, a project linked to no record). The form and the dialog are written once and ask
 * their target for the store keys and the calls.
 */
import type { CrmModule, LinkedProject } from '../../schemas/entities.js';
import type { ProjectDraft } from '../../rules/project-form.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import type { Result } from '../../store/result.js';
import type { RequestKey } from '../../store/store-core.js';
import { RECORD_KEYS, editDraftKey, newDraftKey } from '../../store/slices/records.js';

/** The CRM record a project is created from (or linked to). */
export interface RecordRef { module: CrmModule; id: string }

export interface FormKeys {
  draftKey: string;
  requestKey: RequestKey;
  /** The reads the form's draft is built from (their failure shows in place of the form). */
  sourceKeys: readonly RequestKey[];
}

/** The form open: a new project, or a project being edited. */
export type OpenForm = { kind: 'new' } | { kind: 'edit'; project: LinkedProject };

export interface ProjectTarget {
  /** Whose words the form uses: a deal's, an account's, or (null) none: a project linked to no record. */
  readonly module: CrmModule | null;
  /** The store keys of a form's draft, of its save request and of the reads the form is built from. */
  keys(form: OpenForm): FormKeys;
  openNew(): Promise<Result<ProjectDraft>>;
  openEdit(project: LinkedProject): Promise<Result<ProjectDraft>>;
  submit(form: OpenForm): Promise<Result<LinkedProject>>;
  removeKey(projectId: string): RequestKey;
  remove(projectId: string): Promise<Result<unknown>>;
}

/** The projects of a Deal or Account, through the record's own operations. */
export function recordTarget(store: IntegrationStore, { module, id }: RecordRef): ProjectTarget {
  const records = store.records;
  return {
    module,
    keys: (form) => (form.kind === 'new'
      ? { draftKey: newDraftKey(module, id), requestKey: RECORD_KEYS.create(module, id), sourceKeys: [RECORD_KEYS.form(module, id)] }
      // A record page's "Edit" is built from the project as listed: nothing to read.
      : { draftKey: editDraftKey(module, id, form.project.id), requestKey: RECORD_KEYS.update(module, id, form.project.id), sourceKeys: [] }),
    openNew: () => records.openNew(module, id),
    openEdit: async (project) => ({ ok: true, value: records.openEdit(module, id, project) }),
    submit: (form) => (form.kind === 'new' ? records.create(module, id) : records.saveEdit(module, id, form.project.id)),
    removeKey: (projectId) => RECORD_KEYS.remove(module, id, projectId),
    remove: (projectId) => records.remove(module, id, projectId),
  };
}
