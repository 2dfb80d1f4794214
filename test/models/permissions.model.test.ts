/**
 * Model-based test of the permissions slice (500 random command sequences): set / row toggle /
 * column toggle / discard / save (also failing, losing its response, or with an edit made
 * while it is on its way) / reload, against a plain model of the implication rules,
 * the draft, what the store believes is saved and what the server holds.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { changedProfileIds, setsOf } from '../../src/store/slices/permissions.js';
import { PERMISSIONS, type Permission, type PermissionSet } from '../../src/schemas/entities.js';
import { seed } from '../../mocks/seed.js';
import { expectSame, memoryBackend, type Fault, type MemoryReal } from './model-backend.js';
import { checkModel, commandsOf, Coverage, saveFault, reloaded, saveLabel, serverTook, Step, type Versioned } from './model-run.js';

const RUNS = 500;
const MAX_COMMANDS = 25;
const PROFILES = 5;

type Sets = Record<string, PermissionSet>;

/** What the server holds and what the store believes is saved (its doc), versioned; and the draft. */
interface Model extends Versioned<{ sets: Sets }> {
  readonly ids: string[];
  draft: Sets;
}

type Real = MemoryReal;

// ---- the model: the rules written out plainly ----

const ACTIONS: readonly Permission[] = ['create', 'edit', 'delete'];
const NONE: PermissionSet = { tabVisibility: false, view: false, create: false, edit: false, delete: false };
const ALL: PermissionSet = { tabVisibility: true, view: true, create: true, edit: true, delete: true };

/** Create, Edit or Delete ⇒ View ⇒ Tab Visibility. */
function consistent(s: PermissionSet): boolean {
  return (!(s.create || s.edit || s.delete) || s.view) && (!s.view || s.tabVisibility);
}

function modelSet(s: PermissionSet, p: Permission, on: boolean): PermissionSet {
  if (on) {
    const needsView = p === 'view' || ACTIONS.includes(p);
    return { ...s, [p]: true, view: s.view || needsView, tabVisibility: true };
  }
  if (p === 'tabVisibility') return { ...NONE };
  if (p === 'view') return { ...s, view: false, create: false, edit: false, delete: false };
  return { ...s, [p]: false };
}

const same = (a: PermissionSet, b: PermissionSet) => PERMISSIONS.every((p) => a[p] === b[p]);
const copy = (sets: Sets): Sets => Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, { ...v }]));

// ---- edits: applied to the model and to the store alike ----

type Edit =
  | { kind: 'set'; profile: number; permission: Permission; on: boolean }
  | { kind: 'row'; profile: number }
  | { kind: 'column'; permission: Permission }
  | { kind: 'discard' };

function applyToModel(m: Model, e: Edit): void {
  const id = (i: number) => m.ids[i % m.ids.length]!;
  switch (e.kind) {
    case 'set':
      m.draft[id(e.profile)] = modelSet(m.draft[id(e.profile)]!, e.permission, e.on);
      break;
    case 'row': {
      const s = m.draft[id(e.profile)]!;
      m.draft[id(e.profile)] = same(s, ALL) ? { ...NONE } : { ...ALL };
      break;
    }
    case 'column': {
      const allOn = m.ids.every((i) => m.draft[i]![e.permission]);
      for (const i of m.ids) m.draft[i] = modelSet(m.draft[i]!, e.permission, !allOn);
      break;
    }
    case 'discard':
      m.draft = copy(m.base.sets);
  }
}

function applyToStore(r: Real, m: Model, e: Edit): void {
  const id = (i: number) => m.ids[i % m.ids.length]!;
  const actions = r.store.permissions;
  if (e.kind === 'set') actions.set(id(e.profile), e.permission, e.on);
  else if (e.kind === 'row') actions.toggleRow(id(e.profile));
  else if (e.kind === 'column') actions.toggleColumn(e.permission);
  else actions.discard();
}

const describeEdit = (e: Edit) =>
  e.kind === 'set' ? `set(${e.profile}, ${e.permission}, ${e.on})`
    : e.kind === 'row' ? `toggleRow(${e.profile})`
      : e.kind === 'column' ? `toggleColumn(${e.permission})` : 'discard()';

// ---- what must hold after every command ----

const coverage = new Coverage();
const { saw } = coverage;

function verify(m: Model, r: Real): void {
  coverage.verified++;
  const s = r.store.state.permissions;
  expect(s.draft, 'draft').to.not.equal(null);
  for (const id of m.ids) {
    expect(consistent(s.draft![id]!), `draft of ${id} keeps the implications: ${JSON.stringify(s.draft![id])}`).to.equal(true);
  }
  expectSame(s.draft, m.draft, 'draft');
  expectSame(setsOf(s.doc!), m.base.sets, 'what the store believes is saved');
  expect(s.doc!.version).to.equal(m.base.version);
  const db = r.mb.db;
  expectSame(setsOf({ profiles: db.profiles, version: 0 }), m.server.sets, 'what the server holds');
  expect(db.permissionsVersion).to.equal(m.server.version);
  const changed = m.ids.filter((id) => !same(m.draft[id]!, m.base.sets[id]!));
  expectSame(changedProfileIds(s), changed, 'changed profiles');
  for (const id of m.ids) expect(consistent(db.profiles.find((p) => p.profileId === id)!.permissions)).to.equal(true);
}

// ---- commands ----

const editStep = (e: Edit) => new Step<Model, Real>(describeEdit(e), (m, r) => {
  applyToStore(r, m, e);
  applyToModel(m, e);
  verify(m, r);
});

const saveStep = (fault: Fault | null, thenEdit: Edit | null) => new Step<Model, Real>(saveLabel(fault, thenEdit && describeEdit(thenEdit)), async (m, r) => {
  r.mb.faults.queue = fault ? [fault] : [];
  const sent = copy(m.draft);
  const pending = r.store.permissions.saveDraft();
  // An edit made while the save is on its way stays in the draft.
  if (thenEdit) {
    applyToStore(r, m, thenEdit);
    applyToModel(m, thenEdit);
  }
  const result = await pending;
  const canWrite = m.base.version === m.server.version;
  saw(!canWrite ? 'conflict' : fault ?? 'saved');
  if (thenEdit) saw('edited while saving');
  if (!canWrite) {
    expect(result.ok, 'a save over a stale version is refused').to.equal(false);
    if (!result.ok && fault !== 'before' && fault !== 'server') expect(result.error.kind).to.equal('conflict');
  } else {
    expect(result.ok, fault ? `save with fault ${fault}` : 'save').to.equal(!fault);
    // A lost response: the server saved, the store does not know it.
    if (fault !== 'before' && fault !== 'server') serverTook(m, () => ({ sets: copy(sent) }), !fault);
  }
  verify(m, r);
});

const loadStep = new Step<Model, Real>('load()', async (m, r) => {
  await reloaded(r, () => r.store.permissions.load());
  // Profiles the user changed keep the user's set; the others take the server's.
  const draft: Sets = {};
  for (const id of m.ids) {
    draft[id] = same(m.draft[id]!, m.base.sets[id]!) ? { ...m.server.sets[id]! } : m.draft[id]!;
  }
  m.draft = draft;
  m.base = { sets: copy(m.server.sets), version: m.server.version };
  verify(m, r);
});

const permission = fc.constantFrom(...PERMISSIONS);
const profile = fc.nat({ max: PROFILES - 1 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), profile, permission, on: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('row' as const), profile }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('column' as const), permission }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'discard' as const }) },
);
const commands = commandsOf<Model, Real>(MAX_COMMANDS,
  edit.map(editStep),
  fc.tuple(saveFault, fc.option(edit, { freq: 3 })).map(([f, e]) => saveStep(f, e)),
  loadStep,
);

async function setup(): Promise<{ model: Model; real: Real }> {
  const mb = memoryBackend(seed({ active: true, profiles: PROFILES }), ['savePermissions']);
  const store = new IntegrationStore(mb.backend);
  await store.setup.load();
  const loaded = await store.permissions.load();
  expect(loaded.ok).to.equal(true);
  const sets = setsOf(loaded.ok ? loaded.value : { profiles: [], version: 0 });
  const ids = mb.db.profiles.map((p) => p.profileId);
  const version = mb.db.permissionsVersion;
  return {
    model: { ids, server: { sets: copy(sets), version }, base: { sets: copy(sets), version }, draft: copy(sets) },
    real: { store, mb },
  };
}

describe(`model: profile permissions (${RUNS} runs)`, () => {
  it(`keeps the implications, the draft, the saved state and the server in line with the model over ${RUNS} runs of up to ${MAX_COMMANDS} commands`, async function () {
    this.timeout(30_000);
    await checkModel({
      runs: RUNS, commands, setup, coverage,
      paths: ['saved', 'conflict', 'before', 'server', 'lost', 'edited while saving'],
    });
  });

  it('the model itself: every single edit of a consistent set stays consistent', () => {
    fc.assert(fc.property(fc.record({
      tabVisibility: fc.boolean(), view: fc.boolean(), create: fc.boolean(), edit: fc.boolean(), delete: fc.boolean(),
    }).filter(consistent), permission, fc.boolean(), (s, p, on) => {
      const next = modelSet(s, p, on);
      return consistent(next) && next[p] === on;
    }), { numRuns: RUNS, includeErrorInReport: true });
  });
});
