import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { IntegrationStore } from '../../src/store/integration-store.js';
import type { AppState } from '../../src/store/state.js';
import type { StoreError } from '../../src/store/errors.js';
import { API, fakeServer, fastBackend } from '../helpers.js';

describe('IntegrationStore', () => {
  it('loads the status: pending, then data, with immutable snapshots', async () => {
    await fakeServer('fresh');
    const store = new IntegrationStore(fastBackend());
    const seen: AppState[] = [];
    store.subscribe((s) => seen.push(s));
    const before = store.state;
    const pending = store.setup.load();
    expect(store.request('getStatus').pending).to.equal(true);
    const result = await pending;
    expect(result.ok).to.equal(true);
    expect(store.request('getStatus')).to.deep.equal({ pending: false, error: null });
    expect(store.state.setup.status?.state).to.equal('not-enabled');
    expect(before.setup.status).to.equal(null);
    expect(Object.isFrozen(store.state)).to.equal(true);
    expect(seen.length).to.be.greaterThan(1);
    // Slices that did not change keep their identity (consumers re-render only on theirs).
    expect(store.state.fieldMapping).to.equal(before.fieldMapping);
  });

  it('turns a failure into typed error state and tells error listeners', async () => {
    const { worker } = await fakeServer();
    worker.use(http.get(`${API}/crm/integration`, () => HttpResponse.json({ error: { code: 'x', message: 'no' } }, { status: 403 })));
    const store = new IntegrationStore(fastBackend({ readRetries: 0 }));
    const heard: StoreError[] = [];
    store.onError((e) => heard.push(e));
    const result = await store.setup.load();
    expect(result.ok).to.equal(false);
    expect(store.request('getStatus').error?.kind).to.equal('forbidden');
    expect(heard.map((e) => e.operation)).to.deep.equal(['getStatus']);
    expect(store.state.setup.status).to.equal(null);
  });

  it('sends one request for a double submit', async () => {
    const { server } = await fakeServer('fresh', { latencyMs: 50 });
    const store = new IntegrationStore(fastBackend());
    const [a, b] = await Promise.all([store.setup.startSetup(), store.setup.startSetup()]);
    expect(a).to.equal(b);
    expect(server.log.filter((e) => e.operation === 'startSetup')).to.have.length(1);
    expect(store.state.setup.status?.state).to.equal('configuring');
  });

  it('a read after a write does not take the answer of a read sent before it', async () => {
    const { server, worker } = await fakeServer('active');
    const store = new IntegrationStore(fastBackend());
    await store.setup.load();
    // The first clients read is held on its way until the write below has ended.
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    worker.use(http.get(`${API}/crm/clients`, async ({ request, params }) => {
      const answer = await server.respond('listClients', request, params);
      await held;
      return answer;
    }, { once: true }));
    const before = store.clientMapping.loadClients();
    expect(store.clientMapping.loadClients(), 'a read with no write since shares the one in flight').to.equal(before);
    const client = server.db.clients.find((c) => !c.accountId)!;
    const account = server.db.accounts.find((a) => !server.db.clients.some((c) => c.accountId === a.id))!;
    expect((await store.clientMapping.map(client.id, account.id)).ok).to.equal(true);
    const after = store.clientMapping.loadClients();
    expect(after, 'a read after the write does not share the earlier one').to.not.equal(before);
    release();
    expect((await after).ok).to.equal(true);
    expect(store.state.clientMapping.clients!.find((c) => c.id === client.id)!.accountId).to.equal(account.id);
    expect(server.log.filter((e) => e.operation === 'listClients')).to.have.length(2);
  });

  it('a write in flight is shared even when another write ended meanwhile (a double click sends one request)', async () => {
    const { server, worker } = await fakeServer('active');
    const store = new IntegrationStore(fastBackend());
    await store.setup.load();
    await store.clientMapping.loadClients();
    const [first, second] = server.db.clients.filter((c) => !c.accountId);
    const free = server.db.accounts.filter((a) => !server.db.clients.some((c) => c.accountId === a.id));
    // The first mapping is held on its way while a second one, for another client, ends.
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    worker.use(http.put(`${API}/crm/clients/:clientId/account`, async ({ request, params }) => {
      if (params['clientId'] === first!.id) await held;
      return server.respond('mapClient', request, params);
    }));
    const click = store.clientMapping.map(first!.id, free[0]!.id);
    const other = await store.clientMapping.map(second!.id, free[1]!.id);
    expect(other.ok, JSON.stringify(other)).to.equal(true);
    expect(store.clientMapping.map(first!.id, free[0]!.id), 'the second click').to.equal(click);
    release();
    const clicked = await click;
    expect(clicked.ok, JSON.stringify(clicked)).to.equal(true);
    expect(server.log.filter((e) => e.operation === 'mapClient')).to.have.length(2);
  });

  it('walks associate → field mapping → permissions → skip, refreshing the status after each save', async () => {
    const { server } = await fakeServer('fresh');
    const store = new IntegrationStore(fastBackend());
    await store.setup.load();
    await store.setup.startSetup();
    await store.setup.loadOwnPortals();
    const portal = store.state.setup.ownPortals![0]!;
    expect((await store.setup.associatePortal(portal.id, 'own')).ok).to.equal(true);
    expect(store.state.setup.status?.completedSteps).to.deep.equal(['portal']);
    await store.fieldMapping.load();
    expect((await store.fieldMapping.save(store.state.fieldMapping.doc!.mapping)).ok).to.equal(true);
    expect(store.state.setup.status?.completedSteps).to.include('fields');
    await store.permissions.load();
    const perms = store.state.permissions.doc!.profiles.map((p) => ({ profileId: p.profileId, permissions: p.permissions }));
    expect((await store.permissions.save(perms)).ok).to.equal(true);
    expect(store.state.permissions.lastSave?.alreadyExisting).to.be.a('number');
    const skipped = await store.clientMapping.skip();
    expect(skipped.ok).to.equal(true);
    expect(store.state.setup.status?.state).to.equal('active');
    expect(server.db.status.clientMapping).to.equal('skipped');
  });

  it('keeps the saved data when a save fails with a conflict', async () => {
    const { server } = await fakeServer('active');
    const store = new IntegrationStore(fastBackend());
    await store.fieldMapping.load();
    server.db.mappingVersion++; // someone else saved
    const result = await store.fieldMapping.save(store.state.fieldMapping.doc!.mapping);
    expect(result.ok).to.equal(false);
    expect(store.request('saveFieldMapping').error?.kind).to.equal('conflict');
    expect(store.state.fieldMapping.doc).to.not.equal(null);
  });

  it('reports an operation the host backend does not implement', async () => {
    const store = new IntegrationStore({ getStatus: async () => { throw new Error('boom'); } });
    const missing = await store.userImport.loadContext();
    expect(missing.ok).to.equal(false);
    if (!missing.ok) expect(missing.error.kind).to.equal('unsupported');
    const thrown = await store.setup.load();
    if (!thrown.ok) expect(thrown.error.kind).to.equal('server');
    expect(thrown.ok).to.equal(false);
  });

  it('deactivation clears what belonged to the old portal', async () => {
    await fakeServer('active');
    const store = new IntegrationStore(fastBackend());
    await Promise.all([store.setup.load(), store.fieldMapping.load(), store.permissions.load()]);
    expect(store.state.fieldMapping.doc).to.not.equal(null);
    await store.setup.deactivate();
    expect(store.state.setup.status?.state).to.equal('not-enabled');
    expect(store.state.fieldMapping.doc).to.equal(null);
    expect(store.state.permissions.doc).to.equal(null);
  });

  it('dispose() cancels requests in flight without reporting an error', async () => {
    await fakeServer('fresh', { latencyMs: 200 });
    const store = new IntegrationStore(fastBackend());
    const heard: StoreError[] = [];
    store.onError((e) => heard.push(e));
    const pending = store.setup.load();
    store.dispose();
    const result = await pending;
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('aborted');
    expect(heard).to.have.length(0);
    expect(store.request('getStatus').error).to.equal(null);
  });
});
