/**
 * CRM record pages: the signed-in user's access (profile permissions, integration state),
 * the projects linked to each Deal or Account, and the drafts of the "New Project" and
 * "Edit" forms. Drafts live here, so what the user typed survives a failed request and
 * a re-render; checks run before anything is sent.
 */
import type { CrmModule, LinkedProject, RecordAccess, RecordProjects } from '../../schemas/entities.js';

import { editProjectDraft, prefillProject, setDraftValue, type ProjectDraft } from '../../rules/project-form.js';
import type { DraftValue } from '../../rules/value-conversion.js';
import { ProjectDrafts, editInput } from './project-drafts.js';
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

export class RecordsActions {
  /** The drafts of every project form, the Projects tab's too. */
  readonly drafts: ProjectDrafts;

  constructor(private readonly core: Core) {
    this.drafts = new ProjectDrafts(core);
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
    const draft = this.drafts.get(draftKey);
    if (draft) this.#setDraft(draftKey, setDraftValue(draft, fieldId, value));
  }

  /** Cancel: the draft and the form's last error go. */
  closeDraft(draftKey: string, requestKey?: RequestKey) {
    this.drafts.close(draftKey, requestKey);
  }

  /** Creates the project of the "New Project" draft; one request however often it is called while pending. */
  create(module: CrmModule, recordId: string): Promise<Result<LinkedProject>> {
    return this.drafts.submit('createRecordProject', newDraftKey(module, recordId), RECORD_KEYS.create(module, recordId),
      (values) => ({ module, recordId, values }),
      ({ projects }) => this.#setProjects(module, recordId, projects));
  }

  /** Saves the "Edit" draft of a project. */
  saveEdit(module: CrmModule, recordId: string, projectId: string): Promise<Result<LinkedProject>> {
    return this.drafts.submit('updateRecordProject', editDraftKey(module, recordId, projectId), RECORD_KEYS.update(module, recordId, projectId),
      (v) => ({ module, recordId, projectId, ...editInput(v) }),
      ({ projects }) => this.#setProjects(module, recordId, projects));
  }

  remove(module: CrmModule, recordId: string, projectId: string) {
    return this.core.run('deleteRecordProject', { module, recordId, projectId }, {
      key: RECORD_KEYS.remove(module, recordId, projectId),
      onSuccess: ({ projects }) => this.#setProjects(module, recordId, projects),
    });
  }

  #setDraft(key: string, draft: ProjectDraft) {
    this.drafts.set(key, draft);
  }

  /** A project changed elsewhere (the Projects tab): the record's list is read again when next shown. */
  forgetList(module: CrmModule, recordId: string) {
    this.core.update('records', (s) => {
      if (!s.lists[recordKey(module, recordId)]) return s;
      const { [recordKey(module, recordId)]: _stale, ...lists } = s.lists;
      return { ...s, lists };
    });
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
