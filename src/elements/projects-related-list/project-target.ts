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

/** The form open: a new project, or a project being edited. */
export type OpenForm = { kind: 'new' } | { kind: 'edit'; projectId: string; projectName: string };

export interface ProjectTarget {
  /** Whose words the form uses: a deal's, an account's, or (null) none: a project linked to no record. */
  readonly module: CrmModule | null;
  /** The request that loads the "New Project" form. */
  readonly sourceKey: RequestKey;
  /** The store keys of a form's draft and of its save request. */
  keys(form: OpenForm): { draftKey: string; requestKey: RequestKey };
  openNew(): Promise<Result<ProjectDraft>>;
  openEdit(project: LinkedProject): void;
  submit(form: OpenForm): Promise<Result<LinkedProject>>;
  removeKey(projectId: string): RequestKey;
  remove(projectId: string): Promise<Result<unknown>>;
}

/** The projects of a Deal or Account, through the record's own operations. */
export function recordTarget(store: IntegrationStore, { module, id }: RecordRef): ProjectTarget {
  const records = store.records;
  return {
    module,
    sourceKey: RECORD_KEYS.form(module, id),
    keys: (form) => (form.kind === 'new'
      ? { draftKey: newDraftKey(module, id), requestKey: RECORD_KEYS.create(module, id) }
      : { draftKey: editDraftKey(module, id, form.projectId), requestKey: RECORD_KEYS.update(module, id, form.projectId) }),
    openNew: () => records.openNew(module, id),
    openEdit: (project) => void records.openEdit(module, id, project),
    submit: (form) => (form.kind === 'new' ? records.create(module, id) : records.saveEdit(module, id, form.projectId)),
    removeKey: (projectId) => RECORD_KEYS.remove(module, id, projectId),
    remove: (projectId) => records.remove(module, id, projectId),
  };
}
