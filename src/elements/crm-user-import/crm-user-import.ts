import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { IntegrationStore } from '../../store/integration-store.js';
import { userImportStore } from '../../store/area-stores.js';
import { DEFAULT_BATCH_SIZE } from '../../rules/import-plan.js';
import { ZpElement } from '../shared/zp-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { renderLoading, renderNotConnected, renderRequestError } from '../shared/request-views.js';
import { Announcer } from '../shared/announcer.js';
import { renderFrame } from '../shared/frame.js';
import { AfterUpdate } from '../shared/after-update.js';
import { CredentialsController } from './credentials.js';
import { ReviewController } from './review.js';
import { ImportRunTracker } from './import-run.js';
import { isActive, kindOf, LOOKUP_KEY, type ImportMode, type ImportParts } from './import-parts.js';
import { virtualTableStyles } from '../shared/virtual-table.styles.js';
import { styles } from './crm-user-import.styles.js';

export type { ImportMode } from './import-parts.js';

/**
 * Imports Zoho CRM users into a Zoho Projects portal as portal users (each with a
 * "User Role" and a "Working Project"), or CRM accounts as clients with their contacts
 * as client users. Used alone on a Projects page: give it `api-base` or `backend`.
 *
 * @tag crm-user-import
 * @summary "Import From CRM": credentials, review, batched import with progress, per-record results and retry.
 *
 * @attr locale - The language of every element on the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works too).
 * @fires zp-lookup-done - The CRM account's users or accounts were looked up (counts only).
 * @fires zp-import-progress - After each batch of an import (counts and percent).
 * @fires zp-import-complete - An import, a retry or a continued import ended (counts per outcome).
 * @fires zp-error - A request failed (operation, kind and message; never a key or an email).
 *
 * @csspart base - The element's frame.
 * @csspart modes - The "Portal Users" / "Client Users" switch.
 * @csspart credentials - The email address and ZSC key form.
 * @csspart form-error - The form's message when the email address and key do not match, or the import session ended.
 * @csspart next - The "Next Step" button.
 * @csspart review - The review step (list, filter, bulk choices).
 * @csspart seats - The portal's available seats.
 * @csspart toolbar - Filter and select all/none.
 * @csspart bulk - Role and project for all selected users.
 * @csspart table - The list of CRM users or accounts.
 * @csspart badge - "Already a portal user" / "Already a client" marks.
 * @csspart import - The "Import Users Now" (or, for clients, "Import Clients Now") button.
 * @csspart refusal - Why an import was refused before sending (seats, nothing selected).
 * @csspart progress - The import running.
 * @csspart progress-bar - The `<progress>` bar.
 * @csspart cancel - The "Cancel import" button.
 * @csspart results - The import's results.
 * @csspart summary - Counts per outcome.
 * @csspart result-table - The per-record results.
 * @csspart retry - The "Retry failed" button.
 * @csspart continue - The "Continue import" button (after a cancel).
 * @csspart change-ticket - The "Change the ZSC Ticket" button.
 * @csspart not-admin - The notice shown to users who are not portal administrators.
 * @csspart error - A failed request, with "Retry".
 * @csspart loading - Loading message.
 *
 * @cssproperty --zp-color-accent - Buttons, links, focus and the progress bar.
 * @cssproperty --zp-color-accent-contrast - Text on accent backgrounds.
 * @cssproperty --zp-color-text - Text.
 * @cssproperty --zp-color-text-muted - Secondary text.
 * @cssproperty --zp-color-surface - Background.
 * @cssproperty --zp-color-surface-alt - Header rows, badges and info notices.
 * @cssproperty --zp-color-border - Borders.
 * @cssproperty --zp-color-danger - Errors and failed results.
 * @cssproperty --zp-color-danger-surface - Error notice background.
 * @cssproperty --zp-color-success - Imported results.
 * @cssproperty --zp-color-warning - Warnings.
 * @cssproperty --zp-font-family - Font.
 * @cssproperty --zp-font-size - Base font size.
 * @cssproperty --zp-space - Spacing unit.
 * @cssproperty --zp-radius - Corner radius.
 * @cssproperty --zp-import-list-height - Height of the scrolling lists (default 26rem).
 */
export class CrmUserImport extends ZpElement {
  static override styles = [baseStyles, virtualTableStyles, styles];
  static override properties = {
    mode: { reflect: true },
    batchSize: { attribute: 'batch-size', type: Number },
  };

  /** `portal-users` (default): CRM users become portal users; `client-users`: CRM accounts become clients. */
  declare mode: ImportMode;
  /** Records per import request (default 200). */
  declare batchSize: number;

  readonly #data = this.connectStore((s) => [s.userImport, s.requests] as const, {
    create: userImportStore,
    onStore: (store) => {
      if (!store.state.userImport.context && !store.request('getImportContext').pending) void store.userImport.loadContext();
    },
  });
  readonly #announcer = new Announcer(this);
  readonly #after = new AfterUpdate(this);
  readonly #parts: ImportParts = {
    host: this,
    store: () => this.#data.store,
    kind: () => kindOf(this.mode),
    batchSize: () => this.batchSize,
    announcer: this.#announcer,
    after: this.#after,
    changeTicket: () => this.#changeTicket(),
  };
  readonly #review = new ReviewController(this.#parts, () => this.#run.started());
  readonly #run = new ImportRunTracker(this.#parts, {
    users: () => this.#review.users,
    accounts: () => this.#review.accounts,
    backToList: () => {
      this.#review.reselect();
      this.#showReview();
    },
  });

  // After the run tracker: an ended session's focus on the key wins over the results' title.
  readonly #credentials = new CredentialsController(this.#parts, () => this.#showReview());

  constructor() {
    super();
    this.mode = 'portal-users';
    this.batchSize = DEFAULT_BATCH_SIZE;
  }

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected('crm-user-import');
    return renderFrame('title', msg('Import From CRM', { id: 'import.title' }),
      this.#announcer.region(), this.#renderBody(store));
  }

  #renderBody(store: IntegrationStore): TemplateResult | typeof nothing {
    const s = store.state.userImport;
    const contextRequest = store.request('getImportContext');
    const lookupError = store.request(LOOKUP_KEY).error;
    if ((s.context && !s.context.isPortalAdmin) || contextRequest.error?.kind === 'forbidden' || lookupError?.kind === 'forbidden') {
      return html`<div class="notice warning" role="alert" part="not-admin">
        <p>${msg('Only portal administrators can import users from Zoho CRM. Ask an administrator of this portal to import them, or to make you an administrator.',
          { id: 'import.not-admin' })}</p>
      </div>`;
    }
    if (!s.context) {
      return contextRequest.error
        ? renderRequestError(contextRequest.error, () => void store.userImport.loadContext())
        : renderLoading(msg('Loading the portal’s roles, projects and seats…', { id: 'import.loading' }));
    }
    const list = this.#parts.kind() === 'users' ? s.users : s.accounts;
    const run = this.#run.run();
    // An ended session needs the credentials again; the lists (and the choices made in them) stay for the new lookup.
    const step = !list || s.sessionError ? this.#credentials.render() : run ? this.#run.render(run) : this.#review.render(s.context);
    return html`
      <p class="muted portal">${msg(html`Portal: ${html`<strong>${s.context.portalName}</strong>`}`, { id: 'import.portal' })}</p>
      ${this.#renderModes(isActive(s.userRun) || isActive(s.clientRun))}
      ${step}`;
  }

  #renderModes(disabled: boolean): TemplateResult {
    const mode = this.mode === 'client-users' ? 'client-users' : 'portal-users';
    return html`<fieldset class="modes" part="modes" ?disabled=${disabled}>
      <legend class="visually-hidden">${msg('What to import', { id: 'import.modes' })}</legend>
      <label class=${mode === 'portal-users' ? 'on' : ''}><input type="radio" name="mode" value="portal-users"
        .checked=${mode === 'portal-users'} @change=${this.#onMode}> ${msg('Portal Users', { id: 'import.mode.users' })}</label>
      <label class=${mode === 'client-users' ? 'on' : ''}><input type="radio" name="mode" value="client-users"
        .checked=${mode === 'client-users'} @change=${this.#onMode}> ${msg('Client Users', { id: 'import.mode.clients' })}</label>
    </fieldset>`;
  }

  /** The review, at the top of its list, with focus on its title (after a lookup, or back from the results). */
  #showReview(): void {
    this.#review.resetScroll();
    this.#after.focus('#review-title');
    this.requestUpdate();
  }

  readonly #onMode = (e: Event) => {
    const mode = (e.target as HTMLInputElement).value as ImportMode;
    if (mode === this.mode) return;
    this.mode = mode;
    this.#run.onlyFailed = false;
    this.#credentials.clearProblems();
    this.#data.store?.clearError(LOOKUP_KEY);
    this.#review.resetScroll();
    this.#run.rows.reset();
  };

  /** "Change the ZSC Ticket": back to an empty credentials form; not while an import runs. */
  #changeTicket(): void {
    const store = this.#data.store;
    if (!store) return;
    const s = store.state.userImport;
    if (isActive(s.userRun) || isActive(s.clientRun)) return;
    store.userImport.resetLookup();
    store.clearError(LOOKUP_KEY);
    this.#run.onlyFailed = false;
    this.#credentials.reset();
    this.#review.reset();
    this.#after.focus('#email');
    this.#announcer.announce(msg('Enter the email address and ZSC key of the CRM account to import from.', { id: 'import.announce.change-ticket' }));
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-user-import': CrmUserImport;
  }
}
