/**
 * CRM record pages: the projects linked to a Deal or Account, gated by the signed-in user's
 * profile permissions; "New Project" from a record; Edit and Delete of a linked project.
 */
import type {
  CrmModule, FieldValue, LinkedProject, PermissionSet, ProjectsField,
} from '../../src/schemas/entities.js';
import { checkProjectValues } from '../../src/rules/value-conversion.js';
import { EDIT_PROJECT_FIELDS } from '../../src/rules/project-form.js';
import { newId, type FakeDb, type FakeProject, type FakeRecord } from '../db.js';
import { accountRecord, projectUrl } from '../record-seed.js';
import { FakeHttpError, type OpHandlers } from './types.js';

export function permissions(db: FakeDb): PermissionSet {
  return db.profiles.find((p) => p.profileId === db.currentProfileId)?.permissions
    ?? { tabVisibility: false, view: false, create: false, edit: false, delete: false };
}

export function requireWorking(db: FakeDb): void {
  if (db.status.state === 'key-invalid') {
    throw new FakeHttpError('key-invalid',
      'The Zoho Projects integration has stopped working: an administrator must update the ZSC key.');
  }
  if (db.status.state !== 'active' || !db.status.portal) {
    throw new FakeHttpError('not-active', 'Zoho Projects is not set up for this CRM account.');
  }
}

export function require(db: FakeDb, permission: keyof PermissionSet, what: string): void {
  const set = permissions(db);
  if (!set.tabVisibility || !set.view || !set[permission]) {
    throw new FakeHttpError('permission-denied', `Your profile does not permit you to ${what}.`);
  }
}

export function findRecord(db: FakeDb, module: CrmModule, id: string): FakeRecord {
  const found = db.records[module].find((r) => r.id === id);
  if (found) return found;
  if (module === 'accounts') {
    // Accounts beyond the seeded records (large data) get a record on demand.
    const index = db.accounts.findIndex((a) => a.id === id);
    if (index >= 0) {
      const owners = db.crmUsers.slice(0, 6).map((u) => u.name);
      const record = accountRecord(db.accounts[index]!, index, owners);
      db.records.accounts.push(record);
      return record;
    }
  }
  throw new FakeHttpError('record-not-found', module === 'deals' ? 'This deal no longer exists.' : 'This account no longer exists.');
}

export const toLinked = ({ module: _m, recordId: _r, progress: _p, values: _v, ...p }: FakeProject): LinkedProject => ({ ...p });

function linked(db: FakeDb, module: CrmModule, recordId: string): LinkedProject[] {
  return db.projects.filter((p) => p.module === module && p.recordId === recordId).map(toLinked);
}

function nameTaken(db: FakeDb, name: string, except?: string): boolean {
  const key = name.trim().toLocaleLowerCase();
  return db.projects.some((p) => p.id !== except && p.name.trim().toLocaleLowerCase() === key);
}

const str = (v: FieldValue | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

const STANDARD_VALUES = new Set(['project_name', 'status', 'owner', 'start_date', 'end_date']);

/**
 * A project form's values checked as Zoho Projects would (every field's type, required fields,
 * choices, unknown fields, a name another project has): throws `invalid-project` with the
 * messages by field; gives the trimmed name.
 */
function checkProjectInput(db: FakeDb, values: Record<string, FieldValue>, projectId?: string): string {
  const fields: ProjectsField[] = db.projectsFields;
  const fieldErrors = checkProjectValues(fields, values, db.projectsFieldOptions);
  const unknown = Object.keys(values).find((id) => !fields.some((f) => f.id === id));
  if (unknown) fieldErrors[unknown] = 'Unknown Projects field.';
  const name = str(values['project_name']);
  if (name && nameTaken(db, name, projectId)) fieldErrors['project_name'] = 'A project with this name already exists in the portal.';
  if (Object.keys(fieldErrors).length) {
    throw new FakeHttpError('invalid-project', 'Some fields need attention.', fieldErrors);
  }
  return name!;
}

/** The values of the fields other than the project's own (description, budget, tags, custom fields). */
const otherValues = (values: Record<string, FieldValue>) => Object.fromEntries(Object.entries(values).filter(([k]) => !STANDARD_VALUES.has(k)));

/** Creates a project from the values of a "New Project" form. */
export function createProject(db: FakeDb, values: Record<string, FieldValue>, link: { module: CrmModule; recordId: string } | null): FakeProject {
  const name = checkProjectInput(db, values);
  const id = newId(db, 'zp-project');
  const project: FakeProject = {
    id,
    name: name!,
    status: str(values['status']) ?? 'Active',
    owner: str(values['owner']) ?? db.currentUserName,
    startDate: str(values['start_date']),
    endDate: str(values['end_date']),
    url: projectUrl(id),
    module: link?.module ?? null,
    recordId: link?.recordId ?? null,
    progress: 0,
    values: otherValues(values),
  };
  db.projects.push(project);
  return project;
}

/**
 * "Edit" in the Projects tab: every field of the project from the form's values, checked as on
 * creation. An empty owner keeps the project's owner (the form shows the owner as text).
 */
export function updateProject(db: FakeDb, project: FakeProject, values: Record<string, FieldValue>): void {
  const name = checkProjectInput(db, values, project.id);
  Object.assign(project, {
    name,
    status: str(values['status']) ?? project.status,
    owner: str(values['owner']) ?? project.owner,
    startDate: str(values['start_date']),
    endDate: str(values['end_date']),
    values: otherValues(values),
  });
}

/** "Edit": name, status and dates, checked as on creation. */
export function editProject(
  db: FakeDb, project: FakeProject, { name, status, startDate, endDate }: { name: string; status: string; startDate: string | null; endDate: string | null },
): void {
  const fieldErrors = checkProjectValues(EDIT_PROJECT_FIELDS, { project_name: name, status, start_date: startDate, end_date: endDate },
    { status: db.projectStatuses });
  if (name.trim() && nameTaken(db, name, project.id)) fieldErrors['project_name'] = 'A project with this name already exists in the portal.';
  if (Object.keys(fieldErrors).length) {
    throw new FakeHttpError('invalid-project', 'Some fields need attention.', fieldErrors);
  }
  Object.assign(project, { name: name.trim(), status, startDate: startDate || null, endDate: endDate || null });
}

export const recordHandlers = {
  getRecordAccess(db) {
    const profile = db.profiles.find((p) => p.profileId === db.currentProfileId);
    return { integration: db.status.state, profileName: profile?.profileName ?? '', permissions: { ...permissions(db) } };
  },

  listRecordProjects(db, { module, recordId }) {
    require(db, 'view', 'view projects');
    requireWorking(db);
    const record = findRecord(db, module, recordId);
    return {
      record: { module, id: record.id, name: record.name },
      projects: linked(db, module, recordId),
      statuses: [...db.projectStatuses],
    };
  },

  getProjectForm(db, { module, recordId }) {
    require(db, 'create', 'create projects');
    requireWorking(db);
    const record = findRecord(db, module, recordId);
    return structuredClone({
      record: { module, id: record.id, name: record.name, values: record.values },
      projectsFields: db.projectsFields,
      crmFields: db.crmFields[module],
      mapping: db.projectsFields.map((f) => ({
        projectsFieldId: f.id,
        crmFieldId: db.mapping.find((m) => m.projectsFieldId === f.id)?.[module] ?? null,
      })),
      options: db.projectsFieldOptions,
    });
  },

  createRecordProject(db, { module, recordId, values }) {
    require(db, 'create', 'create projects');
    requireWorking(db);
    findRecord(db, module, recordId);
    const project = createProject(db, values, { module, recordId });
    return { project: toLinked(project), projects: linked(db, module, recordId) };
  },

  updateRecordProject(db, { module, recordId, projectId, ...edit }) {
    require(db, 'edit', 'edit projects');
    requireWorking(db);
    const project = db.projects.find((p) => p.id === projectId && p.module === module && p.recordId === recordId);
    if (!project) throw new FakeHttpError('project-not-found', 'This project no longer exists.');
    editProject(db, project, edit);
    return { project: toLinked(project), projects: linked(db, module, recordId) };
  },

  deleteRecordProject(db, { module, recordId, projectId }) {
    require(db, 'delete', 'delete projects');
    requireWorking(db);
    const index = db.projects.findIndex((p) => p.id === projectId && p.module === module && p.recordId === recordId);
    if (index < 0) throw new FakeHttpError('project-not-found', 'This project no longer exists.');
    db.projects.splice(index, 1);
    return { projects: linked(db, module, recordId) };
  },
} satisfies Partial<OpHandlers>;

