// The fake server over real HTTP inside the test runner (and the demo server), without a service
// worker: the same FakeServer as `npm run serve:api`, mounted under /fake-api/ of the same origin.
//
//   POST /fake-api/servers?scenario=NAME[&latencyMs=N]  → { baseUrl: '/fake-api/sN' }: a fresh server
//   ANY  /fake-api/sN/<operation path>                  → that server's answer (the REST contract)
//   GET  /fake-api/sN/__log                             → { log, stats }: what it received, for assertions
//
// A test page creates its own server per test, so pages running in parallel never share one.
import { loadTs } from './load-ts.mjs';
import { sendJson, sendResponse, toRequest } from './fake-api-node.mjs';

export const FAKE_API_PREFIX = '/fake-api';
/** Servers kept at once (the oldest goes first): a test file makes a few, a run a few hundred at most. */
const MAX_SERVERS = 50;

let modules;
const servers = new Map();
let count = 0;

/** Koa middleware (web-test-runner / web-dev-server `middleware`). */
export async function fakeApiMiddleware(ctx, next) {
  if (ctx.path !== FAKE_API_PREFIX && !ctx.path.startsWith(`${FAKE_API_PREFIX}/`)) return next();
  ctx.respond = false; // answered on the raw response below (a dropped connection must be possible)
  const { req, res } = ctx;
  modules ??= Promise.all([loadTs('mocks/fake-server.ts'), loadTs('mocks/http-api.ts')]);
  const [{ FakeServer }, { answer }] = await modules;
  if (ctx.method === 'POST' && ctx.path === `${FAKE_API_PREFIX}/servers`) {
    const id = `s${++count}`;
    const latencyMs = ctx.query.latencyMs === undefined ? 0 : Number(ctx.query.latencyMs);
    servers.set(id, new FakeServer(String(ctx.query.scenario ?? 'fresh'), { latencyMs }));
    if (servers.size > MAX_SERVERS) servers.delete(servers.keys().next().value);
    return sendJson(res, 200, { baseUrl: `${FAKE_API_PREFIX}/${id}` });
  }
  const [, id, rest] = ctx.path.match(/^\/fake-api\/(s\d+)(\/.*)?$/) ?? [];
  const server = servers.get(id);
  if (!server) return sendJson(res, 404, { error: { code: 'not-found', message: `No fake server ${id ?? ''} (create one: POST ${FAKE_API_PREFIX}/servers)` } });
  if (rest === '/__log') return sendJson(res, 200, { log: server.log, stats: server.db.stats });
  const response = await answer(server, toRequest(req, res, `http://${req.headers.host}`), `${FAKE_API_PREFIX}/${id}`);
  return response ? sendResponse(res, response) : sendJson(res, 404, { error: { code: 'not-found', message: `No operation at ${req.method} ${rest}` } });
}
