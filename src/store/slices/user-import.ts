/** Projects side: import CRM users as portal users, CRM accounts as clients. */
import type {
  ClientImportItem, ClientImportResult, CrmAccountForImport, CrmUser, ImportContext,
  UserImportItem, UserImportResult,
} from '../../schemas/entities.js';
import type { Credentials } from '../../schemas/inputs.js';
import type { Core } from '../state.js';

export interface UserImportState {
  readonly context: ImportContext | null;
  /** Import session opened by the last lookup; the ZSC key is not kept after it. */
  readonly sessionId: string | null;
  readonly lookupEmail: string | null;
  readonly users: readonly CrmUser[] | null;
  readonly accounts: readonly CrmAccountForImport[] | null;
  readonly userResults: Readonly<Record<string, UserImportResult>>;
  readonly clientResults: Readonly<Record<string, ClientImportResult>>;
}

export const initialUserImportState: UserImportState = {
  context: null, sessionId: null, lookupEmail: null, users: null, accounts: null,
  userResults: {}, clientResults: {},
};

export class UserImportActions {
  constructor(private readonly core: Core) {}

  loadContext() {
    return this.core.run('getImportContext', {}, {
      onSuccess: (context) => this.core.update('userImport', (s) => ({ ...s, context })),
    });
  }

  lookupUsers(credentials: Credentials) {
    return this.core.run('lookupCrmUsers', credentials, {
      key: 'lookupCrm',
      onSuccess: ({ sessionId, users }) => this.core.update('userImport', (s) => ({
        ...s, sessionId, users, lookupEmail: credentials.email.trim(), userResults: {},
      })),
    });
  }

  lookupAccounts(credentials: Credentials) {
    return this.core.run('lookupCrmAccounts', credentials, {
      key: 'lookupCrm',
      onSuccess: ({ sessionId, accounts }) => this.core.update('userImport', (s) => ({
        ...s, sessionId, accounts, lookupEmail: credentials.email.trim(), clientResults: {},
      })),
    });
  }

  /** Imports one batch of users; results are merged per user. */
  importUserBatch(items: readonly UserImportItem[], key = 'importUsers') {
    const sessionId = this.core.state.userImport.sessionId ?? '';
    return this.core.run('importUsers', { sessionId, items: [...items] }, {
      key,
      onSuccess: ({ results, seats }) => this.core.update('userImport', (s) => ({
        ...s,
        context: s.context ? { ...s.context, seats } : s.context,
        userResults: { ...s.userResults, ...Object.fromEntries(results.map((r) => [r.crmUserId, r])) },
      })),
    });
  }

  importClientBatch(items: readonly ClientImportItem[], key = 'importClients') {
    const sessionId = this.core.state.userImport.sessionId ?? '';
    return this.core.run('importClients', { sessionId, items: [...items] }, {
      key,
      onSuccess: ({ results }) => this.core.update('userImport', (s) => ({
        ...s,
        clientResults: { ...s.clientResults, ...Object.fromEntries(results.map((r) => [r.accountId, r])) },
      })),
    });
  }

  /** "Change the ZSC Ticket": forget the session and everything looked up with it. */
  resetLookup() {
    this.core.abort('lookupCrm');
    this.core.update('userImport', (s) => ({
      ...initialUserImportState, context: s.context,
    }));
  }
}
