/**
 * The "New Project" form of a CRM record: each Projects field prefilled from the record
 * through the saved field mapping of the record's module (values converted by type), the
 * required fields still empty asked for, and what the user typed checked before it is
 * sent. Also the "Edit" form of a linked project. Pure: no DOM, no store. A draft keeps what
 * its sentences say, not the sentences: `noteText()` and `fieldMessages()` word them when the
 * form renders, so an open form follows a change of language.
 */
import { msg, str } from '@lit/localize';
import type {
  CrmModule, FieldType, FieldValue, LinkedProject, PortalProjectForm, ProjectDetails, ProjectFormSource, ProjectsField,
} from '../schemas/entities.js';
import { fieldErrorText } from '../i18n/error-text.js';
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
  /** How a field was prefilled, or why it was not (shown under the field, worded by `noteText()`). */
  readonly notes: Readonly<Record<string, FieldNote>>;
  /** Problems at the fields, as first worded (shown through `fieldMessages()`). */
  readonly errors: Readonly<Record<string, string>>;
  /** Where `errors` came from: the widget's own check, or the server (with its error code). */
  readonly errorsFrom: ErrorsFrom;
  /** Required fields the record could not fill: the user is asked for them. */
  readonly asked: readonly string[];
}

export type ErrorsFrom = { readonly check: true } | { readonly check: false; readonly code: string | undefined };
const FROM_CHECK: ErrorsFrom = { check: true };

/** What the note under a prefilled field says; `from` is the CRM field's label. */
export interface FieldNote {
  readonly kind: 'unmapped' | 'from' | 'empty' | 'time-dropped' | 'not-an-option' | 'choose-option' | 'incompatible' | 'unreadable';
  readonly from: string;
  readonly module: CrmModule;
}

/** The note's sentence, in the active locale. */
export function noteText({ kind, from, module }: FieldNote): string {
  const deal = module === 'deals';
  switch (kind) {
    case 'unmapped': return deal
      ? msg('Not mapped to a field of the deal: enter it.', { id: 'records.note.unmapped.deal' })
      : msg('Not mapped to a field of the account: enter it.', { id: 'records.note.unmapped.account' });
    case 'empty': return deal
      ? msg(str`“${from}” is empty on this deal.`, { id: 'records.note.empty.deal' })
      : msg(str`“${from}” is empty on this account.`, { id: 'records.note.empty.account' });
    case 'time-dropped': return msg(str`From “${from}” (date and time): the date only.`, { id: 'records.note.time-dropped' });
    case 'choose-option':
      return msg(str`“${from}” holds a value that is not one of the choices here: choose one.`, { id: 'records.note.not-an-option.choose' });
    case 'not-an-option': return msg(str`“${from}” holds a value that is not one of the choices here.`, { id: 'records.note.not-an-option' });
    case 'incompatible': return msg(str`“${from}” cannot fill this field: enter it.`, { id: 'records.note.incompatible' });
    case 'unreadable': return msg(str`The value of “${from}” could not be read: enter it.`, { id: 'records.note.unreadable' });
    default: return msg(str`From “${from}”.`, { id: 'records.note.from' });
  }
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

/** The form of a record: every Projects field, prefilled through the mapping of the record's module. */
export function prefillProject(source: ProjectFormSource): ProjectDraft {
  const module = source.record.module;
  const crm = new Map(source.crmFields.map((f) => [f.id, f]));
  const mapped = new Map(source.mapping.map((m) => [m.projectsFieldId, m.crmFieldId]));
  const fields: FormField[] = [];
  const values: Record<string, DraftValue> = {};
  const notes: Record<string, FieldNote> = {};
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
        notes[f.id] = { kind: 'unmapped', from: '', module };
        asked.push(f.id);
      }
      continue;
    }
    const raw = source.record.values[crmField.id];
    const { value, loss } = convertCrmValue(raw, crmField.type, f.type, options);
    values[f.id] = value;
    const kind: FieldNote['kind'] = loss === 'not-an-option' && isEmptyDraft(value) ? 'choose-option'
      : loss ?? (isEmptyDraft(value) ? 'empty' : 'from');
    notes[f.id] = { kind, from: crmField.label, module };
    if (f.required && isEmptyDraft(value)) asked.push(f.id);
  }
  return { fields, values, notes, errors: {}, errorsFrom: FROM_CHECK, asked };
}

/** "New Project" linked to no record (the Projects tab): every Projects field, empty, for the user to fill. */
export function blankProject(source: PortalProjectForm): ProjectDraft {
  const fields: FormField[] = source.projectsFields.map((f) => ({
    id: f.id, label: f.label, type: f.type, required: f.required, custom: f.custom,
    options: source.options[f.id]?.length ? source.options[f.id]! : null, source: null,
  }));
  const values = Object.fromEntries(fields.map((f) => [f.id, emptyDraft(f.type)]));
  return { fields, values, notes: {}, errors: {}, errorsFrom: FROM_CHECK, asked: [] };
}

/**
 * "Edit" of a project of the portal (the Projects tab): the "New Project" form with the project's
 * values, every field standard and custom. A value the form cannot hold (a choice the portal no
 * longer offers) is left empty for the user to choose again.
 */
export function editPortalProjectDraft(source: PortalProjectForm, current: ProjectDetails): ProjectDraft {
  const draft = blankProject(source);
  const valueOf = new Map(current.fields.map((f) => [f.id, f.value]));
  const values = Object.fromEntries(draft.fields.map((f) => [f.id, convertCrmValue(valueOf.get(f.id), f.type, f.type, f.options).value]));
  return { ...draft, values };
}

/** The "Edit" form of a project on a record page: name, status and dates. */
export function editProjectDraft(project: LinkedProject, statuses: readonly string[]): ProjectDraft {
  // The label stays a getter (a spread would read it once): the form follows a change of language.
  const fields: FormField[] = EDIT_PROJECT_FIELDS.map((f) => ({
    id: f.id, get label() { return f.label; }, type: f.type, required: f.required, custom: f.custom,
    options: f.id === 'status' && statuses.length ? statuses : null, source: null,
  }));
  return {
    fields,
    values: { project_name: project.name, status: project.status, start_date: project.startDate ?? '', end_date: project.endDate ?? '' },
    notes: {},
    errors: {},
    errorsFrom: FROM_CHECK,
    asked: [],
  };
}

/** The draft with one control changed; that field's message goes (the user is fixing it). */
export function setDraftValue(draft: ProjectDraft, fieldId: string, value: DraftValue): ProjectDraft {
  if (!draft.fields.some((f) => f.id === fieldId)) return draft;
  const { [fieldId]: _dropped, ...errors } = draft.errors;
  return { ...draft, values: { ...draft.values, [fieldId]: value }, errors };
}

/** The draft with messages at its fields: from the widget's check, or the server's (`from`). */
export function withErrors(draft: ProjectDraft, errors: Readonly<Record<string, string>>, from: ErrorsFrom = FROM_CHECK): ProjectDraft {
  const known = Object.fromEntries(Object.entries(errors).filter(([id]) => draft.fields.some((f) => f.id === id)));
  return { ...draft, errors: known, errorsFrom: from };
}

/**
 * The messages to show at the fields, in the active locale: the widget's own check worded again
 * (a changed field's message is gone already), the server's as `fieldErrorText()` words them.
 */
export function fieldMessages(draft: ProjectDraft): Readonly<Record<string, string>> {
  const ids = Object.keys(draft.errors);
  if (!ids.length) return draft.errors;
  const from = draft.errorsFrom;
  const now = from.check ? checkDraft(draft).errors : {};
  return Object.fromEntries(ids.map((id) => [id, (from.check
    ? now[id]
    : fieldErrorText({ code: from.code, fieldErrors: draft.errors }, id)) ?? draft.errors[id]!]));
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
