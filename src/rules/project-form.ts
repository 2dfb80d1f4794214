/**
 * The "New Project" form of a CRM record: each Projects field prefilled from the record
 * through the saved field mapping of the record's module (values converted by type), the
 * required fields still empty asked for, and what the user typed checked before it is
 * sent. Also the "Edit" form of a linked project. Pure: no DOM, no store. Its sentences and
 * the "Edit" form's labels are in the active locale when the draft is made or checked.
 */
import { msg, str } from '@lit/localize';
import type {
  CrmModule, FieldType, FieldValue, LinkedProject, ProjectFormSource, ProjectsField,
} from '../schemas/entities.js';
import {
  checkProjectValues, convertCrmValue, emptyDraft, isEmptyDraft, parseDraft, type DraftValue,
} from './value-conversion.js';

export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly custom: boolean;
  /** Choices of a picklist or multi-select; null when the field takes free text. */
  readonly options: readonly string[] | null;
  /** The CRM field that fills it through the mapping, or null when unmapped. */
  readonly source: { readonly label: string; readonly type: FieldType } | null;
}

export interface ProjectDraft {
  readonly fields: readonly FormField[];
  /** What the controls hold, by field id. */
  readonly values: Readonly<Record<string, DraftValue>>;
  /** How a field was prefilled, or why it was not (shown under the field). */
  readonly notes: Readonly<Record<string, string>>;
  /** Problems to show at the fields (from the last check or the server). */
  readonly errors: Readonly<Record<string, string>>;
  /** Required fields the record could not fill: the user is asked for them. */
  readonly asked: readonly string[];
}

/**
 * The fields "Edit" changes on a linked project, described like Projects fields so the same
 * checks apply. The labels are the widget's own: read in the active locale.
 */
export const EDIT_PROJECT_FIELDS: readonly ProjectsField[] = [
  { id: 'project_name', get label() { return msg('Project Name', { id: 'records.field.project-name' }); }, type: 'text', required: true, custom: false },
  { id: 'status', get label() { return msg('Status', { id: 'records.field.status' }); }, type: 'picklist', required: true, custom: false },
  { id: 'start_date', get label() { return msg('Start Date', { id: 'records.field.start-date' }); }, type: 'date', required: false, custom: false },
  { id: 'end_date', get label() { return msg('End Date', { id: 'records.field.end-date' }); }, type: 'date', required: false, custom: false },
];

/** The note of a required field the mapping does not fill. */
const unmappedNote = (module: CrmModule) => (module === 'deals'
  ? msg('Not mapped to a field of the deal: enter it.', { id: 'records.note.unmapped.deal' })
  : msg('Not mapped to a field of the account: enter it.', { id: 'records.note.unmapped.account' }));

/** The note of a mapped field whose CRM field is empty on the record. */
const emptyNote = (module: CrmModule, from: string) => (module === 'deals'
  ? msg(str`“${from}” is empty on this deal.`, { id: 'records.note.empty.deal' })
  : msg(str`“${from}” is empty on this account.`, { id: 'records.note.empty.account' }));

/** The form of a record: every Projects field, prefilled through the mapping of the record's module. */
export function prefillProject(source: ProjectFormSource): ProjectDraft {
  const module = source.record.module;
  const crm = new Map(source.crmFields.map((f) => [f.id, f]));
  const mapped = new Map(source.mapping.map((m) => [m.projectsFieldId, m.crmFieldId]));
  const fields: FormField[] = [];
  const values: Record<string, DraftValue> = {};
  const notes: Record<string, string> = {};
  const asked: string[] = [];
  for (const f of source.projectsFields) {
    const options = source.options[f.id]?.length ? source.options[f.id]! : null;
    const crmField = crm.get(mapped.get(f.id) ?? '') ?? null;
    fields.push({
      id: f.id, label: f.label, type: f.type, required: f.required, custom: f.custom, options,
      source: crmField ? { label: crmField.label, type: crmField.type } : null,
    });
    if (!crmField) {
      values[f.id] = emptyDraft(f.type);
      if (f.required) {
        notes[f.id] = unmappedNote(module);
        asked.push(f.id);
      }
      continue;
    }
    const raw = source.record.values[crmField.id];
    const { value, loss } = convertCrmValue(raw, crmField.type, f.type, options);
    values[f.id] = value;
    const from = crmField.label;
    switch (loss) {
      case 'time-dropped':
        notes[f.id] = msg(str`From “${from}” (date and time): the date only.`, { id: 'records.note.time-dropped' });
        break;
      case 'not-an-option':
        notes[f.id] = isEmptyDraft(value)
          ? msg(str`“${from}” holds a value that is not one of the choices here: choose one.`, { id: 'records.note.not-an-option.choose' })
          : msg(str`“${from}” holds a value that is not one of the choices here.`, { id: 'records.note.not-an-option' });
        break;
      case 'incompatible': notes[f.id] = msg(str`“${from}” cannot fill this field: enter it.`, { id: 'records.note.incompatible' }); break;
      case 'unreadable': notes[f.id] = msg(str`The value of “${from}” could not be read: enter it.`, { id: 'records.note.unreadable' }); break;
      default: notes[f.id] = isEmptyDraft(value) ? emptyNote(module, from) : msg(str`From “${from}”.`, { id: 'records.note.from' });
    }
    if (f.required && isEmptyDraft(value)) asked.push(f.id);
  }
  return { fields, values, notes, errors: {}, asked };
}

/** The "Edit" form of a linked project. */
export function editProjectDraft(project: LinkedProject, statuses: readonly string[]): ProjectDraft {
  const fields: FormField[] = EDIT_PROJECT_FIELDS.map((f) => ({
    ...f, options: f.id === 'status' && statuses.length ? statuses : null, source: null,
  }));
  return {
    fields,
    values: { project_name: project.name, status: project.status, start_date: project.startDate ?? '', end_date: project.endDate ?? '' },
    notes: {},
    errors: {},
    asked: [],
  };
}

/** The draft with one control changed; that field's message goes (the user is fixing it). */
export function setDraftValue(draft: ProjectDraft, fieldId: string, value: DraftValue): ProjectDraft {
  if (!draft.fields.some((f) => f.id === fieldId)) return draft;
  const { [fieldId]: _dropped, ...errors } = draft.errors;
  return { ...draft, values: { ...draft.values, [fieldId]: value }, errors };
}

export function withErrors(draft: ProjectDraft, errors: Readonly<Record<string, string>>): ProjectDraft {
  const known = Object.fromEntries(Object.entries(errors).filter(([id]) => draft.fields.some((f) => f.id === id)));
  return { ...draft, errors: known };
}

export interface CheckedDraft {
  /** The values to send (empty fields left out). */
  readonly values: Record<string, FieldValue>;
  /** A message per field id with a problem; empty when the draft can be sent. */
  readonly errors: Record<string, string>;
}

/** What would be sent, and the problems that stop sending it. */
export function checkDraft(draft: ProjectDraft): CheckedDraft {
  const parsed: Record<string, FieldValue> = {};
  const errors: Record<string, string> = {};
  const options: Record<string, readonly string[]> = {};
  for (const f of draft.fields) {
    if (f.options) options[f.id] = f.options;
    const result = parseDraft(f.type, draft.values[f.id]);
    if ('problem' in result) errors[f.id] = result.problem;
    else parsed[f.id] = result.value;
  }
  const checkable = draft.fields.filter((f) => !errors[f.id]);
  Object.assign(errors, checkProjectValues(checkable as readonly ProjectsField[], parsed, options));
  const values: Record<string, FieldValue> = {};
  for (const [id, v] of Object.entries(parsed)) {
    if (v !== null && !(Array.isArray(v) && !v.length)) values[id] = v;
  }
  return { values, errors };
}

/** The first field with a problem, in form order. */
export function firstError(draft: ProjectDraft, errors: Readonly<Record<string, string>> = draft.errors): string | null {
  return draft.fields.find((f) => errors[f.id])?.id ?? null;
}
