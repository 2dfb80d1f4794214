/**
 * The one harness of the model-based tests: random command sequences run against a fresh model
 * and store, then a check that every command was verified and every path of the commands was
 * taken at least once (a model test that never reaches a path proves nothing about it).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Fault, MemoryBackend } from './model-backend.js';

/** What a model test checked: how many commands were verified, and how often each path was taken. */
export class Coverage {
  verified = 0;
  readonly seen = new Map<string, number>();
  readonly saw = (path: string): void => {
    this.seen.set(path, (this.seen.get(path) ?? 0) + 1);
  };
  reset(): void {
    this.verified = 0;
    this.seen.clear();
  }
}

/** A command that does one thing to the model and the store alike (and verifies them): no precondition. */
export class Step<M extends object, R> implements fc.AsyncCommand<M, R> {
  constructor(readonly label: string, readonly act: (m: M, r: R) => void | Promise<void>) {}
  check = (): boolean => true;
  async run(m: M, r: R): Promise<void> {
    await this.act(m, r);
  }
  toString = (): string => this.label;
}

export interface ModelCheck<M extends object, R, S> {
  runs: number;
  commands: fc.Arbitrary<Iterable<fc.AsyncCommand<M, R>>>;
  /** A scenario per run (say, which seed), handed to setup; none by default. */
  scenario?: fc.Arbitrary<S>;
  setup: (scenario: S) => Promise<{ model: M; real: R }>;
  coverage: Coverage;
  /** The paths each of which must be taken at least once over all runs. */
  paths: readonly string[];
}

/** Runs the sequences, then checks that each run verified its commands and every path was taken. */
export async function checkModel<M extends object, R, S = undefined>(check: ModelCheck<M, R, S>): Promise<void> {
  check.coverage.reset();
  const scenario = check.scenario ?? (fc.constant(undefined) as unknown as fc.Arbitrary<S>);
  await fc.assert(
    fc.asyncProperty(scenario, check.commands, async (s, cmds) => {
      await fc.asyncModelRun(() => check.setup(s), cmds);
    }),
    { numRuns: check.runs, includeErrorInReport: true },
  );
  expect(check.coverage.verified, 'commands checked against the model').to.be.greaterThan(check.runs);
  for (const path of check.paths) {
    expect(check.coverage.seen.get(path) ?? 0, `commands that took the path "${path}"`).to.be.greaterThan(0);
  }
}

/** What goes wrong with a save: mostly nothing; else it fails before the server, at it, or its answer is lost. */
export const saveFault: fc.Arbitrary<Fault | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom<Fault>('before', 'server', 'lost') },
);

/** How a save command reads in a counterexample: its fault and the edit made while it was on its way. */
export const saveLabel = (fault: Fault | null, thenEdit: string | null): string =>
  `save(${fault ?? 'ok'}${thenEdit ? `, then ${thenEdit}` : ''})`;

/** A model of a versioned document: what the server holds, and what the store believes is saved. */
export interface Versioned<D> {
  server: D & { version: number };
  base: D & { version: number };
}

/**
 * A save the server took: it holds `saved()` under the next version, and, unless the answer was
 * lost on its way back, the store knows it too.
 */
export function serverTook<D extends object>(m: Versioned<D>, saved: () => D, answered: boolean): void {
  m.server = { ...saved(), version: m.server.version + 1 };
  if (answered) m.base = { ...saved(), version: m.server.version };
}

/** Reads the document again with no fault injected: the read must succeed. */
export async function reloaded(r: { mb: MemoryBackend }, load: () => Promise<{ ok: boolean }>): Promise<void> {
  r.mb.faults.queue = [];
  expect((await load()).ok, 'the read again').to.equal(true);
}

/**
 * The command sequences of a model test, up to `maxCommands` long: each entry an arbitrary of
 * commands, or one command always the same (a `Step` with nothing to choose).
 */
export function commandsOf<M extends object, R>(
  maxCommands: number, ...entries: (fc.Arbitrary<fc.AsyncCommand<M, R>> | fc.AsyncCommand<M, R>)[]
): fc.Arbitrary<Iterable<fc.AsyncCommand<M, R>>> {
  const arbitraries = entries.map((e) => (e instanceof fc.Arbitrary ? e : fc.constant(e)));
  return fc.commands<M, R, false>(arbitraries, { maxCommands, size: 'max' });
}
