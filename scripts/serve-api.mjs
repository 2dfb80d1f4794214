#!/usr/bin/env node
// npm run serve:api -- [--port 8787] [--scenario fresh] [--base /api/zoho-projects] [--latency MS]
//                      [--token SECRET] [--defect NAME]
// The fake server (mocks/fake-server.ts: the same scenarios and handlers as in the browser) as a
// plain HTTP API on localhost. --token: every request needs `Authorization: Bearer SECRET`.
// --defect: a deliberately broken server (mocks/broken-server.ts) for testing the conformance kit.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { loadTs } from './load-ts.mjs';
import { sendJson, sendResponse, toRequest } from './fake-api-node.mjs';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'fresh' },
    base: { type: 'string', default: '/api/zoho-projects' },
    latency: { type: 'string' },
    token: { type: 'string' },
    defect: { type: 'string' },
  },
});

const { FakeServer } = await loadTs('mocks/fake-server.ts');
const { SCENARIOS } = await loadTs('mocks/scenarios.ts');
const { CRM_IMPORT_ACCOUNT, OTHER_PORTAL_OWNER } = await loadTs('mocks/credentials.ts');
const { answer } = await loadTs('mocks/http-api.ts');
if (!(args.scenario in SCENARIOS)) {
  console.error(`unknown scenario '${args.scenario}': ${Object.keys(SCENARIOS).join(', ')}`);
  process.exit(2);
}
let handle = (server, request) => answer(server, request, args.base, { token: args.token });
if (args.defect) {
  const { DEFECTS, brokenAnswer } = await loadTs('mocks/broken-server.ts');
  if (!(args.defect in DEFECTS) && !args.defect.startsWith('malformed:')) {
    console.error(`unknown defect '${args.defect}': ${Object.keys(DEFECTS).join(', ')}`);
    process.exit(2);
  }
  handle = (server, request) => brokenAnswer(server, request, args.base, args.defect, { token: args.token });
}
const server = new FakeServer(args.scenario, args.latency === undefined ? {} : { latencyMs: Number(args.latency) });

const http = createServer(async (req, res) => {
  try {
    const request = toRequest(req, res, `http://${req.headers.host ?? 'localhost'}`);
    const response = await handle(server, request);
    if (response) await sendResponse(res, response);
    else await sendJson(res, 404, { error: { code: 'not-found', message: `No operation of the contract at ${req.method} ${req.url}` } });
  } catch (error) {
    console.error(error);
    if (!res.headersSent) await sendJson(res, 500, { error: { code: 'internal', message: String(error?.message ?? error) } });
  }
});
http.listen(Number(args.port), args.host, () => {
  const { port } = http.address();
  console.log(`Fake API (scenario ${args.scenario}${args.defect ? `, defect ${args.defect}` : ''}) at http://${args.host}:${port}${args.base}`);
  console.log(`  import from: ${CRM_IMPORT_ACCOUNT.email}:${CRM_IMPORT_ACCOUNT.zscKey}; another user's portals: ${OTHER_PORTAL_OWNER.email}:${OTHER_PORTAL_OWNER.zscKey}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => http.close(() => process.exit(0)));
