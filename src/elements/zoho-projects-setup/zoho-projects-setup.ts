import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { PartialBackend } from '../../adapters/backend.js';
import type { IntegrationStatus, SetupStep } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { StoreController } from '../../store/store-controller.js';
import { isNotPermitted, type StoreError } from '../../store/errors.js';
import {
  SETUP_STEPS, SETUP_STEP_LABELS, canOpenStep, nextStep, setupView, shownStep, stepState, trialDaysLeft,
  type SetupState, type StepState,
} from '../../store/slices/setup.js';
import { tagName } from '../../registry.js';
import { ZpStepChangeEvent } from '../../events/zp-step-change.js';
import { ZpPortalSavedEvent } from '../../events/zp-portal-saved.js';
import { ZpIntegrationActivatedEvent } from '../../events/zp-integration-activated.js';
import { ZpKeyUpdatedEvent } from '../../events/zp-key-updated.js';
import { ZpDeactivatedEvent } from '../../events/zp-deactivated.js';
import { storeHostProperties } from '../shared/host-properties.js';
import { baseStyles } from '../shared/base.styles.js';
import { renderLoading, renderNotConnected, renderNotPermitted, renderRequestError } from '../shared/request-views.js';
import { Announcer } from '../shared/announcer.js';
import { ErrorReporter } from '../shared/report-errors.js';
import { PortalStep } from './portal-step.js';
import { KeyForm } from './key-form.js';
import { busy, retryOrReload } from './form-support.js';
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

interface Notice { tone: 'success' | 'info'; text: string }

const STEP_STATE_TEXT: Record<StepState, string> = {
  current: '',
  complete: ' (completed)',
  available: ' (not done yet)',
  locked: ' (not available yet: finish the steps before it)',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function permissionsSavedText({ pushedAsEmployee, alreadyExisting }: PermissionsSavedDetail): string {
  return `Permissions saved. ${plural(pushedAsEmployee, 'CRM user was', 'CRM users were')} added to Zoho Projects as “Employee”; `
    + `${plural(alreadyExisting, 'user was', 'users were')} already there and kept their role.`;
}

/**
 * @tag zoho-projects-setup
 * @summary The CRM-side Zoho Projects integration: enable it (or start the Free Edition trial),
 * configure the portal, field mapping, permissions and client mapping step by step, then
 * manage the active integration (ZSC key, "Edit Configuration", "Deactivate Zoho Projects").
 * Provides its store to the elements it hosts.
 *
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
export class ZohoProjectsSetup extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...storeHostProperties,
    _step: { state: true },
    _childOpen: { state: true },
    _finishing: { state: true },
    _editing: { state: true },
    _notice: { state: true },
  };

  declare store: IntegrationStore | undefined;
  declare backend: PartialBackend | undefined;
  declare apiBase: string | undefined;
  /** The step the user asked for; shown when every step before it is done. */
  declare _step: SetupStep | null;
  /** "Map Now" / "Setup" opened the hosted element of the current step. */
  declare _childOpen: boolean;
  /** Client mapping is done: its report stays on screen until "Finish". */
  declare _finishing: boolean;
  /** Active integration: a part of the configuration reopened ("Edit Configuration"). */
  declare _editing: 'permissions' | 'clients' | null;
  declare _notice: Notice | null;

  readonly #data = new StoreController(this, (s) => [s.setup, s.requests] as const, {
    provide: true,
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
    // Reports every failed request of the store it provides (hosted elements do not report shared ones).
    new ErrorReporter(this, () => this.#data.store);
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

  #say(text: string, tone: Notice['tone'] = 'success'): void {
    this._notice = { tone, text };
    this.#announcer.announce(text);
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
      this.#announcer.announce(`Your free trial has started: ${plural(days, 'day', 'days')} left.`);
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
    this.#announcer.announce('The Zoho Projects integration is active.');
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
    if (status.portal) {
      this.#say(`Portal “${status.portal.name}” saved.`);
      this.dispatchEvent(new ZpPortalSavedEvent(status.portal));
    }
  }

  #keyUpdated(status: IntegrationStatus, wasBroken: boolean): void {
    this.#interacted = true;
    this.#say(wasBroken ? 'ZSC key updated: the integration works again.' : 'ZSC key updated.');
    this.dispatchEvent(new ZpKeyUpdatedEvent(status.portal, wasBroken));
  }

  // Events of the hosted elements (listened for by name).

  readonly #onFieldMappingSaved = () => {
    this.#interacted = true;
    if (this.#screen.kind !== 'steps') return;
    this._step = nextStep('fields');
    this.#say('Field mapping saved.');
    this.#catchUp('fields');
  };

  readonly #onPermissionsSaved = (event: Event) => {
    this.#interacted = true;
    const detail = (event as CustomEvent<Partial<PermissionsSavedDetail>>).detail ?? {};
    const text = permissionsSavedText({ pushedAsEmployee: detail.pushedAsEmployee ?? 0, alreadyExisting: detail.alreadyExisting ?? 0 });
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
      ? 'Automatic client mapping skipped.'
      : `Client account mapping done: ${detail.mappedCount ?? 0} mapped, ${detail.unmappedCount ?? 0} not mapped.`);
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
    this.#say('Zoho Projects was deactivated. Any administrator can now set up the integration with a portal.');
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
        <h2 id="zp-title" tabindex="-1">Zoho Projects Integration</h2>
        ${active ? html`<span class="badge success">Active</span>` : nothing}
        ${screen.kind === 'key-invalid' ? html`<span class="badge danger">Stopped</span>` : nothing}
      </header>
      ${status ? this.#renderTrial(status) : nothing}
      ${this._notice ? html`<p class="notice ${this._notice.tone}" part="notice">${this._notice.text}</p>` : nothing}
      ${status ? this.#renderRefreshError(store) : nothing}
      ${this.#renderScreen(screen, store, setup)}
      ${status?.portal ? this.#renderDialog(store, status) : nothing}
      ${this.#announcer.region()}
    </section>`;
  }

  #renderScreen(screen: Screen, store: IntegrationStore, setup: SetupState): TemplateResult | typeof nothing {
    const status = setup.status!;
    switch (screen.kind) {
      case 'loading': return renderLoading('Loading the integration…');
      case 'load-error': return html`${renderRequestError(screen.error, () => void store.setup.load())}`;
      case 'not-permitted': return renderNotPermitted();
      case 'not-admin':
        return html`<div class="notice warning" part="not-admin">
          <p>Administrator privileges are required to set up or change the Zoho Projects integration.</p>
          <p>Ask an administrator of your Zoho CRM account.</p>
        </div>`;
      case 'trial-expired':
        return html`<div class="notice warning" part="trial-expired">
          <p>Your 15-day free trial of the Zoho Projects integration has ended.</p>
          <p>Upgrade to a paid edition of Zoho CRM to use the integration again.</p>
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
    return html`<p class="notice info" part="trial">Free trial of the Zoho Projects integration:
      <strong>${plural(days, 'day', 'days')} left</strong>${ends ? html` (ends ${ends})` : nothing}.</p>`;
  }

  #renderGetStarted(store: IntegrationStore, trialOffer: boolean): TemplateResult {
    const trial = store.request('startTrial');
    const start = store.request('startSetup');
    const pending = trial.pending || start.pending;
    return html`<div class="intro" part="intro">
      <p>Connect Zoho CRM with Zoho Projects: create projects from deals and accounts, and see them in Zoho CRM.</p>
      ${trialOffer
        ? html`<p class="notice info" part="trial">You are using the Free Edition of Zoho CRM: you can try the Zoho Projects
            integration free for 15 days. “Get Started” starts your trial.</p>`
        : nothing}
      ${renderRequestError(trial.error ?? start.error, retryOrReload(trial.error ?? start.error, () => void this.#getStarted(), store))}
      <div class="actions">
        <button type="button" class="primary" aria-disabled=${busy(pending)} @click=${this.#getStarted}>Get Started</button>
        ${pending ? html`<span class="muted">Starting…</span>` : nothing}
      </div>
    </div>`;
  }

  #renderStepList(status: IntegrationStatus, current: SetupStep, finishing: boolean): TemplateResult {
    return html`<nav aria-label="Setup steps" part="steps">
      <ol class="steps">
        ${SETUP_STEPS.map((step, i) => {
          const state: StepState = finishing ? (step === current ? 'current' : 'complete') : stepState(status, step, current);
          const label = html`<span class="num" aria-hidden="true">${state === 'complete' ? '✓' : i + 1}</span>
            <span class="label">${SETUP_STEP_LABELS[step]}</span><span class="visually-hidden">${STEP_STATE_TEXT[state]}</span>`;
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
        <h3 id="step-title" tabindex="-1"><span class="muted">Step ${index + 1} of ${SETUP_STEPS.length}:</span>
          ${SETUP_STEP_LABELS[step]}</h3>
        ${this.#renderStepBody(status, setup, step)}
        ${finishing
          ? html`<div class="notice success" part="setup-complete">
              <p>Setup is complete: the Zoho Projects integration is active.</p>
              <div class="actions"><button type="button" class="primary" @click=${this.#finish}>Finish</button></div>
            </div>`
          : nothing}
        ${canContinue
          ? html`<div class="actions step-nav">
              <button type="button" class="primary" @click=${() => this.#goTo(next)}>Continue</button>
              <span class="muted">Next: ${SETUP_STEP_LABELS[next]}</span>
            </div>`
          : nothing}
      </section>`;
  }

  #renderStepBody(status: IntegrationStatus, setup: SetupState, step: SetupStep): TemplateResult {
    switch (step) {
      case 'portal':
        return status.portal
          ? html`<div part="portal">
              <p>Associated portal: <strong>${status.portal.name}</strong> <span class="muted">(${status.portal.ownerEmail})</span></p>
              <p class="muted">Only one portal can be configured. To use another portal, deactivate the integration once it is set up, then set it up again.</p>
            </div>`
          : html`<p>Choose the Zoho Projects portal to connect with Zoho CRM. Only one portal can be configured.</p>
            ${this.#portalStep.render(status, setup)}`;
      case 'fields':
        return this._childOpen
          ? html`${this.#child('field-mapper')}
            <div class="actions"><button type="button" @click=${() => this.#closeChild()}>Close without saving</button></div>`
          : html`<p>Map the fields of Zoho Projects to fields of Deals and Accounts, so a project created from a deal or an account is filled in.</p>
            ${status.completedSteps.includes('fields') ? html`<p class="muted">The field mapping is saved; “Map Now” changes it.</p>` : nothing}
            <div class="actions"><button type="button" class=${status.completedSteps.includes('fields') ? '' : 'primary'}
              @click=${() => this.#openChild()}>Map Now</button></div>`;
      case 'permissions':
        return this._childOpen
          ? html`${this.#child('profile-perms')}
            <div class="actions"><button type="button" @click=${() => this.#closeChild()}>Close without saving</button></div>`
          : html`<p>Choose which CRM profiles see the Projects tab and what they may do with projects. Users of those profiles are added to Zoho Projects as “Employee”.</p>
            ${status.completedSteps.includes('permissions') ? html`<p class="muted">The permissions are saved; “Setup” changes them.</p>` : nothing}
            <div class="actions"><button type="button" class=${status.completedSteps.includes('permissions') ? '' : 'primary'}
              @click=${() => this.#openChild()}>Setup</button></div>`;
      case 'clients':
        return html`${this.#child('client-account-mapper')}`;
    }
  }

  #renderEdit(step: 'permissions' | 'clients'): TemplateResult {
    return html`<section class="panel" part="step">
      <h3 id="step-title" tabindex="-1">${SETUP_STEP_LABELS[step]}</h3>
      ${this.#child(step === 'permissions' ? 'profile-perms' : 'client-account-mapper')}
      <div class="actions"><button type="button" @click=${this.#backToIntegration}>Back to integration</button></div>
    </section>`;
  }

  #renderPortal(status: IntegrationStatus): TemplateResult | typeof nothing {
    const portal = status.portal;
    if (!portal) return nothing;
    return html`<dl class="portal" part="portal">
      <div><dt>Portal</dt><dd>${portal.name}</dd></div>
      <div><dt>Portal owner</dt><dd>${portal.ownerEmail}</dd></div>
    </dl>`;
  }

  #renderActive(status: IntegrationStatus): TemplateResult {
    return html`<p>The integration with Zoho Projects is active.</p>
      ${this.#renderPortal(status)}
      ${status.clientMapping === 'skipped'
        ? html`<p class="notice info">Automatic client mapping was skipped. It is available again only after the integration is deactivated and a portal associated again; clients can still be mapped to accounts one by one.</p>`
        : nothing}
      <div class="actions">
        <button type="button" class="link" @click=${() => this.#edit('permissions')}>Edit Configuration</button>
        <button type="button" class="link" @click=${() => this.#edit('clients')}>Client account mapping</button>
      </div>
      ${this.#keyForm.render(status)}
      ${this.#renderDeactivateSection()}`;
  }

  #renderKeyInvalid(status: IntegrationStatus): TemplateResult {
    return html`<div class="notice error" role="alert" part="key-invalid">
        <p><strong>The Zoho Projects integration has stopped working.</strong>
          The ZSC key it uses is no longer valid: the portal owner changed, or the key was regenerated.</p>
        <p>Update the ZSC key below to make the integration work again.</p>
      </div>
      ${this.#renderPortal(status)}
      ${this.#keyForm.render(status)}
      ${this.#renderDeactivateSection()}`;
  }

  #renderDeactivateSection(): TemplateResult {
    return html`<section class="deactivate" part="deactivate" aria-labelledby="deactivate-heading">
      <h3 id="deactivate-heading">Deactivate</h3>
      <p class="muted">Removes the Projects tab from Zoho CRM and disassociates the portal and its projects.</p>
      <button type="button" class="danger" id="deactivate-open" @click=${this.#openDeactivate}>Deactivate Zoho Projects</button>
    </section>`;
  }

  #renderDialog(store: IntegrationStore, status: IntegrationStatus): TemplateResult {
    const req = store.request('deactivate');
    return html`<dialog id="deactivate-dialog" part="dialog" aria-labelledby="deactivate-title"
        aria-describedby="deactivate-consequences" @close=${this.#onDialogClose}>
      <h3 id="deactivate-title">Deactivate Zoho Projects?</h3>
      <div id="deactivate-consequences">
        <p>If you deactivate the integration:</p>
        <ul>
          <li>The Projects tab is removed from Zoho CRM.</li>
          <li>The portal “${status.portal?.name}” and its projects are disassociated from Zoho CRM.</li>
          <li>Users keep working in Zoho Projects as before.</li>
        </ul>
      </div>
      ${renderRequestError(req.error, retryOrReload(req.error, () => void this.#confirmDeactivate(), store))}
      <div class="actions">
        <button type="button" autofocus @click=${this.#cancelDeactivate}>Cancel</button>
        <button type="button" class="danger" aria-disabled=${busy(req.pending)} @click=${this.#confirmDeactivate}>Deactivate</button>
        ${req.pending ? html`<span class="muted">Deactivating…</span>` : nothing}
      </div>
    </dialog>`;
  }

  /** A hosted element, under the tag name it is registered with. */
  #child(tag: ChildTag): TemplateResult {
    const name = tagName(tag);
    if (!customElements.get(name)) {
      return html`<div class="notice warning" part="missing">
        <p>The <code>&lt;${name}&gt;</code> element is not available on this page: register it with <code>define()</code>
          or by importing its file from <code>register/</code>.</p>
      </div>`;
    }
    const t = unsafeStatic(name);
    return staticHtml`<${t} part=${tag}></${t}>`;
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
