/**
 * Model-based test of the client-mapping slice (500 random command sequences): map / unmap /
 * double-click map / preview / run / skip / reload, against a plain model of which client
 * is mapped to which account, the one-time automatic mapping (exact names) and its state.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IntegrationStore } from '../../src/store/integration-store.js';
import type { ClientMappingReport } from '../../src/schemas/entities.js';
import { seed } from '../../mocks/seed.js';
import { expectSame, memoryBackend, type MemoryReal } from './model-backend.js';
import { checkModel, commandsOf, Coverage, Step } from './model-run.js';

const RUNS = 500;
const MAX_COMMANDS = 25;

type Auto = 'pending' | 'done' | 'skipped';

interface Model {
  readonly clients: readonly { id: string; name: string }[];
  readonly accounts: readonly { id: string; name: string }[];
  /** Client id → account id. */
  links: Record<string, string | null>;
  auto: Auto;
  previewShown: boolean;
  reportShown: boolean;
}

type Real = MemoryReal;

const coverage = new Coverage();
const { saw } = coverage;

// ---- the model of the one-time automatic mapping: exact names, one client per account ----

const exact = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

function autoPlan(m: Model): { clientId: string; outcome: string; accountId: string | null }[] {
  const taken = new Set(Object.values(m.links).filter((a): a is string => !!a));
  return m.clients.map((c) => {
    const linked = m.links[c.id];
    if (linked) return { clientId: c.id, outcome: 'already-mapped', accountId: linked };
    const candidates = m.accounts.filter((a) => exact(a.name) === exact(c.name));
    if (candidates.length > 1) return { clientId: c.id, outcome: 'multiple-matches', accountId: null };
    const only = candidates[0];
    if (!only || taken.has(only.id)) return { clientId: c.id, outcome: 'no-match', accountId: null };
    taken.add(only.id);
    return { clientId: c.id, outcome: 'mapped', accountId: only.id };
  });
}

function expectReport(report: ClientMappingReport | null, m: Model, dryRun: boolean): void {
  expect(report, 'report').to.not.equal(null);
  const plan = autoPlan(m);
  expect(report!.dryRun).to.equal(dryRun);
  expectSame(report!.rows.map((r) => ({ clientId: r.clientId, outcome: r.outcome, accountId: r.accountId })), plan, 'report rows');
  expect(report!.mappedCount).to.equal(plan.filter((p) => p.outcome === 'mapped').length);
}

// ---- what must hold after every command ----

function verify(m: Model, r: Real): void {
  coverage.verified++;
  const s = r.store.state.clientMapping;
  const storeLinks = Object.fromEntries((s.clients ?? []).map((c) => [c.id, c.accountId]));
  expectSame(storeLinks, m.links, "the store's clients");
  const serverLinks = Object.fromEntries(r.mb.db.clients.map((c) => [c.id, c.accountId]));
  expectSame(serverLinks, m.links, "the server's clients");
  // An account is never mapped to two clients, in the store or on the server.
  for (const links of [storeLinks, serverLinks]) {
    const accounts = Object.values(links).filter((a) => a);
    expect(new Set(accounts).size, `accounts mapped twice: ${accounts.join(', ')}`).to.equal(accounts.length);
  }
  expect(r.mb.db.status.clientMapping).to.equal(m.auto);
  expect(r.store.state.setup.status?.clientMapping, "the store's status").to.equal(m.auto);
  expect(s.preview !== null, 'preview shown').to.equal(m.previewShown);
  expect(s.report !== null, 'report shown').to.equal(m.reportShown);
}

// ---- commands ----

const clientOf = (m: Model, i: number) => m.clients[i % m.clients.length]!;
const accountOf = (m: Model, i: number) => m.accounts[i % m.accounts.length]!;

const mapStep = (clientIndex: number, accountIndex: number, doubleClick: boolean) => new Step<Model, Real>(`map(${clientIndex}, ${accountIndex}${doubleClick ? ', double click' : ''})`, async (m, r) => {
  const client = clientOf(m, clientIndex);
  const account = accountOf(m, accountIndex);
  const before = r.mb.calls.length;
  const [result, again] = await Promise.all([
    r.store.clientMapping.map(client.id, account.id),
    doubleClick ? r.store.clientMapping.map(client.id, account.id) : undefined,
  ]);
  expect(r.mb.calls.length - before, 'one request, even for a double click').to.equal(1);
  if (again) expect(again).to.equal(result);
  const other = m.clients.find((c) => c.id !== client.id && m.links[c.id] === account.id);
  if (other) {
    saw('map refused');
    expect(result.ok, `${account.id} is mapped to ${other.id} already`).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('conflict');
  } else {
    saw('map');
    expect(result.ok, 'map').to.equal(true);
    m.links[client.id] = account.id;
  }
  verify(m, r);
});

const unmapStep = (clientIndex: number) => new Step<Model, Real>(`unmap(${clientIndex})`, async (m, r) => {
  const client = clientOf(m, clientIndex);
  const result = await r.store.clientMapping.unmap(client.id);
  expect(result.ok, 'unmap').to.equal(true);
  m.links[client.id] = null;
  verify(m, r);
});

const previewStep = new Step<Model, Real>('preview()', async (m, r) => {
  const result = await r.store.clientMapping.preview();
  if (m.auto === 'pending') {
    saw('preview');
    expect(result.ok, 'preview').to.equal(true);
    expectReport(r.store.state.clientMapping.preview, m, true);
    m.previewShown = true;
  } else {
    saw('preview refused');
    expect(result.ok, `preview after the automatic mapping was ${m.auto}`).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('conflict');
  }
  verify(m, r);
});

const runStep = new Step<Model, Real>('run()', async (m, r) => {
  const reportBefore = r.store.state.clientMapping.report;
  const result = await r.store.clientMapping.run();
  if (m.auto === 'pending') {
    saw('run');
    expect(result.ok, 'run').to.equal(true);
    expectReport(r.store.state.clientMapping.report, m, false);
    for (const p of autoPlan(m)) if (p.outcome === 'mapped') m.links[p.clientId] = p.accountId;
    m.auto = 'done';
    m.previewShown = false;
    m.reportShown = true;
  } else {
    // The one-time rule: after a run or a skip, running again is refused and changes nothing.
    saw(`run refused after ${m.auto}`);
    expect(result.ok, `run after the automatic mapping was ${m.auto}`).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('conflict');
    expect(r.store.state.clientMapping.report).to.equal(reportBefore);
  }
  verify(m, r);
});

const skipStep = new Step<Model, Real>('skip()', async (m, r) => {
  const result = await r.store.clientMapping.skip();
  if (m.auto !== 'done') {
    saw('skip');
    expect(result.ok, 'skip').to.equal(true);
    m.auto = 'skipped';
    m.previewShown = false;
  } else {
    saw('skip refused');
    expect(result.ok, 'skip after the automatic mapping was done').to.equal(false);
  }
  verify(m, r);
});

const reloadStep = new Step<Model, Real>('loadClients()', async (m, r) => {
  expect((await r.store.clientMapping.loadClients()).ok).to.equal(true);
  verify(m, r);
});

const index = fc.nat({ max: 40 });
const commands = commandsOf<Model, Real>(MAX_COMMANDS,
  fc.tuple(index, index, fc.boolean()).map(([c, a, d]) => mapStep(c, a, d)),
  fc.tuple(index, index, fc.constant(false)).map(([c, a, d]) => mapStep(c, a, d)),
  index.map(unmapStep),
  previewStep, runStep, skipStep, reloadStep,
);

async function setup(): Promise<{ model: Model; real: Real }> {
  const mb = memoryBackend(seed({ active: true, clientMapping: 'pending' }));
  const store = new IntegrationStore(mb.backend);
  await store.setup.load();
  await store.clientMapping.ensureLoaded();
  const { clients, accounts } = store.state.clientMapping;
  if (!clients || !accounts) throw new Error('clients and accounts did not load');
  return {
    model: {
      clients: clients.map(({ id, name }) => ({ id, name })),
      accounts: accounts.map(({ id, name }) => ({ id, name })),
      links: Object.fromEntries(clients.map((c) => [c.id, c.accountId])),
      auto: 'pending',
      previewShown: false,
      reportShown: false,
    },
    real: { store, mb },
  };
}

describe(`model: client mapping (${RUNS} runs)`, () => {
  it(`keeps clients, accounts and the one-time rule in line with the model over ${RUNS} runs of up to ${MAX_COMMANDS} commands`, async function () {
    this.timeout(30_000);
    await checkModel({
      runs: RUNS, commands, setup, coverage,
      paths: ['map', 'map refused', 'preview', 'preview refused', 'run', 'run refused after done', 'run refused after skipped', 'skip', 'skip refused'],
    });
  });
});
