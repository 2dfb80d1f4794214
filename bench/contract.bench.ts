/** How long the fake server + HttpBackend take to deliver and validate the `large` scenario's lists. */
import { startFakeServer, DEFAULT_API_BASE } from '../mocks/browser.js';
import { HttpBackend } from '../src/adapters/http-backend.js';
import { CRM_IMPORT_ACCOUNT } from '../mocks/credentials.js';

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
  return {
    'seed large scenario + start worker (ms)': seedMs,
    [`lookupCrmUsers: ${users.users.length} users, fetch+validate (ms)`]: usersMs,
    [`listAccounts: ${accounts.accounts.length} accounts, fetch+validate (ms)`]: accountsMs,
    [`listClients: ${clients.clients.length} clients, fetch+validate (ms)`]: clientsMs,
    [`getFieldMapping: ${fields.projectsFields.length} fields (ms)`]: fieldsMs,
  };
}
