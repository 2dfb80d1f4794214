/**
 * The "ZSC Key" field, the same wherever a key is typed (the setup's portal lookup and key update,
 * the import's credentials): masked unless the user shows it, never autocompleted or spell-checked,
 * with the key's format as a hint and the message at the field. Its value is not bound unless the
 * form must keep the key between two requests (the setup's portal lookup, then the association):
 * otherwise the key lives only in the input and is read when the form is sent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { FieldProblem } from '../../schemas/inputs.js';
import { wordsFor, type Words } from '../../i18n/words.js';

/** The problems an email or key field can have (a portal name's are worded by the setup). */
type CredentialsProblem = Extract<FieldProblem, 'required' | 'invalid-email' | 'invalid-key'>;

const PROBLEM_WORDS: Words<CredentialsProblem> = {
  required: () => msg('This field is required.', { id: 'shared.problem.required' }),
  'invalid-email': () => msg('Enter a valid email address, like name@example.com.', { id: 'shared.problem.invalid-email' }),
  'invalid-key': () => msg('A ZSC key is 32 characters, digits 0–9 and letters a–f.', { id: 'shared.problem.invalid-key' }),
};

/** The message at an email or key field for what was typed wrong, in the page's language. */
export function credentialsProblemText(problem: FieldProblem | null | undefined): string | undefined {
  return wordsFor(PROBLEM_WORDS, problem);
}

export interface KeyFieldOptions {
  id: string;
  shown: boolean;
  /** The message at the field. */
  error?: string | undefined;
  /** Marked invalid without a message of its own (the form's message says why). */
  invalid?: boolean;
  /** Bound only where the form keeps the key (see above). */
  value?: string;
  onInput: (value: string) => void;
  onToggle: () => void;
}

export function renderKeyField(o: KeyFieldOptions): TemplateResult {
  const describedBy = [`${o.id}-hint`, o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${o.id}>${msg('ZSC Key', { id: 'shared.zsc-key' })}</label>
    <div class="key-input">
      <input id=${o.id} name=${o.id} type=${o.shown ? 'text' : 'password'} autocomplete="off"
        spellcheck="false" autocapitalize="off"
        .value=${o.value === undefined ? nothing : live(o.value)}
        aria-invalid=${o.error || o.invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy)}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}>
      <button type="button" class="toggle-key" part="key-toggle" aria-controls=${o.id}
        aria-pressed=${o.shown ? 'true' : 'false'} @click=${o.onToggle}>${msg('Show ZSC Key', { id: 'shared.show-key' })}</button>
    </div>
    <p class="hint muted" id="${o.id}-hint">${msg('32 characters, digits 0–9 and letters a–f.', { id: 'shared.key-hint' })}</p>
    ${o.error ? html`<p class="field-error" id="${o.id}-error">${o.error}</p>` : nothing}
  </div>`;
}
