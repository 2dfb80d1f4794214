import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CrmAccountForImport, CrmUser, ImportContext } from '../../schemas/entities.js';
import { checkEmail, checkZscKey, type FieldProblem } from '../../schemas/inputs.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { ZpElement } from '../shared/zp-element.js';
import { userImportStore } from '../../store/area-stores.js';
import { USER_IMPORT_KEYS, type ImportKind, type ImportRun, type UserImportState } from '../../store/slices/user-import.js';
import {
  batchSizeOf, checkSeats, defaultSelection, isImportableAccount, isImportableUser, newUsersNeeded, seatsRefusal, percentDone, selectAll, setForSelected, summarize, toggle,
  userImportItems, DEFAULT_BATCH_SIZE, type ImportSummary,
} from '../../rules/import-plan.js';
import { ZpLookupDoneEvent } from '../../events/zp-lookup-done.js';
import { ZpImportProgressEvent } from '../../events/zp-import-progress.js';
import { ZpImportCompleteEvent } from '../../events/zp-import-complete.js';
import { baseStyles } from '../shared/base.styles.js';
import { renderLoading, renderNotConnected, renderRequestError } from '../shared/request-views.js';
import { Announcer } from '../shared/announcer.js';
import { VirtualRows } from '../shared/virtual-rows.js';
import { renderCredentials } from './credentials-step.js';
import {
  byIdOf, indexInBackground, nearestImportable, newDraft, setQuery, shownAt, shownCount, shownImportableIds, type ReviewDraft,
} from './review-draft.js';
import { renderAccountReview, renderUserReview } from './review-table.js';
import { renderProgress } from './import-progress.js';
import { renderResults, summaryTexts } from './import-results.js';
import { styles } from './crm-user-import.styles.js';
import { formatList, formatNumber, formatPercent, plural } from '../../i18n/format.js';

export type ImportMode = 'portal-users' | 'client-users';

/** Fixed row height of the lists, in px (the styles use the same value). */
const ROW_HEIGHT = 52;
const LOOKUP_KEY = USER_IMPORT_KEYS.lookup;
const kindOf = (mode: ImportMode): ImportKind => (mode === 'portal-users' ? 'users' : 'clients');

const userFields = (u: CrmUser) => [u.name, u.email];
const accountFields = (a: CrmAccountForImport) => [a.name];

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
  static override styles = [baseStyles, styles];
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
  // About ten rows fit the list's default height; a few more render above and below.
  readonly #reviewRows = new VirtualRows(this, { rowHeight: ROW_HEIGHT, initialVisibleRows: 10, overscan: 4 });
  readonly #resultRows = new VirtualRows(this, { rowHeight: ROW_HEIGHT, initialVisibleRows: 10, overscan: 4 });

  // Credentials form. The ZSC key lives only in its input field, never in element state.
  #email = '';
  #showKey = false;
  #fieldErrors: { email?: FieldProblem | undefined; zscKey?: FieldProblem | undefined } = {};

  // Review drafts, one per mode.
  #userDraft: ReviewDraft<CrmUser> | null = null;
  #accountDraft: ReviewDraft<CrmAccountForImport> | null = null;
  /** Why an import was refused before sending; a function, so it renders in the current language. */
  #refusal: Record<ImportKind, (() => string) | null> = { users: null, clients: null };
  #bulkRole = '';
  #bulkProject = '';

  // Import tracking for events and announcements.
  #seen: Record<ImportKind, ImportRun | null> = { users: null, clients: null };
  #announcedStep: Record<ImportKind, number> = { users: 0, clients: 0 };
  #events: Event[] = [];
  #pendingFocus: string | null = null;
  #filterTimer: ReturnType<typeof setTimeout> | undefined;
  #reviewScrolled = false;
  #summaryMemo: { results: unknown; run: ImportRun | null; summary: ImportSummary } | null = null;
  #failedMemo: { results: unknown; run: ImportRun; ids: readonly string[] } | null = null;
  #onlyFailed = false;
  #seatsMemo: { selected: ReadonlySet<string>; source: unknown; needed: number } | null = null;
  #seenSessionError: unknown = null;

  constructor() {
    super();
    this.mode = 'portal-users';
    this.batchSize = DEFAULT_BATCH_SIZE;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#filterTimer);
  }

  get #store(): IntegrationStore | undefined {
    return this.#data.store;
  }

  get #state(): UserImportState | undefined {
    return this.#data.store?.state.userImport;
  }

  get #kind(): ImportKind {
    return kindOf(this.mode === 'client-users' ? 'client-users' : 'portal-users');
  }

  // ---- lifecycle ----

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const s = this.#state;
    if (!s) return;
    // Lists changed under the drafts (an import closed, marking users): keep the filter and choices.
    if (s.users && this.#userDraft?.source !== s.users) {
      this.#userDraft = newDraft(s.users, userFields, isImportableUser, this.#userDraft);
      indexInBackground(this.#userDraft);
    }
    if (s.accounts && this.#accountDraft?.source !== s.accounts) {
      this.#accountDraft = newDraft(s.accounts, accountFields, isImportableAccount, this.#accountDraft);
      indexInBackground(this.#accountDraft);
    }
    if (!s.users) this.#userDraft = null;
    if (!s.accounts) this.#accountDraft = null;
    this.#track('users', s.userRun, s);
    this.#track('clients', s.clientRun, s);
    if (s.sessionError && s.sessionError !== this.#seenSessionError) this.#pendingFocus = '#zsc-key';
    this.#seenSessionError = s.sessionError;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#pendingFocus) {
      // A focus move is for the view just rendered; one whose target did not appear is dropped.
      const target = this.renderRoot.querySelector<HTMLElement>(this.#pendingFocus);
      this.#pendingFocus = null;
      target?.focus();
    }
    const events = this.#events;
    this.#events = [];
    for (const e of events) this.dispatchEvent(e);
  }

  /** Turns run changes into progress/complete events, announcements and focus moves. */
  #track(kind: ImportKind, run: ImportRun | null, s: UserImportState): void {
    const prev = this.#seen[kind];
    this.#seen[kind] = run;
    if (!run || run === prev) return;
    const mode: ImportMode = kind === 'users' ? 'portal-users' : 'client-users';
    const samePass = prev?.pass === run.pass;
    if (!samePass) this.#announcedStep[kind] = 0;
    const active = run.status === 'running' || run.status === 'cancelling';
    if (run.processed !== (samePass ? prev!.processed : 0)) {
      const percent = percentDone(run.processed, run.total);
      this.#events.push(new ZpImportProgressEvent({ mode, processed: run.processed, total: run.total, percent }));
      const step = Math.floor(percent / 10);
      if (active && step > this.#announcedStep[kind]) {
        this.#announcedStep[kind] = step;
        this.#announcer.announce(msg(str`Import ${formatPercent(percent / 100)} done.`, { id: 'import.announce.progress' }));
      }
    }
    const wasActive = !!prev && samePass && (prev.status === 'running' || prev.status === 'cancelling');
    if (!active && (wasActive || (!samePass && prev))) {
      const results = kind === 'users' ? s.userResults : s.clientResults;
      const sum = summarize(run.ids, results);
      const cancelled = run.status === 'cancelled';
      this.#events.push(new ZpImportCompleteEvent({ mode, total: run.ids.length, ...sum, cancelled }));
      const counts = formatList(summaryTexts(kind === 'users', sum).map(([, text]) => text));
      this.#announcer.announce(cancelled
        ? msg(str`Import cancelled: ${counts}.`, { id: 'import.announce.cancelled' })
        : msg(str`Import finished: ${counts}.`, { id: 'import.announce.finished' }));
      if (kind === this.#kind) this.#pendingFocus = '#results-title';
    }
  }

  // ---- render ----

  override render() {
    const store = this.#store;
    if (!store) return renderNotConnected('crm-user-import');
    return html`<section part="base" aria-labelledby="title">
      <h2 id="title">${msg('Import From CRM', { id: 'import.title' })}</h2>
      ${this.#announcer.region()}
      ${this.#renderBody(store)}
    </section>`;
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
    const kind = this.#kind;
    const run = kind === 'users' ? s.userRun : s.clientRun;
    const running = !!(s.userRun && isActive(s.userRun)) || !!(s.clientRun && isActive(s.clientRun));
    return html`
      <p class="muted portal">${msg(html`Portal: ${html`<strong>${s.context.portalName}</strong>`}`, { id: 'import.portal' })}</p>
      ${this.#renderModes(running)}
      ${this.#renderStep(store, s, s.context, kind, run)}`;
  }

  #renderModes(disabled: boolean): TemplateResult {
    const mode = this.#kind === 'users' ? 'portal-users' : 'client-users';
    return html`<fieldset class="modes" part="modes" ?disabled=${disabled}>
      <legend class="visually-hidden">${msg('What to import', { id: 'import.modes' })}</legend>
      <label class=${mode === 'portal-users' ? 'on' : ''}><input type="radio" name="mode" value="portal-users"
        .checked=${mode === 'portal-users'} @change=${this.#onMode}> ${msg('Portal Users', { id: 'import.mode.users' })}</label>
      <label class=${mode === 'client-users' ? 'on' : ''}><input type="radio" name="mode" value="client-users"
        .checked=${mode === 'client-users'} @change=${this.#onMode}> ${msg('Client Users', { id: 'import.mode.clients' })}</label>
    </fieldset>`;
  }

  #renderStep(store: IntegrationStore, s: UserImportState, context: ImportContext, kind: ImportKind, run: ImportRun | null) {
    const list = kind === 'users' ? s.users : s.accounts;
    // An ended session needs the credentials again; the lists (and the choices made in them) stay for the new lookup.
    if (!list || s.sessionError) {
      const lookup = store.request(LOOKUP_KEY);
      return renderCredentials({
        mode: kind === 'users' ? 'portal-users' : 'client-users',
        email: this.#email,
        showKey: this.#showKey,
        pending: lookup.pending,
        fieldErrors: this.#fieldErrors,
        error: lookup.error ?? s.sessionError,
        onEmailInput: this.#onEmailInput,
        onKeyInput: this.#onKeyInput,
        onToggleKey: this.#onToggleKey,
        onSubmit: this.#onSubmit,
        onRetry: () => void this.#lookup(),
      });
    }
    if (run) {
      if (isActive(run)) {
        return renderProgress({ run, kind, onCancel: this.#onCancel });
      }
      return renderResults({
        mode: kind === 'users' ? 'portal-users' : 'client-users',
        run,
        summary: this.#summary(run, kind === 'users' ? s.userResults : s.clientResults),
        rows: this.#resultRows,
        users: this.#userDraft ? byIdOf(this.#userDraft) : new Map(),
        accounts: this.#accountDraft ? byIdOf(this.#accountDraft) : new Map(),
        userResults: s.userResults,
        clientResults: s.clientResults,
        shownIds: this.#onlyFailed ? this.#failedIds(run, kind === 'users' ? s.userResults : s.clientResults) : run.ids,
        onlyFailed: this.#onlyFailed,
        onToggleFailed: this.#onToggleFailed,
        onRetryFailed: this.#onRetryFailed,
        onContinue: this.#onContinue,
        onBack: this.#onBack,
        onChangeTicket: this.#onChangeTicket,
      });
    }
    const handlers = {
      onFilter: this.#onFilter,
      onSelectAll: this.#onSelectAll,
      onSelectNone: this.#onSelectNone,
      onTableChange: this.#onTableChange,
      onTableKeydown: this.#onTableKeydown,
      onTableScroll: this.#onTableScroll,
      onImport: this.#onImport,
      onChangeTicket: this.#onChangeTicket,
    };
    if (kind === 'users' && this.#userDraft) {
      return renderUserReview({
        ...handlers,
        draft: this.#userDraft,
        context,
        lookupEmail: s.lookupEmail ?? '',
        rows: this.#reviewRows,
        needed: this.#neededSeats(this.#userDraft),
        refusal: this.#refusal.users?.() ?? null,
        bulkRole: this.#bulkRole,
        bulkProject: this.#bulkProject,
        onBulkRole: this.#onBulkRole,
        onBulkProject: this.#onBulkProject,
        onApplyBulk: this.#onApplyBulk,
      });
    }
    if (kind === 'clients' && this.#accountDraft) {
      return renderAccountReview({
        ...handlers,
        draft: this.#accountDraft,
        lookupEmail: s.lookupEmail ?? '',
        rows: this.#reviewRows,
        refusal: this.#refusal.clients?.() ?? null,
      });
    }
    return nothing;
  }

  #summary(run: ImportRun, results: ReadonlyMap<string, { outcome: 'imported' | 'existing' | 'failed' }>): ImportSummary {
    const m = this.#summaryMemo;
    if (m && m.run === run && m.results === results) return m.summary;
    const summary = summarize(run.ids, results);
    this.#summaryMemo = { run, results, summary };
    return summary;
  }

  #failedIds(run: ImportRun, results: ReadonlyMap<string, { outcome: string }>): readonly string[] {
    const m = this.#failedMemo;
    if (m && m.run === run && m.results === results) return m.ids;
    const ids = run.ids.filter((id) => results.get(id)?.outcome === 'failed');
    this.#failedMemo = { run, results, ids };
    return ids;
  }

  readonly #onToggleFailed = (e: Event) => {
    this.#onlyFailed = (e.target as HTMLInputElement).checked;
    this.#resultRows.reset(this.renderRoot.querySelector<HTMLElement>('.results .vbody'));
    this.requestUpdate();
  };

  #neededSeats(draft: ReviewDraft<CrmUser>): number {
    const m = this.#seatsMemo;
    if (m && m.selected === draft.selected && m.source === draft.source) return m.needed;
    const byId = byIdOf(draft);
    const needed = newUsersNeeded(draft.selected, (id) => byId.get(id)?.inPortal ?? true);
    this.#seatsMemo = { selected: draft.selected, source: draft.source, needed };
    return needed;
  }

  #draft(): ReviewDraft<CrmUser> | ReviewDraft<CrmAccountForImport> | null {
    return this.#kind === 'users' ? this.#userDraft : this.#accountDraft;
  }

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.review .vbody');
  }

  /** Back to the top of the list (a new filter, another mode); touches layout only when it was scrolled. */
  #resetReviewScroll(): void {
    this.#reviewRows.reset(this.#reviewScrolled ? this.#scroller() : null);
    this.#reviewScrolled = false;
  }

  readonly #onTableScroll = (e: Event) => {
    this.#reviewScrolled = (e.currentTarget as HTMLElement).scrollTop > 0;
  };

  // ---- credentials ----

  readonly #onMode = (e: Event) => {
    const mode = (e.target as HTMLInputElement).value as ImportMode;
    if (mode === this.mode) return;
    this.mode = mode;
    this.#onlyFailed = false;
    this.#fieldErrors = {};
    this.#store?.clearError(LOOKUP_KEY);
    this.#resetReviewScroll();
    this.#resultRows.reset();
  };

  readonly #onEmailInput = (e: Event) => {
    this.#email = (e.target as HTMLInputElement).value;
    if (this.#fieldErrors.email) {
      this.#fieldErrors = { ...this.#fieldErrors, email: undefined };
      this.requestUpdate();
    }
  };

  readonly #onKeyInput = () => {
    if (this.#fieldErrors.zscKey) {
      this.#fieldErrors = { ...this.#fieldErrors, zscKey: undefined };
      this.requestUpdate();
    }
  };

  readonly #onToggleKey = () => {
    this.#showKey = !this.#showKey;
    this.requestUpdate();
  };

  readonly #onSubmit = (e: Event) => {
    e.preventDefault();
    void this.#lookup();
  };

  #keyInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#zsc-key');
  }

  async #lookup(): Promise<void> {
    const store = this.#store;
    const keyInput = this.#keyInput();
    if (!store || !keyInput || store.request(LOOKUP_KEY).pending) return;
    const email = this.#email.trim();
    const emailProblem = checkEmail(email);
    const keyProblem = checkZscKey(keyInput.value);
    this.#fieldErrors = {
      email: emailProblem ?? undefined,
      zscKey: keyProblem ?? undefined,
    };
    if (emailProblem || keyProblem) {
      this.#pendingFocus = emailProblem ? '#email' : '#zsc-key';
      this.requestUpdate();
      return;
    }
    const mode = this.#kind === 'users' ? 'portal-users' : 'client-users';
    const credentials = { email, zscKey: keyInput.value.trim() };
    const result = mode === 'portal-users'
      ? await store.userImport.lookupUsers(credentials)
      : await store.userImport.lookupAccounts(credentials);
    if (!result.ok) {
      if (result.error.kind === 'invalid-input') this.#pendingFocus = '#zsc-key';
      this.requestUpdate();
      return;
    }
    // The session is open: the key is no longer needed anywhere.
    keyInput.value = '';
    this.#showKey = false;
    const s = store.state.userImport;
    if (mode === 'portal-users' && s.users) {
      const inPortal = s.users.filter((u) => u.inPortal).length;
      this.#events.push(new ZpLookupDoneEvent({ mode, count: s.users.length, alreadyInPortal: inPortal }));
      const found = formatNumber(s.users.length);
      const there = formatNumber(inPortal);
      this.#announcer.announce(plural(s.users.length,
        msg(str`${found} CRM user found, ${there} already in the portal.`, { id: 'import.announce.users-found.one' }),
        msg(str`${found} CRM users found, ${there} already in the portal.`, { id: 'import.announce.users-found.other' })));
    } else if (s.accounts) {
      const clients = s.accounts.filter((a) => a.alreadyClient).length;
      this.#events.push(new ZpLookupDoneEvent({ mode, count: s.accounts.length, alreadyInPortal: clients }));
      const found = formatNumber(s.accounts.length);
      const there = formatNumber(clients);
      this.#announcer.announce(plural(s.accounts.length,
        plural(clients,
          msg(str`${found} CRM account found, ${there} already a client.`, { id: 'import.announce.accounts-found.one-one' }),
          msg(str`${found} CRM account found, ${there} already clients.`, { id: 'import.announce.accounts-found.one-other' })),
        plural(clients,
          msg(str`${found} CRM accounts found, ${there} already a client.`, { id: 'import.announce.accounts-found.other-one' }),
          msg(str`${found} CRM accounts found, ${there} already clients.`, { id: 'import.announce.accounts-found.other' }))));
    }
    this.#resetReviewScroll();
    this.#pendingFocus = '#review-title';
    this.requestUpdate();
  }

  readonly #onChangeTicket = () => {
    const store = this.#store;
    if (!store) return;
    const s = store.state.userImport;
    if ((s.userRun && isActive(s.userRun)) || (s.clientRun && isActive(s.clientRun))) return;
    store.userImport.resetLookup();
    this.#onlyFailed = false;
    store.clearError(LOOKUP_KEY);
    this.#email = '';
    this.#showKey = false;
    this.#fieldErrors = {};
    this.#userDraft = null;
    this.#accountDraft = null;
    this.#refusal = { users: null, clients: null };
    this.#bulkRole = '';
    this.#bulkProject = '';
    const keyInput = this.#keyInput();
    if (keyInput) keyInput.value = '';
    this.#pendingFocus = '#email';
    this.#announcer.announce(msg('Enter the email address and ZSC key of the CRM account to import from.', { id: 'import.announce.change-ticket' }));
    this.requestUpdate();
  };

  // ---- review ----

  readonly #onFilter = (e: Event) => {
    const draft = this.#draft();
    if (!draft) return;
    setQuery(draft as ReviewDraft<{ id: string }>, (e.target as HTMLInputElement).value);
    this.#resetReviewScroll();
    this.requestUpdate();
    clearTimeout(this.#filterTimer);
    this.#filterTimer = setTimeout(() => {
      const d = this.#draft();
      if (!d || !d.query.trim()) return;
      const count = shownCount(d as ReviewDraft<{ id: string }>);
      this.#announcer.announce(plural(count,
        msg(str`${formatNumber(count)} match.`, { id: 'import.announce.matches.one' }),
        msg(str`${formatNumber(count)} matches.`, { id: 'import.announce.matches.other' })));
    }, 600);
  };

  #setSelected(selected: ReadonlySet<string>): void {
    const draft = this.#draft();
    if (!draft) return;
    draft.selected = selected;
    this.#refusal[this.#kind] = null;
    this.requestUpdate();
  }

  readonly #onSelectAll = () => {
    const draft = this.#draft() as ReviewDraft<{ id: string }> | null;
    if (draft) this.#setSelected(selectAll(draft.selected, shownImportableIds(draft)));
  };

  readonly #onSelectNone = () => this.#setSelected(new Set());

  readonly #onTableChange = (e: Event) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    const id = target.dataset['id'];
    const draft = this.#draft();
    if (!id || !draft) return;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      this.#setSelected(toggle(draft.selected, id, target.checked));
      return;
    }
    const context = this.#state?.context;
    if (!context || this.#kind !== 'users') return;
    const field = target.dataset['field'];
    const patch = field === 'role' ? { roleId: target.value } : { projectId: target.value || null };
    draft.choices = setForSelected(draft.choices, [id], patch, context.defaultRoleId);
    this.requestUpdate();
  };

  /** Up/Down arrows move between the rows' checkboxes, scrolling the list as needed. */
  readonly #onTableKeydown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
    const draft = this.#draft() as ReviewDraft<{ id: string }> | null;
    const scroller = e.currentTarget as HTMLElement;
    if (!draft) return;
    const count = shownCount(draft);
    const pos = Number(target.dataset['pos']);
    // Rows that cannot be selected have a disabled checkbox: the arrows skip them.
    const next = e.key === 'Home' ? nearestImportable(draft, 0, 1)
      : e.key === 'End' ? nearestImportable(draft, count - 1, -1)
        : nearestImportable(draft, pos + (e.key === 'ArrowDown' ? 1 : -1), e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next === pos) return;
    e.preventDefault();
    this.#reviewRows.scrollToRow(scroller, next);
    this.#pendingFocus = `input[type=checkbox][data-id="${CSS.escape(shownAt(draft, next).id)}"]`;
    this.requestUpdate();
  };

  readonly #onBulkRole = (e: Event) => {
    this.#bulkRole = (e.target as HTMLSelectElement).value;
    this.requestUpdate();
  };

  readonly #onBulkProject = (e: Event) => {
    this.#bulkProject = (e.target as HTMLSelectElement).value;
    this.requestUpdate();
  };

  readonly #onApplyBulk = () => {
    const draft = this.#userDraft;
    const context = this.#state?.context;
    if (!draft || !context) return;
    if (!draft.selected.size) {
      this.#refusal.users = () => msg('Select the users to set a role or project for first.', { id: 'import.refusal.bulk-selection' });
      this.requestUpdate();
      return;
    }
    if (!this.#bulkRole && !this.#bulkProject) {
      this.#refusal.users = () => msg('Choose a User Role or a Working Project to set for the selected users.', { id: 'import.refusal.bulk-choice' });
      this.requestUpdate();
      return;
    }
    const patch: { roleId?: string; projectId?: string | null } = {};
    if (this.#bulkRole) patch.roleId = this.#bulkRole;
    if (this.#bulkProject) patch.projectId = this.#bulkProject === 'none' ? null : this.#bulkProject;
    // Users already in the portal keep their role: nothing to set for them.
    const byId = byIdOf(draft);
    const targets = [...draft.selected].filter((id) => byId.get(id)?.inPortal === false);
    draft.choices = setForSelected(draft.choices, targets, patch, context.defaultRoleId);
    this.#refusal.users = null;
    // Back to "keep": the next "Apply to selected" sets only what is chosen then.
    this.#bulkRole = '';
    this.#bulkProject = '';
    this.#announcer.announce(this.#bulkText(context, patch, targets.length));
    this.requestUpdate();
  };

  /** "User Role Manager set for 3 selected users." */
  #bulkText(context: ImportContext, patch: { roleId?: string; projectId?: string | null }, count: number): string {
    const n = formatNumber(count);
    const role = patch.roleId ? context.roles.find((r) => r.id === patch.roleId)?.name ?? '' : undefined;
    const project = patch.projectId === undefined ? undefined
      : patch.projectId ? context.projects.find((p) => p.id === patch.projectId)?.name ?? '' : msg('none', { id: 'import.announce.no-project' });
    if (role !== undefined && project !== undefined) {
      return plural(count,
        msg(str`User Role ${role} and Working Project ${project} set for ${n} selected user.`, { id: 'import.announce.bulk-both.one' }),
        msg(str`User Role ${role} and Working Project ${project} set for ${n} selected users.`, { id: 'import.announce.bulk-both.other' }));
    }
    if (role !== undefined) {
      return plural(count,
        msg(str`User Role ${role} set for ${n} selected user.`, { id: 'import.announce.bulk-role.one' }),
        msg(str`User Role ${role} set for ${n} selected users.`, { id: 'import.announce.bulk-role.other' }));
    }
    return plural(count,
      msg(str`Working Project ${project ?? ''} set for ${n} selected user.`, { id: 'import.announce.bulk-project.one' }),
      msg(str`Working Project ${project ?? ''} set for ${n} selected users.`, { id: 'import.announce.bulk-project.other' }));
  }

  readonly #onImport = () => {
    const store = this.#store;
    const s = this.#state;
    if (!store || !s?.context) return;
    const kind = this.#kind;
    const batchSize = batchSizeOf(this.batchSize);
    if (kind === 'users') {
      const draft = this.#userDraft;
      if (!draft || !s.users) return;
      if (!draft.selected.size) return this.#refuse('users', () => msg('Select at least one user to import.', { id: 'import.refusal.no-users' }));
      const seats = checkSeats(s.context.seats, this.#neededSeats(draft));
      if (!seats.ok) return this.#refuse('users', () => seatsRefusal(seats.needed, seats.available));
      const items = userImportItems(s.users, draft.selected, draft.choices, s.context.defaultRoleId);
      this.#pendingFocus = '#progress-title';
      this.#resultRows.reset();
      void store.userImport.importUsers(items, { batchSize });
    } else {
      const draft = this.#accountDraft;
      if (!draft || !s.accounts) return;
      if (!draft.selected.size) return this.#refuse('clients', () => msg('Select at least one CRM account to import.', { id: 'import.refusal.no-accounts' }));
      const items = s.accounts.filter((a) => draft.selected.has(a.id)).map((a) => ({ accountId: a.id }));
      this.#pendingFocus = '#progress-title';
      this.#resultRows.reset();
      void store.userImport.importClients(items, { batchSize });
    }
    this.#refusal[kind] = null;
    this.#onlyFailed = false;
  };

  #refuse(kind: ImportKind, reason: () => string): void {
    this.#refusal[kind] = reason;
    this.requestUpdate();
  }

  // ---- import ----

  readonly #onCancel = () => {
    this.#store?.userImport.cancelImport(this.#kind);
  };

  readonly #onRetryFailed = () => {
    const store = this.#store;
    if (!store) return;
    this.#pendingFocus = '#progress-title';
    void store.userImport.retryFailed(this.#kind);
  };

  readonly #onContinue = () => {
    const store = this.#store;
    if (!store) return;
    this.#pendingFocus = '#progress-title';
    void store.userImport.continueImport(this.#kind);
  };

  readonly #onBack = () => {
    const store = this.#store;
    if (!store) return;
    store.userImport.closeImport(this.#kind);
    this.#onlyFailed = false;
    // Back to the list as a lookup opens it: what can still be imported (the failed ones) is selected.
    const s = store.state.userImport;
    if (this.#kind === 'users' && this.#userDraft && s.users) this.#userDraft.selected = defaultSelection(s.users, isImportableUser);
    if (this.#kind === 'clients' && this.#accountDraft && s.accounts) this.#accountDraft.selected = defaultSelection(s.accounts, isImportableAccount);
    this.#resetReviewScroll();
    this.#pendingFocus = '#review-title';
    this.requestUpdate();
  };
}

const isActive = (run: ImportRun): boolean => run.status === 'running' || run.status === 'cancelling';

declare global {
  interface HTMLElementTagNameMap {
    'crm-user-import': CrmUserImport;
  }
}
