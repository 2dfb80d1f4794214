/**
 * Precomputed lookups over the clients and accounts in the store, built once per list
 * (the store replaces a list's array when it changes, so the array is the cache key)
 * and shared by every element instance. Search then filters precomputed arrays.
 */
import type { Account, Client } from '../../schemas/entities.js';
import { buildAccountIndex, searchKey, type AccountIndex } from '../../rules/name-match.js';

const accountIndexes = new WeakMap<readonly Account[], AccountIndex<Account>>();

/** The suggestion/search index of an account list, built on first use. */
export function accountIndexOf(accounts: readonly Account[]): AccountIndex<Account> {
  let index = accountIndexes.get(accounts);
  if (!index) {
    index = buildAccountIndex(accounts);
    accountIndexes.set(accounts, index);
  }
  return index;
}

export function hasAccountIndex(accounts: readonly Account[]): boolean {
  return accountIndexes.has(accounts);
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
