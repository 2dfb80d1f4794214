// Settings shared by the demo server (npm start) and the test runner (npm test).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const workerPath = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

const UNREGISTER = 'self.registration.unregister()';

/**
 * MSW's worker unregisters itself when the last page it controls closes. With test pages
 * opening and closing in parallel, a page that starts in that gap gets a dying worker (its
 * requests go to the real server). Served without that call, the worker stays registered;
 * with no active client it still lets every request through.
 */
function workerSource() {
  const source = readFileSync(workerPath, 'utf8');
  if (!source.includes(UNREGISTER)) throw new Error('mockServiceWorker.js changed: review mswWorkerMiddleware');
  return source.replace(UNREGISTER, 'void 0 /* kept registered: see web-server.shared.mjs */');
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
