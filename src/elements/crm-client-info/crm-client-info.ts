import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { PartialBackend } from '../../adapters/backend.js';
import type { ClientCrmInfo, CrmAccountInfo, Potential } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { isNotPermitted, type StoreError } from '../../store/errors.js';
import { StoreController } from '../../store/store-controller.js';
import { CLIENT_INFO_KEYS } from '../../store/slices/client-info.js';
import { safeExternalUrl } from '../../rules/record-access.js';
import { storeHostProperties } from '../shared/host-properties.js';
import { baseStyles } from '../shared/base.styles.js';
import { ErrorReporter } from '../shared/report-errors.js';
import { renderLoading, renderNotConnected, renderRequestError } from '../shared/request-views.js';
import { formatAmount, formatDate } from '../projects-related-list/format.js';
import { styles } from './crm-client-info.styles.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The Zoho CRM side of a Projects client page: the CRM Account the client is linked to
 * (owner, industry, phone, website, billing city, annual revenue) and its open Potentials
 * (Deals). Portal administrators only; others are told so. A client without a linked
 * account says so.
 *
 * @tag crm-client-info
 * @summary A Projects client's linked Zoho CRM Account and its open Potentials (portal administrators only).
 * @fires zp-error - A request failed (standalone only; inside a provider the provider reports it).
 * @csspart base - The element's frame.
 * @csspart account - The account's details.
 * @csspart potentials - The table of open Potentials.
 * @csspart no-account - The note for a client without a linked account.
 * @csspart not-permitted - The note for users who are not portal administrators.
 * @csspart error - A failed request's message.
 * @cssproperty --zp-color-accent - Links.
 * @cssproperty --zp-space - Spacing unit.
 */
export class CrmClientInfo extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    ...storeHostProperties,
    clientId: { attribute: 'client-id', reflect: true },
  };

  declare store: IntegrationStore | undefined;
  declare backend: PartialBackend | undefined;
  declare apiBase: string | undefined;
  /** The Projects client whose CRM information is shown. */
  declare clientId: string | undefined;

  readonly #data = new StoreController(this, (s) => [s.clientInfo, s.requests] as const);

  constructor() {
    super();
    this.clientId = undefined;
    new ErrorReporter(this, () => (this.#data.isShared ? undefined : this.#data.store));
  }

  /** Starts loading within this update, so it renders the loading state at once. */
  override willUpdate(): void {
    const store = this.#data.store;
    const id = this.clientId;
    if (!store || !id) return;
    const key = CLIENT_INFO_KEYS.load(id);
    if (!store.state.clientInfo.byClient[id] && !store.request(key).pending && !store.request(key).error) void store.clientInfo.load(id);
  }

  override render() {
    const store = this.#data.store;
    if (!store) return renderNotConnected('crm-client-info');
    const id = this.clientId;
    return html`<section part="base" aria-labelledby="cci-title">
      <h2 id="cci-title">Zoho CRM</h2>
      ${id ? this.#renderBody(store, id) : html`<div class="notice warning" part="error">
        <p>Give <code>&lt;crm-client-info&gt;</code> the <code>client-id</code> of a Zoho Projects client.</p></div>`}
    </section>`;
  }

  #renderBody(store: IntegrationStore, id: string): TemplateResult {
    const info = store.state.clientInfo.byClient[id];
    const error = store.request(CLIENT_INFO_KEYS.load(id)).error;
    if (error) return this.#renderError(store, id, error);
    if (!info) return renderLoading('Loading the Zoho CRM information…');
    if (!info.account) {
      return html`<p part="no-account">The client “${info.client.name}” is not linked to a Zoho CRM account.</p>`;
    }
    return html`${this.#renderAccount(info, info.account)}${this.#renderPotentials(info.potentials)}`;
  }

  #renderError(store: IntegrationStore, id: string, error: StoreError): TemplateResult {
    if (isNotPermitted(error)) {
      return html`<div class="notice warning" part="not-permitted">
        <p>Only portal administrators can see the Zoho CRM information of a client.</p>
      </div>`;
    }
    if (error.code === 'not-active') return html`<p class="muted" part="note">${error.message}</p>`;
    if (error.code === 'key-invalid') {
      return html`<div class="notice error" role="alert" part="error"><p>${error.message}</p></div>`;
    }
    return html`${renderRequestError(error, () => void store.clientInfo.load(id))}`;
  }

  #renderAccount(info: ClientCrmInfo, a: CrmAccountInfo): TemplateResult {
    const link = safeExternalUrl(a.url);
    const website = safeExternalUrl(a.website);
    const row = (label: string, value: TemplateResult | string | null) =>
      html`<div><dt>${label}</dt><dd>${value ?? html`<span class="muted">Not set</span>`}</dd></div>`;
    return html`<p class="muted">The client “${info.client.name}” is linked to this account in Zoho CRM.</p>
      <dl class="account" part="account" aria-label="Zoho CRM account">
        ${row('Account Name', link
          ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${a.name}<span class="visually-hidden"> (opens in Zoho CRM)</span></a>`
          : a.name)}
        ${row('Account Owner', a.owner)}
        ${row('Industry', a.industry)}
        ${row('Phone', a.phone)}
        ${row('Website', a.website
          ? website ? html`<a href=${website} target="_blank" rel="noopener noreferrer">${a.website}</a>` : a.website
          : null)}
        ${row('Billing City', a.billingCity)}
        ${row('Annual Revenue', a.annualRevenue === null ? null : formatAmount(a.annualRevenue))}
      </dl>`;
  }

  #renderPotentials(potentials: readonly Potential[]): TemplateResult {
    return html`<h3 id="cci-potentials">Open Potentials</h3>
      ${potentials.length
        ? html`<div class="table-wrap"><table part="potentials" aria-labelledby="cci-potentials">
            <caption class="visually-hidden">${plural(potentials.length, 'open potential', 'open potentials')}</caption>
            <thead><tr><th scope="col">Potential Name</th><th scope="col">Stage</th><th scope="col" class="num">Amount</th>
              <th scope="col">Closing Date</th><th scope="col">Owner</th></tr></thead>
            <tbody>${potentials.map((p) => {
              const url = safeExternalUrl(p.url);
              return html`<tr>
                <th scope="row">${url
                  ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${p.name}<span class="visually-hidden"> (opens in Zoho CRM)</span></a>`
                  : p.name}</th>
                <td>${p.stage}</td>
                <td class="num">${p.amount === null ? html`<span class="muted">Not set</span>` : formatAmount(p.amount)}</td>
                <td>${p.closingDate ? html`<time datetime=${p.closingDate}>${formatDate(p.closingDate)}</time>` : html`<span class="muted">Not set</span>`}</td>
                <td>${p.owner ?? nothing}</td>
              </tr>`;
            })}</tbody>
          </table></div>`
        : html`<p class="muted">The account has no open potentials.</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-client-info': CrmClientInfo;
  }
}
