import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { Account, Client } from '../../schemas/entities.js';
import { VirtualRows, renderRowWindow } from '../shared/virtual-rows.js';
import { accountIndexOf, accountNamesOf, type ClientLookup } from './lookups.js';
import { OPTION_HEIGHT } from './client-account-mapper.styles.js';
import { PAGE, type ClientFilters } from './client-filters.js';
import { accountCountText } from './custom-mapping-texts.js';
import { matchReasonText } from './match-reason-text.js';


/**
 * The account part of the custom mapping for the selected client: its suggested accounts (with
 * why), and a searchable, windowed listbox of every CRM account (a combobox: arrows, Page Up/Down
 * and Enter, or a click), the account chosen, and "Save mapping".
 */
export class AccountPicker {
  query = '';
  /** Position (in the filtered accounts) of the keyboard-active option; -1 for none. */
  active = -1;
  /** "Save mapping" was pressed without a chosen account (the message is written at render time). */
  fieldError = false;
  readonly rows: VirtualRows;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly filters: ClientFilters,
    private readonly on: { choose(accountId: string): void; save(): void },
  ) {
    this.rows = new VirtualRows(host, { rowHeight: OPTION_HEIGHT, overscan: 6, initialVisibleRows: 8 });
  }

  /** Another client: an empty search, from the top. */
  reset(): void {
    this.query = '';
    this.active = -1;
    this.fieldError = false;
    this.rows.reset(this.host.shadowRoot?.querySelector<HTMLElement>('.account-list'));
  }

  readonly onSearch = (e: Event): void => {
    this.query = (e.target as HTMLInputElement).value;
    this.active = -1;
    this.rows.reset(this.host.shadowRoot?.querySelector<HTMLElement>('.account-list'));
    this.host.requestUpdate();
  };

  readonly onKey = (e: KeyboardEvent): void => {
    const total = this.filters.accountCount;
    if (!total) return;
    const a = this.active;
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = a < 0 ? 0 : a + 1;
    else if (e.key === 'ArrowUp') next = a < 0 ? 0 : a - 1;
    else if (e.key === 'PageDown') next = Math.max(0, a) + PAGE;
    else if (e.key === 'PageUp') next = Math.max(0, a) - PAGE;
    else if (e.key === 'Enter' && a >= 0) {
      e.preventDefault();
      const account = this.filters.accountAt(a);
      if (account) this.on.choose(account.id);
      return;
    }
    if (next === null) return;
    e.preventDefault();
    this.active = Math.max(0, Math.min(total - 1, next));
    const list = this.host.shadowRoot?.querySelector<HTMLElement>('.account-list');
    if (list) this.rows.scrollToRow(list, this.active);
    this.host.requestUpdate();
  };

  render(client: Client, accounts: readonly Account[], lookup: ClientLookup, pending: boolean, draft: string | null): TemplateResult {
    const index = accountIndexOf(accounts);
    const positions = this.filters.accountPositions(accounts, this.query);
    const draftName = draft ? accountNamesOf(accounts).get(draft) ?? draft : null;
    const suggestions = client.accountId ? [] : this.filters.suggestionsFor(client, accounts, lookup);
    const win = this.rows.window(positions.length);
    const activeId = this.active >= win.start && this.active < win.end ? `cam-opt-${this.active}` : null;
    const option = (k: number) => {
      const account = index.accounts[positions[k]!]!;
      const owner = lookup.byAccount.get(account.id);
      const taken = !!owner && owner.id !== client.id;
      return html`<div role="option" id="cam-opt-${k}" class="option ${k === this.active ? 'active' : ''}"
          aria-selected=${account.id === draft ? 'true' : 'false'} aria-disabled=${taken ? 'true' : 'false'}
          aria-setsize=${positions.length} aria-posinset=${k + 1}
          @click=${() => { this.active = k; this.on.choose(account.id); }}>
        <span class="option-name">${account.name}</span>${taken
          ? html`<span class="muted option-note">${msg(str` (mapped to ${owner!.name})`, { id: 'clients.custom.option-taken' })}</span>` : nothing}
      </div>`;
    };
    const describedBy = this.fieldError ? 'cam-account-count cam-account-error' : 'cam-account-count';
    return html`
      ${client.accountId ? nothing : html`<section class="suggestions" part="suggestions" aria-labelledby="cam-suggestions-title">
        <h5 id="cam-suggestions-title">${msg('Suggested accounts', { id: 'clients.custom.suggestions' })}</h5>
        ${suggestions.length
          ? html`<ol>${suggestions.map((s) => html`<li class="suggestion">
              <span class="suggestion-text"><span class="suggestion-name">${s.account.name}</span>
                <span class="muted suggestion-reason">${matchReasonText(s.reason)}</span></span>
              <button type="button" aria-pressed=${s.account.id === draft ? 'true' : 'false'}
                @click=${() => this.on.choose(s.account.id)}>${msg(html`Choose<span class="visually-hidden"> ${s.account.name}</span>`, { id: 'clients.custom.choose' })}</button>
            </li>`)}</ol>`
          : html`<p class="muted">${msg('No account has a similar name.', { id: 'clients.custom.no-suggestions' })}</p>`}
      </section>`}
      <div class="field picker">
        <label for="cam-account-search">${msg('CRM account', { id: 'clients.custom.account-label' })}</label>
        <input id="cam-account-search" type="text" role="combobox" autocomplete="off"
          placeholder=${msg('Search accounts', { id: 'clients.custom.search-accounts' })}
          aria-autocomplete="list" aria-expanded="true" aria-controls="cam-account-list"
          aria-activedescendant=${activeId ?? nothing} aria-describedby=${describedBy}
          aria-invalid=${this.fieldError ? 'true' : 'false'}
          .value=${live(this.query)} @input=${this.onSearch} @keydown=${this.onKey} />
        <p id="cam-account-count" class="muted">${accountCountText(positions.length, accounts.length)}
          ${msg('Use the arrow keys and Enter, or click an account.', { id: 'clients.custom.picker-help' })}</p>
        <div id="cam-account-list" class="account-list scroller" role="listbox" aria-label=${msg('CRM accounts', { id: 'clients.custom.account-list' })} tabindex="0"
          aria-activedescendant=${activeId ?? nothing} @scroll=${this.rows.onScroll} @keydown=${this.onKey}>
          ${positions.length === 0
            ? html`<p class="muted empty">${msg('No account matches.', { id: 'clients.custom.no-account-matches' })}</p>`
            : renderRowWindow(win, (k) => index.accounts[positions[k]!]!.id, option)}
        </div>
        ${this.fieldError ? html`<p id="cam-account-error" class="field-error">${msg('Choose an account from the list first.', { id: 'clients.custom.choose-first' })}</p>` : nothing}
      </div>
      <p class="chosen" part="chosen">${draftName
        ? msg(html`Chosen account: <strong>${draftName}</strong>`, { id: 'clients.custom.chosen' })
        : msg(html`Chosen account: <span class="muted">none yet</span>`, { id: 'clients.custom.chosen-none' })}</p>
      <div class="actions">
        <button type="button" class="primary" ?disabled=${pending || (!!draft && draft === client.accountId)}
          @click=${() => this.on.save()}>${msg('Save mapping', { id: 'clients.custom.save' })}</button>
      </div>`;
  }
}
