/**
 * `HttpBackend`: the backend interface over `fetch`, speaking the REST contract of
 * `src/schemas/contract.ts`. Every response is validated; every failure becomes one
 * `BackendError`. Reads are retried with jittered backoff; writes carry an
 * `Idempotency-Key` that is reused when the same write is sent again after a failure.
 */
import * as z from 'zod/mini';
import type { Backend, CallOptions, PartialBackend } from './backend.js';
import { BackendError, GENERIC_MESSAGES, kindForStatus } from './errors.js';
import {
  operations, pathParams, type InputOf, type OperationName, type Operations, type OutputOf,
} from '../schemas/contract.js';
import { ErrorBody } from '../schemas/entities.js';
import { VALIDATES_OUTPUT } from './checked-call.js';
import { describeIssues } from './contract-issues.js';
import { getLocale } from '../i18n/locale.js';

type HeaderSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface HttpBackendOptions {
  /** Base URL of the REST contract, e.g. `/api/zoho-projects` or `https://host.example/zp`. */
  baseUrl: string;
  /** Extra headers for every request (auth). A function is called per request. */
  headers?: HeaderSource;
  /** Per-attempt time limit in ms. Default 15000. */
  timeoutMs?: number;
  /** How many times a failed read is tried again. Default 2. Writes are never retried automatically. */
  readRetries?: number;
  /** First backoff delay in ms; doubles per retry, with ±50% jitter. Default 300. */
  retryDelayMs?: number;
  /** `fetch` credentials mode. Default `same-origin`. */
  credentials?: RequestCredentials;
  /** Replaceable for tests or instrumentation. */
  fetch?: typeof fetch;
  /**
   * The language sent as `Accept-Language`, so the server words its own texts (a per-record
   * reason) in the language the elements show. Default: the elements' active language.
   * A host's `Accept-Language` in `headers` wins.
   */
  language?: () => string;
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';


/** Part of the contract's operations table (e.g. `crmRecordOperations`). */
export type OperationTable = Partial<Operations>;

/**
 * The HTTP machinery for the operations of one table: an element that makes its own store
 * (from `api-base`) speaks only its own area's operations, so it carries only their schemas.
 * Hosts use `HttpBackend`, which speaks them all.
 */
export class HttpBackendFor {
  readonly #options: Required<Omit<HttpBackendOptions, 'headers'>> & { headers: HeaderSource | undefined };
  readonly #operations: OperationTable;
  /** Idempotency keys of writes that have not succeeded yet, by a hash of operation + input. */
  readonly #pendingWriteKeys = new Map<string, string>();
  /** Every answer is parsed here: the store does not check it again. */
  readonly [VALIDATES_OUTPUT] = true;

  constructor(options: HttpBackendOptions, table: OperationTable) {
    this.#operations = table;
    this.#options = {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      headers: options.headers,
      timeoutMs: options.timeoutMs ?? 15_000,
      readRetries: options.readRetries ?? 2,
      retryDelayMs: options.retryDelayMs ?? 300,
      credentials: options.credentials ?? 'same-origin',
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      language: options.language ?? getLocale,
    };
    for (const name of Object.keys(table) as OperationName[]) {
      (this as Record<string, unknown>)[name] = (input: never, opts?: CallOptions) => this.call(name, input, opts);
    }
  }

  /** Calls one operation of the contract by name. */
  async call<K extends OperationName>(name: K, input: InputOf<K>, options: CallOptions = {}): Promise<OutputOf<K>> {
    const op = this.#operations[name] as Operations[K] | undefined;
    if (!op) throw new BackendError('invalid-input', `${name} is not an operation of this backend.`, { operation: name });
    const parsedInput = z.safeParse(op.input, input ?? {});
    if (!parsedInput.success) {
      throw new BackendError('invalid-input', GENERIC_MESSAGES['invalid-input']!, {
        operation: name,
        fieldErrors: fieldErrorsOf(parsedInput.error.issues),
      });
    }
    const { url, body } = this.#buildRequest(op.path, op.method, parsedInput.data as Record<string, unknown>);
    const isRead = op.method === 'GET';
    const writeHash = isRead ? '' : `${name}:${hash(body ?? '')}`;
    let idempotencyKey = '';
    if (!isRead) {
      idempotencyKey = this.#pendingWriteKeys.get(writeHash) ?? newKey();
      this.#pendingWriteKeys.set(writeHash, idempotencyKey);
    }
    const attempts = isRead ? this.#options.readRetries + 1 : 1;
    for (let attempt = 0; ; attempt++) {
      try {
        const raw = await this.#attempt(name, op.method, url, body, idempotencyKey, options.signal);
        const parsed = z.safeParse(op.output, raw);
        if (!parsed.success) {
          throw new BackendError('unexpected-response', 'The server sent an unexpected response.', {
            operation: name,
            issues: describeIssues(parsed.error.issues, raw),
          });
        }
        if (!isRead) this.#pendingWriteKeys.delete(writeHash);
        return parsed.data as OutputOf<K>;
      } catch (error) {
        const e = error as BackendError;
        // A write that failed for good will be a new intent next time. A transient failure keeps
        // its key, and so does an unexpected response: the server may have done the write (a 2xx
        // whose body broke the contract), so trying again must replay it, not do it twice.
        if (!isRead && !e.transient && e.kind !== 'unexpected-response') this.#pendingWriteKeys.delete(writeHash);
        if (!e.transient || attempt + 1 >= attempts) throw e;
        await sleep(this.#backoff(attempt), options.signal, name);
      }
    }
  }

  #backoff(attempt: number): number {
    return this.#options.retryDelayMs * 2 ** attempt * (0.5 + Math.random());
  }

  #buildRequest(path: string, method: string, input: Record<string, unknown>): { url: string; body: string | undefined } {
    const rest = { ...input };
    let filled = path;
    for (const param of pathParams(path)) {
      filled = filled.replace(`:${param}`, encodeURIComponent(String(rest[param])));
      delete rest[param];
    }
    let url = this.#options.baseUrl + filled;
    if (method === 'GET') {
      const query = new URLSearchParams(
        Object.entries(rest).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]),
      ).toString();
      return { url: query ? `${url}?${query}` : url, body: undefined };
    }
    return { url, body: JSON.stringify(rest) };
  }

  async #attempt(
    operation: string, method: string, url: string, body: string | undefined,
    idempotencyKey: string, callerSignal: AbortSignal | undefined,
  ): Promise<unknown> {
    if (callerSignal?.aborted) throw aborted(operation);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; controller.abort(); }, this.#options.timeoutMs);
    const onCallerAbort = () => controller.abort();
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const fail = (cause: unknown): BackendError => {
      if (callerSignal?.aborted) return aborted(operation);
      if (timedOut) return new BackendError('timeout', GENERIC_MESSAGES['timeout']!, { operation, cause });
      if (cause instanceof BackendError) return cause;
      return new BackendError('network', 'The server could not be reached.', { operation, cause });
    };
    try {
      const headers = new Headers(await resolveHeaders(this.#options.headers));
      headers.set('Accept', 'application/json');
      if (!headers.has('Accept-Language')) headers.set('Accept-Language', this.#options.language());
      if (body !== undefined) headers.set('Content-Type', 'application/json');
      if (idempotencyKey) headers.set(IDEMPOTENCY_HEADER, idempotencyKey);
      let response: Response;
      try {
        response = await this.#options.fetch(url, {
          method, headers, body, signal: controller.signal, credentials: this.#options.credentials,
        });
      } catch (cause) {
        throw fail(cause);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        throw fail(cause);
      }
      if (!response.ok) throw errorFromResponse(operation, response.status, text);
      try {
        return JSON.parse(text) as unknown;
      } catch (cause) {
        throw new BackendError('unexpected-response', 'The server sent an unexpected response.', {
          operation, status: response.status, issues: ['(root): not JSON'], cause,
        });
      }
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }
}

/** A backend over `fetch` for the operations of one table only (it has a method for each of them). */
export const httpBackendFor = (options: HttpBackendOptions, table: OperationTable): PartialBackend =>
  new HttpBackendFor(options, table) as unknown as PartialBackend;

// Declaration merging: the constructor installs one method per contract operation.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface HttpBackend extends Backend {}

/** The backend interface over `fetch` for every operation of the REST contract. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class HttpBackend extends HttpBackendFor {
  constructor(options: HttpBackendOptions) {
    super(options, operations);
  }
}

function errorFromResponse(operation: string, status: number, text: string): BackendError {
  const kind = kindForStatus(status);
  let parsed: z.infer<typeof ErrorBody> | undefined;
  try {
    const r = z.safeParse(ErrorBody, JSON.parse(text));
    if (r.success) parsed = r.data;
  } catch {
    // Not JSON: the status alone decides.
  }
  return new BackendError(kind, parsed?.error.message || GENERIC_MESSAGES[kind] || 'Request failed.', {
    operation, status, code: parsed?.error.code, fieldErrors: parsed?.error.fieldErrors,
  });
}

function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    out[field] ??= issue.message;
  }
  return out;
}

async function resolveHeaders(source: HeaderSource | undefined): Promise<HeadersInit> {
  if (!source) return {};
  return typeof source === 'function' ? source() : source;
}

const aborted = (operation: string) => new BackendError('aborted', 'The request was cancelled.', { operation });

function sleep(ms: number, signal: AbortSignal | undefined, operation: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted(operation));
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(t); reject(aborted(operation)); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** FNV-1a over the request body: the write's identity without keeping its content (it may hold a key). */
function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36);
}
