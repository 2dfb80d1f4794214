/** "Import From CRM" step: the CRM account's "Email address" and "ZSC Key", then "Next Step". */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { FieldProblem } from '../../schemas/inputs.js';
import type { StoreError } from '../../store/errors.js';
import { endsSession } from '../../store/slices/user-import.js';
import { errorText } from '../../i18n/error-text.js';
import { renderRequestError } from '../shared/request-views.js';
import { credentialsProblemText, renderKeyField } from '../shared/key-field.js';

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
  onKeyInput: () => void;
  onToggleKey: () => void;
  onSubmit: (e: Event) => void;
  onRetry: () => void;
}

const MISMATCH = 'credentials-mismatch';

export function renderCredentials(v: CredentialsView): TemplateResult {
  const emailError = credentialsProblemText(v.fieldErrors.email);
  const keyError = credentialsProblemText(v.fieldErrors.zscKey);
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
    ${renderKeyField({
      id: 'zsc-key', shown: v.showKey, error: keyError, invalid: mismatch,
      onInput: () => v.onKeyInput(), onToggle: () => v.onToggleKey(),
    })}
    <div class="actions">
      <button type="submit" class="primary" part="next" ?disabled=${v.pending} aria-describedby=${v.pending ? 'lookup-status' : nothing}>${msg('Next Step', { id: 'import.next' })}</button>
      ${v.pending ? html`<span id="lookup-status" class="muted" role="status">${msg('Looking up the CRM account…', { id: 'import.looking-up' })}</span>` : nothing}
    </div>
  </form>`;
}
