/** One-time automatic client ↔ account mapping, and custom mapping. */
import type { Account, Client, ClientMappingReport } from '../../schemas/entities.js';
import type { Core } from '../state.js';
import type { RequestKey } from '../store-core.js';
import type { StatusActions } from './status.js';

export interface ClientMappingSliceState {
  readonly clients: readonly Client[] | null;
  readonly accounts: readonly Account[] | null;
  /** Result of the real run ("Yes, Map matching records"). */
  readonly report: ClientMappingReport | null;
  /** Result of the last dry run: what "Yes" would do. */
  readonly preview: ClientMappingReport | null;
}

export const initialClientMappingState: ClientMappingSliceState = {
  clients: null, accounts: null, report: null, preview: null,
};

/** Request keys of this area (pending/error state per key). */
export const CLIENT_MAPPING_KEYS = {
  clients: 'listClients',
  accounts: 'listAccounts',
  preview: 'runClientMapping:dry',
  run: 'runClientMapping',
  skip: 'skipClientMapping',
  /** Saving or removing one client's mapping. */
  link: (clientId: string): RequestKey => `mapClient:${clientId}`,
} as const;

/** Clients with and without an account. */
export function mappingCounts(clients: readonly Client[]): { mapped: number; unmapped: number } {
  let mapped = 0;
  for (const c of clients) if (c.accountId) mapped++;
  return { mapped, unmapped: clients.length - mapped };
}

export class ClientMappingActions {
  constructor(private readonly core: Core, private readonly setup: StatusActions) {}

  loadClients() {
    return this.core.run('listClients', {}, {
      onSuccess: ({ clients }) => this.core.update('clientMapping', (s) => ({ ...s, clients })),
    });
  }

  loadAccounts() {
    return this.core.run('listAccounts', {}, {
      onSuccess: ({ accounts }) => this.core.update('clientMapping', (s) => ({ ...s, accounts })),
    });
  }

  /** Loads clients and accounts unless they are already in state (or on their way). */
  ensureLoaded() {
    const { clients, accounts } = this.core.state.clientMapping;
    return Promise.all([
      clients ? undefined : this.loadClients(),
      accounts ? undefined : this.loadAccounts(),
    ]);
  }

  /** Forgets the dry-run result (the admin closed the preview). */
  clearPreview() {
    this.core.update('clientMapping', (s) => (s.preview ? { ...s, preview: null } : s));
  }

  /** Forgets the report of the real run (it was emailed; clients keep their new accounts). */
  dismissReport() {
    this.core.update('clientMapping', (s) => (s.report ? { ...s, report: null } : s));
  }

  preview() {
    return this.core.run('runClientMapping', { dryRun: true }, {
      key: 'runClientMapping:dry',
      onSuccess: (preview) => this.core.update('clientMapping', (s) => ({ ...s, preview })),
    });
  }

  async run() {
    const result = await this.core.run('runClientMapping', { dryRun: false }, {
      onSuccess: (report) => this.core.update('clientMapping', (s) => ({ ...s, report, preview: null })),
    });
    if (result.ok) {
      await Promise.all([this.loadClients(), this.setup.refresh()]);
    }
    return result;
  }

  /** "No, Skip". The new status (client mapping `skipped`) replaces the one in state. */
  skip() {
    return this.core.run('skipClientMapping', {}, {
      onSuccess: (status) => {
        this.core.update('setup', (s) => ({ ...s, status }));
        this.clearPreview();
      },
    });
  }

  map(clientId: string, accountId: string) {
    return this.core.run('mapClient', { clientId, accountId }, {
      key: `mapClient:${clientId}`,
      onSuccess: (link) => this.#applyLink(link.clientId, link.accountId),
    });
  }

  unmap(clientId: string) {
    return this.core.run('unmapClient', { clientId }, {
      key: `mapClient:${clientId}`,
      onSuccess: (link) => this.#applyLink(link.clientId, link.accountId),
    });
  }

  #applyLink(clientId: string, accountId: string | null) {
    this.core.update('clientMapping', (s) => ({
      ...s,
      clients: s.clients?.map((c) => (c.id === clientId ? { ...c, accountId } : c)) ?? null,
    }));
  }
}
