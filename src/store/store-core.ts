/**
 * The state container every slice writes through: immutable snapshots, subscribe,
 * and request tracking (pending/error per request key, one request in flight per key,
 * so a double click sends one request). No DOM.
 */
import type { CallOptions, PartialBackend } from '../adapters/backend.js';
import { checkedCall } from '../adapters/checked-call.js';
import type { OperationTable } from '../adapters/http-backend.js';
import type { InputOf, OperationName, OutputOf } from '../schemas/contract.js';
import { toStoreError, unsupported, type StoreError } from './errors.js';
import type { Result } from './result.js';

export interface RequestState {
  readonly pending: boolean;
  readonly error: StoreError | null;
}

/**
 * A request's key: the operation's name, or the name and what the request is about
 * (`'updateRecordProject:Deals:1'`). Typed, so a misspelt key does not compile.
 */
export type RequestKey = OperationName | `${OperationName}:${string}`;

export const IDLE: RequestState = Object.freeze({ pending: false, error: null });

export type Listener<S> = (state: S, previous: S) => void;

export interface RunOptions<T> {
  /** Request key for pending/error state and de-duplication. Defaults to the operation name. */
  key?: RequestKey;
  /** Applied to state when the call succeeds, before the promise resolves. */
  onSuccess?: (value: T) => void;
  signal?: AbortSignal;
}

export class StoreCore<S extends { requests: Readonly<Record<string, RequestState>> }> {
  #state: S;
  readonly #listeners = new Set<Listener<S>>();
  readonly #inFlight = new Map<string, { promise: Promise<Result<unknown>>; controller: AbortController; writes: number }>();
  /** Writes ended so far (answered or not): a read sent before one may not have seen it. */
  #writes = 0;
  readonly #errorListeners = new Set<(error: StoreError) => void>();

  #backend: PartialBackend;

  /**
   * `table`: the operations the store's actions call, whose output schemas every answer is
   * checked against (whatever the backend: see `checkedCall`).
   */
  constructor(backend: PartialBackend, initial: S, private readonly table: OperationTable) {
    this.#backend = backend;
    this.#state = initial;
  }

  get backend(): PartialBackend {
    return this.#backend;
  }

  /** Later calls go to `backend`; the state stays, and calls in flight finish on the previous one. */
  set backend(backend: PartialBackend) {
    this.#backend = backend;
  }

  get state(): S {
    return this.#state;
  }

  subscribe(listener: Listener<S>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Called with every request failure (except cancellations), for host logging via `zp-error`. */
  onError(listener: (error: StoreError) => void): () => void {
    this.#errorListeners.add(listener);
    return () => this.#errorListeners.delete(listener);
  }

  /** Replaces the whole state with a new snapshot and notifies subscribers. */
  replace(next: S): void {
    const previous = this.#state;
    if (next === previous) return;
    this.#state = Object.freeze(next);
    for (const listener of [...this.#listeners]) listener(next, previous);
  }

  update<K extends keyof S>(key: K, recipe: (slice: S[K]) => S[K]): void {
    const current = this.#state[key];
    const next = recipe(current);
    if (next !== current) this.replace({ ...this.#state, [key]: next });
  }

  request(key: RequestKey): RequestState {
    return this.#state.requests[key] ?? IDLE;
  }

  isPending(key: RequestKey): boolean {
    return this.#inFlight.has(key);
  }

  clearError(key: RequestKey): void {
    if (this.request(key).error) this.#setRequest(key, { pending: this.isPending(key), error: null });
  }

  /**
   * Calls a backend operation under a request key. While one call of a key is in
   * flight, calling again returns the same promise instead of sending another request;
   * except a read called after a write that ended while that read was on its way: it waits
   * for that read, then sends its own (its answer may predate the write).
   */
  run<K extends OperationName>(
    operation: K, input: InputOf<K>, options: RunOptions<OutputOf<K>> = {},
  ): Promise<Result<OutputOf<K>>> {
    const key = options.key ?? operation;
    const isWrite = (this.table[operation]?.method ?? 'GET') !== 'GET';
    const existing = this.#inFlight.get(key);
    // Only a read waits: a write in flight is always shared (a double click sends one request).
    if (existing && !isWrite && existing.writes !== this.#writes) return existing.promise.then(() => this.run(operation, input, options));
    if (existing) return existing.promise as Promise<Result<OutputOf<K>>>;
    const backend = this.#backend;
    const method = backend[operation] as ((input: unknown, options?: CallOptions) => Promise<unknown>) | undefined;
    if (typeof method !== 'function') {
      const error = unsupported(operation);
      this.#setRequest(key, { pending: false, error });
      return Promise.resolve({ ok: false, error });
    }
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    this.#setRequest(key, { pending: true, error: null });
    const promise = (async (): Promise<Result<OutputOf<K>>> => {
      try {
        const value = await checkedCall(
          backend, method, operation, input, { signal: controller.signal }, this.table[operation]?.output,
        ).finally(() => { if (isWrite) this.#writes++; }) as OutputOf<K>;
        this.#inFlight.delete(key);
        options.onSuccess?.(value);
        this.#setRequest(key, IDLE);
        return { ok: true, value };
      } catch (raw) {
        this.#inFlight.delete(key);
        const error = toStoreError(raw, operation);
        this.#setRequest(key, { pending: false, error: error.kind === 'aborted' ? null : error });
        if (error.kind !== 'aborted') for (const l of [...this.#errorListeners]) l(error);
        return { ok: false, error };
      } finally {
        options.signal?.removeEventListener('abort', onOuterAbort);
      }
    })();
    this.#inFlight.set(key, { promise, controller, writes: this.#writes });
    return promise;
  }

  /** Cancels one in-flight request. */
  abort(key: RequestKey): void {
    this.#inFlight.get(key)?.controller.abort();
  }

  /** Cancels everything in flight (element removed, store replaced). */
  abortAll(): void {
    for (const { controller } of this.#inFlight.values()) controller.abort();
  }

  #setRequest(key: RequestKey, value: RequestState): void {
    this.update('requests', (requests) => ({ ...requests, [key]: value }));
  }
}
