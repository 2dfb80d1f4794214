/**
 * The fake server as a plain fetch-style handler (a `Request` in, a `Response` out), for serving
 * it over real HTTP from Node (`npm run serve:api`, the test runner's `/fake-api/` middleware).
 * The operations are the same as in the browser: `FakeServer.respond`, routed by the contract's
 * method + path table instead of MSW's.
 */
import { operations, type OperationName } from '../src/schemas/contract.js';
import type { FakeServer } from './fake-server.js';

export interface ApiOptions {
  /** When set, every request needs `Authorization: Bearer <token>` (else 401 `unauthenticated`). */
  token?: string;
}

/** The operation and its path parameters for a method + path below `basePath`, if any. */
export function route(method: string, pathname: string, basePath: string): { name: OperationName; params: Record<string, string> } | undefined {
  const base = basePath.replace(/\/+$/, '');
  if (!pathname.startsWith(`${base}/`)) return undefined;
  const parts = pathname.slice(base.length).split('/');
  for (const name of Object.keys(operations) as OperationName[]) {
    const op = operations[name];
    if (op.method !== method.toUpperCase()) continue;
    const pattern = op.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((seg, i) => {
      if (seg.startsWith(':')) {
        params[seg.slice(1)] = decodeURIComponent(parts[i]!);
        return parts[i] !== '';
      }
      return seg === parts[i];
    });
    if (matches) return { name, params };
  }
  return undefined;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Answers one request, or undefined when it is not an operation of the contract under `basePath`. */
export async function answer(server: FakeServer, request: Request, basePath: string, options: ApiOptions = {}): Promise<Response | undefined> {
  const url = new URL(request.url);
  const found = route(request.method, url.pathname, basePath);
  if (!found) return undefined;
  if (options.token !== undefined && request.headers.get('Authorization') !== `Bearer ${options.token}`) {
    return json(401, { error: { code: 'unauthenticated', message: 'Sign in first.' } });
  }
  return server.respond(found.name, request, found.params);
}
