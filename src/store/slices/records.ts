/**
 * CRM record pages: the signed-in user's access (profile permissions, integration state),
 * the projects linked to each Deal or Account, and the drafts of the "New Project" and
 * "Edit" forms. Drafts live here, so what the user typed survives a failed request and
 * a re-render; checks run before anything is sent.
 */
import type { CrmModule, LinkedProject, RecordAccess, RecordProjects } from '../../schemas/entities.js';

type DraftValues = ReturnType<typeof checkDraft>['values'];
import {
  checkDraft, editProjectDraft, prefillProject, setDraftValue, withErrors, type ProjectDraft,
} from '../../rules/project-form.js';
import type { DraftValue } from '../../rules/value-conversion.js';
import type { StoreError } from '../errors.js';
import type { Result } from '../result.js';
import type { Core } from '../state.js';
import type { RequestKey } from '../store-core.js';

export interface RecordsState {
  readonly access: RecordAccess | null;
  /** Linked projects by record key (`deals:<id>`). */
  readonly lists: Readonly<Record<string, RecordProjects>>;
  /** Open forms by draft key (`newDraftKey` / `editDraftKey`). */
  readonly drafts: Readonly<Record<string, ProjectDraft>>;
}

export const initialRecordsState: RecordsState = { access: null, lists: {}, drafts: {} };

export const recordKey = (module: CrmModule, recordId: string): string => `${module}:${recordId}`;
export const newDraftKey = (module: CrmModule, recordId: string): string => `new:${recordKey(module, recordId)}`;
export const editDraftKey = (module: CrmModule, recordId: string, projectId: string): string =>
  `edit:${recordKey(module, recordId)}:${projectId}`;

/** Request keys of this area. */
export const RECORD_KEYS = {
  access: 'getRecordAccess',
  list: (m: CrmModule, id: string): RequestKey => `listRecordProjects:${recordKey(m, id)}`,
  form: (m: CrmModule, id: string): RequestKey => `getProjectForm:${recordKey(m, id)}`,
  create: (m: CrmModule, id: string): RequestKey => `createRecordProject:${recordKey(m, id)}`,
  update: (m: CrmModule, id: string, projectId: string): RequestKey => `updateRecordProject:${recordKey(m, id)}:${projectId}`,
  remove: (m: CrmModule, id: string, projectId: string): RequestKey => `deleteRecordProject:${recordKey(m, id)}:${projectId}`,
} as const;

/**
 * A draft that did not pass its checks: nothing was sent. The English message is for logs;
 * the code is the contract's, so `errorText()` shows the user the same sentence in their language.
 */
function invalidDraft(operation: string, fieldErrors: Record<string, string>): StoreError {
  return {
    kind: 'invalid-input', code: 'invalid-project', message: 'Some fields need attention.', operation, fieldErrors, issues: [],
  };
}

export class RecordsActions {
  constructor(private readonly core: Core) {
    // A shared store: when the integration's state changes (a key regenerated, then updated),
    // what record pages may show changes with it.
    core.subscribe((state, previous) => {
      const now = state.setup.status?.state;
      if (now && now !== previous.setup.status?.state && state.records.access && state.records.access.integration !== now) {
        void this.loadAccess();
      }
    });
  }

  loadAccess() {
    return this.core.run('getRecordAccess', {}, {
      // When the integration's state changed, lists read before may be stale: they load again.
      onSuccess: (access) => this.core.update('records', (s) => ({
        ...s, access, lists: s.access && s.access.integration !== access.integration ? {} : s.lists,
      })),
    });
  }

  loadProjects(module: CrmModule, recordId: string) {
    return this.core.run('listRecordProjects', { module, recordId }, {
      key: RECORD_KEYS.list(module, recordId),
      onSuccess: (list) => this.#setList(module, recordId, list),
    });
  }

  /**
   * "New Project": loads what the form is built from and prefills it through the mapping.
   * A draft already open (e.g. after a failed create) is kept as the user left it.
   */
  async openNew(module: CrmModule, recordId: string): Promise<Result<ProjectDraft>> {
    const key = newDraftKey(module, recordId);
    const existing = this.core.state.records.drafts[key];
    if (existing) return { ok: true, value: existing };
    const result = await this.core.run('getProjectForm', { module, recordId }, {
      key: RECORD_KEYS.form(module, recordId),
      onSuccess: (source) => this.#setDraft(key, this.core.state.records.drafts[key] ?? prefillProject(source)),
    });
    return result.ok ? { ok: true, value: this.core.state.records.drafts[key]! } : result;
  }

  /** "Edit": a draft of the project's name, status and dates. */
  openEdit(module: CrmModule, recordId: string, project: LinkedProject): ProjectDraft {
    const key = editDraftKey(module, recordId, project.id);
    const statuses = this.core.state.records.lists[recordKey(module, recordId)]?.statuses ?? [];
    const draft = this.core.state.records.drafts[key] ?? editProjectDraft(project, statuses);
    this.#setDraft(key, draft);
    return draft;
  }

  setValue(draftKey: string, fieldId: string, value: DraftValue) {
    const draft = this.core.state.records.drafts[draftKey];
    if (draft) this.#setDraft(draftKey, setDraftValue(draft, fieldId, value));
  }

  /** Cancel: the draft and the form's last error go. */
  closeDraft(draftKey: string, requestKey?: RequestKey) {
    if (requestKey) this.core.clearError(requestKey);
    this.core.update('records', (s) => {
      if (!s.drafts[draftKey]) return s;
      const { [draftKey]: _closed, ...drafts } = s.drafts;
      return { ...s, drafts };
    });
  }

  /** Creates the project of the "New Project" draft; one request however often it is called while pending. */
  create(module: CrmModule, recordId: string): Promise<Result<LinkedProject>> {
    return this.#submitDraft('createRecordProject', module, recordId, newDraftKey(module, recordId), RECORD_KEYS.create(module, recordId),
      (values, options) => this.core.run('createRecordProject', { module, recordId, values }, options));
  }

  /** Saves the "Edit" draft of a project. */
  saveEdit(module: CrmModule, recordId: string, projectId: string): Promise<Result<LinkedProject>> {
    const text = (x: unknown) => (typeof x === 'string' ? x : null);
    return this.#submitDraft('updateRecordProject', module, recordId, editDraftKey(module, recordId, projectId), RECORD_KEYS.update(module, recordId, projectId),
      (v, options) => this.core.run('updateRecordProject', {
        module, recordId, projectId,
        name: text(v['project_name']) ?? '', status: text(v['status']) ?? '',
        startDate: text(v['start_date']), endDate: text(v['end_date']),
      }, options));
  }

  /**
   * Sends a form's draft once it passes its checks (a draft with errors shows them and sends
   * nothing); on success the record's list is the server's and the form closes, on failure the
   * draft stays with the server's field errors on it.
   */
  async #submitDraft(
    operation: 'createRecordProject' | 'updateRecordProject', module: CrmModule, recordId: string, key: string, requestKey: RequestKey,
    send: (values: DraftValues, options: { key: RequestKey; onSuccess: (out: { projects: LinkedProject[] }) => void }) => Promise<Result<{ project: LinkedProject }>>,
  ): Promise<Result<LinkedProject>> {
    const draft = this.core.state.records.drafts[key];
    if (!draft) return { ok: false, error: invalidDraft(operation, {}) };
    const checked = checkDraft(draft);
    if (Object.keys(checked.errors).length && !this.core.isPending(requestKey)) {
      this.#setDraft(key, withErrors(draft, checked.errors));
      return { ok: false, error: invalidDraft(operation, checked.errors) };
    }
    const result = await send(checked.values, {
      key: requestKey,
      onSuccess: ({ projects }) => {
        this.#setProjects(module, recordId, projects);
        this.closeDraft(key);
      },
    });
    if (!result.ok) this.#serverErrors(key, result.error);
    return result.ok ? { ok: true, value: result.value.project } : result;
  }

  remove(module: CrmModule, recordId: string, projectId: string) {
    return this.core.run('deleteRecordProject', { module, recordId, projectId }, {
      key: RECORD_KEYS.remove(module, recordId, projectId),
      onSuccess: ({ projects }) => this.#setProjects(module, recordId, projects),
    });
  }

  /** The server's field messages go to the fields of the draft (the form words them with `fieldErrorText()`). */
  #serverErrors(draftKey: string, error: StoreError) {
    const draft = this.core.state.records.drafts[draftKey];
    const fields = Object.keys(error.fieldErrors);
    if (draft && fields.length) {
      this.#setDraft(draftKey, withErrors(draft, error.fieldErrors, { check: false, code: error.code }));
    }
  }

  #setDraft(key: string, draft: ProjectDraft) {
    this.core.update('records', (s) => (s.drafts[key] === draft ? s : { ...s, drafts: { ...s.drafts, [key]: draft } }));
  }

  #setList(module: CrmModule, recordId: string, list: RecordProjects) {
    this.core.update('records', (s) => ({ ...s, lists: { ...s.lists, [recordKey(module, recordId)]: list } }));
  }

  #setProjects(module: CrmModule, recordId: string, projects: LinkedProject[]) {
    this.core.update('records', (s) => {
      const list = s.lists[recordKey(module, recordId)];
      return list ? { ...s, lists: { ...s.lists, [recordKey(module, recordId)]: { ...list, projects } } } : s;
    });
  }
}
