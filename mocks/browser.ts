/** Starts the fake server in the browser through MSW's service worker (demo page and tests). */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { DEFAULT_API_BASE, FakeServer, type FakeServerOptions } from './fake-server.js';
import type { ScenarioName } from './scenarios.js';

let worker: SetupWorker | undefined;
let starting: Promise<void> | undefined;

export interface StartOptions extends FakeServerOptions {
  scenario?: ScenarioName | string;
  baseUrl?: string;
}

/**
 * Starts (once) the service worker and installs a fresh fake server for the scenario,
 * replacing any previous one and any per-test overrides.
 */
export async function startFakeServer(options: StartOptions = {}): Promise<{ server: FakeServer; worker: SetupWorker }> {
  const server = new FakeServer(options.scenario ?? 'fresh', options);
  if (!worker) {
    worker = setupWorker();
    starting = worker.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: '/mockServiceWorker.js' },
    }).then(() => undefined);
  }
  await starting;
  worker.resetHandlers(...server.handlers(options.baseUrl ?? DEFAULT_API_BASE));
  return { server, worker };
}

export { DEFAULT_API_BASE, FakeServer };
