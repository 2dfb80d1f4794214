/**
 * Projects side: import CRM users as portal users, CRM accounts as clients.
 *
 * An import runs in batches (one request each), in order, yielding to the event loop
 * between them. It can be cancelled between batches, and its failures retried. A batch
 * whose request failed is kept exactly as it was sent, so sending it again is the
 * identical write and the adapter reuses its idempotency key: a batch the server did
 * execute (only the response was lost) is replayed, never executed twice.
 */
import type {
  ClientImportItem, ClientImportResult, CrmAccountForImport, CrmUser, ImportContext,
  UserImportItem, UserImportResult,
} from '../../schemas/entities.js';
import type { Credentials } from '../../schemas/inputs.js';
import type { StoreError } from '../errors.js';
import type { Result } from '../result.js';
import type { Core } from '../state.js';
import type { RequestKey } from '../store-core.js';
import type { InputOf, OutputOf } from '../../schemas/contract.js';
import { DEFAULT_BATCH_SIZE, planBatches } from '../../rules/import-plan.js';

export type ImportKind = 'users' | 'clients';
export type ImportRunStatus = 'running' | 'cancelling' | 'done' | 'cancelled';

/** One import (and its retries), as the elements show it. */
export interface ImportRun {
  readonly kind: ImportKind;
  /** Every record of the import, in order: the list of results. */
  readonly ids: readonly string[];
  /** Records of the current pass (the import itself, a retry, or the rest after a cancel). */
  readonly total: number;
  /** Records of the current pass answered so far, whatever their outcome. */
  readonly processed: number;
  readonly status: ImportRunStatus;
  /** The last batch request that failed in this pass. */
  readonly error: StoreError | null;
  /** Records left unsent by a cancel; "continue" sends them. */
  readonly notSent: number;
  /** Passes started so far (1 = the import itself). */
  readonly pass: number;
}

/**
 * Why the widget marked a record failed itself (its batch request failed, or was not sent
 * after such a failure), so the elements can say it in the page's language. Records the
 * server answered for carry the server's own `reason` and no `failure`.
 */
export interface ImportFailure {
  readonly error: StoreError;
  /** False when the record's batch was never sent because an earlier batch failed. */
  readonly sent: boolean;
}

/** A record's result as the store keeps it: the server's, or one marked failed by the widget. */
export type UserImportRecord = UserImportResult & { readonly failure?: ImportFailure };
export type ClientImportRecord = ClientImportResult & { readonly failure?: ImportFailure };

export interface UserImportState {
  readonly context: ImportContext | null;
  /** Import session opened by the last lookup; the ZSC key is not kept after it. */
  readonly sessionId: string | null;
  readonly lookupEmail: string | null;
  readonly users: readonly CrmUser[] | null;
  readonly accounts: readonly CrmAccountForImport[] | null;
  readonly userResults: ReadonlyMap<string, UserImportRecord>;
  readonly clientResults: ReadonlyMap<string, ClientImportRecord>;
  readonly userRun: ImportRun | null;
  readonly clientRun: ImportRun | null;
  /**
   * Why the import session ended (expired, or unknown to the server): the credentials are
   * needed again. What was looked up stays, so the user's choices survive the new lookup.
   */
  readonly sessionError: StoreError | null;
}

export const initialUserImportState: UserImportState = {
  context: null, sessionId: null, lookupEmail: null, users: null, accounts: null,
  userResults: new Map(), clientResults: new Map(), userRun: null, clientRun: null, sessionError: null,
};

/** The server no longer knows the import session: only a new lookup (email + ZSC key) opens another. */
/** Request keys of this area. */
export const USER_IMPORT_KEYS = {
  /** Looking users or accounts up: one key for both, so one lookup runs at a time. */
  lookup: 'lookupCrmUsers:users-or-accounts',
} as const satisfies Record<string, RequestKey>;

export const endsSession = (error: StoreError | null | undefined): boolean => error?.code === 'session-expired';

export interface ImportOptions {
  /** Records per request; default 200. */
  batchSize?: number;
}

/** Failures after which the next batches would fail the same way: stop sending. */
const STOPPING_KINDS = new Set<StoreError['kind']>(['unauthorized', 'forbidden', 'conflict', 'not-found', 'invalid-input', 'unsupported']);

interface Job<I> {
  /** Items of the import by record id (what a per-record retry sends again). */
  items: Map<string, I>;
  /** Batches whose request failed, exactly as sent. */
  failedBatches: I[][];
  /** Batches left unsent by a cancel. */
  remaining: I[][];
  batchSize: number;
  cancel: boolean;
  active: Promise<ImportRun | null> | null;
}

interface Kind<I, R> {
  idOf: (item: I) => string;
  send: (batch: readonly I[]) => Promise<Result<unknown>>;
  failed: (item: I, reason: string, failure: ImportFailure) => R;
  runKey: 'userRun' | 'clientRun';
  resultsKey: 'userResults' | 'clientResults';
}

const newJob = <I>(): Job<I> => ({ items: new Map(), failedBatches: [], remaining: [], batchSize: DEFAULT_BATCH_SIZE, cancel: false, active: null });

/** Lets the page handle input and paint between batches. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The list after an import is closed: what was imported (or found existing) is in the portal now, and no run is left. */
function closed(s: UserImportState, kind: ImportKind): Partial<UserImportState> {
  if (kind === 'users') {
    const users = s.users?.map((u) => (!u.inPortal && isIn(s.userResults.get(u.id)) ? { ...u, inPortal: true } : u)) ?? null;
    return { users, userResults: new Map(), userRun: null };
  }
  const accounts = s.accounts?.map((a) => (!a.alreadyClient && isIn(s.clientResults.get(a.id)) ? { ...a, alreadyClient: true } : a)) ?? null;
  return { accounts, clientResults: new Map(), clientRun: null };
}

export class UserImportActions {
  #userJob: Job<UserImportItem> = newJob();
  #clientJob: Job<ClientImportItem> = newJob();
  readonly #users: Kind<UserImportItem, UserImportRecord>;
  readonly #clients: Kind<ClientImportItem, ClientImportRecord>;

  constructor(private readonly core: Core) {
    this.#users = {
      idOf: (i) => i.crmUserId,
      send: (batch) => this.importUserBatch(batch),
      failed: (i, reason, failure) => ({ crmUserId: i.crmUserId, outcome: 'failed', reason, portalUserId: null, failure }),
      runKey: 'userRun',
      resultsKey: 'userResults',
    };
    this.#clients = {
      idOf: (i) => i.accountId,
      send: (batch) => this.importClientBatch(batch),
      failed: (i, reason, failure) => ({ accountId: i.accountId, outcome: 'failed', reason, clientId: null, contactsImported: 0, failure }),
      runKey: 'clientRun',
      resultsKey: 'clientResults',
    };
  }

  loadContext() {
    return this.core.run('getImportContext', {}, {
      onSuccess: (context) => this.core.update('userImport', (s) => ({ ...s, context })),
    });
  }

  /** Opens an import session for the CRM account's users: their list, and no import yet. */
  lookupUsers(credentials: Credentials) {
    return this.#lookup('lookupCrmUsers', credentials, ({ sessionId, users }) => {
      this.#userJob = newJob();
      return { sessionId, users, userResults: new Map(), userRun: null };
    });
  }

  /** Opens an import session for the CRM account's accounts (clients to be). */
  lookupAccounts(credentials: Credentials) {
    return this.#lookup('lookupCrmAccounts', credentials, ({ sessionId, accounts }) => {
      this.#clientJob = newJob();
      return { sessionId, accounts, clientResults: new Map(), clientRun: null };
    });
  }

  /** A lookup: once answered, its session and list (`opened`) replace the old ones; the key is not kept. */
  #lookup<K extends 'lookupCrmUsers' | 'lookupCrmAccounts'>(
    operation: K, credentials: Credentials, opened: (answer: OutputOf<K>) => Partial<UserImportState>,
  ) {
    return this.core.run(operation, credentials as InputOf<K>, {
      key: USER_IMPORT_KEYS.lookup,
      onSuccess: (answer) => {
        const patch = opened(answer);
        this.core.update('userImport', (s) => ({ ...s, ...patch, lookupEmail: credentials.email.trim(), sessionError: null }));
      },
    });
  }

  /** Imports one batch of users; results are merged per user. */
  importUserBatch(items: readonly UserImportItem[], key: RequestKey = 'importUsers') {
    const sessionId = this.core.state.userImport.sessionId ?? '';
    return this.core.run('importUsers', { sessionId, items: [...items] }, {
      key,
      onSuccess: ({ results, seats }) => this.core.update('userImport', (s) => ({
        ...s,
        context: s.context ? { ...s.context, seats } : s.context,
        userResults: merged(s.userResults, results, (r) => r.crmUserId),
      })),
    });
  }

  importClientBatch(items: readonly ClientImportItem[], key: RequestKey = 'importClients') {
    const sessionId = this.core.state.userImport.sessionId ?? '';
    return this.core.run('importClients', { sessionId, items: [...items] }, {
      key,
      onSuccess: ({ results }) => this.core.update('userImport', (s) => ({
        ...s,
        clientResults: merged(s.clientResults, results, (r) => r.accountId),
      })),
    });
  }

  /** "Import Users Now": imports the users in batches. One import at a time: a second call joins the first. */
  importUsers(items: readonly UserImportItem[], options: ImportOptions = {}) {
    return this.#start(this.#userJob, this.#users, 'users', items, options);
  }

  /** Imports CRM accounts as clients (their contacts as client users), in batches. */
  importClients(items: readonly ClientImportItem[], options: ImportOptions = {}) {
    return this.#start(this.#clientJob, this.#clients, 'clients', items, options);
  }

  /** Stops an import after the batch in flight; the rest stays unsent until `continueImport`. */
  cancelImport(kind: ImportKind): void {
    const job = this.#job(kind);
    if (!job.active) return;
    job.cancel = true;
    const recipe = (r: ImportRun): ImportRun => (r.status === 'running' ? { ...r, status: 'cancelling' } : r);
    if (kind === 'users') this.#setRun(this.#users, recipe);
    else this.#setRun(this.#clients, recipe);
  }

  /** "Retry failed": sends again just the records that failed (a failed batch exactly as it was sent). */
  retryFailed(kind: ImportKind): Promise<ImportRun | null> {
    return kind === 'users' ? this.#retry(this.#userJob, this.#users) : this.#retry(this.#clientJob, this.#clients);
  }

  /** Sends what a cancel left unsent. */
  continueImport(kind: ImportKind): Promise<ImportRun | null> {
    return kind === 'users' ? this.#continue(this.#userJob, this.#users) : this.#continue(this.#clientJob, this.#clients);
  }

  /**
   * Closes a finished import and goes back to the list: records imported (or found
   * existing) are marked as being in the portal now. No-op while the import runs.
   */
  closeImport(kind: ImportKind): void {
    if (this.#job(kind).active) return;
    if (kind === 'users') this.#userJob = newJob();
    else this.#clientJob = newJob();
    this.core.update('userImport', (s) => ({ ...s, ...closed(s, kind) }));
  }

  /** "Change the ZSC Ticket": forget the session and everything looked up with it. */
  resetLookup() {
    this.core.abort(USER_IMPORT_KEYS.lookup);
    this.#userJob.cancel = true;
    this.#clientJob.cancel = true;
    this.#userJob = newJob();
    this.#clientJob = newJob();
    this.core.update('userImport', (s) => ({
      ...initialUserImportState, context: s.context,
    }));
  }

  #job(kind: ImportKind): Job<UserImportItem> | Job<ClientImportItem> {
    return kind === 'users' ? this.#userJob : this.#clientJob;
  }

  #start<I, R>(job: Job<I>, kind: Kind<I, R>, name: ImportKind, items: readonly I[], options: ImportOptions) {
    if (job.active) return job.active;
    job.items = new Map(items.map((i) => [kind.idOf(i), i]));
    job.failedBatches = [];
    job.remaining = [];
    job.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const ids = items.map(kind.idOf);
    this.core.update('userImport', (s) => ({
      ...s,
      [kind.resultsKey]: new Map(),
      [kind.runKey]: { kind: name, ids, total: ids.length, processed: 0, status: 'running', error: null, notSent: 0, pass: 0 } satisfies ImportRun,
    }));
    return this.#execute(job, kind, planBatches(items, job.batchSize), false);
  }

  #retry<I, R>(job: Job<I>, kind: Kind<I, R>): Promise<ImportRun | null> {
    if (job.active) return job.active;
    const run = this.core.state.userImport[kind.runKey];
    if (!run) return Promise.resolve(null);
    const results = this.core.state.userImport[kind.resultsKey] as ReadonlyMap<string, { outcome: string }>;
    const inFailedBatches = new Set(job.failedBatches.flat().map(kind.idOf));
    const others: I[] = [];
    for (const id of run.ids) {
      if (results.get(id)?.outcome !== 'failed' || inFailedBatches.has(id)) continue;
      const item = job.items.get(id);
      if (item) others.push(item);
    }
    const batches = [...job.failedBatches, ...planBatches(others, job.batchSize)];
    job.failedBatches = [];
    if (!batches.length) return Promise.resolve(run);
    return this.#execute(job, kind, batches, true);
  }

  #continue<I, R>(job: Job<I>, kind: Kind<I, R>): Promise<ImportRun | null> {
    if (job.active) return job.active;
    const batches = job.remaining;
    job.remaining = [];
    if (!batches.length) return Promise.resolve(this.core.state.userImport[kind.runKey]);
    return this.#execute(job, kind, batches, false);
  }

  #execute<I, R>(job: Job<I>, kind: Kind<I, R>, batches: I[][], isRetry: boolean): Promise<ImportRun | null> {
    job.cancel = false;
    const total = batches.reduce((n, b) => n + b.length, 0);
    // A retry pass leaves what a cancel left unsent waiting for "continue": still counted as not sent.
    const notSent = job.remaining.reduce((n, b) => n + b.length, 0);
    this.#setRun(kind, (r) => ({ ...r, total, processed: 0, status: 'running', error: null, notSent, pass: r.pass + 1 }));
    const promise = (async () => {
      let processed = 0;
      let lastError: StoreError | null = null;
      for (let i = 0; i < batches.length; i++) {
        if (job.cancel) {
          this.#leaveUnsent(job, kind, batches.slice(i), isRetry);
          return this.#finish(job, kind, 'cancelled', lastError);
        }
        const batch = batches[i]!;
        const result = await kind.send(batch);
        if (!result.ok) {
          if (result.error.kind === 'aborted') {
            // The store was disposed or the lookup reset: nothing more is sent.
            this.#leaveUnsent(job, kind, batches.slice(i), isRetry);
            return this.#finish(job, kind, 'cancelled', lastError);
          }
          lastError = result.error;
          if (endsSession(result.error)) this.core.update('userImport', (s) => ({ ...s, sessionId: null, sessionError: result.error }));
          job.failedBatches.push(batch);
          this.#markFailed(kind, batch, result.error.message, { error: result.error, sent: true });
          if (STOPPING_KINDS.has(result.error.kind)) {
            // The next batches would fail the same way: they are failed, unsent, and retried as planned.
            const rest = batches.slice(i + 1);
            job.failedBatches.push(...rest);
            // `reason` is the English text for logs; the elements show `failure` in the page's language.
            this.#markFailed(kind, rest.flat(), `Not sent: ${result.error.message}`, { error: result.error, sent: false });
            processed = total;
            this.#setRun(kind, (r) => ({ ...r, processed, error: lastError }));
            break;
          }
        }
        processed += batch.length;
        this.#setRun(kind, (r) => ({ ...r, processed, error: lastError }));
        if (i + 1 < batches.length) await yieldToEventLoop();
      }
      return this.#finish(job, kind, 'done', lastError);
    })();
    job.active = promise;
    return promise;
  }

  #leaveUnsent<I, R>(job: Job<I>, kind: Kind<I, R>, batches: I[][], isRetry: boolean): void {
    // Unsent batches of a retry are still failures (and keep their exact content); of an import, they wait for "continue".
    if (isRetry) job.failedBatches.push(...batches);
    else job.remaining.push(...batches);
    const notSent = job.remaining.reduce((n, b) => n + b.length, 0);
    this.#setRun(kind, (r) => ({ ...r, notSent }));
  }

  #finish<I, R>(job: Job<I>, kind: Kind<I, R>, status: 'done' | 'cancelled', error: StoreError | null): ImportRun | null {
    job.active = null;
    job.cancel = false;
    if (!this.core.state.userImport[kind.runKey]) return null;
    this.#setRun(kind, (r) => ({ ...r, status, error }));
    return this.core.state.userImport[kind.runKey];
  }

  #markFailed<I, R>(kind: Kind<I, R>, items: readonly I[], reason: string, failure: ImportFailure): void {
    if (!items.length) return;
    this.core.update('userImport', (s) => ({
      ...s,
      [kind.resultsKey]: merged(s[kind.resultsKey] as ReadonlyMap<string, R>, items.map((i) => kind.failed(i, reason, failure)), (_r, n) => kind.idOf(items[n]!)),
    }));
  }

  #setRun<I, R>(kind: Kind<I, R>, recipe: (run: ImportRun) => ImportRun): void {
    this.core.update('userImport', (s) => {
      const run = s[kind.runKey];
      return run ? { ...s, [kind.runKey]: recipe(run) } : s;
    });
  }
}

function merged<R>(current: ReadonlyMap<string, R>, results: readonly R[], idOf: (r: R, n: number) => string): Map<string, R> {
  const next = new Map(current);
  results.forEach((r, n) => next.set(idOf(r, n), r));
  return next;
}

const isIn = (r: { outcome: string } | undefined): boolean => r?.outcome === 'imported' || r?.outcome === 'existing';
