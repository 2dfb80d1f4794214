/** Test helpers: fake server per test, typed error assertions. */
import { expect, fixture } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startFakeServer, DEFAULT_API_BASE, type StartOptions } from '../mocks/browser.js';
import { BackendError, type BackendErrorKind } from '../src/adapters/errors.js';
import { HttpBackend, type HttpBackendOptions } from '../src/adapters/http-backend.js';
import type { Backend } from '../src/adapters/backend.js';
import { IntegrationStore } from '../src/store/integration-store.js';

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

/**
 * Mounts `<tag api-base>` on the active scenario with the fake server refusing the GET of `path`
 * (403 admin-required), and waits for the element's "not permitted" note.
 */
export async function mountRefused(tag: string, path: string): Promise<HTMLElement> {
  const { worker } = await fakeServer('active');
  worker.use(http.get(`${API}${path}`, () => HttpResponse.json({ error: { code: 'admin-required', message: 'No.' } }, { status: 403 })));
  const el = await fixture<HTMLElement>(`<${tag} api-base="${API}"></${tag}>`);
  await until(() => el.shadowRoot?.querySelector('[part="not-permitted"]'), 3_000, 'not permitted');
  return el;
}

/** A store with the setup started and the own portal associated: the field mapping step comes next. */
export async function storeWithPortal(backend: Backend = fastBackend()): Promise<IntegrationStore> {
  const store = new IntegrationStore(backend);
  await store.setup.load();
  await store.setup.startSetup();
  await store.setup.associatePortal('portal-own-1', 'own');
  return store;
}
