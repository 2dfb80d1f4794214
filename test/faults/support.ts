/**
 * Fault injection helpers shared by test/faults/*.test.ts: a fake server under one of the fault
 * scenarios (flaky, slow, malformed) over the data an element needs, a backend with short time
 * limits so the tests stay fast, a way to clear the fault, and a walk through a flow that presses
 * "Retry" (or "Reload") on every failure the element shows, checking nothing typed is lost.
 */
import { expect, fixture } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { FakeServer, breakContract } from '../../mocks/fake-server.js';
import { seed, type SeedOptions } from '../../mocks/seed.js';
import type { OperationName } from '../../src/schemas/contract.js';
import { API, fakeServer, fastBackend } from '../helpers.js';

export type FaultScenario = 'flaky' | 'slow' | 'malformed';
/** A fault scenario, or a healthy server for a test that injects its fault with `worker.use(...)`. */
export type Setting = FaultScenario | 'healthy';

/**
 * The backend's per-attempt time limit in these tests, in ms. Short, so the tests stay fast, but
 * far above a healthy answer: with two test pages sharing one MSW service worker on two cores, a
 * CI run once met ten timeouts in a row at 200 ms where only every 7th request hangs. One second
 * leaves room for a busy machine; only the faults below go past it.
 */
export const TIMEOUT_MS = 1_000;
/** How long the flaky scenario's "hang" fault holds a request: past the time limit. */
export const HANG_MS = 1_300;
/** Latency of the slow scenario here (its own 2 s, scaled down): past the time limit too. */
export const SLOW_MS = 1_500;

export interface Faulty {
  server: FakeServer;
  worker: SetupWorker;
  /**
   * The fault clears: a healthy server (no faults, no latency) answers from now on, over the same
   * data and request log. Per-test overrides (`worker.use`) are dropped with the faulty handlers.
   */
  heal: () => FakeServer;
}

/**
 * A fresh fake server under a fault scenario (or healthy). The fault scenarios all start like
 * "fresh"; `data` seeds another starting state (e.g. `{ active: true }`) under the same faults.
 */
export async function faulty(scenario: Setting, data?: SeedOptions): Promise<Faulty> {
  const { server, worker } = scenario === 'healthy'
    ? await fakeServer('fresh')
    : await fakeServer(scenario, { hangMs: HANG_MS, ...(scenario === 'slow' ? { latencyMs: SLOW_MS } : {}) });
  if (data) Object.assign(server.db, seed(data));
  return { server, worker, heal: () => heal(server, worker) };
}

/**
 * `<tag>` with `attrs`, talking to a faulty server (`faulty(scenario, data)`) through
 * `faultBackend(scenario)`, and the `zp-error` events it fires.
 */
export async function mountFaulty<E extends HTMLElement>(
  tag: string, scenario: Setting, data?: SeedOptions, attrs: Readonly<Record<string, string>> = {},
): Promise<Faulty & { el: E; errors: CustomEvent[] }> {
  const fault = await faulty(scenario, data);
  const el = document.createElement(tag) as E & { backend?: unknown };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.backend = faultBackend(scenario);
  const errors: CustomEvent[] = [];
  el.addEventListener('zp-error', (e) => errors.push(e as CustomEvent));
  await fixture(el);
  return { el, errors, ...fault };
}

export function heal(server: FakeServer, worker: SetupWorker): FakeServer {
  const healthy = healthyTwin(server);
  worker.resetHandlers(...healthy.handlers(API));
  return healthy;
}

/** A fake server without faults or latency over the same data and request log (to heal one route with `worker.use`). */
export function healthyTwin(server: FakeServer): FakeServer {
  return Object.assign(new FakeServer('fresh', { latencyMs: 0 }), { db: server.db, log: server.log });
}

/**
 * A backend that does not retry reads by itself, so every fault reaches the element. Under the
 * timing faults (flaky, slow) it gives up after {@link TIMEOUT_MS}; elsewhere it keeps the usual
 * limit, so a busy test machine cannot turn the fault a test expects into a timeout.
 */
export const faultBackend = (scenario: Setting) =>
  fastBackend({ readRetries: 0, ...(scenario === 'flaky' || scenario === 'slow' ? { timeoutMs: TIMEOUT_MS } : {}) });

/** An answer that breaks the contract, for one operation, after the fake server did the work (as a buggy backend would). */
export function brokenAnswer(server: FakeServer, operation: OperationName) {
  return async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
    const response = await server.respond(operation, request, params);
    if (!response.ok) return response;
    return Response.json(breakContract(await response.json()));
  };
}

/** Lets the requests the element gave up on (hung or slow) reach the server and be done or replayed there. */
export const lateRequests = () => sleep(Math.max(HANG_MS, SLOW_MS) + 100);

export const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Buttons that recover from a failure: "Retry", "Reload" (changed elsewhere, 409), "Retry failed" (an import). */
const RECOVER = /^(Retry|Reload|Retry failed)$/;

export interface Failure {
  /** The failure's message as shown. */
  message: string;
  /** The button that recovered: "Retry", "Reload" or "Retry failed". */
  action: string;
}

/** A shadow root and those of the elements it hosts (e.g. `<field-mapper>` inside `<zoho-projects-setup>`). */
function rootsOf(root: ShadowRoot): ShadowRoot[] {
  const nested = [...root.querySelectorAll('*')].map((e) => e.shadowRoot).filter((r): r is ShadowRoot => !!r);
  return [root, ...nested.flatMap(rootsOf)];
}

function recoverButton(root: ShadowRoot): HTMLButtonElement | null {
  for (const r of rootsOf(root)) {
    const found = [...r.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => RECOVER.test(norm(b.textContent)) && b.getAttribute('aria-disabled') !== 'true' && !b.disabled);
    if (found) return found;
  }
  return null;
}

function messageOf(button: HTMLElement): string {
  const notice = button.closest('[part="error"], [role="alert"], .notice');
  if (notice) return norm(notice.textContent);
  // "Retry failed" sits next to the results; the reason is in the results' error notice.
  const root = button.getRootNode() as ShadowRoot;
  return norm([...root.querySelectorAll('[part="error"]')].map((e) => e.textContent).join(' '));
}

export interface ThroughOptions {
  /** Pressed first: the button that starts the flow (given as `null` when it is missing, which fails). */
  click?: HTMLElement | null | undefined;
  /** Checked at every failure: what the user typed or chose is still there. */
  kept?: () => void;
  /** Called at every failure after the checks, before pressing the button (e.g. the fault clears). */
  beforeRetry?: (failure: Failure) => void;
  /** Time allowed for the whole flow, in ms. */
  ms?: number;
  /** What `done` waits for, for the timeout message. */
  what?: string;
  /** Most failures expected before `done`. */
  max?: number;
}

/**
 * Waits until `done()` holds. Whenever the element shows a failure instead, checks that it says
 * why and offers "Retry" (or "Reload" / "Retry failed"), checks `kept`, and presses the button.
 * A failure without such a button, or a button that does nothing, ends in a timeout that
 * shows what the element displays. Returns the failures met on the way.
 */
export async function throughFaults(el: Element, done: () => unknown, options: ThroughOptions = {}): Promise<Failure[]> {
  const root = el.shadowRoot!;
  if ('click' in options) {
    if (!options.click) throw new Error(`Nothing to press for ${options.what ?? 'the flow'}; the element shows: ${norm(root.textContent).slice(0, 600)}`);
    options.click.click();
  }
  const failures: Failure[] = [];
  const end = performance.now() + (options.ms ?? 10_000);
  for (;;) {
    if (done()) return failures;
    const button = recoverButton(root);
    if (button) {
      const failure = { message: messageOf(button), action: norm(button.textContent) };
      failures.push(failure);
      expect(failure.message, `the failure says why (${failure.action})`).to.not.equal('');
      options.kept?.();
      if (failures.length > (options.max ?? 12)) {
        throw new Error(`More than ${options.max ?? 12} failures before ${options.what ?? 'the flow completed'}: ${failures.map((f) => f.message).join(' | ')}`);
      }
      options.beforeRetry?.(failure);
      button.click();
      // The request is on its way again once the button is gone (or replaced by a new failure's).
      const pressedAt = performance.now();
      while (button.isConnected && recoverButton(root) === button && !done()) {
        if (performance.now() - pressedAt > 3_000) throw new Error(`"${failure.action}" did nothing; the element shows: ${norm(root.textContent)}`);
        await sleep(10);
      }
      continue;
    }
    if (performance.now() > end) {
      throw new Error(`Timed out waiting for ${options.what ?? 'the flow to complete'}; the element shows: ${norm(root.textContent).slice(0, 600)}`);
    }
    await sleep(10);
  }
}

/** Messages the user reads for each fault (src/store/errors.ts). */
export const MESSAGES = {
  server: 'The server could not complete the request',
  network: 'Could not reach the server',
  timeout: 'The server took too long to answer',
  unexpected: 'The server sent an unexpected response',
} as const;

/**
 * The failures met under the flaky scenario: at least `min`, each one of its faults (a 503, a
 * dropped connection, a hang past the time limit), at least two kinds of them, each recovered
 * with "Retry" (or "Retry failed" for an import). Which request meets which fault shifts when a
 * busy machine makes an extra request time out, so the exact sequence is not asserted.
 */
export function expectFlakyFailures(failures: readonly Failure[], min: number): void {
  expect(failures.length, 'failures met').to.be.at.least(min);
  const kinds = failures.map((f) => (Object.entries(MESSAGES).find(([, m]) => f.message.includes(m)) ?? ['other'])[0]);
  expect(kinds.filter((k) => k === 'other' || k === 'unexpected'), 'failures that are not the flaky faults').to.deep.equal([]);
  expect(new Set(kinds).size, `kinds of faults met: ${kinds.join(', ')}`).to.be.at.least(2);
  expect(failures.every((f) => f.action === 'Retry' || f.action === 'Retry failed'), 'recovered with Retry').to.equal(true);
}


/**
 * A write the server did but whose answer broke the contract: the one failure shown offered
 * Retry, and Retry sent the same write again (same Idempotency-Key) and got the stored answer.
 */
export function expectRetryReplayed(server: FakeServer, failures: readonly Failure[], operation: OperationName): void {
  expect(failures.map((f) => f.action)).to.deep.equal(['Retry']);
  expect(failures[0]!.message).to.contain(MESSAGES.unexpected);
  const sends = server.log.filter((e) => e.operation === operation);
  expect(sends).to.have.length(2);
  expect(new Set(sends.map((e) => e.idempotencyKey)).size, 'Retry is the same write').to.equal(1);
  expect(sends[1]!.replayed).to.equal(true);
}

/**
 * After rounds of saves on the flaky schedule: it failed some of them (503, dropped, hung), and
 * once the hung requests have reached the server (answered from the idempotency store) the
 * document's version is `expected`: each round saved once, nothing twice.
 */
export async function expectEachRoundSavedOnce(
  server: FakeServer, failures: readonly Failure[], version: () => number, expected: number,
): Promise<void> {
  expectFlakyFailures(failures, 3);
  await lateRequests();
  expect(version(), 'saves on the server').to.equal(expected);
  expect(server.db.stats.replays, 'late requests answered from the idempotency store').to.be.at.least(1);
}
