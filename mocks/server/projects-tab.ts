/**
 * The Projects tab of Zoho CRM: every project of the integrated portal, whichever record it was
 * created from (or none). The same projects as the record pages' related lists (one `db.projects`),
 * under the same profile permissions.
 */
import type { PortalProject, ProjectFieldValue } from '../../src/schemas/entities.js';
import type { FakeDb, FakeProject } from '../db.js';
import { FakeHttpError, type OpHandlers } from './types.js';
import { createProject, permissions, require, requireWorking, toLinked, updateProject } from './records.js';

/** Record names by `module:id`, built once per answer (a large portal's 20,000 projects look names up). */
function recordNames(db: FakeDb): Map<string, string> {
  const names = new Map<string, string>();
  for (const d of db.records.deals) names.set(`deals:${d.id}`, d.name);
  for (const a of db.accounts) names.set(`accounts:${a.id}`, a.name);
  for (const a of db.records.accounts) names.set(`accounts:${a.id}`, a.name);
  return names;
}

function toPortal(p: FakeProject, names: Map<string, string>): PortalProject {
  const name = p.module && p.recordId ? names.get(`${p.module}:${p.recordId}`) : undefined;
  return {
    ...toLinked(p),
    progress: p.progress,
    link: p.module && p.recordId ? { module: p.module, recordId: p.recordId, name: name ?? p.recordId } : null,
  };
}

function findProject(db: FakeDb, projectId: string): FakeProject {
  const project = db.projects.find((p) => p.id === projectId);
  if (!project) throw new FakeHttpError('project-not-found', 'This project no longer exists.');
  return project;
}

/** Every field of the portal with this project's value: the standard ones from the project itself. */
function fieldValues(db: FakeDb, p: FakeProject): ProjectFieldValue[] {
  const standard: Record<string, string | null> = {
    project_name: p.name, owner: p.owner, status: p.status, start_date: p.startDate, end_date: p.endDate,
  };
  return db.projectsFields.map((f) => ({
    id: f.id, label: f.label, type: f.type, custom: f.custom,
    value: f.id in standard ? standard[f.id]! : p.values[f.id] ?? null,
  }));
}

function allowed(db: FakeDb, permission: 'view' | 'create' | 'edit' | 'delete', what: string): void {
  require(db, permission, what);
  requireWorking(db);
}

export const projectsTabHandlers = {
  listPortalProjects(db) {
    allowed(db, 'view', 'view projects');
    const names = recordNames(db);
    return { projects: db.projects.map((p) => toPortal(p, names)), statuses: [...db.projectStatuses] };
  },

  getPortalProject(db, { projectId }) {
    allowed(db, 'view', 'view projects');
    const project = findProject(db, projectId);
    return structuredClone({ project: toPortal(project, recordNames(db)), fields: fieldValues(db, project) });
  },

  listRecordChoices(db, { module }) {
    allowed(db, 'create', 'create projects');
    const records = module === 'deals' ? db.records.deals : db.accounts;
    return { records: records.map((r) => ({ id: r.id, name: r.name })) };
  },

  getPortalProjectForm(db) {
    // The form of "New Project" (needs Create) and of "Edit" (needs Edit).
    if (permissions(db).edit) allowed(db, 'edit', 'edit projects');
    else allowed(db, 'create', 'create projects');
    return structuredClone({ projectsFields: db.projectsFields, options: db.projectsFieldOptions });
  },

  createPortalProject(db, { values }) {
    allowed(db, 'create', 'create projects');
    return { project: toPortal(createProject(db, values, null), recordNames(db)) };
  },

  updatePortalProject(db, { projectId, values }) {
    allowed(db, 'edit', 'edit projects');
    const project = findProject(db, projectId);
    updateProject(db, project, values);
    return { project: toPortal(project, recordNames(db)) };
  },

  deletePortalProject(db, { projectId }) {
    allowed(db, 'delete', 'delete projects');
    const index = db.projects.indexOf(findProject(db, projectId));
    db.projects.splice(index, 1);
    return { projectId };
  },
} satisfies Partial<OpHandlers>;
