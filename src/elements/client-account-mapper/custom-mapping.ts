/**
 * Custom mapping, at any time: a searchable, windowed list of clients (all / unmapped /
 * mapped), and for the selected client its current account, ranked suggestions with
 * their reasons, a searchable account picker, "Save mapping" and "Remove mapping".
 * A controller of `<client-account-mapper>`; drafts live here until saved.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { Account, Client } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { CLIENT_MAPPING_KEYS } from '../../store/slices/client-mapping.js';
import { VirtualRows, renderHeadRow, renderRowWindow } from '../shared/virtual-rows.js';
import { renderLoading, renderRequestError } from '../shared/request-views.js';
import { ZpClientMappedEvent } from '../../events/zp-client-mapped.js';
import {
  accountNamesOf, buildAccountIndexFor, clientLookupOf, type ClientLookup,
} from './lookups.js';
import { ROW_HEIGHT } from './client-account-mapper.styles.js';
import { AccountPicker } from './account-picker.js';
import { ClientFilters, PAGE, type ClientShow } from './client-filters.js';
import { clientCountText, showLabel } from './custom-mapping-texts.js';
import { cancelIdle, whenIdle } from '../../idle.js';
import { formatNumber } from '../../i18n/format.js';

type Host = ReactiveControllerHost & HTMLElement;
export type { ClientShow } from './client-filters.js';


export interface CustomMappingOptions {
  store: () => IntegrationStore | undefined;
  announce: (text: string) => void;
}

export class CustomMapping implements ReactiveController {
  #clientQuery = '';
  #show: ClientShow = 'all';
  #selectedId: string | null = null;
  /** Chosen account per client, until saved. */
  readonly #drafts = new Map<string, string>();
  readonly #lastAction = new Map<string, 'map' | 'unmap'>();
  #warmFor: readonly Account[] | null = null;
  #idle = 0;
  readonly #filters = new ClientFilters();
  readonly #picker: AccountPicker;
  readonly #clientRows: VirtualRows;

  constructor(private readonly host: Host, private readonly options: CustomMappingOptions) {
    this.#clientRows = new VirtualRows(host, { rowHeight: ROW_HEIGHT, overscan: 6 });
    this.#picker = new AccountPicker(host, this.#filters, { choose: (id) => this.#choose(id), save: () => void this.#save() });
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelIdle(this.#idle);
    this.#idle = 0;
    this.#warmFor = null;
  }

  /**
   * After the first rows are on screen, builds the client search keys and then the account
   * index while the page is idle, a few milliseconds at a time (input never waits long).
   */
  #warm(lookup: ClientLookup, accounts: readonly Account[] | null): void {
    if (!accounts || this.#warmFor === accounts) return;
    this.#warmFor = accounts;
    this.#idle = whenIdle(() => {
      lookup.keys();
      const more = (deadline?: IdleDeadline) => {
        const budget = Math.max(4, Math.min(12, deadline?.timeRemaining() ?? 8));
        this.#idle = buildAccountIndexFor(accounts, budget) ? 0 : whenIdle(more);
      };
      this.#idle = whenIdle(more);
    });
  }

  // ---- intent ----

  #root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }

  #onClientSearch = (e: Event) => {
    this.#clientQuery = (e.target as HTMLInputElement).value;
    this.#clientRows.reset(this.#root()?.querySelector<HTMLElement>('.client-table .scroller'));
    this.host.requestUpdate();
  };

  #setShow(show: ClientShow): void {
    this.#show = show;
    this.#clientRows.reset(this.#root()?.querySelector<HTMLElement>('.client-table .scroller'));
    this.host.requestUpdate();
  }

  async #select(clientId: string): Promise<void> {
    if (this.#selectedId !== clientId) {
      this.#selectedId = clientId;
      this.#picker.reset();
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#root()?.querySelector<HTMLElement>('#cam-client-title')?.focus();
  }

  #onClientKey = async (e: KeyboardEvent) => {
    const button = e.currentTarget as HTMLElement;
    const pos = Number(button.dataset['pos']);
    const total = this.#filters.clientCount;
    const next = e.key === 'ArrowDown' ? pos + 1 : e.key === 'ArrowUp' ? pos - 1
      : e.key === 'Home' ? 0 : e.key === 'End' ? total - 1
        : e.key === 'PageDown' ? pos + PAGE : e.key === 'PageUp' ? pos - PAGE : null;
    if (next === null || !total) return;
    e.preventDefault();
    const target = Math.max(0, Math.min(total - 1, next));
    const scroller = this.#root()?.querySelector<HTMLElement>('.client-table .scroller');
    if (scroller) this.#clientRows.scrollToRow(scroller, target);
    await this.host.updateComplete;
    this.#root()?.querySelector<HTMLElement>(`.client-table button[data-pos="${target}"]`)?.focus();
  };

  #choose(accountId: string): void {
    const store = this.options.store();
    const client = this.#selectedClient(store);
    if (!store || !client) return;
    const owner = clientLookupOf(store.state.clientMapping.clients ?? []).byAccount.get(accountId);
    if (owner && owner.id !== client.id) return;
    this.#drafts.set(client.id, accountId);
    this.#picker.fieldError = false;
    const name = accountNamesOf(store.state.clientMapping.accounts ?? []).get(accountId) ?? '';
    this.options.announce(msg(str`${name} chosen. Choose “Save mapping” to map ${client.name} to it.`, { id: 'clients.custom.announce-chosen' }));
    this.host.requestUpdate();
  }

  #selectedClient(store: IntegrationStore | undefined): Client | undefined {
    const clients = store?.state.clientMapping.clients;
    return clients && this.#selectedId ? clientLookupOf(clients).byId.get(this.#selectedId) : undefined;
  }

  async #save(): Promise<void> {
    const store = this.options.store();
    const client = this.#selectedClient(store);
    if (!store || !client) return;
    const accountId = this.#drafts.get(client.id);
    if (!accountId) {
      this.#picker.fieldError = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.#root()?.querySelector<HTMLElement>('#cam-account-search')?.focus();
      return;
    }
    this.#lastAction.set(client.id, 'map');
    const result = await store.clientMapping.map(client.id, accountId);
    if (!result.ok) return;
    // Only forget the draft if it is still the one that was saved.
    if (this.#drafts.get(client.id) === accountId) this.#drafts.delete(client.id);
    const name = accountNamesOf(store.state.clientMapping.accounts ?? []).get(accountId) ?? accountId;
    this.options.announce(msg(str`${client.name} is now mapped to ${name}.`, { id: 'clients.custom.announce-mapped' }));
    this.host.dispatchEvent(new ZpClientMappedEvent({ clientId: client.id, accountId }));
    this.host.requestUpdate();
  }

  async #unmap(): Promise<void> {
    const store = this.options.store();
    const client = this.#selectedClient(store);
    if (!store || !client) return;
    this.#lastAction.set(client.id, 'unmap');
    const result = await store.clientMapping.unmap(client.id);
    if (!result.ok) return;
    this.options.announce(msg(str`${client.name} is no longer mapped to an account.`, { id: 'clients.custom.announce-unmapped' }));
    this.host.dispatchEvent(new ZpClientMappedEvent({ clientId: client.id, accountId: null }));
  }

  // ---- rendering ----

  render(store: IntegrationStore): TemplateResult {
    const { clients, accounts } = store.state.clientMapping;
    const clientsError = store.request(CLIENT_MAPPING_KEYS.clients).error;
    let clientsPane: TemplateResult;
    if (!clients) {
      clientsPane = clientsError
        ? renderRequestError(clientsError, () => void store.clientMapping.loadClients()) as TemplateResult
        : renderLoading(msg('Loading clients…', { id: 'clients.custom.loading-clients' }));
    } else {
      const lookup = clientLookupOf(clients);
      // A failed reload (e.g. after the automatic mapping) leaves the list as it was: said, with "Retry".
      clientsPane = html`${renderRequestError(clientsError, () => void store.clientMapping.loadClients())}${this.#renderClients(lookup, accounts)}`;
      this.#warm(lookup, accounts);
    }
    // Without the accounts, the list cannot name them ("…") and no client can be mapped: said once, here.
    const accountsError = accounts ? null : store.request(CLIENT_MAPPING_KEYS.accounts).error;
    return html`<div class="custom" part="custom-mapping">
      <h3 id="cam-custom-title">${msg('Custom mapping', { id: 'clients.custom.title' })}</h3>
      <p class="muted">${msg('Pick a client, then the CRM account it belongs to, and save. Suggested accounts are only used when you choose them.', { id: 'clients.custom.intro' })}</p>
      ${renderRequestError(accountsError, () => void store.clientMapping.loadAccounts())}
      <div class="columns">
        <div class="pane clients-pane">${clientsPane}</div>
        <div class="pane detail-pane" part="client-detail">${clients ? this.#renderDetail(store, clients, accounts) : nothing}</div>
      </div>
    </div>`;
  }

  #renderClients(lookup: ClientLookup, accounts: readonly Account[] | null): TemplateResult {
    const { clients } = lookup;
    const positions = this.#filters.clientPositions(lookup, this.#clientQuery, this.#show);
    // Account names are looked up only for mapped clients on screen (no 50,000-entry map before the first rows).
    let names: ReadonlyMap<string, string> | null | undefined;
    const nameOf = (accountId: string) => {
      if (names === undefined) names = accounts ? accountNamesOf(accounts) : null;
      return names?.get(accountId) ?? '…';
    };
    let mapped = 0;
    for (const c of clients) if (c.accountId) mapped++;
    const counts: Record<ClientShow, number> = { all: clients.length, mapped, unmapped: clients.length - mapped };
    const win = this.#clientRows.window(positions.length);
    const row = (k: number) => {
      const client = clients[positions[k]!]!;
      const accountName = client.accountId ? nameOf(client.accountId) : null;
      return html`<div class="row client-cols" role="row" aria-rowindex=${k + 2}>
        <span role="cell" class="cell"><button type="button" class="row-button" data-pos=${k}
          aria-pressed=${client.id === this.#selectedId ? 'true' : 'false'}
          @click=${() => void this.#select(client.id)} @keydown=${this.#onClientKey}>${client.name}</button></span>
        <span role="cell" class="cell" title=${accountName ?? ''}>${accountName ?? html`<span class="muted">${msg('Not mapped', { id: 'clients.custom.not-mapped' })}</span>`}</span>
      </div>`;
    };
    return html`<div class="field">
        <label for="cam-client-search">${msg('Search clients', { id: 'clients.custom.search-clients' })}</label>
        <input id="cam-client-search" type="search" autocomplete="off" aria-describedby="cam-client-count"
          .value=${live(this.#clientQuery)} @input=${this.#onClientSearch} />
      </div>
      <fieldset class="filter">
        <legend>${msg('Show', { id: 'clients.custom.show' })}</legend>
        ${(['all', 'unmapped', 'mapped'] as ClientShow[]).map((s) => html`<label class="chip">
          <input type="radio" name="cam-client-show" .checked=${this.#show === s} @change=${() => this.#setShow(s)} />
          ${msg(str`${showLabel(s)} (${formatNumber(counts[s])})`, { id: 'clients.custom.show-option' })}
        </label>`)}
      </fieldset>
      <p id="cam-client-count" class="muted">${clientCountText(positions.length, clients.length)}</p>
      <div class="table client-table" role="table" aria-label=${msg('Projects clients', { id: 'clients.custom.client-table' })}
        aria-rowcount=${positions.length + 1} part="client-table">
        ${renderHeadRow([msg('Client', { id: 'clients.custom.col.client' }), msg('CRM account', { id: 'clients.custom.col.account' })], 'row head client-cols')}
        <div class="scroller" @scroll=${this.#clientRows.onScroll}>
          ${positions.length === 0
            ? html`<p class="muted empty">${msg('No client matches.', { id: 'clients.custom.no-client-matches' })}</p>`
            : renderRowWindow(win, (k) => clients[positions[k]!]!.id, row)}
        </div>
      </div>`;
  }

  #renderDetail(store: IntegrationStore, clients: readonly Client[], accounts: readonly Account[] | null): TemplateResult {
    const lookup = clientLookupOf(clients);
    const client = this.#selectedId ? lookup.byId.get(this.#selectedId) : undefined;
    if (!client) return html`<p class="muted">${msg('Select a client to map it to a CRM account.', { id: 'clients.custom.select-client' })}</p>`;
    const key = CLIENT_MAPPING_KEYS.link(client.id);
    const request = store.request(key);
    const names = accounts ? accountNamesOf(accounts) : null;
    const current = client.accountId ? names?.get(client.accountId) ?? client.accountId : null;
    const retry = () => {
      if (request.error?.kind === 'conflict' || request.error?.kind === 'not-found') {
        store.clearError(key);
        void store.clientMapping.loadClients();
        return;
      }
      void (this.#lastAction.get(client.id) === 'unmap' ? this.#unmap() : this.#save());
    };
    return html`<h4 id="cam-client-title" tabindex="-1">${client.name}</h4>
      <p>${current
        ? msg(html`Mapped to <strong>${current}</strong>.`, { id: 'clients.custom.mapped-to' })
        : msg('Not mapped to a CRM account.', { id: 'clients.custom.not-mapped-to' })}</p>
      ${current ? html`<div class="actions">
        <button type="button" ?disabled=${request.pending} @click=${() => void this.#unmap()}>${msg('Remove mapping', { id: 'clients.custom.remove' })}</button>
      </div>` : nothing}
      ${renderRequestError(request.error, retry)}
      ${accounts ? this.#picker.render(client, accounts, lookup, request.pending, this.#drafts.get(client.id) ?? null) : this.#renderAccountsState(store)}`;
  }

  #renderAccountsState(store: IntegrationStore): TemplateResult {
    // A failure to load them is shown above the lists, with "Retry".
    return store.request(CLIENT_MAPPING_KEYS.accounts).error
      ? html`<p class="muted">${msg('The CRM accounts could not be loaded.', { id: 'clients.custom.accounts-failed' })}</p>`
      : renderLoading(msg('Loading CRM accounts…', { id: 'clients.custom.loading-accounts' }));
  }

}
