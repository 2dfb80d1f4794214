/**
 * Values between CRM and Projects fields: a CRM record's value converted for the Projects
 * field it is mapped to (by the type names and the compatibility table of
 * `field-compatibility.ts`), what a user typed turned into the value sent, and the checks a
 * project's values must pass (shared by the form and the fake server). Pure: no DOM, no store.
 */
import { msg, str } from '@lit/localize';
import type { FieldType, FieldValue, ProjectsField } from '../schemas/entities.js';
import { formatNumber } from '../i18n/format.js';
import { EMAIL_PATTERN } from '../schemas/inputs.js';
import { isCompatible } from './field-compatibility.js';

/** What a form control holds: text (also numbers and dates as typed), a tick, or several choices. */
export type DraftValue = string | boolean | readonly string[];

/** Why a converted value is not the CRM value as it was. */
export type ConversionLoss =
  /** A date-time became a date: the time of day is left out. */
  | 'time-dropped'
  /** A picklist value that is not one of the Projects field's choices. */
  | 'not-an-option'
  /** The CRM field's type cannot feed the Projects field (a mapping saved before a type changed). */
  | 'incompatible'
  /** The CRM value is not what its type promises (e.g. a date that is not a date). */
  | 'unreadable';

export interface Conversion {
  readonly value: DraftValue;
  readonly loss: ConversionLoss | null;
}

const TEXT_TYPES = new Set<FieldType>(['text', 'textarea', 'email', 'phone', 'url', 'lookup', 'user']);
const NUMBER_TYPES = new Set<FieldType>(['integer', 'decimal', 'currency']);

export const TEXT_MAX = 255;
export const TEXTAREA_MAX = 32_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const URL_PATTERN = /^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i;
const PHONE_PATTERN = /^\+?[\d\s().-]{3,30}$/;

/** The empty value of a control for a field type. */
export function emptyDraft(type: FieldType): DraftValue {
  if (type === 'boolean') return false;
  if (type === 'multiselect') return [];
  return '';
}

export function isEmptyDraft(value: DraftValue | undefined): boolean {
  if (value === undefined || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'string' && !value.trim();
}

const isEmptyValue = (v: FieldValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0);

/** A number as plain text for a number field: no grouping, a dot for decimals. */
export function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}

function asText(value: FieldValue): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? msg('Yes', { id: 'records.value.yes' }) : msg('No', { id: 'records.value.no' });
  if (typeof value === 'number') return numberText(value);
  return value ?? '';
}

/** Matches a value to a choice ignoring case; the choice's own spelling wins. */
function matchOption(value: string, options: readonly string[] | null | undefined): string | null {
  if (!options?.length) return value;
  const key = value.trim().toLocaleLowerCase();
  return options.find((o) => o.toLocaleLowerCase() === key) ?? null;
}

function validDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/**
 * The CRM value converted for a Projects field. Dates are taken as the record shows them
 * (a date-time's own calendar day, no time-zone shift); numbers become plain number text.
 */
export function convertCrmValue(
  value: FieldValue | undefined, from: FieldType, to: FieldType, options?: readonly string[] | null,
): Conversion {
  const empty = { value: emptyDraft(to), loss: null };
  if (value === undefined || isEmptyValue(value)) return empty;
  if (!isCompatible(to, from)) return { value: emptyDraft(to), loss: 'incompatible' };
  const unreadable: Conversion = { value: emptyDraft(to), loss: 'unreadable' };
  if (TEXT_TYPES.has(to)) return { value: asText(value).trim(), loss: null };
  if (NUMBER_TYPES.has(to)) {
    const n = typeof value === 'number' ? value : Number(String(value).trim());
    if (!Number.isFinite(n) || (to === 'integer' && !Number.isInteger(n))) return unreadable;
    return { value: numberText(n), loss: null };
  }
  switch (to) {
    case 'date': {
      const text = String(value).trim();
      const d = DATE.exec(text);
      if (d) return validDate(d[1]!, d[2]!, d[3]!) ? { value: text, loss: null } : unreadable;
      const dt = DATETIME.exec(text);
      return dt ? { value: dt[1]!, loss: 'time-dropped' } : unreadable;
    }
    case 'datetime': {
      const text = String(value).trim();
      if (DATE.test(text)) return { value: `${text}T00:00`, loss: null };
      const dt = DATETIME.exec(text);
      return dt ? { value: `${dt[1]}T${dt[2]}`, loss: null } : unreadable;
    }
    case 'picklist': {
      const match = matchOption(asText(value), options);
      return match ? { value: match, loss: null } : { value: '', loss: 'not-an-option' };
    }
    case 'multiselect': {
      const items = Array.isArray(value) ? value : [asText(value)];
      const kept = items.map((v) => matchOption(v, options)).filter((v): v is string => !!v);
      return { value: [...new Set(kept)], loss: kept.length < items.length ? 'not-an-option' : null };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { value, loss: null } : unreadable;
    default:
      return empty;
  }
}

/**
 * What a control holds, as the value sent for its field type: trimmed text, a number for
 * number fields, null when empty. A problem when typed text is not a number.
 */
export function parseDraft(type: FieldType, draft: DraftValue | undefined): { value: FieldValue } | { problem: string } {
  if (draft === undefined) return { value: type === 'boolean' ? false : null };
  if (typeof draft === 'boolean') return { value: draft };
  if (Array.isArray(draft)) return { value: draft.length ? [...draft] : null };
  const text = (draft as string).trim();
  if (!text) return { value: null };
  if (type === 'multiselect') {
    // Typed as a list (a field without fixed choices): comma-separated.
    const items = text.split(',').map((x) => x.trim()).filter(Boolean);
    return { value: items.length ? items : null };
  }
  if (NUMBER_TYPES.has(type)) {
    const normalised = text.replace(/\s/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(normalised)) {
      return { problem: type === 'integer' ? wholeNumber() : msg('Enter a number, like 1234.56 (digits and a dot).', { id: 'records.check.decimal-typed' }) };
    }
    return { value: Number(normalised) };
  }
  return { value: text };
}

/**
 * Checks a project's values field by field (required, format, choices, and an end date not
 * before the start date). Returns a message per field id that has a problem.
 */
export function checkProjectValues(
  fields: readonly ProjectsField[],
  values: Readonly<Record<string, FieldValue | undefined>>,
  options: Readonly<Record<string, readonly string[]>> = {},
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const problem = checkValue(field, values[field.id], options[field.id]);
    if (problem) errors[field.id] = problem;
  }
  const start = values['start_date'];
  const end = values['end_date'];
  if (!errors['start_date'] && !errors['end_date'] && typeof start === 'string' && typeof end === 'string' && start && end && end < start) {
    const startLabel = fields.find((f) => f.id === 'start_date')?.label;
    errors['end_date'] = startLabel
      ? msg(str`Choose a date on or after ${startLabel}.`, { id: 'records.check.end-after-start' })
      : msg('Choose a date on or after the start date.', { id: 'records.check.end-after-start-date' });
  }
  return errors;
}

const wholeNumber = () => msg('Enter a whole number, like 42.', { id: 'records.check.integer' });
const chooseOne = () => msg('Choose one of the options.', { id: 'records.check.choose-one' });
const chooseSome = () => msg('Choose from the options.', { id: 'records.check.choose-some' });

function checkValue(field: ProjectsField, value: FieldValue | undefined, options: readonly string[] | undefined): string | null {
  if (isEmptyValue(value) || (field.type === 'boolean' && value === false)) {
    return field.required && field.type !== 'boolean' ? msg('This field is required.', { id: 'records.check.required' }) : null;
  }
  const v = value!;
  const type = field.type;
  if (TEXT_TYPES.has(type)) {
    if (typeof v !== 'string') return msg('Enter text.', { id: 'records.check.text' });
    const max = type === 'textarea' ? TEXTAREA_MAX : TEXT_MAX;
    if (v.length > max) return msg(str`Use at most ${formatNumber(max)} characters.`, { id: 'records.check.max-length' });
    if (type === 'email' && !EMAIL_PATTERN.test(v)) return msg('Enter a valid email address, like name@example.com.', { id: 'records.check.email' });
    if (type === 'url' && !URL_PATTERN.test(v)) return msg('Enter a web address starting with https://.', { id: 'records.check.url' });
    if (type === 'phone' && !PHONE_PATTERN.test(v)) return msg('Enter a phone number: digits, spaces, +, (, ), - and dots.', { id: 'records.check.phone' });
    return null;
  }
  if (NUMBER_TYPES.has(type)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return msg('Enter a number.', { id: 'records.check.number' });
    if (type === 'integer' && !Number.isInteger(v)) return wholeNumber();
    if (type === 'currency' && Math.abs(v * 100 - Math.round(v * 100)) > 1e-6) {
      return msg('Use at most two decimals.', { id: 'records.check.two-decimals' });
    }
    return null;
  }
  switch (type) {
    case 'date': {
      const d = typeof v === 'string' ? DATE.exec(v) : null;
      return d && validDate(d[1]!, d[2]!, d[3]!) ? null : msg('Enter a date like 2026-03-14.', { id: 'records.check.date' });
    }
    case 'datetime':
      return typeof v === 'string' && DATETIME.test(v) ? null : msg('Enter a date and time like 2026-03-14T09:30.', { id: 'records.check.datetime' });
    case 'picklist':
      if (typeof v !== 'string') return chooseOne();
      return options?.length && !options.includes(v) ? chooseOne() : null;
    case 'multiselect':
      if (!Array.isArray(v)) return chooseSome();
      return options?.length && v.some((x) => !options.includes(x)) ? chooseSome() : null;
    case 'boolean':
      return typeof v === 'boolean' ? null : msg('Choose yes or no.', { id: 'records.check.boolean' });
    default:
      return null;
  }
}
