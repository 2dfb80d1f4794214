/**
 * The Projects tab of Zoho CRM: every project of the integrated portal, one project's fields,
 * the Deals and Accounts a new project can be linked to, and "New Project" (linked to no record),
 * "Edit" and "Delete" of any project. Its forms' drafts live with the record pages' (`records.drafts`):
 * a project linked to a record is created through the record page's own form and request.
 */
import type {
  CrmModule, LinkedProject, PortalProject, PortalProjects, ProjectDetails, ProjectLink, RecordChoices,
} from '../../schemas/entities.js';
import { blankProject, editPortalProjectDraft, type ProjectDraft } from '../../rules/project-form.js';
import type { Result } from '../result.js';
import type { Core } from '../state.js';
import type { RequestKey } from '../store-core.js';
import type { RecordsActions, RecordsState } from './records.js';

export interface ProjectsTabState {
  readonly list: PortalProjects | null;
  /** Every field of a project, by project id (read when it is opened). */
  readonly details: Readonly<Record<string, ProjectDetails>>;
  /** What "New Project" can be linked to, per module. */
  readonly choices: Readonly<Partial<Record<CrmModule, RecordChoices['records']>>>;
}

export const initialProjectsTabState: ProjectsTabState = { list: null, details: {}, choices: {} };

/** Draft keys of the tab's forms (next to the record pages' in `records.drafts`). */
export const TAB_DRAFTS = {
  new: 'new:portal',
  edit: (projectId: string) => `edit:portal:${projectId}`,
} as const;

/** Request keys of this area. */
export const TAB_KEYS = {
  list: 'listPortalProjects',
  details: (projectId: string): RequestKey => `getPortalProject:${projectId}`,
  choices: (module: CrmModule): RequestKey => `listRecordChoices:${module}`,
  form: 'getPortalProjectForm',
  create: 'createPortalProject',
  update: (projectId: string): RequestKey => `updatePortalProject:${projectId}`,
  remove: (projectId: string): RequestKey => `deletePortalProject:${projectId}`,
} as const;

export class ProjectsTabActions {
  constructor(private readonly core: Core, private readonly records: RecordsActions) {
    // A shared store: what a record page's related list creates, edits or deletes shows in the tab too.
    core.subscribe((state, previous) => {
      if (state.records.lists !== previous.records.lists && state.projectsTab.list) {
        this.#follow(state.records.lists, previous.records.lists);
      }
    });
  }

  /**
   * The changes of record lists read before (a write answers with the record's projects): new
   * projects join the tab's list, changed ones are updated, gone ones leave it. A list read for
   * the first time or forgotten says nothing about changes.
   */
  #follow(lists: RecordsState['lists'], before: RecordsState['lists']): void {
    const added: PortalProject[] = [];
    const changed = new Map<string, LinkedProject>();
    const gone = new Set<string>();
    for (const [key, list] of Object.entries(lists)) {
      const old = before[key];
      if (!old || old === list) continue;
      const oldById = new Map(old.projects.map((p) => [p.id, p]));
      const link = { module: list.record.module, recordId: list.record.id, name: list.record.name };
      for (const p of list.projects) {
        const was = oldById.get(p.id);
        if (!was) added.push({ ...p, progress: 0, link });
        else if (was.name !== p.name || was.status !== p.status || was.startDate !== p.startDate || was.endDate !== p.endDate) changed.set(p.id, p);
        oldById.delete(p.id);
      }
      for (const id of oldById.keys()) gone.add(id);
    }
    if (!added.length && !changed.size && !gone.size) return;
    this.core.update('projectsTab', (s) => {
      if (!s.list) return s;
      const known = new Set(s.list.projects.map((p) => p.id));
      const kept = s.list.projects.filter((p) => !gone.has(p.id)).map((p) => {
        const c = changed.get(p.id);
        return c ? { ...p, name: c.name, status: c.status, startDate: c.startDate, endDate: c.endDate } : p;
      });
      const projects = [...added.filter((p) => !known.has(p.id)), ...kept];
      const details = Object.fromEntries(Object.entries(s.details).filter(([id]) => !changed.has(id) && !gone.has(id)));
      return { ...s, details, list: { ...s.list, projects } };
    });
  }

  loadList() {
    return this.core.run('listPortalProjects', {}, {
      onSuccess: (list) => this.core.update('projectsTab', (s) => ({ ...s, list })),
    });
  }

  loadDetails(projectId: string) {
    return this.core.run('getPortalProject', { projectId }, {
      key: TAB_KEYS.details(projectId),
      onSuccess: (details) => this.core.update('projectsTab', (s) => ({ ...s, details: { ...s.details, [projectId]: details } })),
    });
  }

  loadChoices(module: CrmModule) {
    return this.core.run('listRecordChoices', { module }, {
      key: TAB_KEYS.choices(module),
      onSuccess: ({ records }) => this.core.update('projectsTab', (s) => ({ ...s, choices: { ...s.choices, [module]: records } })),
    });
  }

  /** "New Project" linked to no record: every Projects field, empty. A draft already open is kept. */
  async openNew(): Promise<Result<ProjectDraft>> {
    const drafts = this.records.drafts;
    const existing = drafts.get(TAB_DRAFTS.new);
    if (existing) return { ok: true, value: existing };
    const result = await this.core.run('getPortalProjectForm', {}, {
      onSuccess: (source) => drafts.set(TAB_DRAFTS.new, drafts.get(TAB_DRAFTS.new) ?? blankProject(source)),
    });
    return result.ok ? { ok: true, value: drafts.get(TAB_DRAFTS.new)! } : result;
  }

  /**
   * "Edit": the "New Project" form with the project's values (its fields as last read, read
   * again if they were dropped after a change). A draft already open is kept.
   */
  async openEdit(projectId: string): Promise<Result<ProjectDraft>> {
    const drafts = this.records.drafts;
    const key = TAB_DRAFTS.edit(projectId);
    const existing = drafts.get(key);
    if (existing) return { ok: true, value: existing };
    const known = this.core.state.projectsTab.details[projectId];
    const [source, details] = await Promise.all([
      this.core.run('getPortalProjectForm', {}),
      known ? Promise.resolve({ ok: true as const, value: known }) : this.loadDetails(projectId),
    ]);
    if (!source.ok) return source;
    if (!details.ok) return details;
    drafts.set(key, drafts.get(key) ?? editPortalProjectDraft(source.value, details.value));
    return { ok: true, value: drafts.get(key)! };
  }

  create(): Promise<Result<PortalProject>> {
    return this.records.drafts.submit('createPortalProject', TAB_DRAFTS.new, TAB_KEYS.create,
      (values) => ({ values }), ({ project }) => this.#put(project));
  }

  saveEdit(projectId: string): Promise<Result<PortalProject>> {
    return this.records.drafts.submit('updatePortalProject', TAB_DRAFTS.edit(projectId), TAB_KEYS.update(projectId),
      (values) => ({ projectId, values }), ({ project }) => this.#put(project));
  }

  remove(projectId: string) {
    return this.core.run('deletePortalProject', { projectId }, {
      key: TAB_KEYS.remove(projectId),
      onSuccess: () => {
        const gone = this.core.state.projectsTab.list?.projects.find((p) => p.id === projectId);
        this.core.update('projectsTab', (s) => {
          const { [projectId]: _gone, ...details } = s.details;
          return { ...s, details, list: s.list && { ...s.list, projects: s.list.projects.filter((p) => p.id !== projectId) } };
        });
        if (gone?.link) this.records.forgetList(gone.link.module, gone.link.recordId);
      },
    });
  }

  /** A project created through a record's form (linked to it): the tab lists it too. */
  addLinked(project: LinkedProject, link: ProjectLink): PortalProject {
    const added: PortalProject = { ...project, progress: 0, link };
    this.#put(added);
    return added;
  }

  /** A new or changed project: in the list (new ones first), its details read again when next opened. */
  #put(project: PortalProject): void {
    this.core.update('projectsTab', (s) => {
      const { [project.id]: _stale, ...details } = s.details;
      if (!s.list) return { ...s, details };
      const at = s.list.projects.findIndex((p) => p.id === project.id);
      const projects = at < 0 ? [project, ...s.list.projects] : s.list.projects.map((p, i) => (i === at ? project : p));
      return { ...s, details, list: { ...s.list, projects } };
    });
    if (project.link) this.records.forgetList(project.link.module, project.link.recordId);
  }
}
