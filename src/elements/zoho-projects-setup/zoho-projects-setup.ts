import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { IntegrationStatus, SetupStep } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { ZpElement } from '../shared/zp-element.js';
import { setupStore } from '../../store/area-stores.js';
import { isNotPermitted, type StoreError } from '../../store/errors.js';
import {
  SETUP_STEPS, SETUP_STEP_LABELS, canOpenStep, nextStep, setupView, shownStep, stepState, trialDaysLeft,
  type SetupState, type StepState,
} from '../../store/slices/setup.js';
import { loadElement, tagName } from '../../registry.js';
import { ZpStepChangeEvent } from '../../events/zp-step-change.js';
import { ZpPortalSavedEvent } from '../../events/zp-portal-saved.js';
import { ZpIntegrationActivatedEvent } from '../../events/zp-integration-activated.js';
import { ZpKeyUpdatedEvent } from '../../events/zp-key-updated.js';
import { ZpDeactivatedEvent } from '../../events/zp-deactivated.js';
import { baseStyles } from '../shared/base.styles.js';
import { renderLoading, renderNotConnected, renderNotPermitted, renderRequestError } from '../shared/request-views.js';
import { Announcer } from '../shared/announcer.js';
import { PortalStep } from './portal-step.js';
import { KeyForm } from './key-form.js';
import { busy, retryOrReload } from './form-support.js';
import { formatDate, formatNumber, plural } from '../../i18n/format.js';
import { styles } from './zoho-projects-setup.styles.js';

/** The elements hosted by the steps (by default tag; a host may have renamed them with `define()`). */
type ChildTag = 'field-mapper' | 'profile-perms' | 'client-account-mapper';
const CHILD_TAGS: readonly ChildTag[] = ['field-mapper', 'profile-perms', 'client-account-mapper'];

/** Details of the events the hosted elements fire when they finish (agreed by name, not by class). */
interface PermissionsSavedDetail { pushedAsEmployee: number; alreadyExisting: number }
interface ClientMappingDoneDetail { outcome: 'mapped' | 'skipped'; mappedCount: number; unmappedCount: number }

/** What the element shows; one per state of the flow. */
type Screen =
  | { kind: 'loading' }
  | { kind: 'load-error'; error: StoreError }
  | { kind: 'not-permitted' }
  | { kind: 'not-admin' }
  | { kind: 'trial-expired' }
  | { kind: 'get-started'; trialOffer: boolean }
  | { kind: 'steps'; step: SetupStep; finishing: boolean }
  | { kind: 'active' }
  | { kind: 'edit'; step: 'permissions' | 'clients' }
  | { kind: 'key-invalid' };

/** The last success message; its text is read at render time, so it follows the locale. */
interface Notice { tone: 'success' | 'info'; text: () => string }

/** Visually hidden after a step's name in the step list. */
function stepStateText(state: StepState): string {
  switch (state) {
    case 'current': return '';
    case 'complete': return msg(' (completed)', { id: 'setup.step-state.complete' });
    case 'available': return msg(' (not done yet)', { id: 'setup.step-state.available' });
    case 'locked': return msg(' (not available yet: finish the steps before it)', { id: 'setup.step-state.locked' });
  }
}

/** "Permissions saved. …": one sentence per combination of the two counts' plural forms. */
function permissionsSavedText({ pushedAsEmployee: added, alreadyExisting: kept }: PermissionsSavedDetail): string {
  const a = formatNumber(added);
  const k = formatNumber(kept);
  return plural(added,
    plural(kept,
      msg(str`Permissions saved. ${a} CRM user was added to Zoho Projects as “Employee”; ${k} user was already there and kept their role.`, { id: 'setup.permissions-saved.one-one' }),
      msg(str`Permissions saved. ${a} CRM user was added to Zoho Projects as “Employee”; ${k} users were already there and kept their role.`, { id: 'setup.permissions-saved.one-other' })),
    plural(kept,
      msg(str`Permissions saved. ${a} CRM users were added to Zoho Projects as “Employee”; ${k} user was already there and kept their role.`, { id: 'setup.permissions-saved.other-one' }),
      msg(str`Permissions saved. ${a} CRM users were added to Zoho Projects as “Employee”; ${k} users were already there and kept their role.`, { id: 'setup.permissions-saved.other-other' })));
}

/** "15 days left". */
const daysLeftText = (days: number): string => plural(days,
  msg(str`${formatNumber(days)} day left`, { id: 'setup.days-left.one' }),
  msg(str`${formatNumber(days)} days left`, { id: 'setup.days-left.other' }));

/**
 * @tag zoho-projects-setup
 * @summary The CRM-side Zoho Projects integration: enable it (or start the Free Edition trial),
 * configure the portal, field mapping, permissions and client mapping step by step, then
 * manage the active integration (ZSC key, "Edit Configuration", "Deactivate Zoho Projects").
 * Provides its store to the elements it hosts.
 *
 * @attr locale - The language of every element on the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works too).
 * @fires zp-step-change - The step shown changed. Detail: `{ step, previousStep, completedSteps }`.
 * @fires zp-portal-saved - "Save" associated a portal. Detail: `{ portal }`.
 * @fires zp-integration-activated - The last step is done: the integration is active. Detail: `{ portal, clientMapping }`.
 * @fires zp-key-updated - The ZSC key was updated. Detail: `{ portal, restored }` (never the key).
 * @fires zp-deactivated - The integration was deactivated. Detail: `{ portal }`.
 * @fires zp-error - A request failed (this element's or a hosted element's), for the host's logs.
 *
 * @csspart base - The element's frame.
 * @csspart header - Title and state.
 * @csspart trial - The Free Edition trial notice.
 * @csspart notice - The last success message.
 * @csspart steps - The step list.
 * @csspart step - The panel of the open step.
 * @csspart portal - The associated portal.
 * @csspart key-form - The ZSC key update form.
 * @csspart key-toggle - The "Show key" toggle of a ZSC Key field.
 * @csspart deactivate - The deactivation section.
 * @csspart dialog - The deactivation confirmation dialog.
 * @csspart field-mapper - The hosted `<field-mapper>`; likewise `profile-perms`, `client-account-mapper`.
 *
 * @cssproperty --zp-color-accent - Primary buttons, links, current step.
 * @cssproperty --zp-color-danger - Errors and "Deactivate Zoho Projects".
 * @cssproperty --zp-color-success - Completed steps and success messages.
 * @cssproperty --zp-font-family - Font of the element.
 * @cssproperty --zp-space - Spacing unit.
 * @cssproperty --zp-radius - Corner radius.
 */
export class ZohoProjectsSetup extends ZpElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    _step: { state: true },
    _childOpen: { state: true },
    _finishing: { state: true },
    _editing: { state: true },
    _notice: { state: true },
  };

  /** The step the user asked for; shown when every step before it is done. */
  declare _step: SetupStep | null;
  /** "Map Now" / "Setup" opened the hosted element of the current step. */
  declare _childOpen: boolean;
  /** Client mapping is done: its report stays on screen until "Finish". */
  declare _finishing: boolean;
  /** Active integration: a part of the configuration reopened ("Edit Configuration"). */
  declare _editing: 'permissions' | 'clients' | null;
  declare _notice: Notice | null;

  readonly #data = this.connectStore((s) => [s.setup, s.requests] as const, {
    provide: true,
    create: setupStore,
    onStore: (store) => {
      this.#prevStatus = store.state.setup.status;
      void store.setup.load();
    },
  });
  readonly #announcer = new Announcer(this);
  readonly #portalStep = new PortalStep(this, () => this.#data.store, {
    saved: (status) => this.#portalSaved(status),
    announce: (text) => this.#announcer.announce(text),
  });
  readonly #keyForm = new KeyForm(this, () => this.#data.store, {
    updated: (status, wasBroken) => this.#keyUpdated(status, wasBroken),
  });

  #screen: Screen = { kind: 'loading' };
  #prevStatus: IntegrationStatus | null = null;
  #lastScreenKey: string | undefined;
  #lastStep: SetupStep | null = null;
  /** The step whose hosted element `_childOpen` refers to. */
  #childStep: SetupStep | null = null;
  /** Hosted elements being loaded for a step, or whose file failed to load (shown with Retry). */
  #childLoads = new Map<ChildTag, 'loading' | 'failed'>();
  /** Focus follows screen changes only once the user has acted (never on page load). */
  #interacted = false;
  #queued: Event[] = [];

  constructor() {
    super();
    this._step = null;
    this._childOpen = false;
    this._finishing = false;
    this._editing = null;
    this._notice = null;
    // Any click or key inside (its own controls or a hosted element's) is the user at work.
    const acted = () => { this.#interacted = true; };
    this.addEventListener('click', acted);
    this.addEventListener('keydown', acted);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const tag of CHILD_TAGS) {
      const name = tagName(tag);
      if (!customElements.get(name)) void customElements.whenDefined(name).then(() => this.requestUpdate());
    }
  }

  // ---- lifecycle ----

  override willUpdate(): void {
    const status = this.#data.store?.state.setup.status ?? null;
    const prev = this.#prevStatus;
    if (status !== prev) {
      this.#prevStatus = status;
      if (prev?.state === 'configuring' && status?.state === 'active') {
        // Keep the last step (its report) on screen until the user chooses "Finish".
        if (this.#screen.kind === 'steps') this._finishing = true;
        this.#queued.push(new ZpIntegrationActivatedEvent(status.portal, status.clientMapping));
      }
      if (status?.state !== 'active' && status?.state !== 'configuring') this._finishing = false;
      if (status?.state !== 'active') this._editing = null;
      if (status?.state !== 'configuring') this._childOpen = false;
    }
    this.#screen = this.#computeScreen();
    // A hosted element stays open until its step is left: when it reports "saved" before the
    // status shows the step done, it stays (with its own result) until the status catches up.
    const step = this.#screen.kind === 'steps' ? this.#screen.step : null;
    if (step !== this.#childStep) {
      this._childOpen = false;
      this.#childStep = step;
    }
    // A step's element starts loading when the step shows, so it is there by "Map Now" / "Setup".
    const hosted = hostedTag(this.#screen);
    if (hosted && !this.#childLoads.has(hosted)) this.#loadChild(hosted);
    if (this.#screen.kind === 'steps' && this.#screen.step === 'portal' && !status?.portal) {
      // Starts loading within this update, so it renders "Loading your portals…" at once.
      this.#portalStep.ensureLoaded();
    }
  }

  override updated(): void {
    const screen = this.#screen;
    const step = screen.kind === 'steps' || screen.kind === 'edit' ? screen.step : null;
    if (step && step !== this.#lastStep) {
      const completedSteps = this.#data.store?.state.setup.status?.completedSteps ?? [];
      this.dispatchEvent(new ZpStepChangeEvent({ step, previousStep: this.#lastStep, completedSteps }));
    }
    this.#lastStep = step;
    const key = screenKey(screen, this._childOpen);
    if (key !== this.#lastScreenKey) {
      if (this.#interacted && this.#lastScreenKey !== undefined) this.#focusHeading();
      this.#lastScreenKey = key;
    }
    for (const event of this.#queued.splice(0)) this.dispatchEvent(event);
  }

  #computeScreen(): Screen {
    const store = this.#data.store;
    const status = store?.state.setup.status;
    if (!store || !status) {
      const error = store?.request('getStatus').error;
      if (!error) return { kind: 'loading' };
      return isNotPermitted(error) ? { kind: 'not-permitted' } : { kind: 'load-error', error };
    }
    switch (setupView(status)) {
      case 'not-admin': return { kind: 'not-admin' };
      case 'trial-expired': return { kind: 'trial-expired' };
      case 'trial-offer': return { kind: 'get-started', trialOffer: true };
      case 'not-enabled': return { kind: 'get-started', trialOffer: false };
      case 'configuring': return { kind: 'steps', step: shownStep(status, this._step), finishing: false };
      case 'key-invalid': return { kind: 'key-invalid' };
      case 'active':
        if (this._finishing) return { kind: 'steps', step: 'clients', finishing: true };
        if (this._editing) return { kind: 'edit', step: this._editing };
        return { kind: 'active' };
    }
  }

  #focusHeading(): void {
    const root = this.renderRoot;
    const heading = (root.querySelector('#step-title') ?? root.querySelector('#zp-title')) as HTMLElement | null;
    heading?.focus();
  }

  /** A user action: clears the last message; focus may follow the screen it leads to. */
  #act(): void {
    this.#interacted = true;
    this._notice = null;
  }

  /** Shows a message (in the locale of each render) and announces it. */
  #say(text: () => string, tone: Notice['tone'] = 'success'): void {
    this._notice = { tone, text };
    this.#announcer.announce(text());
  }

  // ---- user intent ----

  readonly #getStarted = async () => {
    const store = this.#data.store;
    if (!store || store.request('startTrial').pending || store.request('startSetup').pending) return;
    this.#act();
    if (this.#screen.kind === 'get-started' && this.#screen.trialOffer) {
      const trial = await store.setup.startTrial();
      if (!trial.ok) return;
      const days = trial.value.trial?.daysLeft ?? 15;
      this.#announcer.announce(plural(days,
        msg(str`Your free trial has started: ${formatNumber(days)} day left.`, { id: 'setup.trial-started.one' }),
        msg(str`Your free trial has started: ${formatNumber(days)} days left.`, { id: 'setup.trial-started.other' })));
    }
    const started = await store.setup.startSetup();
    if (started.ok) this._step = null;
  };

  #goTo(step: SetupStep): void {
    const status = this.#data.store?.state.setup.status;
    if (!status || !canOpenStep(status, step)) return;
    this.#act();
    this._step = step;
    this._childOpen = false;
  }

  #openChild(): void {
    this.#act();
    this._childOpen = true;
  }

  #closeChild(): void {
    this.#act();
    this._childOpen = false;
  }

  readonly #finish = () => {
    this.#act();
    this._finishing = false;
    this._step = null;
    this.#announcer.announce(msg('The Zoho Projects integration is active.', { id: 'setup.announce.active' }));
  };

  #edit(step: 'permissions' | 'clients'): void {
    this.#act();
    this._editing = step;
  }

  readonly #backToIntegration = () => {
    this.#act();
    this._editing = null;
  };

  #portalSaved(status: IntegrationStatus): void {
    this.#interacted = true;
    this._step = nextStep('portal');
    this._childOpen = false;
    const portal = status.portal;
    if (portal) {
      this.#say(() => msg(str`Portal “${portal.name}” saved.`, { id: 'setup.portal-saved' }));
      this.dispatchEvent(new ZpPortalSavedEvent(portal));
    }
  }

  #keyUpdated(status: IntegrationStatus, wasBroken: boolean): void {
    this.#interacted = true;
    this.#say(() => wasBroken
      ? msg('ZSC key updated: the integration works again.', { id: 'setup.key-updated.restored' })
      : msg('ZSC key updated.', { id: 'setup.key-updated' }));
    this.dispatchEvent(new ZpKeyUpdatedEvent(status.portal, wasBroken));
  }

  // Events of the hosted elements (listened for by name).

  readonly #onFieldMappingSaved = () => {
    this.#interacted = true;
    if (this.#screen.kind !== 'steps') return;
    this._step = nextStep('fields');
    this.#say(() => msg('Field mapping saved.', { id: 'setup.field-mapping-saved' }));
    this.#catchUp('fields');
  };

  readonly #onPermissionsSaved = (event: Event) => {
    this.#interacted = true;
    const detail = (event as CustomEvent<Partial<PermissionsSavedDetail>>).detail ?? {};
    const counts = { pushedAsEmployee: detail.pushedAsEmployee ?? 0, alreadyExisting: detail.alreadyExisting ?? 0 };
    const text = () => permissionsSavedText(counts);
    if (this.#screen.kind === 'edit') {
      this._editing = null;
      this.#say(text);
    } else if (this.#screen.kind === 'steps') {
      this._step = nextStep('permissions');
      this.#say(text);
      this.#catchUp('permissions');
    }
  };

  readonly #onClientMappingDone = (event: Event) => {
    this.#interacted = true;
    const detail = (event as CustomEvent<Partial<ClientMappingDoneDetail>>).detail ?? {};
    this.#announcer.announce(detail.outcome === 'skipped'
      ? msg('Automatic client mapping skipped.', { id: 'setup.client-mapping-skipped' })
      : msg(str`Client account mapping done: ${formatNumber(detail.mappedCount ?? 0)} mapped, ${formatNumber(detail.unmappedCount ?? 0)} not mapped.`,
        { id: 'setup.client-mapping-done' }));
    if (this.#screen.kind !== 'steps') return;
    this._finishing = true;
    this.#catchUp('clients');
  };

  /** Reloads the status when a hosted element reports a step done that the status does not show yet. */
  #catchUp(step: SetupStep): void {
    const store = this.#data.store;
    if (store?.state.setup.status && !store.state.setup.status.completedSteps.includes(step)) void store.setup.load();
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('#deactivate-dialog');
  }

  readonly #openDeactivate = () => {
    this.#act();
    this.#data.store?.clearError('deactivate');
    this.#dialog?.showModal();
  };

  readonly #cancelDeactivate = () => this.#dialog?.close();

  readonly #onDialogClose = () => {
    // Back to the button that opened it (when it is still there).
    (this.renderRoot.querySelector('#deactivate-open') as HTMLElement | null)?.focus();
  };

  readonly #confirmDeactivate = async () => {
    const store = this.#data.store;
    if (!store || store.request('deactivate').pending) return;
    const portal = store.state.setup.status?.portal ?? null;
    const result = await store.setup.deactivate();
    if (!result.ok) return;
    this.#dialog?.close();
    this._step = null;
    this.#say(() => msg('Zoho Projects was deactivated. Any administrator can now set up the integration with a portal.', { id: 'setup.deactivated' }));
    this.dispatchEvent(new ZpDeactivatedEvent(portal));
    await this.updateComplete;
    this.#focusHeading();
  };

  // ---- rendering ----

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected(tagName('zoho-projects-setup'));
    const { setup } = store.state;
    const status = setup.status;
    const screen = this.#screen;
    const active = screen.kind === 'active' || screen.kind === 'edit' || (screen.kind === 'steps' && screen.finishing);
    return html`<section part="base" aria-labelledby="zp-title"
        @zp-field-mapping-saved=${this.#onFieldMappingSaved}
        @zp-permissions-saved=${this.#onPermissionsSaved}
        @zp-client-mapping-done=${this.#onClientMappingDone}>
      <header class="header" part="header">
        <h2 id="zp-title" tabindex="-1">${msg('Zoho Projects Integration', { id: 'setup.title' })}</h2>
        ${active ? html`<span class="badge success">${msg('Active', { id: 'setup.badge.active' })}</span>` : nothing}
        ${screen.kind === 'key-invalid' ? html`<span class="badge danger">${msg('Stopped', { id: 'setup.badge.stopped' })}</span>` : nothing}
      </header>
      ${status ? this.#renderTrial(status) : nothing}
      ${this._notice ? html`<p class="notice ${this._notice.tone}" part="notice">${this._notice.text()}</p>` : nothing}
      ${status ? this.#renderRefreshError(store) : nothing}
      ${this.#renderScreen(screen, store, setup)}
      ${status?.portal ? this.#renderDialog(store, status) : nothing}
      ${this.#announcer.region()}
    </section>`;
  }

  #renderScreen(screen: Screen, store: IntegrationStore, setup: SetupState): TemplateResult | typeof nothing {
    const status = setup.status!;
    switch (screen.kind) {
      case 'loading': return renderLoading(msg('Loading the integration…', { id: 'setup.loading' }));
      case 'load-error': return html`${renderRequestError(screen.error, () => void store.setup.load())}`;
      case 'not-permitted': return renderNotPermitted();
      case 'not-admin':
        return html`<div class="notice warning" part="not-admin">
          <p>${msg('Administrator privileges are required to set up or change the Zoho Projects integration.', { id: 'setup.not-admin' })}</p>
          <p>${msg('Ask an administrator of your Zoho CRM account.', { id: 'setup.not-admin.ask' })}</p>
        </div>`;
      case 'trial-expired':
        return html`<div class="notice warning" part="trial-expired">
          <p>${msg('Your 15-day free trial of the Zoho Projects integration has ended.', { id: 'setup.trial-expired' })}</p>
          <p>${msg('Upgrade to a paid edition of Zoho CRM to use the integration again.', { id: 'setup.trial-expired.upgrade' })}</p>
        </div>`;
      case 'get-started': return this.#renderGetStarted(store, screen.trialOffer);
      case 'steps': return this.#renderSteps(status, setup, screen.step, screen.finishing);
      case 'edit': return this.#renderEdit(screen.step);
      case 'active': return this.#renderActive(status);
      case 'key-invalid': return this.#renderKeyInvalid(status);
    }
  }

  /**
   * Reading the status again failed (e.g. after a hosted element saved its step): the flow cannot
   * move on until it is read, so that is said, with "Retry".
   */
  #renderRefreshError(store: IntegrationStore): TemplateResult | typeof nothing {
    return renderRequestError(store.request('getStatus').error, () => void store.setup.load());
  }

  #renderTrial(status: IntegrationStatus): TemplateResult | typeof nothing {
    const days = trialDaysLeft(status);
    if (days === null) return nothing;
    const ends = status.trial?.endsAt;
    const left = html`<strong>${daysLeftText(days)}</strong>`;
    return html`<p class="notice info" part="trial">${ends
      ? msg(html`Free trial of the Zoho Projects integration: ${left} (ends ${html`<time datetime=${ends}>${formatDate(ends)}</time>`}).`, { id: 'setup.trial.ends' })
      : msg(html`Free trial of the Zoho Projects integration: ${left}.`, { id: 'setup.trial' })}</p>`;
  }

  #renderGetStarted(store: IntegrationStore, trialOffer: boolean): TemplateResult {
    const trial = store.request('startTrial');
    const start = store.request('startSetup');
    const pending = trial.pending || start.pending;
    return html`<div class="intro" part="intro">
      <p>${msg('Connect Zoho CRM with Zoho Projects: create projects from deals and accounts, and see them in Zoho CRM.', { id: 'setup.intro' })}</p>
      ${trialOffer
        ? html`<p class="notice info" part="trial">${msg('You are using the Free Edition of Zoho CRM: you can try the Zoho Projects integration free for 15 days. “Get Started” starts your trial.', { id: 'setup.trial-offer' })}</p>`
        : nothing}
      ${renderRequestError(trial.error ?? start.error, retryOrReload(trial.error ?? start.error, () => void this.#getStarted(), store))}
      <div class="actions">
        <button type="button" class="primary" aria-disabled=${busy(pending)} @click=${this.#getStarted}>${msg('Get Started', { id: 'setup.get-started' })}</button>
        ${pending ? html`<span class="muted">${msg('Starting…', { id: 'setup.starting' })}</span>` : nothing}
      </div>
    </div>`;
  }

  #renderStepList(status: IntegrationStatus, current: SetupStep, finishing: boolean): TemplateResult {
    return html`<nav aria-label=${msg('Setup steps', { id: 'setup.steps' })} part="steps">
      <ol class="steps">
        ${SETUP_STEPS.map((step, i) => {
          const state: StepState = finishing ? (step === current ? 'current' : 'complete') : stepState(status, step, current);
          const label = html`<span class="num" aria-hidden="true">${state === 'complete' ? '✓' : formatNumber(i + 1)}</span>
            <span class="label">${SETUP_STEP_LABELS[step]}</span><span class="visually-hidden">${stepStateText(state)}</span>`;
          // Steps that cannot be opened (yet, or while finishing) are text, not buttons.
          const clickable = !finishing && state !== 'locked';
          return html`<li class="step ${state}">${clickable
            ? html`<button type="button" class="step-item" aria-current=${state === 'current' ? 'step' : nothing}
                @click=${() => this.#goTo(step)}>${label}</button>`
            : html`<span class="step-item" aria-current=${state === 'current' ? 'step' : nothing}>${label}</span>`}</li>`;
        })}
      </ol>
    </nav>`;
  }

  #renderSteps(status: IntegrationStatus, setup: SetupState, step: SetupStep, finishing: boolean): TemplateResult {
    const index = SETUP_STEPS.indexOf(step);
    const done = status.completedSteps.includes(step);
    const next = nextStep(step);
    const canContinue = !finishing && done && next && canOpenStep(status, next);
    return html`${this.#renderStepList(status, step, finishing)}
      <section class="panel" part="step">
        <h3 id="step-title" tabindex="-1"><span class="muted">${msg(str`Step ${formatNumber(index + 1)} of ${formatNumber(SETUP_STEPS.length)}:`, { id: 'setup.step-of' })}</span>
          ${SETUP_STEP_LABELS[step]}</h3>
        ${this.#renderStepBody(status, setup, step)}
        ${finishing
          ? html`<div class="notice success" part="setup-complete">
              <p>${msg('Setup is complete: the Zoho Projects integration is active.', { id: 'setup.complete' })}</p>
              <div class="actions"><button type="button" class="primary" @click=${this.#finish}>${msg('Finish', { id: 'setup.finish' })}</button></div>
            </div>`
          : nothing}
        ${canContinue
          ? html`<div class="actions step-nav">
              <button type="button" class="primary" @click=${() => this.#goTo(next)}>${msg('Continue', { id: 'setup.continue' })}</button>
              <span class="muted">${msg(str`Next: ${SETUP_STEP_LABELS[next]}`, { id: 'setup.next-step' })}</span>
            </div>`
          : nothing}
      </section>`;
  }

  #renderStepBody(status: IntegrationStatus, setup: SetupState, step: SetupStep): TemplateResult {
    switch (step) {
      case 'portal':
        return status.portal
          ? html`<div part="portal">
              <p>${msg(html`Associated portal: ${html`<strong>${status.portal.name}</strong>`} ${html`<span class="muted">(${status.portal.ownerEmail})</span>`}`, { id: 'setup.associated-portal' })}</p>
              <p class="muted">${msg('Only one portal can be configured. To use another portal, deactivate the integration once it is set up, then set it up again.', { id: 'setup.one-portal' })}</p>
            </div>`
          : html`<p>${msg('Choose the Zoho Projects portal to connect with Zoho CRM. Only one portal can be configured.', { id: 'setup.portal.intro' })}</p>
            ${this.#portalStep.render(status, setup)}`;
      case 'fields':
        return this._childOpen
          ? html`${this.#child('field-mapper')}
            <div class="actions"><button type="button" @click=${() => this.#closeChild()}>${msg('Close without saving', { id: 'setup.close-child' })}</button></div>`
          : html`<p>${msg('Map the fields of Zoho Projects to fields of Deals and Accounts, so a project created from a deal or an account is filled in.', { id: 'setup.fields.intro' })}</p>
            ${status.completedSteps.includes('fields') ? html`<p class="muted">${msg('The field mapping is saved; “Map Now” changes it.', { id: 'setup.fields.saved' })}</p>` : nothing}
            <div class="actions"><button type="button" class=${status.completedSteps.includes('fields') ? '' : 'primary'}
              @click=${() => this.#openChild()}>${msg('Map Now', { id: 'setup.map-now' })}</button></div>`;
      case 'permissions':
        return this._childOpen
          ? html`${this.#child('profile-perms')}
            <div class="actions"><button type="button" @click=${() => this.#closeChild()}>${msg('Close without saving', { id: 'setup.close-child' })}</button></div>`
          : html`<p>${msg('Choose which CRM profiles see the Projects tab and what they may do with projects. Users of those profiles are added to Zoho Projects as “Employee”.', { id: 'setup.permissions.intro' })}</p>
            ${status.completedSteps.includes('permissions') ? html`<p class="muted">${msg('The permissions are saved; “Setup” changes them.', { id: 'setup.permissions.saved' })}</p>` : nothing}
            <div class="actions"><button type="button" class=${status.completedSteps.includes('permissions') ? '' : 'primary'}
              @click=${() => this.#openChild()}>${msg('Setup', { id: 'setup.open-permissions' })}</button></div>`;
      case 'clients':
        return html`${this.#child('client-account-mapper')}`;
    }
  }

  #renderEdit(step: 'permissions' | 'clients'): TemplateResult {
    return html`<section class="panel" part="step">
      <h3 id="step-title" tabindex="-1">${SETUP_STEP_LABELS[step]}</h3>
      ${this.#child(step === 'permissions' ? 'profile-perms' : 'client-account-mapper')}
      <div class="actions"><button type="button" @click=${this.#backToIntegration}>${msg('Back to integration', { id: 'setup.back' })}</button></div>
    </section>`;
  }

  #renderPortal(status: IntegrationStatus): TemplateResult | typeof nothing {
    const portal = status.portal;
    if (!portal) return nothing;
    return html`<dl class="portal" part="portal">
      <div><dt>${msg('Portal', { id: 'setup.portal' })}</dt><dd>${portal.name}</dd></div>
      <div><dt>${msg('Portal owner', { id: 'setup.portal-owner' })}</dt><dd>${portal.ownerEmail}</dd></div>
    </dl>`;
  }

  #renderActive(status: IntegrationStatus): TemplateResult {
    return html`<p>${msg('The integration with Zoho Projects is active.', { id: 'setup.active' })}</p>
      ${this.#renderPortal(status)}
      ${status.clientMapping === 'skipped'
        ? html`<p class="notice info">${msg('Automatic client mapping was skipped. It is available again only after the integration is deactivated and a portal associated again; clients can still be mapped to accounts one by one.', { id: 'setup.active.mapping-skipped' })}</p>`
        : nothing}
      <div class="actions">
        <button type="button" class="link" @click=${() => this.#edit('permissions')}>${msg('Edit Configuration', { id: 'setup.edit' })}</button>
        <button type="button" class="link" @click=${() => this.#edit('clients')}>${msg('Client account mapping', { id: 'setup.edit-clients' })}</button>
      </div>
      ${this.#keyForm.render(status)}
      ${this.#renderDeactivateSection()}`;
  }

  #renderKeyInvalid(status: IntegrationStatus): TemplateResult {
    return html`<div class="notice error" role="alert" part="key-invalid">
        <p><strong>${msg('The Zoho Projects integration has stopped working.', { id: 'setup.key-invalid' })}</strong>
          ${msg('The ZSC key it uses is no longer valid: the portal owner changed, or the key was regenerated.', { id: 'setup.key-invalid.why' })}</p>
        <p>${msg('Update the ZSC key below to make the integration work again.', { id: 'setup.key-invalid.fix' })}</p>
      </div>
      ${this.#renderPortal(status)}
      ${this.#keyForm.render(status)}
      ${this.#renderDeactivateSection()}`;
  }

  #renderDeactivateSection(): TemplateResult {
    return html`<section class="deactivate" part="deactivate" aria-labelledby="deactivate-heading">
      <h3 id="deactivate-heading">${msg('Deactivate', { id: 'setup.deactivate.heading' })}</h3>
      <p class="muted">${msg('Removes the Projects tab from Zoho CRM and disassociates the portal and its projects.', { id: 'setup.deactivate.intro' })}</p>
      <button type="button" class="danger" id="deactivate-open" @click=${this.#openDeactivate}>${msg('Deactivate Zoho Projects', { id: 'setup.deactivate.open' })}</button>
    </section>`;
  }

  #renderDialog(store: IntegrationStore, status: IntegrationStatus): TemplateResult {
    const req = store.request('deactivate');
    return html`<dialog id="deactivate-dialog" part="dialog" aria-labelledby="deactivate-title"
        aria-describedby="deactivate-consequences" @close=${this.#onDialogClose}>
      <h3 id="deactivate-title">${msg('Deactivate Zoho Projects?', { id: 'setup.dialog.title' })}</h3>
      <div id="deactivate-consequences">
        <p>${msg('If you deactivate the integration:', { id: 'setup.dialog.if' })}</p>
        <ul>
          <li>${msg('The Projects tab is removed from Zoho CRM.', { id: 'setup.dialog.tab' })}</li>
          <li>${msg(str`The portal “${status.portal?.name ?? ''}” and its projects are disassociated from Zoho CRM.`, { id: 'setup.dialog.portal' })}</li>
          <li>${msg('Users keep working in Zoho Projects as before.', { id: 'setup.dialog.users' })}</li>
        </ul>
      </div>
      ${renderRequestError(req.error, retryOrReload(req.error, () => void this.#confirmDeactivate(), store))}
      <div class="actions">
        <button type="button" autofocus @click=${this.#cancelDeactivate}>${msg('Cancel', { id: 'setup.cancel' })}</button>
        <button type="button" class="danger" aria-disabled=${busy(req.pending)} @click=${this.#confirmDeactivate}>${msg('Deactivate', { id: 'setup.dialog.confirm' })}</button>
        ${req.pending ? html`<span class="muted">${msg('Deactivating…', { id: 'setup.deactivating' })}</span>` : nothing}
      </div>
    </dialog>`;
  }

  /** Loads a hosted element's file unless it is registered or nothing on the page can load it. */
  #loadChild(tag: ChildTag): void {
    const load = loadElement(tag);
    if (!load || customElements.get(tagName(tag))) return;
    this.#childLoads.set(tag, 'loading');
    this.requestUpdate();
    load.then(
      () => { this.#childLoads.delete(tag); this.requestUpdate(); },
      () => { this.#childLoads.set(tag, 'failed'); this.requestUpdate(); },
    );
  }

  /** A hosted element, under the tag name it is registered with. */
  #child(tag: ChildTag): TemplateResult {
    const name = tagName(tag);
    if (!customElements.get(name)) {
      const load = this.#childLoads.get(tag);
      if (load === 'loading') return renderLoading(msg('Loading this step…', { id: 'setup.child-loading' }));
      if (load === 'failed') {
        return html`<div class="notice error" role="alert" part="error">
          <p>${msg('This step could not be loaded. Check your connection and try again.', { id: 'setup.child-failed' })}</p>
          <div class="actions"><button type="button" @click=${() => this.#loadChild(tag)}>${msg('Retry', { id: 'shared.retry' })}</button></div>
        </div>`;
      }
      return html`<div class="notice warning" part="missing">
        <p>${msg(html`The ${html`<code>&lt;${name}&gt;</code>`} element is not available on this page: register it with ${html`<code>define()</code>`}
          or by importing its file from ${html`<code>register/</code>`}.`, { id: 'setup.missing-element' })}</p>
      </div>`;
    }
    const t = unsafeStatic(name);
    return staticHtml`<${t} part=${tag}></${t}>`;
  }
}

/** The element a screen hosts, if any. */
function hostedTag(screen: Screen): ChildTag | null {
  const step = screen.kind === 'steps' || screen.kind === 'edit' ? screen.step : null;
  switch (step) {
    case 'fields': return 'field-mapper';
    case 'permissions': return 'profile-perms';
    case 'clients': return 'client-account-mapper';
    default: return null;
  }
}

function screenKey(screen: Screen, childOpen: boolean): string {
  switch (screen.kind) {
    case 'steps': return `steps:${screen.step}${screen.finishing ? ':finishing' : childOpen ? ':open' : ''}`;
    case 'edit': return `edit:${screen.step}`;
    case 'get-started': return 'get-started';
    default: return screen.kind;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zoho-projects-setup': ZohoProjectsSetup;
  }
}
