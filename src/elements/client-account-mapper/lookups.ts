/**
 * Precomputed lookups over the clients and accounts in the store, built once per list
 * (the store replaces a list's array when it changes, so the array is the cache key)
 * and shared by every element instance. Search then filters precomputed arrays.
 */
import type { Account, Client } from '../../schemas/entities.js';
import {
  accountIndexBuilder, searchKey, type AccountIndex, type AccountIndexBuilder,
} from '../../rules/name-match.js';

const accountIndexes = new WeakMap<readonly Account[], AccountIndex<Account>>();
const partialIndexes = new WeakMap<readonly Account[], AccountIndexBuilder<Account>>();

/** The suggestion/search index of an account list, built once (finishing an idle build if one started). */
export function accountIndexOf(accounts: readonly Account[]): AccountIndex<Account> {
  let index = accountIndexes.get(accounts);
  if (!index) {
    index = (partialIndexes.get(accounts) ?? accountIndexBuilder(accounts)).index();
    partialIndexes.delete(accounts);
    accountIndexes.set(accounts, index);
  }
  return index;
}

/** Builds part of the index for about `budgetMs`; true when it is complete. */
export function buildAccountIndexFor(accounts: readonly Account[], budgetMs: number): boolean {
  if (accountIndexes.has(accounts)) return true;
  let builder = partialIndexes.get(accounts);
  if (!builder) {
    builder = accountIndexBuilder(accounts);
    partialIndexes.set(accounts, builder);
  }
  if (!builder.step(budgetMs)) return false;
  accountIndexOf(accounts);
  return true;
}

const accountNames = new WeakMap<readonly Account[], ReadonlyMap<string, string>>();

/** Account name by id: cheap (no normalisation), for showing mapped accounts. */
export function accountNamesOf(accounts: readonly Account[]): ReadonlyMap<string, string> {
  let names = accountNames.get(accounts);
  if (!names) {
    const m = new Map<string, string>();
    for (const a of accounts) m.set(a.id, a.name);
    names = m;
    accountNames.set(accounts, names);
  }
  return names;
}

/** Search key per client object: a map/unmap replaces one client, the others keep theirs. */
const clientKeyOf = new WeakMap<Client, string>();

export interface ClientLookup {
  readonly clients: readonly Client[];
  readonly byId: ReadonlyMap<string, Client>;
  /** Client mapped to each account. */
  readonly byAccount: ReadonlyMap<string, Client>;
  /** Search keys, in the order of `clients`; built on first search. */
  keys(): readonly string[];
}

const clientLookups = new WeakMap<readonly Client[], ClientLookup>();

export function clientLookupOf(clients: readonly Client[]): ClientLookup {
  let lookup = clientLookups.get(clients);
  if (!lookup) {
    const byId = new Map<string, Client>();
    const byAccount = new Map<string, Client>();
    for (const c of clients) {
      byId.set(c.id, c);
      if (c.accountId) byAccount.set(c.accountId, c);
    }
    let keys: string[] | undefined;
    lookup = {
      clients, byId, byAccount,
      keys() {
        if (!keys) {
          keys = new Array<string>(clients.length);
          for (let i = 0; i < clients.length; i++) {
            const c = clients[i]!;
            let k = clientKeyOf.get(c);
            if (k === undefined) {
              k = searchKey(c.name);
              clientKeyOf.set(c, k);
            }
            keys[i] = k;
          }
        }
        return keys;
      },
    };
    clientLookups.set(clients, lookup);
  }
  return lookup;
}

/** True once the index of this account list is complete. */
export function hasAccountIndex(accounts: readonly Account[]): boolean {
  return accountIndexes.has(accounts);
}
