/**
 * Backends for the model-based tests: the fake server's data and operations, without MSW
 * or a service worker, so hundreds of random runs stay quick.
 *
 * - `memoryBackend(db)`: an object implementing the backend methods by calling the fake
 *   server's pure operation handlers on `db` (input and output go through JSON and the
 *   contract's schemas, as over the wire; a refused operation becomes a `BackendError`).
 * - `httpBackendOver(server)`: the real `HttpBackend` (idempotency keys, error mapping),
 *   whose `fetch` hands each request straight to `FakeServer.respond` in-process.
 *
 * Both take a `Faults` plan that makes chosen operations fail: before reaching the server,
 * with a 503 from it, or after the server executed them (the response is lost).
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import type { CallOptions, PartialBackend } from '../../src/adapters/backend.js';
import { BackendError, kindForStatus } from '../../src/adapters/errors.js';
import { HttpBackend } from '../../src/adapters/http-backend.js';
import { operations, type OperationName } from '../../src/schemas/contract.js';
import type { FakeDb } from '../../mocks/db.js';
import { FakeServer } from '../../mocks/fake-server.js';
import type { IntegrationStore } from '../../src/store/integration-store.js';
import type { SeedOptions } from '../../mocks/seed.js';
import { FakeHttpError } from '../../mocks/server/types.js';
import { setupHandlers } from '../../mocks/server/setup.js';
import { configurationHandlers } from '../../mocks/server/configuration.js';
import { clientMappingHandlers } from '../../mocks/server/client-mapping.js';
import { userImportHandlers } from '../../mocks/server/user-import.js';

/**
 * - `before`: the request never reaches the server (dropped connection).
 * - `server`: the server answers 503 without doing anything.
 * - `lost`: the server executes the operation, then the response is lost (dropped connection).
 */
export type Fault = 'before' | 'server' | 'lost';

export interface FiredFault {
  operation: OperationName;
  fault: Fault;
  /** `lost` over `httpBackendOver`: the request body the server executed, and its response body. */
  requestBody?: string;
  responseBody?: string;
}

/** Faults to inject, in order, into the calls of some operations. */
export class Faults {
  /** Next faults; one is taken per call of a targeted operation. Empty: calls go through. */
  queue: Fault[] = [];
  /** Faults that actually happened, in order (for a lost response over HTTP: what was sent and lost). */
  readonly fired: FiredFault[] = [];

  constructor(readonly operations: readonly OperationName[]) {}

  take(operation: OperationName): Fault | null {
    if (!this.operations.includes(operation)) return null;
    const fault = this.queue.shift() ?? null;
    if (fault) this.fired.push({ operation, fault });
    return fault;
  }
}

const HANDLERS = {
  ...setupHandlers, ...configurationHandlers, ...clientMappingHandlers, ...userImportHandlers,
} as Partial<Record<OperationName, (db: FakeDb, input: unknown, lang: 'en') => unknown>>;

const dropped = (operation: string) =>
  new BackendError('network', 'The server could not be reached.', { operation });
const unavailable = (operation: string) =>
  new BackendError('server', 'The service is temporarily unavailable.', { operation, status: 503, code: 'unavailable' });

/** The real side of a model test over the in-memory backend: the store under test and its backend. */
export interface MemoryReal {
  store: IntegrationStore;
  mb: MemoryBackend;
}

export interface MemoryBackend {
  readonly backend: PartialBackend;
  readonly db: FakeDb;
  readonly faults: Faults;
  /** Operations called, in order (including failed calls). */
  readonly calls: OperationName[];
}

/**
 * A backend answering from `db` through the fake server's handlers of the CRM setup and
 * Projects import pages. Every call resolves asynchronously (after a microtask), like a
 * real one, so an edit made right after starting a save lands before its response.
 */
export function memoryBackend(db: FakeDb, faultyOperations: readonly OperationName[] = []): MemoryBackend {
  const faults = new Faults(faultyOperations);
  const calls: OperationName[] = [];
  const backend: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(HANDLERS) as [OperationName, (db: FakeDb, input: unknown, lang: 'en') => unknown][]) {
    const op = operations[name];
    backend[name] = async (input: unknown, options?: CallOptions): Promise<unknown> => {
      await Promise.resolve();
      if (options?.signal?.aborted) throw new BackendError('aborted', 'The request was cancelled.', { operation: name });
      calls.push(name);
      const fault = faults.take(name);
      if (fault === 'before') throw dropped(name);
      if (fault === 'server') throw unavailable(name);
      const parsedInput = z.safeParse(op.input, JSON.parse(JSON.stringify(input ?? {})));
      if (!parsedInput.success) {
        throw new BackendError('invalid-input', 'Some of the input was not accepted.', { operation: name, status: 422 });
      }
      let output: unknown;
      try {
        output = handler(db, parsedInput.data, 'en');
      } catch (e) {
        if (e instanceof FakeHttpError) {
          throw new BackendError(kindForStatus(e.status), e.message, {
            operation: name, status: e.status, code: e.code, ...(e.fieldErrors ? { fieldErrors: e.fieldErrors } : {}),
          });
        }
        throw e;
      }
      // Over the wire: a copy, which must still match the contract.
      const parsed = z.safeParse(op.output, JSON.parse(JSON.stringify(output)));
      if (!parsed.success) throw new Error(`fake server broke the contract of ${name}: ${parsed.error.message}`);
      await Promise.resolve();
      if (fault === 'lost') throw dropped(name);
      return parsed.data;
    };
  }
  return { backend: backend as PartialBackend, db, faults, calls };
}

const MODEL_BASE = 'http://model.test/api';

const ROUTES = (Object.keys(operations) as OperationName[]).map((name) => {
  const op = operations[name];
  const names: string[] = [];
  const source = op.path.replace(/:([A-Za-z]+)/g, (_m, param: string) => { names.push(param); return '([^/]+)'; });
  return { name, method: op.method as string, pattern: new RegExp(`^${source}$`), names };
});

export interface HttpModelBackend {
  readonly backend: HttpBackend;
  readonly server: FakeServer;
  readonly faults: Faults;
}

/**
 * The real `HttpBackend` over an in-process transport to a `FakeServer` (no MSW, no network).
 * Faults act on the transport: `before` and `lost` reject `fetch` the way a dropped
 * connection does, so the adapter keeps the write's idempotency key for the next attempt.
 */
export function httpBackendOver(seed: SeedOptions, faultyOperations: readonly OperationName[] = []): HttpModelBackend {
  const server = new FakeServer({ name: 'model', description: 'model-based tests', seed }, { latencyMs: 0 });
  const faults = new Faults(faultyOperations);
  const basePath = new URL(MODEL_BASE).pathname;
  const fetchInProcess: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.slice(basePath.length);
    let params: Record<string, string> = {};
    const route = ROUTES.find((r) => {
      if (r.method !== request.method) return false;
      const m = r.pattern.exec(path);
      if (m) params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      return !!m;
    });
    if (!route) return Response.json({ error: { code: 'no-route', message: `No route for ${request.method} ${path}` } }, { status: 404 });
    const fault = faults.take(route.name);
    if (fault === 'before') throw new TypeError('Failed to fetch');
    if (fault === 'server') {
      return Response.json({ error: { code: 'unavailable', message: 'The service is temporarily unavailable.' } }, { status: 503 });
    }
    const requestBody = fault === 'lost' ? await request.clone().text() : undefined;
    const response = await server.respond(route.name, request, params);
    if (fault === 'lost') {
      const fired = faults.fired[faults.fired.length - 1]!;
      fired.requestBody = requestBody;
      fired.responseBody = await response.text();
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
  const backend = new HttpBackend({
    baseUrl: MODEL_BASE, fetch: fetchInProcess, readRetries: 0, retryDelayMs: 0, timeoutMs: 10_000,
  });
  return { backend, server, faults };
}

/**
 * Resolves in a new task (a message, not a timer), so timers set afterwards start at
 * nesting level 0 and are not clamped to 4 ms: the import's between-batch yields stay cheap.
 */
export function freshTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** JSON text with object keys sorted: equal for deeply equal plain data, whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}

/**
 * Deep equality of plain data, cheap when it holds (thousands of checks per test); when it
 * does not, chai's deep equality reports the difference.
 */
export function expectSame(actual: unknown, expected: unknown, what?: string): void {
  if (canonical(actual) !== canonical(expected)) expect(actual, what).to.deep.equal(expected);
}
