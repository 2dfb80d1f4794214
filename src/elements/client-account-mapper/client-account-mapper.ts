import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { IntegrationStatus } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import type { RequestKey } from '../../store/store-core.js';
import type { Result } from '../../store/result.js';
import { ZpElement } from '../shared/zp-element.js';
import { clientMappingStore } from '../../store/area-stores.js';
import { isNotPermitted, type StoreError } from '../../store/errors.js';
import { CLIENT_MAPPING_KEYS, mappingCounts, type ClientMappingSliceState } from '../../store/slices/client-mapping.js';
import { ZpClientMappingDoneEvent } from '../../events/zp-client-mapping-done.js';
import { baseStyles } from '../shared/base.styles.js';
import { Announcer } from '../shared/announcer.js';
import { renderFrame } from '../shared/frame.js';
import { renderLoading, renderNotConnected, renderNotPermitted, renderRequestError } from '../shared/request-views.js';
import { ReportView } from './report-view.js';
import { CustomMapping } from './custom-mapping.js';
import { mappingDoneText, previewReadyText } from './automatic-texts.js';
import { styles } from './client-account-mapper.styles.js';

export type ClientMapperView = 'auto' | 'custom';

const KEYS = CLIENT_MAPPING_KEYS;

/**
 * Maps Zoho Projects clients to Zoho CRM accounts: the one-time automatic mapping of
 * exact name matches ("Yes, Map matching records" / "No, Skip", with a dry-run preview
 * and a full report), and custom mapping at any time (searchable clients, suggested
 * accounts with their reasons, a searchable account picker). Stays responsive with
 * 10,000 clients and 50,000 accounts: lists render only their visible rows.
 *
 * @tag client-account-mapper
 * @summary One-time client ↔ CRM account mapping, its report, and custom mapping.
 *
 * @attr locale - The language of every element on the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works too).
 * @fires zp-client-mapping-done - The one-time step finished: `detail.outcome` is `mapped` or `skipped`, with `mappedCount` and `unmappedCount`.
 * @fires zp-client-mapped - A custom mapping was saved (`detail.accountId`) or removed (`accountId: null`).
 * @fires zp-error - A request failed (own store only; a provider above reports shared-store failures).
 *
 * @csspart base - The element's frame.
 * @csspart intro - The explanation of the one-time step and its buttons.
 * @csspart report - The mapping report (dry run or real).
 * @csspart counts - The counts at the top of the report.
 * @csspart download - The "Download report (CSV)" link.
 * @csspart report-table - The table of every client's outcome.
 * @csspart custom-mapping - The custom mapping view.
 * @csspart client-table - The searchable table of clients.
 * @csspart client-detail - The selected client: its account, suggestions and the picker.
 * @csspart suggestions - The suggested accounts of an unmapped client.
 * @csspart chosen - The account chosen for the selected client.
 * @csspart status-note - Says automatic mapping is done or skipped.
 * @csspart loading - Loading message.
 * @csspart error - Failure message with "Retry".
 *
 * @cssproperty --zp-list-height - Height of the scrolling client and report tables. Default 24rem.
 * @cssproperty --zp-picker-height - Height of the account picker list. Default 16rem.
 * @cssproperty --zp-color-accent - Accent colour (buttons, selection).
 * @cssproperty --zp-color-text - Text colour.
 * @cssproperty --zp-color-border - Borders.
 * @cssproperty --zp-color-surface - Background.
 * @cssproperty --zp-color-surface-alt - Header rows and selection background.
 * @cssproperty --zp-color-success - Mapped outcome.
 * @cssproperty --zp-color-warning - Unmapped outcomes.
 * @cssproperty --zp-color-danger - Errors.
 * @cssproperty --zp-font-family - Font.
 * @cssproperty --zp-space - Spacing unit.
 * @cssproperty --zp-radius - Corner radius.
 */
export class ClientAccountMapper extends ZpElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    view: { reflect: true },
  };

  /**
   * `auto` (the one-time automatic mapping) or `custom`. Unset: `auto` while automatic
   * mapping is pending or its report is open. When automatic mapping is done or skipped
   * (and no report is open) only custom mapping is shown.
   */
  declare view: ClientMapperView | undefined;

  readonly #data = this.connectStore((s) => [s.clientMapping, s.setup.status, s.requests] as const,
    { create: clientMappingStore, onStore: (store) => void this.#load(store) },
  );
  readonly #announcer = new Announcer(this);
  readonly #report = new ReportView(this);
  readonly #custom = new CustomMapping(this, {
    store: () => this.#data.store,
    announce: (text) => this.#announcer.announce(text),
  });

  constructor() {
    super();
    this.view = undefined;
  }

  async #load(store: IntegrationStore): Promise<void> {
    let status = store.state.setup.status;
    if (!status) {
      const result = await store.setup.load();
      if (!result.ok) return;
      status = result.value;
    }
    if (status.isAdmin && status.portal) await store.clientMapping.ensureLoaded();
  }

  #retryLoad = () => {
    const store = this.#data.store;
    if (store) void this.#load(store);
  };

  /**
   * One of the automatic mapping's buttons: runs `action`; when it succeeded, `done` announces and
   * reports it, and focus moves to `focusTo` unless the user has moved on since clicking.
   */
  async #automatic<T>(
    action: (store: IntegrationStore) => Promise<Result<T>>, done: (value: T, store: IntegrationStore) => void, focusTo: string,
  ): Promise<void> {
    const store = this.#data.store;
    if (!store) return;
    const trigger = this.shadowRoot?.activeElement ?? null;
    const result = await action(store);
    if (!result.ok) return;
    done(result.value, store);
    await this.updateComplete;
    const active = this.shadowRoot?.activeElement ?? null;
    if (!active || active === trigger) this.shadowRoot?.querySelector<HTMLElement>(focusTo)?.focus();
  }

  #preview = () => this.#automatic((store) => store.clientMapping.preview(), (report) => {
    this.#announcer.announce(previewReadyText(report));
  }, '#cam-preview-title');

  #yes = () => this.#automatic((store) => store.clientMapping.run(), (report) => {
    this.#announcer.announce(mappingDoneText(report));
    this.dispatchEvent(new ZpClientMappingDoneEvent({ outcome: 'mapped', mappedCount: report.mappedCount, unmappedCount: report.unmappedCount }));
  }, '#cam-report-title');

  #skip = () => this.#automatic((store) => store.clientMapping.skip(), (_, store) => {
    const counts = mappingCounts(store.state.clientMapping.clients ?? []);
    this.#announcer.announce(msg('Automatic mapping skipped. You can still map clients to accounts by hand.', { id: 'clients.announce.skipped' }));
    this.dispatchEvent(new ZpClientMappingDoneEvent({ outcome: 'skipped', mappedCount: counts.mapped, unmappedCount: counts.unmapped }));
  }, '#cam-status-note');

  /** Retry for the one-time actions; a conflict (done or skipped elsewhere) reloads the status instead. */
  #retry(key: RequestKey, error: StoreError | null, again: () => void): () => void {
    return () => {
      const store = this.#data.store;
      if (!store) return;
      if (error?.kind === 'conflict') {
        store.clearError(key);
        store.clientMapping.clearPreview();
        void store.setup.load();
      } else {
        again();
      }
    };
  }

  /**
   * A failed one-time action. The step was done or skipped elsewhere (409): said in this
   * element's words, with "Reload"; anything else as every failed request is shown.
   */
  #actionError(error: StoreError | null, status: IntegrationStatus, retry: () => void): TemplateResult | typeof nothing {
    const text = this.#stepGoneText(error, status);
    if (!text) return renderRequestError(error, retry);
    return html`<div class="notice error" role="alert" part="error">
      <p>${text}</p>
      <div class="actions"><button type="button" @click=${retry}>${msg('Reload', { id: 'shared.reload' })}</button></div>
    </div>`;
  }

  /** Why "Yes", "No" or "Preview" was refused, when the step was done or skipped in the meantime. */
  #stepGoneText(error: StoreError | null, status: IntegrationStatus): string | undefined {
    if (error?.code === 'client-mapping-done') {
      return msg('Automatic mapping has already been done (it runs only once). Reload to see its state.', { id: 'clients.error.done' });
    }
    if (error?.code !== 'client-mapping-unavailable') return undefined;
    // The server refuses "Yes" and "Preview" once the step is done or skipped; the status here may not know which yet.
    if (status.clientMapping === 'skipped') {
      return msg('Automatic mapping was skipped, so it is no longer available. Reload to see its state.', { id: 'clients.error.skipped' });
    }
    if (status.clientMapping === 'done') {
      return msg('Automatic mapping has already been done (it runs only once). Reload to see its state.', { id: 'clients.error.done' });
    }
    return msg('Automatic mapping has already been done or was skipped elsewhere (it runs only once). Reload to see its state.', { id: 'clients.error.done-or-skipped' });
  }

  #setView(view: ClientMapperView): void {
    this.view = view;
  }

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected('client-account-mapper');
    return renderFrame('cam-title', msg('Client account mapping', { id: 'clients.title' }),
      this.#announcer.region(), this.#refreshError(store), this.#body(store));
  }

  /**
   * Reading the status again failed (after the automatic mapping): what is shown may be out of
   * date, so that is said, with "Retry". Inside a provider, the provider says it.
   */
  #refreshError(store: IntegrationStore): TemplateResult | typeof nothing {
    if (!store.state.setup.status || this.#data.isShared) return nothing;
    return renderRequestError(store.request('getStatus').error, () => void store.setup.load());
  }

  #body(store: IntegrationStore): TemplateResult | typeof nothing {
    const status = store.state.setup.status;
    if (!status) {
      const error = store.request('getStatus').error;
      if (isNotPermitted(error)) return renderNotPermitted();
      return error ? renderRequestError(error, this.#retryLoad) : renderLoading(msg('Loading the integration status…', { id: 'clients.loading-status' }));
    }
    if (!status.isAdmin) {
      return html`<div class="notice warning" role="alert" part="not-permitted">
        <p>${msg('Administrator privileges are required to map clients to CRM accounts.', { id: 'clients.admin-required' })}</p>
      </div>`;
    }
    if (!status.portal) {
      return html`<p class="notice info" part="status-note">${msg('Associate a Zoho Projects portal first: its clients are then mapped to CRM accounts here.', { id: 'clients.no-portal' })}</p>`;
    }
    const cm = store.state.clientMapping;
    // Either list refused: the user may not see this mapping at all, so neither list is shown.
    if (isNotPermitted(store.request(KEYS.clients).error) || isNotPermitted(store.request(KEYS.accounts).error)) {
      return renderNotPermitted();
    }
    const autoAvailable = status.clientMapping === 'pending' || !!cm.report;
    if (!autoAvailable) {
      return html`${this.#statusNote(status)}${this.#custom.render(store)}`;
    }
    const view = this.view ?? 'auto';
    return html`<div class="views" role="group" aria-label=${msg('Views', { id: 'clients.views' })}>
        <button type="button" aria-pressed=${view === 'auto' ? 'true' : 'false'} @click=${() => this.#setView('auto')}>${msg('Automatic mapping', { id: 'clients.view.auto' })}</button>
        <button type="button" aria-pressed=${view === 'custom' ? 'true' : 'false'} @click=${() => this.#setView('custom')}>${msg('Custom mapping', { id: 'clients.view.custom' })}</button>
      </div>
      ${view === 'auto' ? this.#auto(store, cm, status) : this.#custom.render(store)}`;
  }

  #statusNote(status: IntegrationStatus): TemplateResult {
    return status.clientMapping === 'skipped'
      ? html`<div class="notice info" part="status-note">
          <p id="cam-status-note" tabindex="-1">${msg(html`<strong>Automatic mapping was skipped.</strong> It is available again only
            after the integration is deactivated and the portal is associated again. You can still map clients to CRM
            accounts by hand below.`, { id: 'clients.note.skipped' })}</p>
        </div>`
      : html`<div class="notice info" part="status-note">
          <p id="cam-status-note" tabindex="-1">${msg(html`<strong>Automatic mapping has been done</strong> (it runs only once).
            Map the remaining clients to CRM accounts by hand below.`, { id: 'clients.note.done' })}</p>
        </div>`;
  }

  #auto(store: IntegrationStore, cm: ClientMappingSliceState, status: IntegrationStatus): TemplateResult {
    if (cm.report) {
      return html`${this.#report.render(cm.report, 'cam-report-title')}
        <div class="actions">
          <button type="button" @click=${() => this.#setView('custom')}>${msg('Map the remaining clients by hand', { id: 'clients.map-remaining' })}</button>
          <button type="button" @click=${() => store.clientMapping.dismissReport()}>${msg('Close report', { id: 'clients.close-report' })}</button>
        </div>`;
    }
    const run = store.request(KEYS.run);
    const skip = store.request(KEYS.skip);
    const preview = store.request(KEYS.preview);
    const busy = run.pending || skip.pending;
    return html`<div class="intro" part="intro">
      <h3>${msg('Map Projects clients to CRM accounts', { id: 'clients.intro.title' })}</h3>
      <p>${msg(`This is a one-time step. Clients in Zoho Projects whose name is exactly the name of a CRM account are
        associated with that account, and the client users of each mapped client become contacts of the account.
        You then see a report of every client, mapped or not and why; it is also emailed to the administrators.`, { id: 'clients.intro.one-time' })}</p>
      <p>${msg(`If you skip, automatic mapping is not available again unless the integration is deactivated and the portal
        associated again. Either way you can map clients by hand at any time.`, { id: 'clients.intro.skip' })}</p>
      <p class="muted">${msg('Not sure? “Preview (dry run)” shows what “Yes” would do without saving anything.', { id: 'clients.intro.preview-hint' })}</p>
      <div class="actions">
        <button type="button" class="primary" ?disabled=${busy} @click=${this.#yes}>${msg('Yes, Map matching records', { id: 'clients.yes' })}</button>
        <button type="button" ?disabled=${busy} @click=${this.#skip}>${msg('No, Skip', { id: 'clients.skip' })}</button>
        <button type="button" ?disabled=${busy || preview.pending} @click=${this.#preview}>${msg('Preview (dry run)', { id: 'clients.preview' })}</button>
      </div>
      ${run.pending ? renderLoading(msg('Mapping matching records…', { id: 'clients.running' })) : nothing}
      ${skip.pending ? renderLoading(msg('Skipping automatic mapping…', { id: 'clients.skipping' })) : nothing}
      ${preview.pending ? renderLoading(msg('Preparing the preview…', { id: 'clients.previewing' })) : nothing}
      ${this.#actionError(run.error, status, this.#retry(KEYS.run, run.error, () => void this.#yes()))}
      ${this.#actionError(skip.error, status, this.#retry(KEYS.skip, skip.error, () => void this.#skip()))}
      ${this.#actionError(preview.error, status, this.#retry(KEYS.preview, preview.error, () => void this.#preview()))}
      ${cm.preview ? html`${this.#report.render(cm.preview, 'cam-preview-title')}
        <div class="actions"><button type="button" @click=${() => store.clientMapping.clearPreview()}>${msg('Close preview', { id: 'clients.close-preview' })}</button></div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'client-account-mapper': ClientAccountMapper;
  }
}
