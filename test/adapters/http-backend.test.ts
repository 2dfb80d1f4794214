import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { IDEMPOTENCY_HEADER } from '../../src/adapters/http-backend.js';
import { API, expectBackendError, fakeServer, fastBackend } from '../helpers.js';
import { setLocale } from '../../src/i18n/locale.js';
import { CRM_IMPORT_ACCOUNT, OTHER_PORTAL_OWNER } from '../../mocks/credentials.js';

/** An import session and one CRM user not yet in the portal, ready to import as an employee. */
async function oneNewcomer() {
  const backend = fastBackend();
  const { sessionId, users } = await backend.lookupCrmUsers({ ...CRM_IMPORT_ACCOUNT });
  const newcomer = users.find((u) => !u.inPortal && u.email)!;
  return { backend, sessionId, items: [{ crmUserId: newcomer.id, roleId: 'role-employee', projectId: null }] };
}

describe('HttpBackend', () => {
  it('returns validated data from the contract', async () => {
    await fakeServer('fresh');
    const status = await fastBackend().getStatus({});
    expect(status.state).to.equal('not-enabled');
    expect(status.isAdmin).to.equal(true);
  });

  it('maps a dropped connection to a network error after retrying the read', async () => {
    const { worker } = await fakeServer();
    let calls = 0;
    worker.use(http.get(`${API}/crm/integration`, () => { calls++; return HttpResponse.error(); }));
    await expectBackendError(fastBackend({ readRetries: 2 }).getStatus({}), 'network');
    expect(calls).to.equal(3);
  });

  it('retries a read with backoff until it succeeds', async () => {
    const { worker } = await fakeServer();
    let calls = 0;
    worker.use(http.get(`${API}/crm/integration`, () => (++calls < 3 ? HttpResponse.json({}, { status: 503 }) : undefined)));
    const status = await fastBackend({ readRetries: 2 }).getStatus({});
    expect(calls).to.equal(3);
    expect(status.state).to.equal('not-enabled');
  });

  it('never retries a write on its own', async () => {
    const { worker } = await fakeServer();
    let calls = 0;
    worker.use(http.post(`${API}/crm/integration/start`, () => { calls++; return HttpResponse.error(); }));
    await expectBackendError(fastBackend({ readRetries: 3 }).startSetup({}), 'network');
    expect(calls).to.equal(1);
  });

  it('times out a hanging response', async () => {
    const { worker } = await fakeServer();
    worker.use(http.get(`${API}/crm/integration`, async () => { await delay('infinite'); return HttpResponse.json({}); }));
    const started = performance.now();
    await expectBackendError(fastBackend({ timeoutMs: 100, readRetries: 0 }).getStatus({}), 'timeout');
    expect(performance.now() - started).to.be.below(2_000);
  });

  it("honours the caller's AbortSignal", async () => {
    const { worker } = await fakeServer();
    worker.use(http.get(`${API}/crm/integration`, async () => { await delay('infinite'); return HttpResponse.json({}); }));
    const controller = new AbortController();
    const pending = fastBackend().getStatus({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expectBackendError(pending, 'aborted');
  });

  it('rejects a body that breaks the schema as an unexpected response', async () => {
    const { worker } = await fakeServer();
    worker.use(http.get(`${API}/crm/integration`, () => HttpResponse.json({ state: 'sideways', isAdmin: 'yes' })));
    const error = await expectBackendError(fastBackend().getStatus({}), 'unexpected-response');
    expect(error.issues.join(' ')).to.contain('state');
  });

  it('rejects a body that is not JSON as an unexpected response', async () => {
    const { worker } = await fakeServer();
    worker.use(http.get(`${API}/crm/portals`, () => new HttpResponse('<html>oops</html>', { status: 200 })));
    await expectBackendError(fastBackend().listOwnPortals({}), 'unexpected-response');
  });

  const statusKinds = [
    [401, 'unauthorized'], [403, 'forbidden'], [404, 'not-found'], [409, 'conflict'], [500, 'server'],
  ] as const;
  for (const [status, kind] of statusKinds) {
    it(`maps HTTP ${status} to ${kind}`, async () => {
      const { worker } = await fakeServer();
      worker.use(http.get(`${API}/crm/portals`, () => HttpResponse.json({ error: { code: 'x', message: 'Nope.' } }, { status })));
      const error = await expectBackendError(fastBackend({ readRetries: 0 }).listOwnPortals({}), kind);
      expect(error.status).to.equal(status);
    });
  }

  it('maps a 422 to invalid input with field errors', async () => {
    await fakeServer();
    const backend = fastBackend();
    await backend.startSetup({});
    const error = await expectBackendError(backend.createPortal({ name: 'Zylker' }), 'invalid-input');
    expect(error.code).to.equal('portal-name-taken');
    expect(error.fieldErrors['name']).to.contain('already taken');
  });

  it('refuses invalid input before sending anything', async () => {
    const { server } = await fakeServer();
    const error = await expectBackendError(fastBackend().lookupOtherPortals({ email: 'not-an-email', zscKey: 'short' }), 'invalid-input');
    expect(Object.keys(error.fieldErrors)).to.have.members(['email', 'zscKey']);
    expect(server.log).to.have.length(0);
  });

  it('sends host headers with every request', async () => {
    const { worker } = await fakeServer();
    let auth: string | null = null;
    worker.use(http.get(`${API}/crm/integration`, ({ request }) => { auth = request.headers.get('Authorization'); }));
    await fastBackend({ headers: () => ({ Authorization: 'Bearer t0ken' }) }).getStatus({});
    expect(auth).to.equal('Bearer t0ken');
  });

  it("asks for the elements' language (Accept-Language) unless the host sets one", async () => {
    const { worker } = await fakeServer();
    const seen: (string | null)[] = [];
    worker.use(http.get(`${API}/crm/integration`, ({ request }) => { seen.push(request.headers.get('Accept-Language')); }));
    try {
      await fastBackend().getStatus({});
      await setLocale('de');
      await fastBackend().getStatus({});
      await fastBackend({ headers: { 'Accept-Language': 'fr' } }).getStatus({});
      await fastBackend({ language: () => 'ja' }).getStatus({});
    } finally {
      await setLocale('en');
    }
    expect(seen).to.deep.equal(['en', 'de', 'fr', 'ja']);
  });

  it('reuses the idempotency key when the same write is sent again after a lost response', async () => {
    const { server, worker } = await fakeServer();
    const keys: (string | null)[] = [];
    worker.use(http.post(`${API}/crm/integration/start`, ({ request }) => {
      keys.push(request.headers.get(IDEMPOTENCY_HEADER));
      return HttpResponse.error();
    }, { once: true }));
    const backend = fastBackend();
    await expectBackendError(backend.startSetup({}), 'network');
    const status = await backend.startSetup({});
    expect(status.state).to.equal('configuring');
    const sent = server.log.filter((e) => e.operation === 'startSetup');
    expect(keys[0]).to.be.a('string').and.not.empty;
    expect(sent[0]!.idempotencyKey).to.equal(keys[0]);
    // Once it has succeeded, the next write is a new intent with a new key.
    await backend.startSetup({});
    expect(server.log.filter((e) => e.operation === 'startSetup')[1]!.idempotencyKey).to.not.equal(keys[0]);
  });

  it('replays a write whose key the server has seen instead of executing it again', async () => {
    const { server, worker } = await fakeServer();
    // The server executes the write, but the response is lost on the way back.
    worker.use(http.post(`${API}/projects/import/users`, async ({ request, params }) => {
      await server.respond('importUsers', request, params);
      return HttpResponse.error();
    }, { once: true }));
    const { backend, sessionId, items } = await oneNewcomer();
    await expectBackendError(backend.importUsers({ sessionId, items }), 'network');
    expect(server.db.stats.portalUsersCreated).to.equal(1);
    const { results } = await backend.importUsers({ sessionId, items });
    expect(results[0]!.outcome).to.equal('imported');
    expect(server.db.stats.replays).to.equal(1);
    expect(server.db.stats.portalUsersCreated).to.equal(1);
  });

  it('keeps the idempotency key of a write whose answer broke the contract: the server may have done it, so it is replayed', async () => {
    const { server, worker } = await fakeServer();
    // The server executes the write and answers 200, but with a body the contract does not allow.
    worker.use(http.post(`${API}/projects/import/users`, async ({ request, params }) => {
      await server.respond('importUsers', request, params);
      return HttpResponse.json({ results: 'not a list' });
    }, { once: true }));
    const { backend, sessionId, items } = await oneNewcomer();
    await expectBackendError(backend.importUsers({ sessionId, items }), 'unexpected-response');
    const { results } = await backend.importUsers({ sessionId, items });
    expect(results[0]!.outcome).to.equal('imported');
    const sent = server.log.filter((e) => e.operation === 'importUsers');
    expect(sent).to.have.length(2);
    expect(sent[1]!.idempotencyKey).to.equal(sent[0]!.idempotencyKey);
    expect(sent[1]!.replayed).to.equal(true);
    expect(server.db.stats.portalUsersCreated).to.equal(1);
  });

  it('keeps the ZSC key out of every URL', async () => {
    const { server } = await fakeServer();
    await fastBackend().lookupOtherPortals({ ...OTHER_PORTAL_OWNER });
    expect(server.log).to.have.length(1);
    expect(server.log[0]!.url).to.not.contain(OTHER_PORTAL_OWNER.zscKey);
  });
});
