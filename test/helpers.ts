/** Test helpers: fake server per test, typed error assertions. */
import { expect } from '@open-wc/testing';
import { startFakeServer, DEFAULT_API_BASE, type StartOptions } from '../mocks/browser.js';
import { BackendError, type BackendErrorKind } from '../src/adapters/errors.js';
import { HttpBackend, type HttpBackendOptions } from '../src/adapters/http-backend.js';

export const API = DEFAULT_API_BASE;

/** A fresh fake server (no latency unless asked) for one test. */
export function fakeServer(scenario = 'fresh', options: StartOptions = {}) {
  return startFakeServer({ latencyMs: 0, ...options, scenario });
}

export function fastBackend(options: Partial<HttpBackendOptions> = {}) {
  return new HttpBackend({ baseUrl: API, retryDelayMs: 1, timeoutMs: 5_000, ...options });
}

export async function expectBackendError(promise: Promise<unknown>, kind: BackendErrorKind): Promise<BackendError> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error, `expected a BackendError of kind ${kind}`).to.be.instanceOf(BackendError);
  expect((error as BackendError).kind).to.equal(kind);
  return error as BackendError;
}

/** The shortest a wait gives up after, in ms: see {@link until}. */
const MIN_WAIT_MS = 5_000;

/**
 * Resolves after the condition holds, or fails after `ms` (at least {@link MIN_WAIT_MS}). Polls
 * with a timer, not requestAnimationFrame: the runner opens two pages at once and a background
 * tab gets no frames. The limit says when to give up, not how fast the element must be (speed is
 * measured by `npm run bench`): two test pages on a two-core CI machine can stall for seconds.
 */
export async function until(condition: () => unknown, ms = 3_000, what = 'condition'): Promise<void> {
  const end = performance.now() + Math.max(ms, MIN_WAIT_MS);
  while (!condition()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
