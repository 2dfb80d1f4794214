/**
 * How the conformance kit talks to a server: through `HttpBackend`, as the elements do (same
 * request building, same response validation, same error parsing), with a `fetch` that can pin
 * an `Idempotency-Key` or replace a body the adapter would never send.
 */
import { HttpBackend } from '../adapters/http-backend.js';
import { BackendError } from '../adapters/errors.js';
import { codeAllowed, ERROR_CODES, type ErrorCode } from '../schemas/error-codes.js';
import { operations, type OperationName } from '../schemas/contract.js';

export interface ProbeOptions {
  baseUrl: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

/** What one request does to the wire, beyond what HttpBackend sends. */
export interface Tamper {
  idempotencyKey?: string;
  /** Replaces the JSON body (input the adapter itself would refuse to send). */
  body?: unknown;
  /** Sends no host headers (authentication). */
  anonymous?: boolean;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: BackendError };

export function backend(options: ProbeOptions, tamper: Tamper = {}): HttpBackend {
  return new HttpBackend({
    baseUrl: options.baseUrl,
    headers: tamper.anonymous ? {} : options.headers,
    timeoutMs: options.timeoutMs,
    readRetries: 0,
    language: () => 'en',
    fetch: (url, init) => {
      const headers = new Headers(init?.headers);
      if (tamper.idempotencyKey) headers.set('Idempotency-Key', tamper.idempotencyKey);
      const body = tamper.body === undefined ? init?.body : JSON.stringify(tamper.body);
      return fetch(url, { ...init, headers, body: body ?? null });
    },
  });
}

/** Runs one call and keeps its failure as a value (a non-BackendError is a bug: rethrown). */
export async function attempt<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof BackendError) return { ok: false, error };
    throw error;
  }
}

/** Why a failure is not the contract's error answer for `operation`, or undefined when it is. */
export function undocumented(operation: OperationName, e: BackendError): string | undefined {
  if (e.kind === 'unexpected-response') return `broke the contract: ${e.issues.join('; ')}`;
  if (e.status === undefined) return `${e.kind}: ${e.message}`;
  if (e.status >= 500 && e.code !== 'unavailable') return undefined; // the default answer: any 5xx
  if (e.code === undefined) return `answered ${e.status} without the error body { error: { code, message } }`;
  if (!codeAllowed(e.code, operation, operations[operation].method !== 'GET')) {
    return `answered ${e.status} '${e.code}', which the contract does not list for ${operation}`;
  }
  const status = (ERROR_CODES as Record<string, { status: number }>)[e.code]!.status;
  if (status !== e.status) return `answered '${e.code}' with status ${e.status}; the contract says ${status}`;
  return undefined;
}

/** Why an outcome is not the error `code` (with its status), or undefined when it is. */
export function notError(outcome: Outcome<unknown>, code: ErrorCode, field?: string): string | undefined {
  const status = ERROR_CODES[code].status;
  if (outcome.ok) return `expected ${status} '${code}', got a success`;
  const e = outcome.error;
  if (e.status !== status || e.code !== code) {
    return `expected ${status} '${code}', got ${e.status ?? e.kind}${e.code ? ` '${e.code}'` : ''}`;
  }
  if (field && e.fieldErrors[field] === undefined) return `'${code}' without fieldErrors.${field}`;
  return undefined;
}

export const describeFailure = (e: BackendError): string =>
  `${e.status ?? e.kind}${e.code ? ` '${e.code}'` : ''}${e.issues.length ? `: ${e.issues.join('; ')}` : ''}`;
