import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { PartialBackend } from '../../adapters/backend.js';
import type { ZscKeyInfo, ZscSide } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { isNotPermitted } from '../../store/errors.js';
import { StoreController } from '../../store/store-controller.js';
import { ZSC_KEYS } from '../../store/slices/zsc-key.js';
import { ZpKeyGeneratedEvent } from '../../events/zp-key-generated.js';
import { ZpKeyRegeneratedEvent } from '../../events/zp-key-regenerated.js';
import { storeHostProperties } from '../shared/host-properties.js';
import { baseStyles } from '../shared/base.styles.js';
import { Announcer } from '../shared/announcer.js';
import { ErrorReporter } from '../shared/report-errors.js';
import { renderLoading, renderNotConnected, renderRequestError } from '../shared/request-views.js';
import { formatTimestamp } from '../projects-related-list/format.js';
import { styles } from './zsc-key-panel.styles.js';

const isSide = (s: unknown): s is ZscSide => s === 'crm' || s === 'projects';


const INTRO: Record<ZscSide, string> = {
  crm: 'Other Zoho services, such as Zoho Projects, use this key together with your email address to work with this Zoho CRM account (for example to import its users and accounts).',
  projects: 'Other Zoho services, such as Zoho CRM, use this key together with your email address to work with your Zoho Projects portals (for example the Zoho Projects integration of Zoho CRM).',
};

interface Message { tone: 'success' | 'error' | 'info'; text: string }

/**
 * The "Zoho Service Communication (ZSC) Key" page of Developer Space, on the CRM or the
 * Projects side: the signed-in administrator's key (masked, with "Show key" and "Copy key")
 * and its email address; "Generate Now" when there is none; "Regenerate" after a warning
 * that integrations using the old key stop working until they are updated. Others are told
 * to ask their administrator.
 *
 * The key is fetched only when shown or copied, is never kept by the store, and is
 * forgotten when hidden, after a minute on screen, on regeneration and on removal.
 *
 * @tag zsc-key-panel
 * @summary The ZSC key page (CRM or Projects side): show, copy, generate and regenerate the key.
 * @fires zp-key-generated - "Generate Now" created the first key. Detail: `{ side, email, generatedAt }` (never the key).
 * @fires zp-key-regenerated - "Regenerate" replaced the key. Detail: `{ side, email, generatedAt, usedBy }` (never the key).
 * @fires zp-error - A request failed (standalone only; inside a provider the provider reports it).
 * @csspart base - The element's frame.
 * @csspart key - The email address, key and date.
 * @csspart key-value - The key (masked unless shown).
 * @csspart not-admin - The note for users who are not administrators.
 * @csspart dialog - The regenerate confirmation.
 * @csspart error - A failed request's message.
 * @cssproperty --zp-color-accent - Primary buttons.
 * @cssproperty --zp-color-danger - "Regenerate" in the confirmation.
 * @cssproperty --zp-font-mono - Font of the key (default: the system's monospace font).
 */
export class ZscKeyPanel extends LitElement {
  static override styles = [baseStyles, styles];
  /** How long a shown key stays on screen before it is hidden (and forgotten) again, in ms. */
  static revealMs = 60_000;
  static override properties = {
    ...storeHostProperties,
    side: { reflect: true },
    _message: { state: true },
  };

  declare store: IntegrationStore | undefined;
  declare backend: PartialBackend | undefined;
  declare apiBase: string | undefined;
  /** `crm` (Zoho CRM's Developer Space) or `projects` (Zoho Projects'). */
  declare side: ZscSide | string;
  declare _message: Message | null;

  readonly #data = new StoreController(this, (s) => [s.zscKey, s.requests] as const, {
    onStore: (store) => this.#load(store),
  });
  readonly #announcer = new Announcer(this);
  /** The key while it is shown; null otherwise. Never in reactive state, an event or the store. */
  #key: string | null = null;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Usages the regenerate dialog warned about (the event reports them). */
  #warnedUsedBy: readonly string[] = [];
  /** What the last request for the key was for: "Retry" repeats that, and never shows a key the user meant to copy. */
  #revealFor: 'show' | 'copy' = 'show';

  constructor() {
    super();
    this.side = 'crm';
    this._message = null;
    new ErrorReporter(this, () => (this.#data.isShared ? undefined : this.#data.store));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forget();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('side') && changed.get('side') !== undefined) {
      this.#forget();
      this._message = null;
      const store = this.#data.store;
      if (store) this.#load(store);
    }
  }

  #load(store: IntegrationStore): void {
    if (isSide(this.side)) void store.zscKey.load(this.side);
  }

  /** Drops the key from the element. */
  #forget(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = undefined;
    if (this.#key !== null) {
      this.#key = null;
      this.requestUpdate();
    }
  }

  // ---- rendering ----

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected('zsc-key-panel');
    const side = isSide(this.side) ? this.side : null;
    return html`<section part="base" aria-labelledby="zk-title">
      <h2 id="zk-title" tabindex="-1">Zoho Service Communication (ZSC) Key</h2>
      ${side ? html`<p class="muted intro">${INTRO[side]}</p>` : nothing}
      ${this.#announcer.region()}
      ${side
        ? this.#renderBody(store, side)
        : html`<div class="notice warning" part="error"><p>Give <code>&lt;zsc-key-panel&gt;</code> a <code>side</code>: “crm” or “projects”.</p></div>`}
    </section>`;
  }

  #renderBody(store: IntegrationStore, side: ZscSide): TemplateResult {
    const info = store.state.zscKey.info[side];
    const loadError = store.request(ZSC_KEYS.info(side)).error;
    if (isNotPermitted(loadError)) {
      return html`<div class="notice warning" part="not-admin">
        <p>Only administrators can see, generate or regenerate the ZSC key.</p>
        <p>Ask your administrator.</p>
      </div>`;
    }
    if (!info) {
      return loadError
        ? html`${renderRequestError(loadError, () => void store.zscKey.load(side))}`
        : renderLoading('Loading your ZSC key…');
    }
    return html`
      ${loadError ? renderRequestError(loadError, () => void store.zscKey.load(side)) : nothing}
      ${info.hasKey ? this.#renderKey(store, info) : this.#renderNoKey(store, info)}
      ${this._message ? html`<p class="notice ${this._message.tone}" part="message">${this._message.text}</p>` : nothing}
      ${info.hasKey ? this.#renderDialog(store, info) : nothing}`;
  }

  #renderNoKey(store: IntegrationStore, info: ZscKeyInfo): TemplateResult {
    const req = store.request(ZSC_KEYS.generate(info.side));
    return html`<p>You have not generated a ZSC key yet (<span class="email">${info.email}</span>).</p>
      ${renderRequestError(req.error, this.#retryOrReload(store, info.side, ZSC_KEYS.generate(info.side), this.#generate))}
      <div class="actions">
        <button type="button" class="primary" aria-disabled=${req.pending ? 'true' : 'false'} @click=${this.#generate}>Generate Now</button>
        ${req.pending ? html`<span class="muted">Generating…</span>` : nothing}
      </div>`;
  }

  #renderKey(store: IntegrationStore, info: ZscKeyInfo): TemplateResult {
    const revealReq = store.request(ZSC_KEYS.reveal(info.side));
    const shown = this.#key !== null;
    return html`<dl class="key" part="key">
        <div><dt>Email address</dt><dd class="email">${info.email}</dd></div>
        <div><dt>ZSC Key</dt><dd>
          <code id="zk-value" part="key-value">${shown
            ? this.#key
            : html`<span aria-hidden="true">••••••••••••••••••••••••••••••••</span><span class="visually-hidden">hidden</span>`}</code>
          <span class="key-actions">
            <button type="button" id="zk-show" aria-pressed=${shown ? 'true' : 'false'} aria-controls="zk-value"
              aria-disabled=${revealReq.pending ? 'true' : 'false'} @click=${this.#toggleShown}>Show key</button>
            <button type="button" id="zk-copy" aria-disabled=${revealReq.pending ? 'true' : 'false'} @click=${this.#copy}>Copy key</button>
          </span>
        </dd></div>
        ${info.generatedAt ? html`<div><dt>Generated</dt><dd><time datetime=${info.generatedAt}>${formatTimestamp(info.generatedAt)}</time></dd></div>` : nothing}
      </dl>
      ${revealReq.error
        ? renderRequestError(revealReq.error, this.#retryOrReload(store, info.side, ZSC_KEYS.reveal(info.side),
          () => (this.#revealFor === 'copy' ? this.#copy() : this.#toggleShown())))
        : nothing}
      <div class="actions">
        <button type="button" id="zk-regenerate" @click=${this.#openDialog}>Regenerate</button>
      </div>`;
  }

  #renderDialog(store: IntegrationStore, info: ZscKeyInfo): TemplateResult {
    const req = store.request(ZSC_KEYS.regenerate(info.side));
    return html`<dialog id="zk-dialog" part="dialog" aria-labelledby="zk-dialog-title" aria-describedby="zk-dialog-warning"
        @close=${this.#onDialogClose}>
      <h3 id="zk-dialog-title">Regenerate the ZSC key?</h3>
      <div id="zk-dialog-warning">
        <p>A new key replaces the current one. <strong>Integrations that use the current key stop working until they are
          updated with the new key.</strong></p>
        ${info.usedBy.length
          ? html`<p>Using the current key now:</p><ul>${info.usedBy.map((u) => html`<li>${u}</li>`)}</ul>`
          : nothing}
      </div>
      ${renderRequestError(req.error, this.#retryOrReload(store, info.side, ZSC_KEYS.regenerate(info.side), this.#confirmRegenerate))}
      <div class="actions">
        <button type="button" autofocus @click=${this.#cancelDialog}>Cancel</button>
        <button type="button" class="danger" aria-disabled=${req.pending ? 'true' : 'false'} @click=${this.#confirmRegenerate}>Regenerate</button>
        ${req.pending ? html`<span class="muted">Regenerating…</span>` : nothing}
      </div>
    </dialog>`;
  }

  // ---- user intent ----

  /**
   * The button of a failed action: "Retry" does it again; after a 409 (the key was generated or
   * removed elsewhere) "Reload" reads the key's description again instead of repeating the action.
   */
  #retryOrReload(store: IntegrationStore, side: ZscSide, key: string, again: () => unknown): () => void {
    return () => {
      if (store.request(key).error?.kind === 'conflict') {
        store.clearError(key);
        void store.zscKey.load(side);
      } else {
        void again();
      }
    };
  }

  get #side(): ZscSide | null {
    return isSide(this.side) ? this.side : null;
  }

  readonly #generate = async () => {
    const store = this.#data.store;
    const side = this.#side;
    if (!store || !side || store.request(ZSC_KEYS.generate(side)).pending) return;
    const result = await store.zscKey.generate(side);
    if (!result.ok) {
      this.#announcer.announce(`No key was generated. ${result.error.message}`);
      return;
    }
    this.#say({ tone: 'success', text: 'Your ZSC key was generated. Use “Show key” or “Copy key” to use it.' });
    this.dispatchEvent(new ZpKeyGeneratedEvent(result.value));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#zk-show')?.focus();
  };

  /** Fetches the key and shows it for a while. */
  async #reveal(): Promise<boolean> {
    const store = this.#data.store;
    const side = this.#side;
    if (!store || !side || store.request(ZSC_KEYS.reveal(side)).pending) return false;
    const result = await store.zscKey.reveal(side);
    if (!result.ok || this.#side !== side) return false;
    this.#key = result.value;
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => {
      this.#forget();
      this.#announcer.announce('The ZSC key is hidden again.');
    }, ZscKeyPanel.revealMs);
    this.requestUpdate();
    return true;
  }

  readonly #toggleShown = async () => {
    if (this.#key !== null) {
      this.#forget();
      this.#announcer.announce('ZSC key hidden.');
      return;
    }
    this._message = null;
    this.#revealFor = 'show';
    if (await this.#reveal()) this.#announcer.announce('ZSC key shown. It is hidden again after a minute.');
  };

  readonly #copy = async () => {
    const store = this.#data.store;
    const side = this.#side;
    if (!store || !side || store.request(ZSC_KEYS.reveal(side)).pending) return;
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard || typeof clipboard.writeText !== 'function') {
      this.#say({ tone: 'info', text: 'Copying is not available in this browser. Use “Show key” and copy the key by hand.' });
      return;
    }
    let key = this.#key;
    if (key === null) {
      this.#revealFor = 'copy';
      const result = await store.zscKey.reveal(side);
      if (!result.ok) return;
      key = result.value;
    }
    try {
      await clipboard.writeText(key!);
      this.#say({ tone: 'success', text: 'The ZSC key was copied to the clipboard.' });
    } catch {
      this.#say({ tone: 'error', text: 'The browser did not allow copying. Use “Show key” and copy the key by hand.' });
    }
  };

  #say(message: Message): void {
    this._message = message;
    this.#announcer.announce(message.text);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('#zk-dialog');
  }

  readonly #openDialog = () => {
    const store = this.#data.store;
    const side = this.#side;
    if (!store || !side) return;
    store.clearError(ZSC_KEYS.regenerate(side));
    this._message = null;
    this.#dialog?.showModal();
  };

  readonly #cancelDialog = () => this.#dialog?.close();

  readonly #onDialogClose = () => {
    this.renderRoot.querySelector<HTMLElement>('#zk-regenerate')?.focus();
  };

  readonly #confirmRegenerate = async () => {
    const store = this.#data.store;
    const side = this.#side;
    if (!store || !side || store.request(ZSC_KEYS.regenerate(side)).pending) return;
    this.#warnedUsedBy = store.state.zscKey.info[side]?.usedBy ?? [];
    const result = await store.zscKey.regenerate(side);
    if (!result.ok) return;
    this.#forget();
    this.#dialog?.close();
    const broken = this.#warnedUsedBy.length
      ? ' Update it in the integrations that used the old key: they have stopped working until then.'
      : ' Integrations that used the old key stop working until they are updated with the new one.';
    this.#say({ tone: 'success', text: `A new ZSC key was generated.${broken}` });
    this.dispatchEvent(new ZpKeyRegeneratedEvent(result.value, this.#warnedUsedBy));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'zsc-key-panel': ZscKeyPanel;
  }
}
