import type { Account, Client } from '../../schemas/entities.js';
import { filterBySearch, searchKey, suggestAccounts, type AccountSuggestion } from '../../rules/name-match.js';
import { accountIndexOf, type ClientLookup } from './lookups.js';

export type ClientShow = 'all' | 'unmapped' | 'mapped';

/** Rows a Page Up/Down moves in the lists. */
export const PAGE = 10;

/**
 * What the custom mapping lists show: the clients passing the search and the all/unmapped/mapped
 * choice, the accounts passing the picker's search, and a client's ranked suggestions. Each is
 * kept until its inputs change, so scrolling re-renders without filtering again, and typing on
 * narrows the previous result instead of searching everything.
 */
export class ClientFilters {
  /** Clients in the list last shown (for the keyboard: where the last row is). */
  get clientCount(): number {
    return this.#clientFilter?.positions.length ?? 0;
  }

  /** Accounts in the picker last shown. */
  get accountCount(): number {
    return this.#accountFilter?.positions.length ?? 0;
  }

  /** The account at a position of the picker last shown. */
  accountAt(pos: number): Account | undefined {
    const f = this.#accountFilter;
    return f ? f.accounts[f.positions[pos]!] : undefined;
  }

  #clientFilter: { lookup: ClientLookup; query: string; show: ClientShow; positions: readonly number[] } | null = null;
  #accountFilter: { accounts: readonly Account[]; query: string; positions: readonly number[] } | null = null;
  #suggestions: { accounts: readonly Account[]; client: Client; lookup: ClientLookup; list: AccountSuggestion<Account>[] } | null = null;

  clientPositions(lookup: ClientLookup, query: string, want: ClientShow): readonly number[] {
    const f = this.#clientFilter;
    if (f && f.lookup === lookup && f.query === query && f.show === want) return f.positions;
    const { clients } = lookup;
    const q = searchKey(query);
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
    this.#clientFilter = { lookup, query, show: want, positions };
    return positions;
  }

  accountPositions(accounts: readonly Account[], query: string): readonly number[] {
    const f = this.#accountFilter;
    if (f && f.accounts === accounts && f.query === query) return f.positions;
    const { searchKeys } = accountIndexOf(accounts);
    const q = searchKey(query);
    let positions: number[];
    if (f && f.accounts === accounts && narrows(searchKey(f.query), q)) {
      positions = [];
      for (const i of f.positions) if (searchKeys[i]!.includes(q)) positions.push(i);
    } else {
      positions = filterBySearch(searchKeys, query);
    }
    this.#accountFilter = { accounts, query, positions };
    return positions;
  }

  suggestionsFor(client: Client, accounts: readonly Account[], lookup: ClientLookup): AccountSuggestion<Account>[] {
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
}

/** True when every text containing `next` also contains `previous` (so the old result can be narrowed). */
function narrows(previous: string, next: string): boolean {
  return !!previous && next.includes(previous);
}
