/**
 * Model-based test of the field-mapping slice (500 random command sequences): choose (a
 * compatible, any, unknown or no CRM field) / accept one or all suggestions / dismiss them /
 * discard / save (also failing, losing its response, or with an edit made while it is on
 * its way) / reload, against a plain model of the draft, the saved mapping and the server,
 * with the mapping checks (required, unknown, incompatible, duplicates) written out plainly.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { changedFieldIds, entriesOf } from '../../src/store/slices/field-mapping.js';
import { checkMapping, isCompatible } from '../../src/rules/field-compatibility.js';
import type { CrmField, CrmModule, ProjectsField } from '../../src/schemas/entities.js';
import { seed } from '../../mocks/seed.js';
import { expectSame, memoryBackend, type Fault, type MemoryReal } from './model-backend.js';
import { checkModel, commandsOf, Coverage, saveFault, reloaded, saveLabel, serverTook, Step, type Versioned } from './model-run.js';

const RUNS = 500;
const MAX_COMMANDS = 25;
const MODULES: readonly CrmModule[] = ['deals', 'accounts'];
const UNKNOWN_FIELD = 'No_Such_Field';

interface Pair { deals: string | null; accounts: string | null }
type Entries = Record<string, Pair>;

/** The server's and the store's saved mapping as versioned entries, and the draft. */
interface Model extends Versioned<{ entries: Entries }> {
  readonly fields: readonly ProjectsField[];
  readonly crm: Readonly<Record<CrmModule, readonly CrmField[]>>;
  draft: Entries;
}

type Real = MemoryReal;

const copy = (e: Entries): Entries => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, { ...v }]));

// ---- the model's checks, written out plainly ----

type Kind = 'required' | 'unknown' | 'incompatible' | 'duplicate';

/** Problem kind per "fieldId/module" cell. */
function modelProblems(m: Model, entries: Entries): Map<string, Kind> {
  const out = new Map<string, Kind>();
  for (const module of MODULES) {
    const users = new Map<string, string[]>();
    for (const f of m.fields) {
      const chosen = entries[f.id]?.[module] ?? null;
      const crm = chosen ? m.crm[module].find((c) => c.id === chosen) : undefined;
      if (!chosen) {
        if (f.required) out.set(`${f.id}/${module}`, 'required');
      } else if (!crm) out.set(`${f.id}/${module}`, 'unknown');
      else if (!isCompatible(f.type, crm.type)) out.set(`${f.id}/${module}`, 'incompatible');
      else users.set(chosen, [...(users.get(chosen) ?? []), f.id]);
    }
    for (const ids of users.values()) if (ids.length > 1) for (const id of ids) out.set(`${id}/${module}`, 'duplicate');
  }
  return out;
}

/** Fields whose choices the server must refuse (required missing, unknown or incompatible field). */
function refusedFields(m: Model, entries: Entries): string[] {
  const problems = modelProblems(m, entries);
  return m.fields.filter((f) => MODULES.some((mod) => {
    const k = problems.get(`${f.id}/${mod}`);
    return k && k !== 'duplicate';
  })).map((f) => f.id);
}

// ---- edits: applied to the model and to the store alike ----

type Choice = { kind: 'compatible'; n: number } | { kind: 'any'; n: number } | { kind: 'none' } | { kind: 'unknown' };
type Edit =
  | { kind: 'choose'; field: number; module: CrmModule; choice: Choice }
  | { kind: 'accept'; field: number }
  | { kind: 'acceptAll' }
  | { kind: 'dismiss' }
  | { kind: 'discard' };

function crmIdFor(m: Model, field: ProjectsField, module: CrmModule, choice: Choice): string | null {
  if (choice.kind === 'none') return null;
  if (choice.kind === 'unknown') return UNKNOWN_FIELD;
  const pool = choice.kind === 'any' ? m.crm[module] : m.crm[module].filter((c) => isCompatible(field.type, c.type));
  return pool.length ? pool[choice.n % pool.length]!.id : null;
}

/** Applies an edit to the store and the model. Suggestions are what the store shows at that moment. */
function applyEdit(m: Model, r: Real, e: Edit): void {
  const fm = r.store.fieldMapping;
  const suggestions = r.store.state.fieldMapping.suggestions ?? {};
  const fill = (id: string) => {
    const s = suggestions[id];
    if (!s) return;
    const d = m.draft[id]!;
    m.draft[id] = { deals: d.deals ?? s.deals ?? null, accounts: d.accounts ?? s.accounts ?? null };
  };
  switch (e.kind) {
    case 'choose': {
      const field = m.fields[e.field % m.fields.length]!;
      const id = crmIdFor(m, field, e.module, e.choice);
      fm.choose(field.id, e.module, id);
      m.draft[field.id] = { ...m.draft[field.id]!, [e.module]: id };
      break;
    }
    case 'accept': {
      const id = m.fields[e.field % m.fields.length]!.id;
      fm.acceptSuggestion(id);
      fill(id);
      break;
    }
    case 'acceptAll':
      fm.acceptAllSuggestions();
      for (const id of Object.keys(suggestions)) fill(id);
      break;
    case 'dismiss':
      fm.dismissSuggestions();
      break;
    case 'discard':
      fm.discard();
      m.draft = copy(m.base.entries);
  }
}

const describeEdit = (e: Edit) => JSON.stringify(e);

// ---- what must hold after every command ----

const coverage = new Coverage();
const { saw } = coverage;

function verify(m: Model, r: Real): void {
  coverage.verified++;
  const s = r.store.state.fieldMapping;
  expectSame(s.draft, m.draft, 'draft');
  expectSame(entriesOf(s.doc!), m.base.entries, 'what the store believes is saved');
  expect(s.doc!.version).to.equal(m.base.version);
  const db = r.mb.db;
  expectSame(entriesOf({ ...s.doc!, mapping: db.mapping }), m.server.entries, 'what the server holds');
  expect(db.mappingVersion).to.equal(m.server.version);
  expectSame([...changedFieldIds(s)].sort(), m.fields.map((f) => f.id).filter((id) => {
      const a = m.draft[id]!;
      const b = m.base.entries[id]!;
      return a.deals !== b.deals || a.accounts !== b.accounts;
    }).sort(), 'changed fields');

  // Every problem of the draft is reported, and only those: nothing incompatible is held silently,
  // duplicates are flagged exactly when the model has them.
  const check = checkMapping(m.fields, m.crm, s.draft!);
  const expected = modelProblems(m, m.draft);
  const reported = new Map<string, Kind>();
  for (const [id, row] of check.problems) for (const mod of MODULES) if (row[mod]) reported.set(`${id}/${mod}`, row[mod]!.kind);
  expectSame(Object.fromEntries(reported), Object.fromEntries(expected), 'problems per cell');
  expectSame(
    check.blocking.map((b) => `${b.projectsFieldId}/${b.module}:${b.problem.kind}`),
    m.fields.flatMap((f) => MODULES.map((mod) => [`${f.id}/${mod}`, expected.get(`${f.id}/${mod}`)] as const))
      .filter(([, k]) => k && k !== 'duplicate').map(([cell, k]) => `${cell}:${k}`),
    'blocking problems',
  );
  const dupRows = m.fields.filter((f) => MODULES.some((mod) => expected.get(`${f.id}/${mod}`) === 'duplicate')).length;
  expect(check.duplicateRows).to.equal(dupRows);

  // Suggestions only for empty cells, only of existing, compatible CRM fields, never one twice in a column.
  for (const module of MODULES) {
    const suggested = new Set<string>();
    for (const [id, sug] of Object.entries(s.suggestions ?? {})) {
      const crmId = sug[module];
      if (!crmId) continue;
      const field = m.fields.find((f) => f.id === id)!;
      const crm = m.crm[module].find((c) => c.id === crmId);
      expect(m.draft[id]![module], `suggestion for a filled cell ${id}/${module}`).to.equal(null);
      expect(crm && isCompatible(field.type, crm.type), `suggestion ${crmId} for ${id}`).to.equal(true);
      expect(suggested.has(crmId), `${crmId} suggested twice for ${module}`).to.equal(false);
      const chosenBy = m.fields.find((f) => m.draft[f.id]![module] === crmId);
      expect(chosenBy?.id, `${crmId} suggested for ${id} though chosen for ${chosenBy?.id} (${module})`).to.equal(undefined);
      suggested.add(crmId);
    }
  }
}

// ---- commands ----

const editStep = (e: Edit) => new Step<Model, Real>(describeEdit(e), (m, r) => {
  applyEdit(m, r, e);
  verify(m, r);
});

const saveStep = (fault: Fault | null, thenEdit: Edit | null) => new Step<Model, Real>(saveLabel(fault, thenEdit && describeEdit(thenEdit)), async (m, r) => {
  r.mb.faults.queue = fault ? [fault] : [];
  const sent = copy(m.draft);
  const refused = refusedFields(m, sent);
  const pending = r.store.fieldMapping.saveDraft();
  if (thenEdit) applyEdit(m, r, thenEdit);
  const result = await pending;
  const canWrite = m.base.version === m.server.version;
  saw(fault === 'before' || fault === 'server' ? fault : !canWrite ? 'conflict' : refused.length ? 'refused' : fault ?? 'saved');
  if (refused.some((id) => m.fields.find((f) => f.id === id)?.required && MODULES.some((mod) => !sent[id]![mod]))) saw('required missing');
  if (thenEdit) saw('edited while saving');
  if (fault === 'before' || fault === 'server') {
    expect(result.ok, `save with fault ${fault}`).to.equal(false);
  } else if (!canWrite) {
    expect(result.ok, 'a save over a stale version is refused').to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('conflict');
  } else if (refused.length) {
    // Refused exactly when the model says so, naming exactly the fields the model names.
    expect(result.ok, `save refused for ${refused.join(', ')}`).to.equal(false);
    if (!result.ok) {
      expect(result.error.kind).to.equal('invalid-input');
      expectSame(Object.keys(result.error.fieldErrors).sort(), [...refused].sort());
    }
  } else {
    expect(result.ok, fault ? 'save whose response was lost' : 'save').to.equal(!fault);
    serverTook(m, () => ({ entries: copy(sent) }), !fault);
  }
  verify(m, r);
});

const loadStep = new Step<Model, Real>('load()', async (m, r) => {
  await reloaded(r, () => r.store.fieldMapping.load());
  // Cells the user changed keep the user's choice; the others take the server's.
  const draft: Entries = {};
  for (const f of m.fields) {
    const mine = m.draft[f.id]!;
    const was = m.base.entries[f.id]!;
    const server = m.server.entries[f.id]!;
    draft[f.id] = {
      deals: mine.deals !== was.deals ? mine.deals : server.deals,
      accounts: mine.accounts !== was.accounts ? mine.accounts : server.accounts,
    };
  }
  m.draft = draft;
  m.base = { entries: copy(m.server.entries), version: m.server.version };
  verify(m, r);
});

const fieldIndex = fc.nat({ max: 40 });
const choice: fc.Arbitrary<Choice> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('compatible' as const), n: fc.nat({ max: 20 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('any' as const), n: fc.nat({ max: 20 }) }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unknown' as const }) },
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('choose' as const), field: fieldIndex, module: fc.constantFrom(...MODULES), choice }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('accept' as const), field: fieldIndex }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'acceptAll' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'dismiss' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'discard' as const }) },
);
const commands = commandsOf<Model, Real>(MAX_COMMANDS,
  edit.map(editStep),
  edit.map(editStep),
  fc.tuple(saveFault, fc.option(edit, { freq: 3 })).map(([f, e]) => saveStep(f, e)),
  loadStep,
);

/** `recordPages`: a fuller saved mapping, and a required field that is not mapped yet. */
async function setup(recordPages: boolean): Promise<{ model: Model; real: Real }> {
  const mb = memoryBackend(seed({ active: true, recordPages }), ['saveFieldMapping']);
  const store = new IntegrationStore(mb.backend);
  await store.setup.load();
  const loaded = await store.fieldMapping.load();
  if (!loaded.ok) throw new Error('load failed');
  const doc = loaded.value;
  const entries = entriesOf(doc) as Entries;
  return {
    model: {
      fields: doc.projectsFields, crm: doc.crmFields,
      server: { entries: copy(entries), version: doc.version },
      base: { entries: copy(entries), version: doc.version },
      draft: copy(entries),
    },
    real: { store, mb },
  };
}

describe(`model: field mapping (${RUNS} runs)`, () => {
  it(`reports every problem, refuses exactly what the model refuses and saves the draft, over ${RUNS} runs of up to ${MAX_COMMANDS} commands`, async function () {
    this.timeout(30_000);
    await checkModel({
      runs: RUNS, commands, setup, coverage, scenario: fc.boolean(),
      paths: ['saved', 'refused', 'required missing', 'conflict', 'before', 'server', 'lost', 'edited while saving'],
    });
  });
});
