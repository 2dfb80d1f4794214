/** "Import From CRM" step: the CRM account's "Email address" and "ZSC Key", then "Next Step". */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { StoreError } from '../../store/errors.js';
import { renderRequestError } from '../shared/request-views.js';

export interface CredentialsView {
  mode: 'portal-users' | 'client-users';
  email: string;
  showKey: boolean;
  pending: boolean;
  /** Per-field messages (typed input that is not valid); nothing was sent. */
  fieldErrors: { email?: string | undefined; zscKey?: string | undefined };
  /** The last lookup's failure, if any. */
  error: StoreError | null;
  onEmailInput: (e: Event) => void;
  onKeyInput: (e: Event) => void;
  onToggleKey: () => void;
  onSubmit: (e: Event) => void;
  onRetry: () => void;
}

const MISMATCH = 'credentials-mismatch';

export function renderCredentials(v: CredentialsView): TemplateResult {
  const emailError = v.fieldErrors.email;
  const keyError = v.fieldErrors.zscKey;
  const mismatch = v.error?.code === MISMATCH || (v.error?.kind === 'invalid-input');
  const what = v.mode === 'portal-users' ? 'users' : 'accounts and contacts';
  return html`<form class="credentials" part="credentials" novalidate aria-labelledby="credentials-title" @submit=${v.onSubmit}>
    <h3 id="credentials-title" tabindex="-1">CRM account</h3>
    <p class="muted">Enter the email address and ZSC key of the Zoho CRM account whose ${what} you want to import.
      A CRM administrator finds the key in Zoho CRM under Setup, Developer Space, ZSC Key.</p>
    ${mismatch
      ? html`<div class="notice error" role="alert" part="form-error"><p>${v.error!.message}</p></div>`
      : renderRequestError(v.error, v.onRetry)}
    <div class="field">
      <label for="email">Email address</label>
      <input id="email" name="email" type="email" autocomplete="email" spellcheck="false"
        .value=${live(v.email)}
        aria-invalid=${emailError ? 'true' : 'false'}
        aria-describedby=${emailError ? 'email-error' : nothing}
        @input=${v.onEmailInput}>
      ${emailError ? html`<p id="email-error" class="field-error">${emailError}</p>` : nothing}
    </div>
    <div class="field">
      <label for="zsc-key">ZSC Key</label>
      <div class="key-row">
        <input id="zsc-key" name="zsc-key" type=${v.showKey ? 'text' : 'password'}
          autocomplete="off" autocapitalize="off" spellcheck="false"
          aria-invalid=${keyError || mismatch ? 'true' : 'false'}
          aria-describedby=${keyError ? 'zsc-key-error key-hint' : 'key-hint'}
          @input=${v.onKeyInput}>
        <button type="button" class="show-key" aria-controls="zsc-key" aria-pressed=${v.showKey ? 'true' : 'false'}
          @click=${v.onToggleKey}>Show ZSC Key</button>
      </div>
      <p id="key-hint" class="hint muted">32 characters, digits 0–9 and letters a–f.</p>
      ${keyError ? html`<p id="zsc-key-error" class="field-error">${keyError}</p>` : nothing}
    </div>
    <div class="actions">
      <button type="submit" class="primary" part="next" ?disabled=${v.pending} aria-describedby=${v.pending ? 'lookup-status' : nothing}>Next Step</button>
      ${v.pending ? html`<span id="lookup-status" class="muted" role="status">Looking up the CRM account…</span>` : nothing}
    </div>
  </form>`;
}
