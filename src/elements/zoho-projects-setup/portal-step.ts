/**
 * The "Portal configuration" step: the three ways to find a portal (the admin's own,
 * "Use another user's portal(s)", "Create New Portal") and "Save". Keeps everything the
 * user typed across failures; the ZSC key is held in memory only until the portal is saved.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { RequestKey } from '../../store/store-core.js';
import type { IntegrationStatus, PortalSource } from '../../schemas/entities.js';
import { checkEmail, checkPortalName, checkZscKey, PORTAL_NAME_MAX } from '../../schemas/inputs.js';
import type { SetupState } from '../../store/slices/setup.js';
import { renderLoading, renderRequestError } from '../shared/request-views.js';
import { problemText, type Problem, renderKeyField, renderPortalSelect, renderTextField } from './fields.js';
import { busy, focusField, renderFormError, type FormHost, type StoreGetter } from './form-support.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import { formatNumber, plural } from '../../i18n/format.js';
import { wordsOf } from '../../i18n/words.js';

export type PortalMode = 'own' | 'other' | 'create';

export interface PortalStepCallbacks {
  /** "Save" associated the portal; `status` carries it. */
  saved: (status: IntegrationStatus) => void;
  announce: (text: string) => void;
}

type Field = 'own-portal' | 'other-portal' | 'other-email' | 'other-key' | 'new-portal-name';

const MODES: readonly PortalMode[] = ['own', 'other', 'create'];

const modeLabel = wordsOf<PortalMode>({
  own: () => msg('My portals', { id: 'setup.mode.own' }),
  other: () => msg("Use another user's portal(s)", { id: 'setup.mode.other' }),
  create: () => msg('Create New Portal', { id: 'setup.mode.create' }),
});

const noPortalsFoundText = () => msg('No portals were found for this email address.', { id: 'setup.no-portals-found' });

/** Form state and template; the host renders it and re-renders on `requestUpdate`. */
export class PortalStep {
  #mode: PortalMode = 'own';
  #ownChoice = '';
  #otherChoice = '';
  #email = '';
  #key = '';
  #keyShown = false;
  #name = '';
  /** The listed portals of another user belong to the email and key as typed now. */
  #lookedUp = false;
  /** Portals created here: saved with source `created`. */
  readonly #created = new Set<string>();
  #errors: Partial<Record<Field, Problem>> = {};

  constructor(
    private readonly host: FormHost,
    private readonly getStore: StoreGetter,
    private readonly callbacks: PortalStepCallbacks,
  ) {}

  get mode(): PortalMode {
    return this.#mode;
  }

  /** Loads the admin's portals when the step is shown and they are not known yet. */
  ensureLoaded(): void {
    const store = this.getStore();
    if (!store || store.state.setup.ownPortals) return;
    const req = store.request('listOwnPortals');
    if (!req.pending && !req.error) void store.setup.loadOwnPortals();
  }

  /** Forgets everything typed (after the portal was saved). */
  reset(): void {
    this.#mode = 'own';
    this.#ownChoice = this.#otherChoice = this.#email = this.#key = this.#name = '';
    this.#keyShown = this.#lookedUp = false;
    this.#errors = {};
    this.host.requestUpdate();
  }

  // ---- user intent ----

  #setMode(mode: PortalMode): void {
    if (mode === this.#mode) return;
    this.#mode = mode;
    this.#errors = {};
    this.getStore()?.clearError('associatePortal');
    this.host.requestUpdate();
  }

  #clear(field: Field, ...requests: RequestKey[]): void {
    delete this.#errors[field];
    for (const key of requests) this.getStore()?.clearError(key);
    this.host.requestUpdate();
  }

  #credentialsChanged(): void {
    if (this.#lookedUp) {
      this.#lookedUp = false;
      this.#otherChoice = '';
      this.getStore()?.setup.clearOtherPortals();
    }
  }

  readonly #onEmail = (value: string) => {
    this.#email = value;
    this.#credentialsChanged();
    this.#clear('other-email', 'lookupOtherPortals', 'associatePortal');
  };

  readonly #onKey = (value: string) => {
    this.#key = value;
    this.#credentialsChanged();
    this.#clear('other-key', 'lookupOtherPortals', 'associatePortal');
  };

  #invalid(errors: Partial<Record<Field, Problem | null>>): boolean {
    this.#errors = Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) as Partial<Record<Field, Problem>>;
    this.host.requestUpdate();
    const first = Object.keys(this.#errors)[0];
    if (first) void focusField(this.host, first);
    return !!first;
  }

  /** Focuses the first field a failed request complains about. */
  #focusServerError(fieldErrors: Readonly<Record<string, string>>, map: Record<string, Field>): void {
    const field = Object.keys(fieldErrors).map((k) => map[k]).find(Boolean);
    if (field) void focusField(this.host, field);
  }

  readonly #find = async (event?: Event) => {
    event?.preventDefault();
    const store = this.getStore();
    if (!store || store.request('lookupOtherPortals').pending) return;
    if (this.#invalid({ 'other-email': checkEmail(this.#email), 'other-key': checkZscKey(this.#key) })) return;
    const result = await store.setup.lookupOtherPortals({ email: this.#email.trim(), zscKey: this.#key.trim() });
    if (result.ok) {
      const { portals } = result.value;
      this.#lookedUp = true;
      this.#otherChoice = portals.length === 1 ? portals[0]!.id : '';
      const n = portals.length;
      this.callbacks.announce(n
        ? plural(n, msg(str`${formatNumber(n)} portal found. Choose one under Portal Name.`, { id: 'setup.portals-found.one' }),
          msg(str`${formatNumber(n)} portals found. Choose one under Portal Name.`, { id: 'setup.portals-found.other' }))
        : noPortalsFoundText());
      this.host.requestUpdate();
      if (portals.length) void focusField(this.host, 'other-portal');
    } else {
      this.#focusServerError(result.error.fieldErrors, { email: 'other-email', zscKey: 'other-key' });
    }
  };

  readonly #create = async (event?: Event) => {
    event?.preventDefault();
    const store = this.getStore();
    if (!store || store.request('createPortal').pending) return;
    if (this.#invalid({ 'new-portal-name': checkPortalName(this.#name) })) return;
    const result = await store.setup.createPortal(this.#name.trim());
    if (result.ok) {
      const { portal } = result.value;
      this.#created.add(portal.id);
      this.#ownChoice = portal.id;
      this.#name = '';
      this.#mode = 'own';
      this.#errors = {};
      this.callbacks.announce(msg(str`Portal "${portal.name}" created and selected under Portal Name. Save to use it.`, { id: 'setup.portal-created' }));
      this.host.requestUpdate();
      void focusField(this.host, 'own-portal');
    } else {
      this.#focusServerError(result.error.fieldErrors, { name: 'new-portal-name' });
    }
  };

  readonly #save = async () => {
    const store = this.getStore();
    if (!store || store.request('associatePortal').pending) return;
    let portalId: string;
    let source: PortalSource;
    if (this.#mode === 'other') {
      if (this.#invalid({ 'other-portal': this.#otherChoice ? null : 'no-portal' })) return;
      portalId = this.#otherChoice;
      source = 'other';
    } else {
      if (this.#invalid({ 'own-portal': this.#ownChoice ? null : 'no-portal' })) return;
      portalId = this.#ownChoice;
      source = this.#created.has(portalId) ? 'created' : 'own';
    }
    const credentials = source === 'other' ? { email: this.#email.trim(), zscKey: this.#key.trim() } : undefined;
    const result = await store.setup.associatePortal(portalId, source, credentials);
    if (result.ok) {
      this.reset();
      this.callbacks.saved(result.value);
    } else {
      this.#focusServerError(result.error.fieldErrors, source === 'other'
        ? { portalId: 'other-portal', zscKey: 'other-key', credentials: 'other-key', email: 'other-email' }
        : { portalId: 'own-portal' });
    }
  };

  // ---- rendering ----

  /** A field's message: what the user typed wrong, else what the server said about it. */
  #error(field: Field): string | undefined {
    const local = problemText(this.#errors[field]);
    if (local) return local;
    const store = this.getStore();
    const server = (key: RequestKey, name: string) => fieldErrorText(store?.request(key).error, name);
    switch (field) {
      case 'other-email': return server('lookupOtherPortals', 'email') ?? server('associatePortal', 'email');
      case 'other-key':
        return server('lookupOtherPortals', 'zscKey')
          ?? (this.#mode === 'other' ? server('associatePortal', 'zscKey') ?? server('associatePortal', 'credentials') : undefined);
      case 'new-portal-name': return server('createPortal', 'name');
      case 'own-portal': return this.#mode === 'own' ? server('associatePortal', 'portalId') : undefined;
      case 'other-portal': return this.#mode === 'other' ? server('associatePortal', 'portalId') : undefined;
    }
  }

  render(_status: IntegrationStatus, setup: SetupState): TemplateResult {
    return html`
      <fieldset class="modes" part="portal-modes">
        <legend>${msg('Where is the portal?', { id: 'setup.mode.legend' })}</legend>
        ${MODES.map((mode) => html`<label class="radio">
          <input type="radio" name="portal-mode" value=${mode} .checked=${live(this.#mode === mode)}
            @change=${() => this.#setMode(mode)}>
          ${modeLabel(mode)}
        </label>`)}
      </fieldset>
      ${this.#mode === 'own' ? this.#renderOwn(setup) : this.#mode === 'other' ? this.#renderOther(setup) : this.#renderCreate()}
    `;
  }

  #renderOwn(setup: SetupState): TemplateResult {
    const store = this.getStore()!;
    const list = store.request('listOwnPortals');
    if (!setup.ownPortals) {
      return list.error
        ? html`${renderRequestError(list.error, () => void store.setup.loadOwnPortals())}`
        : renderLoading(msg('Loading your portals…', { id: 'setup.loading-portals' }));
    }
    if (!setup.ownPortals.length) {
      return html`<p class="notice info">${msg("You have no Zoho Projects portal yet. Choose “Use another user's portal(s)” or “Create New Portal”.", { id: 'setup.no-own-portals' })}</p>`;
    }
    return html`
      ${renderPortalSelect({
        id: 'own-portal', portals: setup.ownPortals, value: this.#ownChoice, error: this.#error('own-portal'),
        onChange: (id) => { this.#ownChoice = id; this.#clear('own-portal', 'associatePortal'); },
      })}
      ${this.#renderSave(['portalId'])}`;
  }

  #renderOther(setup: SetupState): TemplateResult {
    const store = this.getStore()!;
    const lookup = store.request('lookupOtherPortals');
    const portals = this.#lookedUp ? setup.otherPortals : null;
    return html`
      <form class="lookup" novalidate @submit=${this.#find} part="portal-lookup">
        <p class="muted">${msg("Enter the email address of the portal's owner and their ZSC key to see their portals.", { id: 'setup.lookup.intro' })}</p>
        ${renderTextField({
          id: 'other-email', label: msg('Email address', { id: 'setup.email' }), type: 'email', value: this.#email,
          error: this.#error('other-email'), onInput: this.#onEmail,
        })}
        ${renderKeyField({
          id: 'other-key', value: this.#key, shown: this.#keyShown, error: this.#error('other-key'),
          onInput: this.#onKey, onToggle: () => { this.#keyShown = !this.#keyShown; this.host.requestUpdate(); },
        })}
        ${renderFormError(lookup.error, ['email', 'zscKey'], () => void this.#find(), store)}
        <div class="actions">
          <button type="submit" aria-disabled=${busy(lookup.pending)}>${msg('Find Portals', { id: 'setup.find-portals' })}</button>
          ${lookup.pending ? html`<span class="muted">${msg('Looking up portals…', { id: 'setup.finding-portals' })}</span>` : nothing}
        </div>
      </form>
      ${portals
        ? portals.length
          ? html`${renderPortalSelect({
              id: 'other-portal', portals, value: this.#otherChoice, error: this.#error('other-portal'),
              onChange: (id) => { this.#otherChoice = id; this.#clear('other-portal', 'associatePortal'); },
            })}
            ${this.#renderSave(['portalId', 'zscKey', 'credentials', 'email'])}`
          : html`<p class="notice info">${noPortalsFoundText()}</p>`
        : nothing}`;
  }

  #renderCreate(): TemplateResult {
    const store = this.getStore()!;
    const create = store.request('createPortal');
    return html`
      <form class="create" novalidate @submit=${this.#create} part="portal-create">
        ${renderTextField({
          id: 'new-portal-name', label: msg('Portal Name', { id: 'setup.portal-name' }), value: this.#name, error: this.#error('new-portal-name'),
          hint: msg(str`Up to ${formatNumber(PORTAL_NAME_MAX)} characters: letters, digits, spaces, dots, dashes and underscores.`, { id: 'setup.portal-name-hint' }),
          onInput: (v) => { this.#name = v; this.#clear('new-portal-name', 'createPortal'); },
        })}
        ${renderFormError(create.error, ['name'], () => void this.#create(), store)}
        <div class="actions">
          <button type="submit" aria-disabled=${busy(create.pending)}>${msg('Create', { id: 'setup.create' })}</button>
          ${create.pending ? html`<span class="muted">${msg('Creating the portal…', { id: 'setup.creating' })}</span>` : nothing}
        </div>
      </form>`;
  }

  #renderSave(fieldsShown: string[]): TemplateResult {
    const store = this.getStore()!;
    const req = store.request('associatePortal');
    return html`
      ${renderFormError(req.error, fieldsShown, () => void this.#save(), store)}
      <div class="actions">
        <button type="button" class="primary" aria-disabled=${busy(req.pending)} @click=${this.#save}>${msg('Save', { id: 'setup.save' })}</button>
        ${req.pending ? html`<span class="muted">${msg('Saving…', { id: 'setup.saving' })}</span>` : nothing}
      </div>`;
  }
}
