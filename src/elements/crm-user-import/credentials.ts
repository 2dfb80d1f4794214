import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { checkEmail, checkZscKey, type FieldProblem } from '../../schemas/inputs.js';
import type { StoreError } from '../../store/errors.js';
import { ZpLookupDoneEvent } from '../../events/zp-lookup-done.js';
import { formatNumber, plural } from '../../i18n/format.js';
import { renderCredentials, type CredentialsView } from './credentials-step.js';
import { LOOKUP_KEY, modeOf, type ImportMode, type ImportParts } from './import-parts.js';

/**
 * The credentials step: the CRM account's email address and ZSC key, then "Next Step" (the
 * lookup). The key lives only in its input field, never in this controller or the store.
 */
export class CredentialsController implements ReactiveController, CredentialsView {
  email = '';
  showKey = false;
  fieldErrors: { email?: FieldProblem | undefined; zscKey?: FieldProblem | undefined } = {};
  #seenSessionError: unknown = null;

  constructor(private readonly parts: ImportParts, private readonly onLookedUp: () => void) {
    parts.host.addController(this);
  }

  get mode(): ImportMode {
    return modeOf(this.parts.kind());
  }

  get pending(): boolean {
    return this.parts.store()?.request(LOOKUP_KEY).pending ?? false;
  }

  get error(): StoreError | null {
    const store = this.parts.store();
    return store ? store.request(LOOKUP_KEY).error ?? store.state.userImport.sessionError : null;
  }

  hostUpdate(): void {
    // An ended import session sends the user back here: to the key, which must be entered again.
    const sessionError = this.parts.store()?.state.userImport.sessionError ?? null;
    if (sessionError && sessionError !== this.#seenSessionError) this.parts.after.focus('#zsc-key');
    this.#seenSessionError = sessionError;
  }

  render(): TemplateResult | typeof nothing {
    return this.parts.store() ? renderCredentials(this) : nothing;
  }

  /** Forgets what was typed (another ticket, another mode). */
  reset(): void {
    this.email = '';
    this.showKey = false;
    this.fieldErrors = {};
    const keyInput = this.#keyInput();
    if (keyInput) keyInput.value = '';
  }

  clearProblems(): void {
    this.fieldErrors = {};
  }

  readonly onEmailInput = (e: Event): void => {
    this.email = (e.target as HTMLInputElement).value;
    if (this.fieldErrors.email) this.#setProblems({ ...this.fieldErrors, email: undefined });
  };

  readonly onKeyInput = (): void => {
    if (this.fieldErrors.zscKey) this.#setProblems({ ...this.fieldErrors, zscKey: undefined });
  };

  readonly onToggleKey = (): void => {
    this.showKey = !this.showKey;
    this.parts.host.requestUpdate();
  };

  readonly onSubmit = (e: Event): void => {
    e.preventDefault();
    void this.lookup();
  };

  readonly onRetry = (): void => void this.lookup();

  #setProblems(problems: CredentialsController['fieldErrors']): void {
    this.fieldErrors = problems;
    this.parts.host.requestUpdate();
  }

  #keyInput(): HTMLInputElement | null {
    return this.parts.host.renderRoot.querySelector<HTMLInputElement>('#zsc-key');
  }

  async lookup(): Promise<void> {
    const store = this.parts.store();
    const keyInput = this.#keyInput();
    if (!store || !keyInput || store.request(LOOKUP_KEY).pending) return;
    const email = this.email.trim();
    const emailProblem = checkEmail(email);
    const keyProblem = checkZscKey(keyInput.value);
    this.#setProblems({ email: emailProblem ?? undefined, zscKey: keyProblem ?? undefined });
    if (emailProblem || keyProblem) {
      this.parts.after.focus(emailProblem ? '#email' : '#zsc-key');
      return;
    }
    const mode = this.mode;
    const credentials = { email, zscKey: keyInput.value.trim() };
    const result = mode === 'portal-users'
      ? await store.userImport.lookupUsers(credentials)
      : await store.userImport.lookupAccounts(credentials);
    if (!result.ok) {
      if (result.error.kind === 'invalid-input') this.parts.after.focus('#zsc-key');
      this.parts.host.requestUpdate();
      return;
    }
    // The session is open: the key is no longer needed anywhere.
    keyInput.value = '';
    this.showKey = false;
    this.#announceFound(mode);
    this.onLookedUp();
  }

  /** `zp-lookup-done` and "12 CRM users found, 3 already in the portal." */
  #announceFound(mode: ImportMode): void {
    const s = this.parts.store()!.state.userImport;
    if (mode === 'portal-users' && s.users) {
      const inPortal = s.users.filter((u) => u.inPortal).length;
      this.parts.after.dispatch(new ZpLookupDoneEvent({ mode, count: s.users.length, alreadyInPortal: inPortal }));
      const found = formatNumber(s.users.length);
      const there = formatNumber(inPortal);
      this.parts.announcer.announce(plural(s.users.length,
        msg(str`${found} CRM user found, ${there} already in the portal.`, { id: 'import.announce.users-found.one' }),
        msg(str`${found} CRM users found, ${there} already in the portal.`, { id: 'import.announce.users-found.other' })));
    } else if (s.accounts) {
      const clients = s.accounts.filter((a) => a.alreadyClient).length;
      this.parts.after.dispatch(new ZpLookupDoneEvent({ mode, count: s.accounts.length, alreadyInPortal: clients }));
      const found = formatNumber(s.accounts.length);
      const there = formatNumber(clients);
      this.parts.announcer.announce(plural(s.accounts.length,
        plural(clients,
          msg(str`${found} CRM account found, ${there} already a client.`, { id: 'import.announce.accounts-found.one-one' }),
          msg(str`${found} CRM account found, ${there} already clients.`, { id: 'import.announce.accounts-found.one-other' })),
        plural(clients,
          msg(str`${found} CRM accounts found, ${there} already a client.`, { id: 'import.announce.accounts-found.other-one' }),
          msg(str`${found} CRM accounts found, ${there} already clients.`, { id: 'import.announce.accounts-found.other' }))));
    }
  }
}
