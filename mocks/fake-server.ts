/**
 * The fake server: seeded data plus the contract's operations, served as MSW handlers.
 * The same handlers serve the demo page and the tests.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import { operations, pathParams, type OperationName, type OutputOf } from '../src/schemas/contract.js';
import { IDEMPOTENCY_HEADER } from '../src/adapters/http-backend.js';
import { codeAllowed } from '../src/schemas/error-codes.js';
import { IDEMPOTENCY_REPLAY_HOURS } from '../src/schemas/limits.js';
import type { FakeDb } from './db.js';
import { seed } from './seed.js';
import { scenarioByName, type Scenario } from './scenarios.js';
import { FakeHttpError, type OpHandlers } from './server/types.js';
import { languageOf, type FakeLanguage } from './server/reasons.js';
import { setupHandlers } from './server/setup.js';
import { configurationHandlers } from './server/configuration.js';
import { clientMappingHandlers } from './server/client-mapping.js';
import { userImportHandlers } from './server/user-import.js';
import { recordHandlers } from './server/records.js';
import { projectsTabHandlers } from './server/projects-tab.js';
import { zscKeyHandlers } from './server/zsc-key.js';
import { clientInfoHandlers } from './server/client-info.js';

export const DEFAULT_API_BASE = '/api/zoho-projects';

const HANDLERS: OpHandlers = {
  ...setupHandlers, ...configurationHandlers, ...clientMappingHandlers, ...userImportHandlers,
  ...recordHandlers, ...projectsTabHandlers, ...zscKeyHandlers, ...clientInfoHandlers,
};

export interface RequestLogEntry {
  operation: OperationName;
  method: string;
  url: string;
  idempotencyKey: string | null;
  /** Replayed from the idempotency store instead of executed. */
  replayed: boolean;
}

export interface FakeServerOptions {
  /** Overrides the scenario's latency (tests use 0). */
  latencyMs?: number;
  /** Hang time for the `timeout` fault, in ms. */
  hangMs?: number;
}

export class FakeServer {
  readonly scenario: Scenario;
  readonly db: FakeDb;
  readonly log: RequestLogEntry[] = [];
  latencyMs: number;
  #requestCount = 0;
  readonly #hangMs: number;

  constructor(scenario: Scenario | string = 'fresh', options: FakeServerOptions = {}) {
    this.scenario = typeof scenario === 'string' ? scenarioByName(scenario) : scenario;
    this.db = seed(this.scenario.seed);
    this.latencyMs = options.latencyMs ?? this.scenario.latencyMs ?? 0;
    this.#hangMs = options.hangMs ?? 30_000;
  }

  /** MSW handlers for every operation of the contract under `baseUrl`. */
  handlers(baseUrl = DEFAULT_API_BASE): HttpHandler[] {
    return (Object.keys(operations) as OperationName[]).map((name) => {
      const op = operations[name];
      const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
      return http[method](`${baseUrl}${op.path}`, ({ request, params }) => this.respond(name, request, params));
    });
  }

  /**
   * Runs one operation in this page, with no HTTP and no faults: what a host's own transport would
   * reach (the README's custom-adapter example is tested with it). Throws `FakeHttpError` as the
   * server would answer with an error status.
   */
  execute<K extends OperationName>(name: K, input: unknown, lang: FakeLanguage = 'en'): OutputOf<K> {
    const parsed = z.parse(operations[name].input, input);
    return structuredClone(runHandler(this.db, name, parsed, lang) as OutputOf<K>);
  }

  /** Answers one request for an operation (tests use it to let a write through and then lose the response). */
  async respond(name: OperationName, request: Request, params: Record<string, unknown> = {}): Promise<Response> {
    const op = operations[name];
    const idempotencyKey = request.headers.get(IDEMPOTENCY_HEADER);
    const entry: RequestLogEntry = { operation: name, method: op.method, url: request.url, idempotencyKey, replayed: false };
    this.log.push(entry);
    const n = ++this.#requestCount;
    this.db.stats.requests++;
    if (this.latencyMs) await delay(this.latencyMs);
    const fault = this.scenario.fault?.(n, name) ?? null;
    if (fault === 'network') return HttpResponse.error();
    if (fault === 'timeout') await delay(this.#hangMs);
    if (fault === 'server') return errorResponse(new FakeHttpError('unavailable', 'The service is temporarily unavailable.'));

    let raw: Record<string, unknown> = {};
    if (op.method === 'GET') {
      raw = Object.fromEntries(new URL(request.url).searchParams);
    } else {
      try {
        const text = await request.text();
        raw = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        return errorResponse(new FakeHttpError('bad-json', 'The request body is not JSON.'));
      }
    }
    for (const p of pathParams(op.path)) raw[p] = params[p];
    const input = z.safeParse(op.input, raw);
    if (!input.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of input.error.issues) fieldErrors[String(issue.path[0] ?? '')] ??= issue.message;
      return errorResponse(new FakeHttpError('invalid-input', 'Some of the input is not valid.', fieldErrors));
    }
    const replayKey = `${name}:${idempotencyKey}`;
    const requestHash = hashText(JSON.stringify(raw));
    const stored = idempotencyKey ? this.db.idempotency.get(replayKey) : undefined;
    if (stored && Date.now() - stored.at <= IDEMPOTENCY_REPLAY_HOURS * 3_600_000) {
      if (stored.requestHash !== requestHash) {
        return errorResponse(new FakeHttpError('idempotency-key-reused', 'This Idempotency-Key was used for another request.'));
      }
      entry.replayed = true;
      this.db.stats.replays++;
      return HttpResponse.json(stored.response as never);
    }
    try {
      const output = runHandler(this.db, name, input.data, languageOf(request));
      if (idempotencyKey) this.db.idempotency.set(replayKey, { requestHash, response: output, at: Date.now() });
      return HttpResponse.json((this.scenario.malformed?.includes(name) ? breakContract(output) : output) as never);
    } catch (error) {
      if (!(error instanceof FakeHttpError)) throw error;
      // The contract's table lists what each operation may answer: the fake server keeps to it.
      if (!codeAllowed(error.code, name, op.method !== 'GET')) {
        throw new Error(`fake server: ${name} answered '${error.code}', which src/schemas/error-codes.ts does not list for it`);
      }
      return errorResponse(error);
    }
  }
}

/** FNV-1a: which request a key answered, without keeping the body (it may hold a ZSC key). */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + text.length.toString(36);
}

/** One operation's handler over the data, with input already validated (throws `FakeHttpError`). */
function runHandler(db: FakeDb, name: OperationName, input: unknown, lang: FakeLanguage): unknown {
  return (HANDLERS[name] as (db: FakeDb, input: unknown, lang: FakeLanguage) => unknown)(db, input, lang);
}

function errorResponse(e: FakeHttpError): Response {
  return HttpResponse.json(
    { error: { code: e.code, message: e.message, ...(e.fieldErrors ? { fieldErrors: e.fieldErrors } : {}) } },
    { status: e.status },
  );
}

/** A response that breaks the contract the way a buggy backend might: its first field has the wrong type. */
export function breakContract(output: unknown): unknown {
  if (!output || typeof output !== 'object') return { corrupted: true };
  const [first] = Object.keys(output);
  return first ? { ...output, [first]: Array.isArray((output as Record<string, unknown>)[first]) ? 'corrupted' : [42] } : null;
}
