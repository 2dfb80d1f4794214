import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AssociatedPortal, IntegrationStatus, SetupStep } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { setupStore } from '../../store/area-stores.js';
import { canOpenStep, nextStep, type SetupState } from '../../store/slices/setup.js';
import { tagName } from '../../registry.js';
import { ZpPortalSavedEvent } from '../../events/zp-portal-saved.js';
import { ZpIntegrationActivatedEvent } from '../../events/zp-integration-activated.js';
import { ZpKeyUpdatedEvent } from '../../events/zp-key-updated.js';
import { ZpDeactivatedEvent } from '../../events/zp-deactivated.js';
import { STATE, ZpElement } from '../shared/zp-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { renderLoading, renderNotConnected, renderNotPermitted, renderRequestError } from '../shared/request-views.js';
import { Announcer } from '../shared/announcer.js';
import { PortalStep } from './portal-step.js';
import { KeyForm } from './key-form.js';
import { ChildLoader } from './child-loader.js';
import { DeactivateDialog } from './deactivate-dialog.js';
import { computeScreen, hostedTag, type Screen } from './screen.js';
import { ScreenTracker } from './screen-tracker.js';
import { renderEdit, renderSteps, type StepsActions } from './steps-view.js';
import {
  renderGetStarted, renderKeyInvalidNotice, renderMappingSkipped, renderNotAdmin, renderPortal, renderTrial, renderTrialExpired,
} from './status-views.js';
import { trialStartedText } from './setup-texts.js';
import { HostedEvents } from './hosted-events.js';
import { styles } from './zoho-projects-setup.styles.js';

/** The last success message; its text is read at render time, so it follows the locale. */
interface Notice { tone: 'success' | 'info'; text: () => string }

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
 * @csspart key-toggle - The "Show ZSC Key" toggle of a ZSC Key field.
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
  static override properties = { _step: STATE, _childOpen: STATE, _finishing: STATE, _editing: STATE, _notice: STATE };

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
  readonly #children = new ChildLoader(this);
  readonly #hosted = new HostedEvents({
    screen: () => this.#screen,
    store: () => this.#data.store,
    acted: () => this.#tracker.acted(),
    say: (text) => this.#say(text),
    announce: (text) => this.#announcer.announce(text),
    show: (step) => { this._step = step; },
    stopEditing: () => { this._editing = null; },
    startFinishing: () => { this._finishing = true; },
  });
  readonly #tracker = new ScreenTracker(this, () => ({
    screen: this.#screen,
    childOpen: this._childOpen,
    completedSteps: this.#data.store?.state.setup.status?.completedSteps ?? [],
  }));
  readonly #steps: StepsActions = {
    portal: this.#portalStep,
    children: this.#children,
    childOpen: () => this._childOpen,
    goTo: (step) => this.#goTo(step),
    openChild: () => this.#openChild(),
    closeChild: () => this.#closeChild(),
    finish: () => this.#finish(),
    backToIntegration: () => this.#backToIntegration(),
  };
  readonly #deactivate = new DeactivateDialog(this, () => this.#data.store, {
    opened: () => this.#act(),
    deactivated: (portal) => void this.#deactivated(portal),
  });

  #screen: Screen = { kind: 'loading' };
  #prevStatus: IntegrationStatus | null = null;
  /** The step whose hosted element `_childOpen` refers to. */
  #childStep: SetupStep | null = null;
  #queued: Event[] = [];

  constructor() {
    super();
    this._step = null;
    this._childOpen = false;
    this._finishing = false;
    this._editing = null;
    this._notice = null;
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
        this.#queued.push(new ZpIntegrationActivatedEvent(status.portal, { clientMapping: status.clientMapping }));
      }
      if (status?.state !== 'active' && status?.state !== 'configuring') this._finishing = false;
      if (status?.state !== 'active') this._editing = null;
      if (status?.state !== 'configuring') this._childOpen = false;
    }
    this.#screen = computeScreen(this.#data.store, { step: this._step, finishing: this._finishing, editing: this._editing });
    // A hosted element stays open until its step is left: when it reports "saved" before the
    // status shows the step done, it stays (with its own result) until the status catches up.
    const step = this.#screen.kind === 'steps' ? this.#screen.step : null;
    if (step !== this.#childStep) {
      this._childOpen = false;
      this.#childStep = step;
    }
    this.#children.prefetch(hostedTag(this.#screen));
    if (this.#screen.kind === 'steps' && this.#screen.step === 'portal' && !status?.portal) {
      // Starts loading within this update, so it renders "Loading your portals…" at once.
      this.#portalStep.ensureLoaded();
    }
  }

  override updated(): void {
    for (const event of this.#queued.splice(0)) this.dispatchEvent(event);
  }

  /** A user action: clears the last message; focus may follow the screen it leads to. */
  #act(): void {
    this.#tracker.acted();
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
      this.#announcer.announce(trialStartedText(trial.value.trial?.daysLeft ?? 15));
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
    this.#tracker.acted();
    this._step = nextStep('portal');
    this._childOpen = false;
    const portal = status.portal;
    if (portal) {
      this.#say(() => msg(str`Portal “${portal.name}” saved.`, { id: 'setup.portal-saved' }));
      this.dispatchEvent(new ZpPortalSavedEvent(portal));
    }
  }

  #keyUpdated(status: IntegrationStatus, wasBroken: boolean): void {
    this.#tracker.acted();
    this.#say(() => wasBroken
      ? msg('ZSC key updated: the integration works again.', { id: 'setup.key-updated.restored' })
      : msg('ZSC key updated.', { id: 'setup.key-updated' }));
    this.dispatchEvent(new ZpKeyUpdatedEvent(status.portal, { restored: wasBroken }));
  }

  async #deactivated(portal: AssociatedPortal | null): Promise<void> {
    this._step = null;
    this.#say(() => msg('Zoho Projects was deactivated. Any administrator can now set up the integration with a portal.', { id: 'setup.deactivated' }));
    this.dispatchEvent(new ZpDeactivatedEvent(portal, {}));
    await this.updateComplete;
    this.#tracker.focusHeading();
  }

  // ---- rendering ----

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected(tagName('zoho-projects-setup'));
    const { setup } = store.state;
    const status = setup.status;
    const screen = this.#screen;
    const active = screen.kind === 'active' || screen.kind === 'edit' || (screen.kind === 'steps' && screen.finishing);
    return html`<section part="base" aria-labelledby="zp-title"
        @zp-field-mapping-saved=${this.#hosted.onFieldMappingSaved}
        @zp-permissions-saved=${this.#hosted.onPermissionsSaved}
        @zp-client-mapping-done=${this.#hosted.onClientMappingDone}>
      <header class="header" part="header">
        <h2 id="zp-title" tabindex="-1">${msg('Zoho Projects Integration', { id: 'setup.title' })}</h2>
        ${active ? html`<span class="badge success">${msg('Active', { id: 'setup.badge.active' })}</span>` : nothing}
        ${screen.kind === 'key-invalid' ? html`<span class="badge danger">${msg('Stopped', { id: 'setup.badge.stopped' })}</span>` : nothing}
      </header>
      ${status ? renderTrial(status) : nothing}
      ${this._notice ? html`<p class="notice ${this._notice.tone}" part="notice">${this._notice.text()}</p>` : nothing}
      ${status ? this.#renderRefreshError(store) : nothing}
      ${this.#renderScreen(screen, store, setup)}
      ${status ? this.#deactivate.renderDialog(status) : nothing}
      ${this.#announcer.region()}
    </section>`;
  }

  #renderScreen(screen: Screen, store: IntegrationStore, setup: SetupState): TemplateResult | typeof nothing {
    const status = setup.status!;
    switch (screen.kind) {
      case 'loading': return renderLoading(msg('Loading the integration…', { id: 'setup.loading' }));
      case 'load-error': return html`${renderRequestError(screen.error, () => void store.setup.load())}`;
      case 'not-permitted': return renderNotPermitted();
      case 'not-admin': return renderNotAdmin();
      case 'trial-expired': return renderTrialExpired();
      case 'get-started': return renderGetStarted(store, screen.trialOffer, this.#getStarted);
      case 'steps': return renderSteps(this.#steps, status, setup, screen.step, screen.finishing);
      case 'edit': return renderEdit(this.#steps, screen.step);
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

  #renderActive(status: IntegrationStatus): TemplateResult {
    return html`<p>${msg('The integration with Zoho Projects is active.', { id: 'setup.active' })}</p>
      ${renderPortal(status)}
      ${renderMappingSkipped(status)}
      <div class="actions">
        <button type="button" class="link" @click=${() => this.#edit('permissions')}>${msg('Edit Configuration', { id: 'setup.edit' })}</button>
        <button type="button" class="link" @click=${() => this.#edit('clients')}>${msg('Client account mapping', { id: 'setup.edit-clients' })}</button>
      </div>
      ${this.#keyForm.render(status)}
      ${this.#deactivate.renderSection()}`;
  }

  #renderKeyInvalid(status: IntegrationStatus): TemplateResult {
    return html`${renderKeyInvalidNotice()}
      ${renderPortal(status)}
      ${this.#keyForm.render(status)}
      ${this.#deactivate.renderSection()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zoho-projects-setup': ZohoProjectsSetup;
  }
}
