// Node's http ↔ fetch's Request/Response, for serving the fake server (mocks/http-api.ts) over
// real HTTP: `npm run serve:api` and the test runner's /fake-api/ middleware.
import { Readable } from 'node:stream';

/** A fetch `Request` for a Node request (the body streamed as it arrives). */
export function toRequest(req, res, origin) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const controller = new AbortController();
  // The client went away before the answer (an aborted fetch): the request's signal says so.
  res.once('close', () => { if (!res.writableFinished) controller.abort(); });
  return new Request(new URL(req.url, origin), {
    method: req.method, headers, signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(req), duplex: 'half' } : {}),
  });
}

/**
 * Writes a fetch `Response` to a Node response. `Response.error()` (the fake server's dropped
 * connection) ends the socket with no answer, as a network failure does.
 */
export async function sendResponse(res, response) {
  if (response.type === 'error') {
    res.socket?.destroy();
    return;
  }
  const headers = {};
  response.headers.forEach((value, name) => { if (name !== 'content-length') headers[name] = value; });
  const body = Buffer.from(await response.arrayBuffer());
  if (res.destroyed) return;
  res.writeHead(response.status, { ...headers, 'content-length': body.length, 'Cache-Control': 'no-store' });
  res.end(body);
}

export const sendJson = (res, status, body) => sendResponse(res, new Response(JSON.stringify(body), {
  status, headers: { 'Content-Type': 'application/json' },
}));
