import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ClientCrmInfo, CrmAccountInfo, Potential } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { isNotPermitted, type StoreError } from '../../store/errors.js';
import { ZpElement } from '../shared/zp-element.js';
import { clientInfoStore } from '../../store/area-stores.js';
import { CLIENT_INFO_KEYS } from '../../store/slices/client-info.js';
import { safeExternalUrl } from '../../rules/record-access.js';
import { baseStyles } from '../shared/base.styles.js';
import { renderLoading, renderNotConnected, renderRequestError } from '../shared/request-views.js';
import { renderFrame } from '../shared/frame.js';
import { formatAmount, formatDate, formatNumber, plural } from '../../i18n/format.js';
import { errorText } from '../../i18n/error-text.js';
import { styles } from './crm-client-info.styles.js';

const notSet = () => html`<span class="muted">${msg('Not set', { id: 'info.not-set' })}</span>`;
const opensInCrm = () => html`<span class="visually-hidden">${msg(' (opens in Zoho CRM)', { id: 'info.opens-in-crm' })}</span>`;

/**
 * The Zoho CRM side of a Projects client page: the CRM Account the client is linked to
 * (owner, industry, phone, website, billing city, annual revenue) and its open Potentials
 * (Deals). Portal administrators only; others are told so. A client without a linked
 * account says so.
 *
 * @tag crm-client-info
 * @summary A Projects client's linked Zoho CRM Account and its open Potentials (portal administrators only).
 * @attr locale - The language of every element on the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works too).
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
export class CrmClientInfo extends ZpElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    clientId: { attribute: 'client-id', reflect: true },
  };

  /** The Projects client whose CRM information is shown. */
  declare clientId: string | undefined;

  readonly #data = this.connectStore((s) => [s.clientInfo, s.requests] as const, { create: clientInfoStore });

  constructor() {
    super();
    this.clientId = undefined;
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
    return renderFrame('cci-title', msg('Zoho CRM', { id: 'info.title' }), id ? this.#renderBody(store, id) : html`<div class="notice warning" part="error">
      <p>${msg(html`Give ${html`<code>&lt;crm-client-info&gt;</code>`} the ${html`<code>client-id</code>`} of a Zoho Projects client.`, { id: 'info.no-client-id' })}</p></div>`);
  }

  #renderBody(store: IntegrationStore, id: string): TemplateResult {
    const info = store.state.clientInfo.byClient[id];
    const error = store.request(CLIENT_INFO_KEYS.load(id)).error;
    if (error) return this.#renderError(store, id, error);
    if (!info) return renderLoading(msg('Loading the Zoho CRM information…', { id: 'info.loading' }));
    if (!info.account) {
      return html`<p part="no-account">${msg(str`The client “${info.client.name}” is not linked to a Zoho CRM account.`, { id: 'info.no-account' })}</p>`;
    }
    return html`${this.#renderAccount(info, info.account)}${this.#renderPotentials(info.potentials)}`;
  }

  #renderError(store: IntegrationStore, id: string, error: StoreError): TemplateResult {
    if (isNotPermitted(error)) {
      return html`<div class="notice warning" part="not-permitted">
        <p>${msg('Only portal administrators can see the Zoho CRM information of a client.', { id: 'info.not-permitted' })}</p>
      </div>`;
    }
    if (error.code === 'not-active') {
      return html`<p class="muted" part="note">${msg('This portal is not integrated with Zoho CRM.', { id: 'info.not-active' })}</p>`;
    }
    if (error.code === 'key-invalid') {
      return html`<div class="notice error" role="alert" part="error"><p>${errorText(error)}</p></div>`;
    }
    return html`${renderRequestError(error, () => void store.clientInfo.load(id))}`;
  }

  #renderAccount(info: ClientCrmInfo, a: CrmAccountInfo): TemplateResult {
    const link = safeExternalUrl(a.url);
    const website = safeExternalUrl(a.website);
    const row = (label: string, value: TemplateResult | string | null) =>
      html`<div><dt>${label}</dt><dd>${value ?? notSet()}</dd></div>`;
    return html`<p class="muted">${msg(str`The client “${info.client.name}” is linked to this account in Zoho CRM.`, { id: 'info.linked' })}</p>
      <dl class="account" part="account" aria-label=${msg('Zoho CRM account', { id: 'info.account' })}>
        ${row(msg('Account Name', { id: 'info.account-name' }), link
          ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${a.name}${opensInCrm()}</a>`
          : a.name)}
        ${row(msg('Account Owner', { id: 'info.account-owner' }), a.owner)}
        ${row(msg('Industry', { id: 'info.industry' }), a.industry)}
        ${row(msg('Phone', { id: 'info.phone' }), a.phone)}
        ${row(msg('Website', { id: 'info.website' }), a.website
          ? website ? html`<a href=${website} target="_blank" rel="noopener noreferrer">${a.website}</a>` : a.website
          : null)}
        ${row(msg('Billing City', { id: 'info.billing-city' }), a.billingCity)}
        ${row(msg('Annual Revenue', { id: 'info.annual-revenue' }), a.annualRevenue === null ? null : formatAmount(a.annualRevenue))}
      </dl>`;
  }

  #renderPotentials(potentials: readonly Potential[]): TemplateResult {
    return html`<h3 id="cci-potentials">${msg('Open Potentials', { id: 'info.potentials' })}</h3>
      ${potentials.length
        ? html`<div class="table-wrap"><table part="potentials" aria-labelledby="cci-potentials">
            <caption class="visually-hidden">${plural(potentials.length, msg(str`${formatNumber(potentials.length)} open potential`, { id: 'info.potentials.one' }),
              msg(str`${formatNumber(potentials.length)} open potentials`, { id: 'info.potentials.other' }))}</caption>
            <thead><tr><th scope="col">${msg('Potential Name', { id: 'info.potential-name' })}</th>
              <th scope="col">${msg('Stage', { id: 'info.stage' })}</th>
              <th scope="col" class="num">${msg('Amount', { id: 'info.amount' })}</th>
              <th scope="col">${msg('Closing Date', { id: 'info.closing-date' })}</th>
              <th scope="col">${msg('Owner', { id: 'info.owner' })}</th></tr></thead>
            <tbody>${potentials.map((p) => {
              const url = safeExternalUrl(p.url);
              return html`<tr>
                <th scope="row">${url
                  ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${p.name}${opensInCrm()}</a>`
                  : p.name}</th>
                <td>${p.stage}</td>
                <td class="num">${p.amount === null ? notSet() : formatAmount(p.amount)}</td>
                <td>${p.closingDate ? html`<time datetime=${p.closingDate}>${formatDate(p.closingDate)}</time>` : notSet()}</td>
                <td>${p.owner ?? nothing}</td>
              </tr>`;
            })}</tbody>
          </table></div>`
        : html`<p class="muted">${msg('The account has no open potentials.', { id: 'info.no-potentials' })}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-client-info': CrmClientInfo;
  }
}
