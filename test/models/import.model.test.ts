/**
 * Model-based test of the user import (500 random command sequences): import (also with a
 * double click, or cancelled after its first batch) / repeat the last import / retry failed /
 * continue / close / look the users up again, with transient failures injected into the
 * import requests: dropped before the server, refused with a 503, or executed by the server
 * and then lost on the way back. The real `HttpBackend` (idempotency keys) talks in-process
 * to the fake server.
 *
 * Idempotency: no user is ever created twice; the users created are only ones requested
 * that were not in the portal and have an email; after the faults stop, exactly all of them are.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { commandsOf, Step } from './model-run.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import type { UserImportItem, UserImportResult } from '../../src/schemas/entities.js';
import { CRM_IMPORT_ACCOUNT } from '../../mocks/credentials.js';
import {
  expectSame, freshTask, httpBackendOver, type Fault, type FiredFault, type HttpModelBackend,
} from './model-backend.js';

const RUNS = 500;
const MAX_COMMANDS = 15;
const CREDENTIALS = { email: CRM_IMPORT_ACCOUNT.email, zscKey: CRM_IMPORT_ACCOUNT.zscKey };

interface Model {
  readonly users: readonly { id: string; hasEmail: boolean }[];
  /** In the portal before anything was imported. */
  readonly initialPortal: ReadonlySet<string>;
  readonly roles: readonly string[];
  readonly projects: readonly string[];
  /** Every user ever put in an import. */
  requested: Set<string>;
  last: { items: UserImportItem[]; batchSize: number } | null;
  /** What the server answered, per user, in responses that were lost, since the current import started. */
  lost: Map<string, UserImportResult>;
  hasRun: boolean;
}

interface Real {
  store: IntegrationStore;
  hb: HttpModelBackend;
}

const stats = { verified: 0, replayChecks: 0, cancels: 0, doubleClicks: 0, replays: 0, faults: new Map<Fault, number>() };

const eligible = (m: Model, id: string) => !m.initialPortal.has(id) && !!m.users.find((u) => u.id === id)?.hasEmail;
/** The one reason a user fails once the faults stop: no email, and not in the portal. */
const mustFail = (m: Model, id: string) => !m.initialPortal.has(id) && !m.users.find((u) => u.id === id)?.hasEmail;

// ---- running a command with faults injected into its import requests ----

async function withFaults<T>(r: Real, faults: readonly Fault[], action: () => Promise<T>): Promise<{ value: T; fired: FiredFault[] }> {
  await freshTask();
  const before = r.hb.faults.fired.length;
  r.hb.faults.queue = [...faults];
  try {
    const value = await action();
    return { value, fired: r.hb.faults.fired.slice(before) };
  } finally {
    r.hb.faults.queue = [];
  }
}

function recordLost(m: Model, fired: readonly FiredFault[]): void {
  for (const f of fired) {
    stats.faults.set(f.fault, (stats.faults.get(f.fault) ?? 0) + 1);
    if (f.fault !== 'lost' || !f.responseBody) continue;
    const { results } = JSON.parse(f.responseBody) as { results: UserImportResult[] };
    for (const res of results) m.lost.set(res.crmUserId, res);
  }
}

// ---- what must hold after every command ----

function verify(m: Model, r: Real): void {
  stats.verified++;
  const db = r.hb.server.db;
  const created = [...db.portalUsers.keys()].filter((id) => !m.initialPortal.has(id));
  expect(db.stats.portalUsersCreated, 'no user created twice').to.equal(created.length);
  for (const id of created) {
    expect(m.requested.has(id), `${id} created without being requested`).to.equal(true);
    expect(eligible(m, id), `${id} created though in the portal already or without email`).to.equal(true);
  }
  const ui = r.store.state.userImport;
  for (const [id, res] of ui.userResults) {
    if (res.outcome === 'failed') continue;
    expect(res.portalUserId, `portal user shown for ${id}`).to.equal(db.portalUsers.get(id));
    if (res.outcome === 'imported') expect(m.initialPortal.has(id), `${id} shown as imported though it was in the portal`).to.equal(false);
  }
  expect(ui.userRun !== null, 'an import is shown').to.equal(m.hasRun);
  const run = ui.userRun;
  if (run) {
    // Records without a result are exactly those a cancel left unsent, which "Continue" sends.
    expect(run.status, 'settled').to.be.oneOf(['done', 'cancelled']);
    expect(run.notSent, 'records not sent').to.equal(run.ids.filter((id) => !ui.userResults.has(id)).length);
  }
}

/** After a pass without faults: every user sent has a result, failed only for want of an email. */
function expectComplete(m: Model, r: Real, ids: readonly string[]): void {
  const results = r.store.state.userImport.userResults;
  for (const id of ids) {
    const res = results.get(id);
    expect(res, `result for ${id}`).to.not.equal(undefined);
    expect(res!.outcome === 'failed', `${id}: ${res!.outcome} (${res!.reason})`).to.equal(mustFail(m, id));
  }
}

// ---- commands ----

type Mode = 'plain' | 'double' | 'cancel';

class ImportCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly picks: readonly number[], readonly batchSize: number, readonly role: number,
    readonly project: number | null, readonly mode: Mode, readonly faults: readonly Fault[],
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const items: UserImportItem[] = this.picks.map((i) => ({
      crmUserId: m.users[i % m.users.length]!.id,
      roleId: m.roles[this.role % m.roles.length]!,
      projectId: this.project === null ? null : m.projects[this.project % m.projects.length]!,
    }));
    await runImport(m, r, items, this.batchSize, this.mode, this.faults);
  }
  toString = () => `import([${this.picks.join(',')}], batch ${this.batchSize}, ${this.mode}, faults [${this.faults.join(',')}])`;
}

async function runImport(m: Model, r: Real, items: UserImportItem[], batchSize: number, mode: Mode, faults: readonly Fault[]) {
  const actions = r.store.userImport;
  const { value: run, fired } = await withFaults(r, faults, () => {
    const pending = actions.importUsers(items, { batchSize });
    if (mode === 'double') {
      // A second click while the import runs joins it: nothing else is sent.
      stats.doubleClicks++;
      expect(actions.importUsers(items.slice(1), { batchSize: 1 })).to.equal(pending);
    }
    if (mode === 'cancel') {
      stats.cancels++;
      actions.cancelImport('users');
    }
    return pending;
  });
  m.lost = new Map();
  m.hasRun = true;
  m.last = { items, batchSize };
  for (const i of items) m.requested.add(i.crmUserId);
  recordLost(m, fired);
  const ids = items.map((i) => i.crmUserId);
  expect(run, 'the import').to.not.equal(null);
  expectSame(run!.ids, ids, 'ids of the import');
  // Cancelled while its first batch was on its way: that batch is answered, the rest left unsent.
  const cancelled = mode === 'cancel' && items.length > batchSize;
  expect(run!.status).to.equal(cancelled ? 'cancelled' : 'done');
  expect(run!.notSent).to.equal(cancelled ? items.length - batchSize : 0);
  if (!fired.length) expectComplete(m, r, cancelled ? ids.slice(0, batchSize) : ids);
  verify(m, r);
}

class RepeatCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly faults: readonly Fault[]) {}
  check = (m: Readonly<Model>) => m.last !== null;
  async run(m: Model, r: Real) {
    await runImport(m, r, m.last!.items, m.last!.batchSize, 'plain', this.faults);
  }
  toString = () => `repeatImport(faults [${this.faults.join(',')}])`;
}

const retryStep = (faults: readonly Fault[]) => new Step<Model, Real>(`retryFailed(faults [${faults.join(',')}])`, async (m, r) => {
  const { value: run, fired } = await withFaults(r, faults, () => r.store.userImport.retryFailed('users'));
  recordLost(m, fired);
  if (!m.hasRun) {
    expect(run, 'retry without an import').to.equal(null);
  } else if (!fired.length) {
    const results = r.store.state.userImport.userResults;
    expectComplete(m, r, run!.ids.filter((id) => results.has(id)));
    // A batch whose response was lost is sent again as it was: the server replays its answer.
    for (const [id, res] of m.lost) {
      stats.replayChecks++;
      expectSame(results.get(id), res, `result of ${id} after its lost response was replayed`);
    }
    m.lost.clear();
  }
  verify(m, r);
});

const continueStep = (faults: readonly Fault[]) => new Step<Model, Real>(`continueImport(faults [${faults.join(',')}])`, async (m, r) => {
  const { value: run, fired } = await withFaults(r, faults, () => r.store.userImport.continueImport('users'));
  recordLost(m, fired);
  if (m.hasRun && !fired.length) {
    expect(run!.notSent).to.equal(0);
    const results = r.store.state.userImport.userResults;
    for (const id of run!.ids) expect(results.has(id), `result for ${id} after continue`).to.equal(true);
  }
  verify(m, r);
});

const closeStep = new Step<Model, Real>('closeImport()', async (m, r) => {
  const results = r.store.state.userImport.userResults;
  r.store.userImport.closeImport('users');
  m.hasRun = false;
  m.lost = new Map();
  const db = r.hb.server.db;
  for (const u of r.store.state.userImport.users ?? []) {
    // Never shown in the portal when it is not; shown there once imported (or found existing).
    if (u.inPortal) expect(db.portalUsers.has(u.id), `${u.id} shown in the portal`).to.equal(true);
    const res = results.get(u.id);
    if (res && res.outcome !== 'failed') expect(u.inPortal, `${u.id} ${res.outcome}, shown in the portal`).to.equal(true);
  }
  verify(m, r);
});

const lookupStep = new Step<Model, Real>('lookupUsers()', async (m, r) => {
  const result = await r.store.userImport.lookupUsers(CREDENTIALS);
  expect(result.ok, 'lookup').to.equal(true);
  m.hasRun = false;
  m.lost = new Map();
  const db = r.hb.server.db;
  for (const u of r.store.state.userImport.users ?? []) expect(u.inPortal, `${u.id} in the portal`).to.equal(db.portalUsers.has(u.id));
  verify(m, r);
});

const faults = fc.oneof(
  { weight: 3, arbitrary: fc.constant([] as Fault[]) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom<Fault>('before', 'server', 'lost', 'lost'), { minLength: 1, maxLength: 3 }) },
);
const mode = fc.constantFrom<Mode>('plain', 'plain', 'double', 'cancel');
const commands = commandsOf<Model, Real>(MAX_COMMANDS,
  fc.tuple(
    fc.uniqueArray(fc.nat({ max: 24 }), { minLength: 1, maxLength: 10 }), fc.integer({ min: 2, max: 6 }),
    fc.nat({ max: 3 }), fc.option(fc.nat({ max: 5 })), mode, faults,
  ).map(([p, b, role, project, md, f]) => new ImportCommand(p, b, role, project, md, f)),
  faults.map((f) => new RepeatCommand(f)),
  faults.map(retryStep),
  faults.map(retryStep),
  faults.map(continueStep),
  closeStep, lookupStep,
);

async function setup(): Promise<{ model: Model; real: Real }> {
  const hb = httpBackendOver({}, ['importUsers']);
  const store = new IntegrationStore(hb.backend);
  const context = await store.userImport.loadContext();
  const lookup = await store.userImport.lookupUsers(CREDENTIALS);
  if (!context.ok || !lookup.ok) throw new Error('setup failed');
  const db = hb.server.db;
  return {
    model: {
      users: lookup.value.users.map((u) => ({ id: u.id, hasEmail: !!u.email })),
      initialPortal: new Set(db.portalUsers.keys()),
      roles: context.value.roles.map((x) => x.id),
      projects: context.value.projects.map((x) => x.id),
      requested: new Set(),
      last: null,
      lost: new Map(),
      hasRun: false,
    },
    real: { store, hb },
  };
}

/** Once the faults stop, the store's own buttons finish the current import, and importing everything requested again creates the rest. */
async function drain(m: Model, r: Real): Promise<void> {
  r.hb.faults.queue = [];
  const actions = r.store.userImport;
  const db = r.hb.server.db;
  if (m.hasRun) {
    await actions.continueImport('users');
    const run = await actions.retryFailed('users');
    for (const id of run!.ids) if (eligible(m, id)) expect(db.portalUsers.has(id), `${id} imported after retrying`).to.equal(true);
    expectComplete(m, r, run!.ids);
  }
  actions.closeImport('users');
  const all = [...m.requested].map((crmUserId) => ({ crmUserId, roleId: m.roles[0]!, projectId: null }));
  if (all.length) expect((await actions.importUsers(all))!.status).to.equal('done');
  const expected = [...m.requested].filter((id) => eligible(m, id));
  expect(db.stats.portalUsersCreated, 'portal users created: the distinct eligible users requested').to.equal(expected.length);
  for (const id of expected) expect(db.portalUsers.has(id), `${id} in the portal`).to.equal(true);
  stats.replays += db.stats.replays;
}

describe(`model: user import (${RUNS} runs)`, () => {
  it(`creates each requested user once, whatever fails, over ${RUNS} runs of up to ${MAX_COMMANDS} commands`, async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        let state: { model: Model; real: Real } | undefined;
        await fc.asyncModelRun(async () => (state = await setup()), cmds);
        await drain(state!.model, state!.real);
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    expect(stats.verified, 'commands checked against the model').to.be.greaterThan(RUNS);
    // Every kind of fault happened, lost responses were replayed and checked, cancels and double clicks ran.
    for (const f of ['before', 'server', 'lost'] as const) expect(stats.faults.get(f) ?? 0, `${f} faults`).to.be.greaterThan(0);
    expect(stats.replays, 'idempotent replays').to.be.greaterThan(0);
    expect(stats.replayChecks, 'replayed results checked').to.be.greaterThan(0);
    expect(stats.cancels).to.be.greaterThan(0);
    expect(stats.doubleClicks).to.be.greaterThan(0);
  });
});
