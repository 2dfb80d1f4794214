/**
 * One contract on every path: the store calls every backend (HttpBackend, a host's object, an
 * object forwarding to a transport) through `checkedCall`, which
 * - checks the answer against the operation's output schema, so a broken answer is an
 *   `unexpected-response` with the paths (`roles: expected array, received null`), never data
 *   the elements trip over;
 * - turns whatever was thrown into a `BackendError`, keeping an adapter's own message;
 * - logs both with the debug switch on (src/debug.ts), the input redacted.
 *
 * A backend that validates its answers itself (HttpBackend) says so with `VALIDATES_OUTPUT`,
 * so a 50,000-account list is parsed once, not twice.
 */
import * as z from 'zod/mini';
import type { CallOptions } from './backend.js';
import { BackendError, type BackendErrorKind } from './errors.js';
import { describeIssues } from './contract-issues.js';
import { debugWarn, redactText, redacted } from '../debug.js';

/** Marks a backend whose answers are already checked against the contract (any copy of the library). */
export const VALIDATES_OUTPUT: unique symbol = Symbol.for('zoho-projects-widgets.validates-output') as never;

const KINDS = new Set<BackendErrorKind>([
  'network', 'timeout', 'aborted', 'unexpected-response', 'unauthorized', 'forbidden', 'not-found', 'conflict', 'invalid-input', 'server',
]);

/**
 * By shape, not only `instanceof`: a host may throw the BackendError of another copy of the
 * library (the single-file bundle beside an npm import), which is still a BackendError.
 */
export function isBackendErrorLike(error: unknown): error is BackendError {
  return error instanceof BackendError || (
    !!error && typeof error === 'object' && (error as { name?: unknown }).name === 'BackendError'
    && KINDS.has((error as { kind?: unknown }).kind as BackendErrorKind)
  );
}

/** Anything a backend threw, as a `BackendError` of this copy; the message keeps no ZSC key of the input. */
export function toBackendError(thrown: unknown, operation: string, input: unknown): BackendError {
  if (isBackendErrorLike(thrown)) return thrown;
  if (thrown instanceof DOMException && thrown.name === 'AbortError') {
    return new BackendError('aborted', 'The request was cancelled.', { operation, cause: thrown });
  }
  const own = thrown instanceof Error ? thrown.message : typeof thrown === 'string' ? thrown : '';
  const message = own ? redactText(own, input) : 'The backend failed without saying why.';
  debugWarn(`${operation} failed: the backend threw ${thrown instanceof Error ? thrown.name : typeof thrown} (not a BackendError): ${message}`,
    { input: redacted(input) });
  return new BackendError('server', message, { operation });
}

type Method = (input: unknown, options?: CallOptions) => Promise<unknown>;

/**
 * Calls one operation and returns its answer as the contract says it is. `output` is the
 * operation's schema; without one (an operation outside the store's table) the answer is
 * passed through as it is.
 */
export async function checkedCall(
  backend: object, method: Method, operation: string, input: unknown, options: CallOptions, output: z.ZodMiniType | undefined,
): Promise<unknown> {
  let raw: unknown;
  try {
    raw = await method.call(backend, input, options);
  } catch (thrown) {
    const error = toBackendError(thrown, operation, input);
    if (error.kind === 'unexpected-response') logContractBreak(operation, error.issues, input);
    throw error;
  }
  if (!output || (backend as { [VALIDATES_OUTPUT]?: boolean })[VALIDATES_OUTPUT]) return raw;
  const parsed = z.safeParse(output, raw);
  if (parsed.success) return parsed.data;
  const issues = describeIssues(parsed.error.issues, raw);
  logContractBreak(operation, issues, input);
  throw new BackendError('unexpected-response', 'The backend sent an unexpected response.', { operation, issues });
}

function logContractBreak(operation: string, issues: readonly string[], input: unknown): void {
  debugWarn(`${operation}: the answer breaks the contract (openapi/openapi.json):\n  ${issues.join('\n  ')}`, { input: redacted(input) });
}
