/** How long the fake server + HttpBackend take to deliver and validate the `large` scenario's lists. */
import { startFakeServer, DEFAULT_API_BASE } from '../mocks/browser.js';
import { HttpBackend } from '../src/adapters/http-backend.js';
import { CRM_IMPORT_ACCOUNT } from '../mocks/credentials.js';
import { IntegrationStore } from '../src/store/integration-store.js';
import type { ProjectsImportBackend } from '../src/adapters/backend.js';

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

export default async function run(): Promise<Record<string, number>> {
  const [, seedMs] = await time(() => startFakeServer({ scenario: 'large', latencyMs: 0 }));
  const backend = new HttpBackend({ baseUrl: DEFAULT_API_BASE });
  const [users, usersMs] = await time(() => backend.lookupCrmUsers({ ...CRM_IMPORT_ACCOUNT }));
  const [accounts, accountsMs] = await time(() => backend.listAccounts({}));
  const [clients, clientsMs] = await time(() => backend.listClients({}));
  const [fields, fieldsMs] = await time(() => backend.getFieldMapping({}));
  // Through the store, as the elements call: HttpBackend's answers are checked once (by HttpBackend),
  // a host object's answers by the store. The object answers at once, so its time is the check alone.
  const viaHttp = new IntegrationStore(backend);
  const [, storeHttpMs] = await time(() => viaHttp.userImport.lookupUsers({ ...CRM_IMPORT_ACCOUNT }));
  const lookedUpAccounts = await backend.lookupCrmAccounts({ ...CRM_IMPORT_ACCOUNT });
  const manyAccounts = Array.from({ length: 50_000 }, (_, i) => ({ ...lookedUpAccounts.accounts[i % lookedUpAccounts.accounts.length]!, id: `acc-${i}` }));
  const hostObject = {
    lookupCrmUsers: async () => users,
    lookupCrmAccounts: async () => ({ sessionId: users.sessionId, accounts: manyAccounts }),
  } as unknown as ProjectsImportBackend;
  const viaObject = new IntegrationStore(hostObject);
  const [, objectUsersMs] = await time(() => viaObject.userImport.lookupUsers({ ...CRM_IMPORT_ACCOUNT }));
  const [, objectAccountsMs] = await time(() => viaObject.userImport.lookupAccounts({ ...CRM_IMPORT_ACCOUNT }));
  return {
    [`store + HttpBackend: ${users.users.length} users, fetch+validate (ms)`]: storeHttpMs,
    [`store + host object: ${users.users.length} users, validate (ms)`]: objectUsersMs,
    [`store + host object: ${manyAccounts.length} accounts, validate (ms)`]: objectAccountsMs,
    'seed large scenario + start worker (ms)': seedMs,
    [`lookupCrmUsers: ${users.users.length} users, fetch+validate (ms)`]: usersMs,
    [`listAccounts: ${accounts.accounts.length} accounts, fetch+validate (ms)`]: accountsMs,
    [`listClients: ${clients.clients.length} clients, fetch+validate (ms)`]: clientsMs,
    [`getFieldMapping: ${fields.projectsFields.length} fields (ms)`]: fieldsMs,
  };
}
