/** Form fields of `<zoho-projects-setup>`: label, control, hint and the message at the field. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Portal } from '../../schemas/entities.js';
import { FIELD_PROBLEM_TEXT, type FieldProblem } from '../../schemas/inputs.js';

export const problemText = (problem: FieldProblem | null): string | undefined =>
  problem ? FIELD_PROBLEM_TEXT[problem] : undefined;

const describedBy = (id: string, error: string | undefined, hint: string | undefined): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function fieldMessages(id: string, error: string | undefined, hint: string | undefined) {
  return html`${hint ? html`<p class="hint muted" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}`;
}

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  type?: 'text' | 'email';
  autocomplete?: string;
  error?: string | undefined;
  hint?: string;
  onInput: (value: string) => void;
}

export function renderTextField(o: TextFieldOptions): TemplateResult {
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    <input id=${o.id} name=${o.id} type=${o.type ?? 'text'} autocomplete=${o.autocomplete ?? 'off'}
      spellcheck="false"
      .value=${live(o.value)}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.id, o.error, o.hint))}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}>
    ${fieldMessages(o.id, o.error, o.hint)}
  </div>`;
}

export interface KeyFieldOptions {
  id: string;
  value: string;
  shown: boolean;
  error?: string | undefined;
  onInput: (value: string) => void;
  onToggle: () => void;
}

/** "ZSC Key": masked unless the user shows it; never autocompleted or spell-checked. */
export function renderKeyField(o: KeyFieldOptions): TemplateResult {
  const hint = '32 characters, digits 0–9 and letters a–f.';
  return html`<div class="field">
    <label for=${o.id}>ZSC Key</label>
    <div class="key-input">
      <input id=${o.id} name=${o.id} type=${o.shown ? 'text' : 'password'} autocomplete="off"
        spellcheck="false" autocapitalize="off"
        .value=${live(o.value)}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o.id, o.error, hint))}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}>
      <button type="button" class="toggle-key" part="key-toggle" aria-controls=${o.id}
        aria-pressed=${o.shown ? 'true' : 'false'} @click=${o.onToggle}>Show key</button>
    </div>
    ${fieldMessages(o.id, o.error, hint)}
  </div>`;
}

export interface PortalSelectOptions {
  id: string;
  portals: readonly Portal[];
  value: string;
  error?: string | undefined;
  onChange: (portalId: string) => void;
}

/**
 * The "Portal Name" picklist. `selected` on the options sets the first render (the
 * select's own value binding runs before its options exist); `live` keeps it after.
 */
export function renderPortalSelect(o: PortalSelectOptions): TemplateResult {
  return html`<div class="field">
    <label for=${o.id}>Portal Name</label>
    <select id=${o.id} name=${o.id}
      .value=${live(o.value)}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.id, o.error, undefined))}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!o.value}>Select a portal</option>
      ${o.portals.map((p) => html`<option value=${p.id} ?selected=${p.id === o.value}>${p.name}</option>`)}
    </select>
    ${fieldMessages(o.id, o.error, undefined)}
  </div>`;
}
