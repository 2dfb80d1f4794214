// Settings shared by the demo server (npm start) and the test runner (npm test).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const workerPath = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

const UNREGISTER = 'self.registration.unregister()';
const BORROWING_RESOLVER = /async function resolveMainClient\(event\) \{\n[\s\S]*?\n\}\n/;
const OWN_CLIENT_RESOLVER = `async function resolveMainClient(event) {
  // Patched by web-server.shared.mjs: only a page that started MSW itself gets mocked answers.
  return activeClientIds.has(event.clientId) ? self.clients.get(event.clientId) : undefined
}
`;

/**
 * MSW's worker is served with two changes, both for pages that open and close in parallel
 * (the test runner runs two files at once):
 *
 * - It does not unregister itself when the last page it controls closes. A page that starts in
 *   that gap would otherwise get a dying worker (its requests go to the real server). With no
 *   active client it still lets every request through.
 * - A request from a page (or frame) that has not started MSW itself goes to the network. MSW
 *   would hand it to any visible page that runs MSW, which with two test windows is often the
 *   other test file's window: its fake server sees requests it never sent, and when that window
 *   closes mid-request the request never settles (a frame's module then never loads).
 */
function workerSource() {
  const source = readFileSync(workerPath, 'utf8');
  if (!source.includes(UNREGISTER) || !BORROWING_RESOLVER.test(source)) {
    throw new Error('mockServiceWorker.js changed: review mswWorkerMiddleware');
  }
  return source
    .replace(UNREGISTER, 'void 0 /* kept registered: see web-server.shared.mjs */')
    .replace(BORROWING_RESOLVER, OWN_CLIENT_RESOLVER);
}

/** Serves MSW's service worker from the site root, where it must live to control the pages. */
export function mswWorkerMiddleware(ctx, next) {
  if (ctx.path === '/mockServiceWorker.js') {
    ctx.type = 'application/javascript';
    ctx.set('Service-Worker-Allowed', '/');
    ctx.body = workerSource();
    return undefined;
  }
  return next();
}

export const plugins = [
  esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
];
