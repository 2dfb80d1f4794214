/** A Projects client page: the linked CRM account and its open Potentials, per client. */
import type { ClientCrmInfo } from '../../schemas/entities.js';
import type { Core } from '../state.js';
import type { RequestKey } from '../store-core.js';

export interface ClientInfoState {
  readonly byClient: Readonly<Record<string, ClientCrmInfo>>;
}

export const initialClientInfoState: ClientInfoState = { byClient: {} };

export const CLIENT_INFO_KEYS = {
  load: (clientId: string): RequestKey => `getClientCrmInfo:${clientId}`,
} as const;

export class ClientInfoActions {
  constructor(private readonly core: Core) {}

  load(clientId: string) {
    return this.core.run('getClientCrmInfo', { clientId }, {
      key: CLIENT_INFO_KEYS.load(clientId),
      onSuccess: (info) => this.core.update('clientInfo', (s) => ({ byClient: { ...s.byClient, [clientId]: info } })),
    });
  }
}
