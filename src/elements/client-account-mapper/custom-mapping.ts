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
import { filterBySearch, searchKey, suggestAccounts, type AccountSuggestion } from '../../rules/name-match.js';
import { VirtualRows } from '../shared/virtual-rows.js';
import { renderLoading, renderRequestError } from '../shared/request-views.js';
import { ZpClientMappedEvent } from '../../events/zp-client-mapped.js';
import {
  accountIndexOf, accountNamesOf, buildAccountIndexFor, clientLookupOf, type ClientLookup,
} from './lookups.js';
import { OPTION_HEIGHT, ROW_HEIGHT } from './client-account-mapper.styles.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { formatNumber, plural } from '../../i18n/format.js';

type Host = ReactiveControllerHost & HTMLElement;
export type ClientShow = 'all' | 'unmapped' | 'mapped';

function showLabel(show: ClientShow): string {
  switch (show) {
    case 'all': return msg('All', { id: 'clients.custom.show.all' });
    case 'unmapped': return msg('Not mapped', { id: 'clients.custom.show.unmapped' });
    case 'mapped': return msg('Mapped', { id: 'clients.custom.show.mapped' });
  }
}

/** "12 clients" / "3 of 12 clients". */
function clientCountText(shown: number, total: number): string {
  const t = formatNumber(total);
  if (shown === total) {
    return plural(total, msg(str`${t} client`, { id: 'clients.custom.client-count.one' }), msg(str`${t} clients`, { id: 'clients.custom.client-count.other' }));
  }
  const s = formatNumber(shown);
  return plural(total, msg(str`${s} of ${t} client`, { id: 'clients.custom.client-count-filtered.one' }),
    msg(str`${s} of ${t} clients`, { id: 'clients.custom.client-count-filtered.other' }));
}

/** "40 accounts." / "3 of 40 accounts." */
function accountCountText(shown: number, total: number): string {
  const t = formatNumber(total);
  if (shown === total) {
    return plural(total, msg(str`${t} account.`, { id: 'clients.custom.account-count.one' }), msg(str`${t} accounts.`, { id: 'clients.custom.account-count.other' }));
  }
  const s = formatNumber(shown);
  return plural(total, msg(str`${s} of ${t} account.`, { id: 'clients.custom.account-count-filtered.one' }),
    msg(str`${s} of ${t} accounts.`, { id: 'clients.custom.account-count-filtered.other' }));
}

const PAGE = 10;

export interface CustomMappingOptions {
  store: () => IntegrationStore | undefined;
  announce: (text: string) => void;
}

export class CustomMapping implements ReactiveController {
  #clientQuery = '';
  #show: ClientShow = 'all';
  #selectedId: string | null = null;
  #accountQuery = '';
  /** Position (in the filtered accounts) of the keyboard-active option; -1 for none. */
  #active = -1;
  /** Chosen account per client, until saved. */
  readonly #drafts = new Map<string, string>();
  readonly #lastAction = new Map<string, 'map' | 'unmap'>();
  /** "Save mapping" was pressed without a chosen account (the message is written at render time). */
  #fieldError = false;
  #clientFilter: { lookup: ClientLookup; query: string; show: ClientShow; positions: readonly number[] } | null = null;
  #accountFilter: { accounts: readonly Account[]; query: string; positions: readonly number[] } | null = null;
  #suggestions: { accounts: readonly Account[]; client: Client; lookup: ClientLookup; list: AccountSuggestion<Account>[] } | null = null;
  #warmFor: readonly Account[] | null = null;
  #idle = 0;
  readonly #clientRows: VirtualRows;
  readonly #accountRows: VirtualRows;

  constructor(private readonly host: Host, private readonly options: CustomMappingOptions) {
    this.#clientRows = new VirtualRows(host, { rowHeight: ROW_HEIGHT, overscan: 6 });
    this.#accountRows = new VirtualRows(host, { rowHeight: OPTION_HEIGHT, overscan: 6, initialVisibleRows: 8 });
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelIdle(this.#idle);
    this.#idle = 0;
    this.#warmFor = null;
  }

  // ---- derived data (memoised: scrolling re-renders without filtering again) ----

  #clientPositions(lookup: ClientLookup): readonly number[] {
    const f = this.#clientFilter;
    if (f && f.lookup === lookup && f.query === this.#clientQuery && f.show === this.#show) return f.positions;
    const { clients } = lookup;
    const q = searchKey(this.#clientQuery);
    const want = this.#show;
    const keys = q ? lookup.keys() : null;
    // Typing on narrows the previous result: anything containing the new text contained the old one.
    const from = f && f.lookup === lookup && f.show === want && narrows(searchKey(f.query), q) ? f.positions : null;
    const positions: number[] = [];
    const n = from ? from.length : clients.length;
    for (let k = 0; k < n; k++) {
      const i = from ? from[k]! : k;
      if (want !== 'all' && (clients[i]!.accountId ? 'mapped' : 'unmapped') !== want) continue;
      if (keys && !keys[i]!.includes(q)) continue;
      positions.push(i);
    }
    this.#clientFilter = { lookup, query: this.#clientQuery, show: want, positions };
    return positions;
  }

  #accountPositions(accounts: readonly Account[]): readonly number[] {
    const f = this.#accountFilter;
    if (f && f.accounts === accounts && f.query === this.#accountQuery) return f.positions;
    const { searchKeys } = accountIndexOf(accounts);
    const q = searchKey(this.#accountQuery);
    let positions: number[];
    if (f && f.accounts === accounts && narrows(searchKey(f.query), q)) {
      positions = [];
      for (const i of f.positions) if (searchKeys[i]!.includes(q)) positions.push(i);
    } else {
      positions = filterBySearch(searchKeys, this.#accountQuery);
    }
    this.#accountFilter = { accounts, query: this.#accountQuery, positions };
    return positions;
  }

  #suggestionsFor(client: Client, accounts: readonly Account[], lookup: ClientLookup): AccountSuggestion<Account>[] {
    const s = this.#suggestions;
    if (s && s.client === client && s.accounts === accounts && s.lookup === lookup) return s.list;
    const list = suggestAccounts(accountIndexOf(accounts), client.name, {
      limit: 5,
      exclude: (accountId) => {
        const owner = lookup.byAccount.get(accountId);
        return !!owner && owner.id !== client.id;
      },
    });
    this.#suggestions = { accounts, client, lookup, list };
    return list;
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
      this.#accountQuery = '';
      this.#active = -1;
      this.#fieldError = false;
      this.#accountRows.reset(this.#root()?.querySelector<HTMLElement>('.account-list'));
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#root()?.querySelector<HTMLElement>('#cam-client-title')?.focus();
  }

  #onClientKey = async (e: KeyboardEvent) => {
    const button = e.currentTarget as HTMLElement;
    const pos = Number(button.dataset['pos']);
    const total = this.#clientFilter?.positions.length ?? 0;
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

  #onAccountSearch = (e: Event) => {
    this.#accountQuery = (e.target as HTMLInputElement).value;
    this.#active = -1;
    this.#accountRows.reset(this.#root()?.querySelector<HTMLElement>('.account-list'));
    this.host.requestUpdate();
  };

  #onAccountKey = (e: KeyboardEvent) => {
    const total = this.#accountFilter?.positions.length ?? 0;
    if (!total) return;
    const a = this.#active;
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = a < 0 ? 0 : a + 1;
    else if (e.key === 'ArrowUp') next = a < 0 ? 0 : a - 1;
    else if (e.key === 'PageDown') next = Math.max(0, a) + PAGE;
    else if (e.key === 'PageUp') next = Math.max(0, a) - PAGE;
    else if (e.key === 'Enter' && a >= 0) {
      e.preventDefault();
      const account = this.#accountFilter!.accounts[this.#accountFilter!.positions[a]!];
      if (account) this.#choose(account.id);
      return;
    }
    if (next === null) return;
    e.preventDefault();
    this.#active = Math.max(0, Math.min(total - 1, next));
    const list = this.#root()?.querySelector<HTMLElement>('.account-list');
    if (list) this.#accountRows.scrollToRow(list, this.#active);
    this.host.requestUpdate();
  };

  #choose(accountId: string): void {
    const store = this.options.store();
    const client = this.#selectedClient(store);
    if (!store || !client) return;
    const owner = clientLookupOf(store.state.clientMapping.clients ?? []).byAccount.get(accountId);
    if (owner && owner.id !== client.id) return;
    this.#drafts.set(client.id, accountId);
    this.#fieldError = false;
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
      this.#fieldError = true;
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
    const positions = this.#clientPositions(lookup);
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
    const rows: TemplateResult[] = [];
    for (let k = win.start; k < win.end; k++) {
      const client = clients[positions[k]!]!;
      const accountName = client.accountId ? nameOf(client.accountId) : null;
      rows.push(html`<div class="row client-cols" role="row" aria-rowindex=${k + 2}>
        <span role="cell" class="cell"><button type="button" class="row-button" data-pos=${k}
          aria-pressed=${client.id === this.#selectedId ? 'true' : 'false'}
          @click=${() => void this.#select(client.id)} @keydown=${this.#onClientKey}>${client.name}</button></span>
        <span role="cell" class="cell" title=${accountName ?? ''}>${accountName ?? html`<span class="muted">${msg('Not mapped', { id: 'clients.custom.not-mapped' })}</span>`}</span>
      </div>`);
    }
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
        <div class="row head client-cols" role="row" aria-rowindex="1">
          <span role="columnheader">${msg('Client', { id: 'clients.custom.col.client' })}</span>
          <span role="columnheader">${msg('CRM account', { id: 'clients.custom.col.account' })}</span>
        </div>
        <div class="scroller" @scroll=${this.#clientRows.onScroll}>
          ${positions.length === 0
            ? html`<p class="muted empty">${msg('No client matches.', { id: 'clients.custom.no-client-matches' })}</p>`
            : html`<div class="sizer" ${cssomStyle({ height: `${win.totalHeight}px` })}>
                <div class="window" ${cssomStyle({ transform: `translateY(${win.offset}px)` })}>${rows}</div>
              </div>`}
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
      ${accounts ? this.#renderPicker(client, accounts, lookup, request.pending) : this.#renderAccountsState(store)}`;
  }

  #renderAccountsState(store: IntegrationStore): TemplateResult {
    // A failure to load them is shown above the lists, with "Retry".
    return store.request(CLIENT_MAPPING_KEYS.accounts).error
      ? html`<p class="muted">${msg('The CRM accounts could not be loaded.', { id: 'clients.custom.accounts-failed' })}</p>`
      : renderLoading(msg('Loading CRM accounts…', { id: 'clients.custom.loading-accounts' }));
  }

  #renderPicker(client: Client, accounts: readonly Account[], lookup: ClientLookup, pending: boolean): TemplateResult {
    const index = accountIndexOf(accounts);
    const positions = this.#accountPositions(accounts);
    const draft = this.#drafts.get(client.id) ?? null;
    const draftName = draft ? accountNamesOf(accounts).get(draft) ?? draft : null;
    const suggestions = client.accountId ? [] : this.#suggestionsFor(client, accounts, lookup);
    const win = this.#accountRows.window(positions.length);
    const activeId = this.#active >= win.start && this.#active < win.end ? `cam-opt-${this.#active}` : null;
    const options: TemplateResult[] = [];
    for (let k = win.start; k < win.end; k++) {
      const account = index.accounts[positions[k]!]!;
      const owner = lookup.byAccount.get(account.id);
      const taken = !!owner && owner.id !== client.id;
      options.push(html`<div role="option" id="cam-opt-${k}" class="option ${k === this.#active ? 'active' : ''}"
          aria-selected=${account.id === draft ? 'true' : 'false'} aria-disabled=${taken ? 'true' : 'false'}
          aria-setsize=${positions.length} aria-posinset=${k + 1}
          @click=${() => { this.#active = k; this.#choose(account.id); }}>
        <span class="option-name">${account.name}</span>${taken
          ? html`<span class="muted option-note">${msg(str` (mapped to ${owner!.name})`, { id: 'clients.custom.option-taken' })}</span>` : nothing}
      </div>`);
    }
    const describedBy = this.#fieldError ? 'cam-account-count cam-account-error' : 'cam-account-count';
    return html`
      ${client.accountId ? nothing : html`<section class="suggestions" part="suggestions" aria-labelledby="cam-suggestions-title">
        <h5 id="cam-suggestions-title">${msg('Suggested accounts', { id: 'clients.custom.suggestions' })}</h5>
        ${suggestions.length
          ? html`<ol>${suggestions.map((s) => html`<li class="suggestion">
              <span class="suggestion-text"><span class="suggestion-name">${s.account.name}</span>
                <span class="muted suggestion-reason">${s.reason.text}</span></span>
              <button type="button" aria-pressed=${s.account.id === draft ? 'true' : 'false'}
                @click=${() => this.#choose(s.account.id)}>${msg(html`Choose<span class="visually-hidden"> ${s.account.name}</span>`, { id: 'clients.custom.choose' })}</button>
            </li>`)}</ol>`
          : html`<p class="muted">${msg('No account has a similar name.', { id: 'clients.custom.no-suggestions' })}</p>`}
      </section>`}
      <div class="field picker">
        <label for="cam-account-search">${msg('CRM account', { id: 'clients.custom.account-label' })}</label>
        <input id="cam-account-search" type="text" role="combobox" autocomplete="off"
          placeholder=${msg('Search accounts', { id: 'clients.custom.search-accounts' })}
          aria-autocomplete="list" aria-expanded="true" aria-controls="cam-account-list"
          aria-activedescendant=${activeId ?? nothing} aria-describedby=${describedBy}
          aria-invalid=${this.#fieldError ? 'true' : 'false'}
          .value=${live(this.#accountQuery)} @input=${this.#onAccountSearch} @keydown=${this.#onAccountKey} />
        <p id="cam-account-count" class="muted">${accountCountText(positions.length, accounts.length)}
          ${msg('Use the arrow keys and Enter, or click an account.', { id: 'clients.custom.picker-help' })}</p>
        <div id="cam-account-list" class="account-list scroller" role="listbox" aria-label=${msg('CRM accounts', { id: 'clients.custom.account-list' })} tabindex="0"
          aria-activedescendant=${activeId ?? nothing} @scroll=${this.#accountRows.onScroll} @keydown=${this.#onAccountKey}>
          ${positions.length === 0
            ? html`<p class="muted empty">${msg('No account matches.', { id: 'clients.custom.no-account-matches' })}</p>`
            : html`<div class="sizer" ${cssomStyle({ height: `${win.totalHeight}px` })}>
                <div class="window" ${cssomStyle({ transform: `translateY(${win.offset}px)` })}>${options}</div>
              </div>`}
        </div>
        ${this.#fieldError ? html`<p id="cam-account-error" class="field-error">${msg('Choose an account from the list first.', { id: 'clients.custom.choose-first' })}</p>` : nothing}
      </div>
      <p class="chosen" part="chosen">${draftName
        ? msg(html`Chosen account: <strong>${draftName}</strong>`, { id: 'clients.custom.chosen' })
        : msg(html`Chosen account: <span class="muted">none yet</span>`, { id: 'clients.custom.chosen-none' })}</p>
      <div class="actions">
        <button type="button" class="primary" ?disabled=${pending || (!!draft && draft === client.accountId)}
          @click=${() => void this.#save()}>${msg('Save mapping', { id: 'clients.custom.save' })}</button>
      </div>`;
  }
}

/** True when every text containing `next` also contains `previous` (so the old result can be narrowed). */
function narrows(previous: string, next: string): boolean {
  return !!previous && next.includes(previous);
}

/** requestIdleCallback where there is one; a timeout elsewhere (ids of timeouts are stored negated). */
function whenIdle(fn: (deadline?: IdleDeadline) => void): number {
  const w = globalThis as typeof globalThis & { requestIdleCallback?: typeof requestIdleCallback };
  return w.requestIdleCallback ? w.requestIdleCallback(fn, { timeout: 1_000 }) : -(setTimeout(fn, 50) as unknown as number);
}

function cancelIdle(id: number): void {
  if (!id) return;
  const w = globalThis as typeof globalThis & { cancelIdleCallback?: (id: number) => void };
  if (id < 0) clearTimeout(-id);
  else w.cancelIdleCallback?.(id);
}
