import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ZscKeyInfo, ZscSide } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import type { RequestKey } from '../../store/store-core.js';
import { isNotPermitted } from '../../store/errors.js';
import { STATE, ZpElement } from '../shared/zp-element.js';
import { zscKeyStore } from '../../store/area-stores.js';
import { ZSC_KEYS } from '../../store/slices/zsc-key.js';
import { ZpKeyGeneratedEvent } from '../../events/zp-key-generated.js';
import { ZpKeyRegeneratedEvent } from '../../events/zp-key-regenerated.js';
import { baseStyles } from '../shared/base.styles.js';
import { Announcer } from '../shared/announcer.js';
import { renderLoading, renderNotConnected, renderRequestError } from '../shared/request-views.js';
import { formatDateTime } from '../../i18n/format.js';
import { errorText } from '../../i18n/error-text.js';
import { styles } from './zsc-key-panel.styles.js';
import { intro, messageText, type Message } from './key-texts.js';

const isSide = (s: unknown): s is ZscSide => s === 'crm' || s === 'projects';

const regenerate = () => msg('Regenerate', { id: 'key.regenerate' });

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
 * @attr locale - The language of every element on the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works too).
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
export class ZscKeyPanel extends ZpElement {
  static override styles = [baseStyles, styles];
  /** How long a shown key stays on screen before it is hidden (and forgotten) again, in ms. */
  static revealMs = 60_000;
  static override properties = {
    side: { reflect: true },
    _message: STATE,
  };

  /** `crm` (Zoho CRM's Developer Space) or `projects` (Zoho Projects'). */
  declare side: ZscSide | string;
  declare _message: Message | null;

  readonly #data = this.connectStore((s) => [s.zscKey, s.requests] as const, {
    create: zscKeyStore,
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
      <h2 id="zk-title" tabindex="-1">${msg('Zoho Service Communication (ZSC) Key', { id: 'key.title' })}</h2>
      ${side ? html`<p class="muted intro">${intro(side)}</p>` : nothing}
      ${this.#announcer.region()}
      ${side ? this.#renderBody(store, side) : this.#renderMisconfigured()}
    </section>`;
  }

  /** Markup and attribute names stay as written: they are code, the same in every language. */
  #renderMisconfigured(): TemplateResult {
    const code = (s: string) => html`<code>${s}</code>`;
    return html`<div class="notice warning" part="error"><p>${msg(html`Give ${code('<zsc-key-panel>')} a ${code('side')}: ${code('crm')} or ${code('projects')}.`,
      { id: 'key.misconfigured' })}</p></div>`;
  }

  #renderBody(store: IntegrationStore, side: ZscSide): TemplateResult {
    const info = store.state.zscKey.info[side];
    const loadError = store.request(ZSC_KEYS.info(side)).error;
    if (isNotPermitted(loadError)) {
      return html`<div class="notice warning" part="not-admin">
        <p>${msg('Only administrators can see, generate or regenerate the ZSC key.', { id: 'key.not-admin' })}</p>
        <p>${msg('Ask your administrator.', { id: 'key.ask-admin' })}</p>
      </div>`;
    }
    if (!info) {
      return loadError
        ? html`${renderRequestError(loadError, () => void store.zscKey.load(side))}`
        : renderLoading(msg('Loading your ZSC key…', { id: 'key.loading' }));
    }
    return html`
      ${loadError ? renderRequestError(loadError, () => void store.zscKey.load(side)) : nothing}
      ${info.hasKey ? this.#renderKey(store, info) : this.#renderNoKey(store, info)}
      ${this._message ? html`<p class="notice ${this._message.tone}" part="message">${messageText(this._message.kind)}</p>` : nothing}
      ${info.hasKey ? this.#renderDialog(store, info) : nothing}`;
  }

  #renderNoKey(store: IntegrationStore, info: ZscKeyInfo): TemplateResult {
    const req = store.request(ZSC_KEYS.generate(info.side));
    const email = html`<span class="email">${info.email}</span>`;
    return html`<p>${msg(html`You have not generated a ZSC key yet (${email}).`, { id: 'key.no-key' })}</p>
      ${renderRequestError(req.error, this.#retryOrReload(store, info.side, ZSC_KEYS.generate(info.side), this.#generate))}
      <div class="actions">
        <button type="button" class="primary" aria-disabled=${req.pending ? 'true' : 'false'} @click=${this.#generate}>${msg('Generate Now', { id: 'key.generate' })}</button>
        ${req.pending ? html`<span class="muted">${msg('Generating…', { id: 'key.generating' })}</span>` : nothing}
      </div>`;
  }

  #renderKey(store: IntegrationStore, info: ZscKeyInfo): TemplateResult {
    const revealReq = store.request(ZSC_KEYS.reveal(info.side));
    const shown = this.#key !== null;
    return html`<dl class="key" part="key">
        <div><dt>${msg('Email address', { id: 'key.email' })}</dt><dd class="email">${info.email}</dd></div>
        <div><dt>${msg('ZSC Key', { id: 'key.key' })}</dt><dd>
          <code id="zk-value" part="key-value">${shown
            ? this.#key
            : html`<span aria-hidden="true">••••••••••••••••••••••••••••••••</span><span class="visually-hidden">${msg('hidden', { id: 'key.hidden' })}</span>`}</code>
          <span class="key-actions">
            <button type="button" id="zk-show" aria-pressed=${shown ? 'true' : 'false'} aria-controls="zk-value"
              aria-disabled=${revealReq.pending ? 'true' : 'false'} @click=${this.#toggleShown}>${msg('Show key', { id: 'key.show' })}</button>
            <button type="button" id="zk-copy" aria-disabled=${revealReq.pending ? 'true' : 'false'} @click=${this.#copy}>${msg('Copy key', { id: 'key.copy' })}</button>
          </span>
        </dd></div>
        ${info.generatedAt ? html`<div><dt>${msg('Generated', { id: 'key.generated-at' })}</dt><dd><time datetime=${info.generatedAt}>${formatDateTime(info.generatedAt)}</time></dd></div>` : nothing}
      </dl>
      ${revealReq.error
        ? renderRequestError(revealReq.error, this.#retryOrReload(store, info.side, ZSC_KEYS.reveal(info.side),
          () => (this.#revealFor === 'copy' ? this.#copy() : this.#toggleShown())))
        : nothing}
      <div class="actions">
        <button type="button" id="zk-regenerate" @click=${this.#openDialog}>${regenerate()}</button>
      </div>`;
  }

  #renderDialog(store: IntegrationStore, info: ZscKeyInfo): TemplateResult {
    const req = store.request(ZSC_KEYS.regenerate(info.side));
    return html`<dialog id="zk-dialog" part="dialog" aria-labelledby="zk-dialog-title" aria-describedby="zk-dialog-warning"
        @close=${this.#onDialogClose}>
      <h3 id="zk-dialog-title">${msg('Regenerate the ZSC key?', { id: 'key.dialog.title' })}</h3>
      <div id="zk-dialog-warning">
        <p>${msg('A new key replaces the current one.', { id: 'key.dialog.replaces' })}
          <strong>${msg('Integrations that use the current key stop working until they are updated with the new key.', { id: 'key.dialog.warning' })}</strong></p>
        ${info.usedBy.length
          ? html`<p>${msg('Using the current key now:', { id: 'key.dialog.used-by' })}</p><ul>${info.usedBy.map((u) => html`<li>${u}</li>`)}</ul>`
          : nothing}
      </div>
      ${renderRequestError(req.error, this.#retryOrReload(store, info.side, ZSC_KEYS.regenerate(info.side), this.#confirmRegenerate))}
      <div class="actions">
        <button type="button" autofocus @click=${this.#cancelDialog}>${msg('Cancel', { id: 'key.cancel' })}</button>
        <button type="button" class="danger" aria-disabled=${req.pending ? 'true' : 'false'} @click=${this.#confirmRegenerate}>${regenerate()}</button>
        ${req.pending ? html`<span class="muted">${msg('Regenerating…', { id: 'key.regenerating' })}</span>` : nothing}
      </div>
    </dialog>`;
  }

  // ---- user intent ----

  /**
   * The button of a failed action: "Retry" does it again; after a 409 (the key was generated or
   * removed elsewhere) "Reload" reads the key's description again instead of repeating the action.
   */
  #retryOrReload(store: IntegrationStore, side: ZscSide, key: RequestKey, again: () => unknown): () => void {
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
      const reason = errorText(result.error);
      this.#announcer.announce(msg(str`No key was generated. ${reason}`, { id: 'key.announce.not-generated' }));
      return;
    }
    this.#say({ tone: 'success', kind: 'generated' });
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
      this.#announcer.announce(msg('The ZSC key is hidden again.', { id: 'key.announce.hidden-again' }));
    }, ZscKeyPanel.revealMs);
    this.requestUpdate();
    return true;
  }

  readonly #toggleShown = async () => {
    if (this.#key !== null) {
      this.#forget();
      this.#announcer.announce(msg('ZSC key hidden.', { id: 'key.announce.hidden' }));
      return;
    }
    this._message = null;
    this.#revealFor = 'show';
    if (await this.#reveal()) this.#announcer.announce(msg('ZSC key shown. It is hidden again after a minute.', { id: 'key.announce.shown' }));
  };

  readonly #copy = async () => {
    const store = this.#data.store;
    const side = this.#side;
    if (!store || !side || store.request(ZSC_KEYS.reveal(side)).pending) return;
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard || typeof clipboard.writeText !== 'function') {
      this.#say({ tone: 'info', kind: 'copy-unavailable' });
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
      this.#say({ tone: 'success', kind: 'copied' });
    } catch {
      this.#say({ tone: 'error', kind: 'copy-refused' });
    }
  };

  #say(message: Message): void {
    this._message = message;
    this.#announcer.announce(messageText(message.kind));
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
    this.#say({ tone: 'success', kind: this.#warnedUsedBy.length ? 'regenerated-used' : 'regenerated' });
    this.dispatchEvent(new ZpKeyRegeneratedEvent(result.value, this.#warnedUsedBy));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'zsc-key-panel': ZscKeyPanel;
  }
}
