import { GENERIC_MESSAGES, type BackendErrorKind } from '../adapters/errors.js';
import { isBackendErrorLike } from '../adapters/checked-call.js';

export type StoreErrorKind = BackendErrorKind | 'unsupported';

/** What the elements show for a failed request. Plain data: safe to keep in state and put in events. */
export interface StoreError {
  readonly kind: StoreErrorKind;
  /** English sentence, for the host's logs; elements show `errorText()` (localised) instead. */
  readonly message: string;
  /** The server's own words, when it sent some for a kind meant for the user (validation, business rules). */
  readonly serverText?: string | undefined;
  readonly operation: string;
  readonly status?: number | undefined;
  readonly code?: string | undefined;
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Contract breaks, for the host's logs (paths and messages, never values). */
  readonly issues: readonly string[];
}

const USER_MESSAGES: Record<StoreErrorKind, string> = {
  network: 'Could not reach the server. Check your connection and try again.',
  timeout: 'The server took too long to answer. Try again.',
  aborted: 'The request was cancelled.',
  'unexpected-response': 'The server sent an unexpected response. Try again; if it keeps happening, contact your administrator.',
  unauthorized: 'You are not permitted to do this: your session may have ended.',
  forbidden: 'You are not permitted to do this.',
  'not-found': 'What you asked for no longer exists.',
  conflict: 'This was changed elsewhere in the meantime. Your changes are kept: reload to see the latest, then apply them again.',
  'invalid-input': 'Some of the input was not accepted.',
  server: 'The server could not complete the request. Try again.',
  unsupported: 'This page’s backend does not offer this operation.',
};

/** Kinds whose server text is meant for the user (validation, business rules). */
const SERVER_TEXT_KINDS = new Set<StoreErrorKind>(['invalid-input', 'conflict', 'not-found', 'forbidden']);

export function toStoreError(error: unknown, operation: string): StoreError {
  if (isBackendErrorLike(error)) {
    const serverText = SERVER_TEXT_KINDS.has(error.kind) && error.message && error.message !== GENERIC_MESSAGES[error.kind]
      ? error.message : undefined;
    // A failure of the server or the adapter keeps its own words for the host's logs (`zp-error`).
    const ownText = error.kind === 'server' && error.message && error.message !== GENERIC_MESSAGES.server ? error.message : undefined;
    return {
      kind: error.kind,
      message: serverText ?? ownText ?? USER_MESSAGES[error.kind],
      serverText,
      operation: error.operation || operation,
      status: error.status,
      code: error.code,
      fieldErrors: error.fieldErrors ?? {},
      issues: error.issues ?? [],
    };
  }
  // A host adapter that throws something else: treat as a server failure, keep no details.
  return { kind: 'server', message: USER_MESSAGES.server, operation, fieldErrors: {}, issues: [] };
}

export function unsupported(operation: string): StoreError {
  return { kind: 'unsupported', message: USER_MESSAGES.unsupported, operation, fieldErrors: {}, issues: [] };
}

/** Errors that mean "stop showing data": the user may not see it. */
export const isNotPermitted = (e: StoreError | null | undefined): boolean =>
  !!e && (e.kind === 'unauthorized' || e.kind === 'forbidden');
