/**
 * The ZSC key update form ("Email address", "ZSC Key", "Save") of the active and
 * broken-key states. The key is masked unless shown, and forgotten once saved.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { IntegrationStatus } from '../../schemas/entities.js';
import { checkEmail, checkZscKey } from '../../schemas/inputs.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import { problemText, type Problem, renderKeyField, renderTextField } from './fields.js';
import { busy, focusField, renderFormError, type FormHost, type StoreGetter } from './form-support.js';

export interface KeyFormCallbacks {
  /** The key was accepted; `wasBroken` when it brought a broken integration back. */
  updated: (status: IntegrationStatus, wasBroken: boolean) => void;
}

type Field = 'key-email' | 'key-key';

/** Form state and template; the host renders it and re-renders on `requestUpdate`. */
export class KeyForm {
  /** null until the user edits it: then the portal owner's address is shown. */
  #email: string | null = null;
  #key = '';
  #shown = false;
  #errors: Partial<Record<Field, Problem>> = {};

  constructor(
    private readonly host: FormHost,
    private readonly getStore: StoreGetter,
    private readonly callbacks: KeyFormCallbacks,
  ) {}

  #emailValue(status: IntegrationStatus): string {
    return this.#email ?? status.portal?.ownerEmail ?? '';
  }

  #error(field: Field): string | undefined {
    const local = problemText(this.#errors[field]);
    if (local) return local;
    const error = this.getStore()?.request('updateKey').error;
    const name = field === 'key-email' ? 'email' : 'zscKey';
    if (error?.code === 'credentials-mismatch' && error.fieldErrors[name] !== undefined) {
      return msg("The email address and ZSC key do not match the portal owner's current key.", { id: 'setup.key.mismatch' });
    }
    return fieldErrorText(error, name);
  }

  #clear(field: Field): void {
    delete this.#errors[field];
    this.getStore()?.clearError('updateKey');
    this.host.requestUpdate();
  }

  readonly #submit = async (status: IntegrationStatus, event?: Event) => {
    event?.preventDefault();
    const store = this.getStore();
    if (!store || store.request('updateKey').pending) return;
    const email = this.#emailValue(status);
    const errors: Partial<Record<Field, Problem | null>> = {
      'key-email': checkEmail(email),
      'key-key': checkZscKey(this.#key),
    };
    this.#errors = Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) as Partial<Record<Field, Problem>>;
    const first = Object.keys(this.#errors)[0];
    if (first) {
      this.host.requestUpdate();
      void focusField(this.host, first);
      return;
    }
    const wasBroken = status.state === 'key-invalid';
    const result = await store.setup.updateKey({ email: email.trim(), zscKey: this.#key.trim() });
    if (result.ok) {
      this.#key = '';
      this.#shown = false;
      this.#email = null;
      this.#errors = {};
      this.host.requestUpdate();
      this.callbacks.updated(result.value, wasBroken);
    } else {
      const { fieldErrors } = result.error;
      if (fieldErrors['zscKey']) void focusField(this.host, 'key-key');
      else if (fieldErrors['email']) void focusField(this.host, 'key-email');
    }
  };

  render(status: IntegrationStatus): TemplateResult {
    const store = this.getStore()!;
    const req = store.request('updateKey');
    return html`<form class="key-form" novalidate part="key-form" aria-labelledby="key-form-title"
        @submit=${(e: Event) => void this.#submit(status, e)}>
      <h3 id="key-form-title">${msg('Update ZSC Key', { id: 'setup.key.title' })}</h3>
      <p class="muted">${msg("When the portal owner changes or regenerates their ZSC key, enter the owner's email address and the new key here.", { id: 'setup.key.intro' })}</p>
      ${renderTextField({
        id: 'key-email', label: msg('Email address', { id: 'setup.email' }), type: 'email', value: this.#emailValue(status),
        error: this.#error('key-email'), onInput: (v) => { this.#email = v; this.#clear('key-email'); },
      })}
      ${renderKeyField({
        id: 'key-key', value: this.#key, shown: this.#shown, error: this.#error('key-key'),
        onInput: (v) => { this.#key = v; this.#clear('key-key'); },
        onToggle: () => { this.#shown = !this.#shown; this.host.requestUpdate(); },
      })}
      ${renderFormError(req.error, ['email', 'zscKey'], () => void this.#submit(status), store)}
      <div class="actions">
        <button type="submit" class="primary" aria-disabled=${busy(req.pending)}>${msg('Save', { id: 'setup.save' })}</button>
        ${req.pending ? html`<span class="muted">${msg('Saving…', { id: 'setup.saving' })}</span>` : nothing}
      </div>
    </form>`;
  }
}
