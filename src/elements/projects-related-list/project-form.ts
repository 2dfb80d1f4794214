/**
 * The fields of a project form ("New Project" and "Edit"): one control per field, by type,
 * with its label, how it was prefilled, and its message. Values go to the store's draft.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { fieldMessages, noteText, type FormField, type ProjectDraft } from '../../rules/project-form.js';
import type { DraftValue } from '../../rules/value-conversion.js';

export interface ProjectFieldsOptions {
  /** Prefix of the control ids (one form per prefix in the shadow root). */
  idPrefix: string;
  draft: ProjectDraft;
  onInput: (fieldId: string, value: DraftValue) => void;
}

export const controlId = (prefix: string, fieldId: string) => `${prefix}-${fieldId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

const INPUT_TYPES: Partial<Record<FormField['type'], string>> = {
  email: 'email', phone: 'tel', url: 'url', date: 'date', datetime: 'datetime-local',
};

export function renderProjectFields(o: ProjectFieldsOptions): TemplateResult {
  const errors = fieldMessages(o.draft);
  return html`${o.draft.fields.map((f) => renderField(o, f, errors[f.id]))}`;
}

function renderField(o: ProjectFieldsOptions, f: FormField, error: string | undefined): TemplateResult {
  const id = controlId(o.idPrefix, f.id);
  const fieldNote = o.draft.notes[f.id];
  const note = fieldNote ? noteText(fieldNote) : undefined;
  const describedBy = [note ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const value = o.draft.values[f.id];
  const messages = html`${note ? html`<p class="hint muted" id="${id}-hint">${note}</p>` : nothing}
    ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}`;
  const marker = f.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing;
  const asked = o.draft.asked.includes(f.id);
  const cls = `field${asked ? ' asked' : ''}`;

  if (f.type === 'boolean') {
    return html`<div class=${cls} data-field=${f.id}>
      <label class="check"><input type="checkbox" id=${id} .checked=${live(value === true)}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)}
        @change=${(e: Event) => o.onInput(f.id, (e.target as HTMLInputElement).checked)}> ${f.label}</label>
      ${messages}
    </div>`;
  }
  if (f.type === 'multiselect' && f.options) {
    const chosen = Array.isArray(value) ? value : [];
    return html`<fieldset class=${`${cls} choices`} data-field=${f.id} id=${id} tabindex="-1"
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)}>
      <legend>${f.label}${marker}</legend>
      ${f.options.map((opt, i) => html`<label class="check"><input type="checkbox" id="${id}-${i}" value=${opt}
        .checked=${live(chosen.includes(opt))}
        @change=${(e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          o.onInput(f.id, on ? [...chosen, opt] : chosen.filter((x) => x !== opt));
        }}> ${opt}</label>`)}
      ${messages}
    </fieldset>`;
  }
  const common = {
    id, invalid: error ? 'true' : 'false', describedBy,
  };
  let control: TemplateResult;
  if (f.type === 'picklist' && f.options) {
    const v = typeof value === 'string' ? value : '';
    control = html`<select id=${common.id} .value=${live(v)} ?required=${f.required}
        aria-invalid=${common.invalid} aria-describedby=${ifDefined(common.describedBy)}
        @change=${(e: Event) => o.onInput(f.id, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!v}>${msg('-None-', { id: 'records.form.none' })}</option>
      ${f.options.map((opt) => html`<option value=${opt} ?selected=${opt === v}>${opt}</option>`)}
    </select>`;
  } else if (f.type === 'textarea') {
    control = html`<textarea id=${common.id} rows="3" .value=${live(typeof value === 'string' ? value : '')} ?required=${f.required}
      aria-invalid=${common.invalid} aria-describedby=${ifDefined(common.describedBy)}
      @input=${(e: Event) => o.onInput(f.id, (e.target as HTMLTextAreaElement).value)}></textarea>`;
  } else {
    const numeric = f.type === 'integer' || f.type === 'decimal' || f.type === 'currency';
    const text = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
    control = html`<input id=${common.id} type=${INPUT_TYPES[f.type] ?? 'text'} .value=${live(text)} ?required=${f.required}
      inputmode=${ifDefined(numeric ? (f.type === 'integer' ? 'numeric' : 'decimal') : undefined)}
      autocomplete="off" spellcheck=${f.type === 'text' ? 'true' : 'false'}
      aria-invalid=${common.invalid} aria-describedby=${ifDefined(common.describedBy)}
      @input=${(e: Event) => o.onInput(f.id, (e.target as HTMLInputElement).value)}>`;
  }
  return html`<div class=${cls} data-field=${f.id}>
    <label for=${id}>${f.label}${marker}</label>
    ${control}
    ${messages}
  </div>`;
}
