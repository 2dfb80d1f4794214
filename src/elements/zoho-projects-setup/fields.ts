/** Form fields of `<zoho-projects-setup>`: label, control, hint and the message at the field. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { Portal } from '../../schemas/entities.js';
import { PORTAL_NAME_MAX, type FieldProblem } from '../../schemas/inputs.js';
import { formatNumber } from '../../i18n/format.js';
import { credentialsProblemText } from '../shared/key-field.js';

/** What is wrong with a field's input: a format problem, or no portal chosen. */
export type Problem = FieldProblem | 'no-portal';

/** The message at a field for what the user typed wrong, in the active locale (read at render time). */
export function problemText(problem: Problem | null | undefined): string | undefined {
  switch (problem) {
    case null: case undefined: return undefined;
    case 'no-portal': return msg('Select a portal.', { id: 'setup.problem.no-portal' });
    case 'required': case 'invalid-email': case 'invalid-key': return credentialsProblemText(problem);
    case 'too-long': return msg(str`Use at most ${formatNumber(PORTAL_NAME_MAX)} characters.`, { id: 'setup.problem.too-long' });
    case 'invalid-name':
      return msg('Start with a letter or digit; use only letters, digits, spaces, dots, dashes and underscores.', { id: 'setup.problem.invalid-name' });
  }
}

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

export { renderKeyField } from '../shared/key-field.js';

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
    <label for=${o.id}>${msg('Portal Name', { id: 'setup.portal-name' })}</label>
    <select id=${o.id} name=${o.id}
      .value=${live(o.value)}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.id, o.error, undefined))}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!o.value}>${msg('Select a portal', { id: 'setup.select-portal' })}</option>
      ${o.portals.map((p) => html`<option value=${p.id} ?selected=${p.id === o.value}>${p.name}</option>`)}
    </select>
    ${fieldMessages(o.id, o.error, undefined)}
  </div>`;
}
