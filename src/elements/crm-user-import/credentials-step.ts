/** "Import From CRM" step: the CRM account's "Email address" and "ZSC Key", then "Next Step". */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { FieldProblem } from '../../schemas/inputs.js';
import type { StoreError } from '../../store/errors.js';
import { endsSession } from '../../store/slices/user-import.js';
import { errorText } from '../../i18n/error-text.js';
import { renderRequestError } from '../shared/request-views.js';

export interface CredentialsView {
  mode: 'portal-users' | 'client-users';
  email: string;
  showKey: boolean;
  pending: boolean;
  /** Per-field problems (typed input that is not valid); nothing was sent. */
  fieldErrors: { email?: FieldProblem | undefined; zscKey?: FieldProblem | undefined };
  /** The last lookup's failure, if any. */
  error: StoreError | null;
  onEmailInput: (e: Event) => void;
  onKeyInput: (e: Event) => void;
  onToggleKey: () => void;
  onSubmit: (e: Event) => void;
  onRetry: () => void;
}

const MISMATCH = 'credentials-mismatch';

/** The message at a field for what the user typed wrong, in the active locale. */
function problemText(problem: FieldProblem | undefined): string | undefined {
  switch (problem) {
    case undefined: return undefined;
    case 'required': return msg('This field is required.', { id: 'import.problem.required' });
    case 'invalid-email': return msg('Enter a valid email address, like name@example.com.', { id: 'import.problem.invalid-email' });
    case 'invalid-key': return msg('A ZSC key is 32 characters, digits 0–9 and letters a–f.', { id: 'import.problem.invalid-key' });
    // The credentials form has no other checks.
    default: return undefined;
  }
}

export function renderCredentials(v: CredentialsView): TemplateResult {
  const emailError = problemText(v.fieldErrors.email);
  const keyError = problemText(v.fieldErrors.zscKey);
  const mismatch = v.error?.code === MISMATCH || (v.error?.kind === 'invalid-input');
  // An ended import session: the way on is this form, so no "Retry" (it would send the dead session again).
  const atForm = mismatch || endsSession(v.error);
  return html`<form class="credentials" part="credentials" novalidate aria-labelledby="credentials-title" @submit=${v.onSubmit}>
    <h3 id="credentials-title" tabindex="-1">${msg('CRM account', { id: 'import.credentials.title' })}</h3>
    <p class="muted">${v.mode === 'portal-users'
      ? msg('Enter the email address and ZSC key of the Zoho CRM account whose users you want to import. A CRM administrator finds the key in Zoho CRM under Setup, Developer Space, ZSC Key.',
        { id: 'import.credentials.intro.users' })
      : msg('Enter the email address and ZSC key of the Zoho CRM account whose accounts and contacts you want to import. A CRM administrator finds the key in Zoho CRM under Setup, Developer Space, ZSC Key.',
        { id: 'import.credentials.intro.clients' })}</p>
    ${atForm
      ? html`<div class="notice error" role="alert" part="form-error"><p>${errorText(v.error!)}</p></div>`
      : renderRequestError(v.error, v.onRetry)}
    <div class="field">
      <label for="email">${msg('Email address', { id: 'import.email' })}</label>
      <input id="email" name="email" type="email" autocomplete="email" spellcheck="false"
        .value=${live(v.email)}
        aria-invalid=${emailError ? 'true' : 'false'}
        aria-describedby=${emailError ? 'email-error' : nothing}
        @input=${v.onEmailInput}>
      ${emailError ? html`<p id="email-error" class="field-error">${emailError}</p>` : nothing}
    </div>
    <div class="field">
      <label for="zsc-key">${msg('ZSC Key', { id: 'import.zsc-key' })}</label>
      <div class="key-row">
        <input id="zsc-key" name="zsc-key" type=${v.showKey ? 'text' : 'password'}
          autocomplete="off" autocapitalize="off" spellcheck="false"
          aria-invalid=${keyError || mismatch ? 'true' : 'false'}
          aria-describedby=${keyError ? 'zsc-key-error key-hint' : 'key-hint'}
          @input=${v.onKeyInput}>
        <button type="button" class="show-key" aria-controls="zsc-key" aria-pressed=${v.showKey ? 'true' : 'false'}
          @click=${v.onToggleKey}>${msg('Show ZSC Key', { id: 'import.show-key' })}</button>
      </div>
      <p id="key-hint" class="hint muted">${msg('32 characters, digits 0–9 and letters a–f.', { id: 'import.key-hint' })}</p>
      ${keyError ? html`<p id="zsc-key-error" class="field-error">${keyError}</p>` : nothing}
    </div>
    <div class="actions">
      <button type="submit" class="primary" part="next" ?disabled=${v.pending} aria-describedby=${v.pending ? 'lookup-status' : nothing}>${msg('Next Step', { id: 'import.next' })}</button>
      ${v.pending ? html`<span id="lookup-status" class="muted" role="status">${msg('Looking up the CRM account…', { id: 'import.looking-up' })}</span>` : nothing}
    </div>
  </form>`;
}
