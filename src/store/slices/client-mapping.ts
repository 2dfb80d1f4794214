/** One-time automatic client ↔ account mapping, and custom mapping. */
import type { Account, Client, ClientMappingReport } from '../../schemas/entities.js';
import type { Core } from '../state.js';
import type { SetupActions } from './setup.js';

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

export class ClientMappingActions {
  constructor(private readonly core: Core, private readonly setup: SetupActions) {}

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

  skip() {
    return this.core.run('skipClientMapping', {}, {
      onSuccess: (status) => this.core.update('setup', (s) => ({ ...s, status })),
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
