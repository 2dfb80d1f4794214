/**
 * A deliberately broken server: the fake server with one defect, each aimed at one check of the
 * conformance kit (src/conformance/checks.ts), which must fail against it. Served by
 * `npm run serve:api -- --defect NAME` (NAME: a key of DEFECTS, or `malformed:OPERATION`);
 * test/conformance/kit.node.test.mjs runs every one.
 */
import type { OperationName } from '../src/schemas/contract.js';
import { IDEMPOTENCY_HEADER } from '../src/adapters/http-backend.js';
import { MAX_IMPORT_BATCH } from '../src/schemas/limits.js';
import { breakContract, type FakeServer } from './fake-server.js';
import { answer, route, type ApiOptions } from './http-api.js';

type Body = Record<string, unknown>;
interface Exchange {
  server: FakeServer;
  name: OperationName;
  request: Request;
  basePath: string;
  /** The healthy server's answer to `request` (with the caller's options). */
  pass: (request?: Request) => Promise<Response>;
}
interface Defect {
  /** The kit check it breaks. */
  check: string;
  description: string;
  answer: (x: Exchange) => Promise<Response>;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const bodyOf = async (request: Request): Promise<Body> => (await request.clone().json()) as Body;
const withBody = (request: Request, body: Body) => new Request(request, { body: JSON.stringify(body) });

/** `malformed:OPERATION`: that operation's successful answers break the contract (its first field has the wrong type). */
function malformed(operation: string): Defect {
  return {
    check: `shape ${operation}`, description: `${operation} answers a body that breaks the contract`,
    async answer({ name, pass }) {
      const response = await pass();
      return name === operation && response.ok ? json(200, breakContract(await response.json())) : response;
    },
  };
}

export const DEFECTS: Record<string, Defect> = {
  'missing-field': {
    check: 'shape getStatus', description: 'getStatus leaves out `state`',
    async answer({ name, pass }) {
      const response = await pass();
      if (name !== 'getStatus' || !response.ok) return response;
      const { state: _dropped, ...rest } = (await response.json()) as Body;
      return json(200, rest);
    },
  },
  'undocumented-error': {
    check: 'shape listOwnPortals', description: "listOwnPortals answers 403 'not-allowed', a code the contract does not have",
    answer: async ({ name, pass }) => (name === 'listOwnPortals' ? json(403, { error: { code: 'not-allowed', message: 'No.' } }) : pass()),
  },
  'auth-ignored': {
    check: 'authentication', description: 'the bearer token is not checked',
    answer: async ({ server, request, basePath }) => (await answer(server, request, basePath))!,
  },
  'lost-session': {
    check: 'lookup opens an import session', description: 'lookupCrmAccounts answers a sessionId it then does not know',
    async answer({ server, name, pass }) {
      const response = await pass();
      if (name !== 'lookupCrmAccounts' || !response.ok) return response;
      const body = (await response.json()) as Body;
      server.db.sessions.delete(String(body['sessionId']));
      return json(200, body);
    },
  },
  'credentials-401': {
    check: 'wrong credentials', description: "a credentials mismatch is answered 401 'unauthenticated'",
    async answer({ pass }) {
      const response = await pass();
      const body = response.status === 422 ? ((await response.clone().json()) as { error: { code: string } }) : undefined;
      return body?.error.code === 'credentials-mismatch' ? json(401, { error: { code: 'unauthenticated', message: 'Wrong key.' } }) : response;
    },
  },
  'session-ignored': {
    check: 'unknown import session', description: 'an import with an unknown sessionId is carried out',
    async answer({ server, name, request, pass }) {
      if (name === 'importUsers' || name === 'importClients') server.db.sessions.set(String((await bodyOf(request))['sessionId']), Date.now());
      return pass();
    },
  },
  'no-input-validation': {
    check: 'invalid input', description: 'a malformed email address is looked up instead of refused',
    async answer({ name, request, pass }) {
      if (name !== 'lookupCrmUsers' && name !== 'lookupCrmAccounts') return pass();
      const body = await bodyOf(request);
      return String(body['email']).includes('@') ? pass() : pass(withBody(request, { ...body, email: 'unknown@example.com' }));
    },
  },
  'no-replay': {
    check: 'idempotent replay', description: 'the Idempotency-Key is ignored: a resent write executes again',
    async answer({ request, pass }) {
      const headers = new Headers(request.headers);
      headers.delete(IDEMPOTENCY_HEADER);
      return pass(new Request(request, { headers }));
    },
  },
  'reused-key-replays': {
    check: 'reused idempotency key', description: 'a key reused with another body replays the first answer',
    async answer({ server, name, request, pass }) {
      const response = await pass();
      if (response.status !== 422) return response;
      const stored = server.db.idempotency.get(`${name}:${request.headers.get(IDEMPOTENCY_HEADER)}`);
      return stored ? json(200, stored.response) : response;
    },
  },
  'no-batch-limit': {
    check: 'import batch limit', description: `an import batch over ${MAX_IMPORT_BATCH} items is cut to ${MAX_IMPORT_BATCH} and carried out`,
    async answer({ name, request, pass }) {
      if (name !== 'importUsers' && name !== 'importClients') return pass();
      const body = await bodyOf(request);
      return pass(withBody(request, { ...body, items: (body['items'] as unknown[]).slice(0, MAX_IMPORT_BATCH) }));
    },
  },
  'no-version-check': {
    check: 'stale write', description: 'a save with a stale version overwrites',
    async answer({ server, name, request, pass }) {
      if (name === 'saveFieldMapping') return pass(withBody(request, { ...(await bodyOf(request)), version: server.db.mappingVersion }));
      if (name === 'savePermissions') return pass(withBody(request, { ...(await bodyOf(request)), version: server.db.permissionsVersion }));
      return pass();
    },
  },
};

/** `answer()` of mocks/http-api.ts with one defect. */
export async function brokenAnswer(
  server: FakeServer, request: Request, basePath: string, defect: string, options: ApiOptions = {},
): Promise<Response | undefined> {
  const found = route(request.method, new URL(request.url).pathname, basePath);
  if (!found) return undefined;
  const pass = async (r: Request = request) => (await answer(server, r, basePath, options))!;
  const broken = defect.startsWith('malformed:') ? malformed(defect.slice('malformed:'.length)) : DEFECTS[defect]!;
  return broken.answer({ server, name: found.name, request, basePath, pass });
}
