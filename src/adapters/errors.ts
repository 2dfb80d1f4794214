/** The one error type every backend call fails with. */
export type BackendErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unexpected-response'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid-input'
  | 'server';

export interface BackendErrorInit {
  operation: string;
  status?: number;
  /** Server's machine-readable code, e.g. `credentials-mismatch`, `portal-name-taken`. */
  code?: string;
  /** Per-field messages for `invalid-input`, keyed by input field name. */
  fieldErrors?: Record<string, string>;
  /** For `unexpected-response`: what broke the contract (paths and issues, no data values). */
  issues?: string[];
  cause?: unknown;
}

export class BackendError extends Error {
  override readonly name = 'BackendError';
  readonly kind: BackendErrorKind;
  readonly operation: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly issues: readonly string[];

  constructor(kind: BackendErrorKind, message: string, init: BackendErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.operation = init.operation;
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? {};
    this.issues = init.issues ?? [];
  }

  /** Worth trying again as it is: the request may not have reached the server, or it failed there. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server';
  }
}

export function kindForStatus(status: number): BackendErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 400 || status === 422) return 'invalid-input';
  if (status === 408 || status === 504) return 'timeout';
  return 'server';
}

/**
 * What HttpBackend says when the server's error body has no message: generic words the
 * elements replace with their own (localised) text; a server's own message is shown.
 */
export const GENERIC_MESSAGES: Readonly<Record<string, string>> = {
  unauthorized: 'You are not signed in, or your session has ended.',
  forbidden: 'You are not permitted to do this.',
  'not-found': 'The server did not find what was asked for.',
  conflict: 'This was changed elsewhere in the meantime.',
  'invalid-input': 'Some of the input was not accepted.',
  server: 'The server could not complete the request.',
  timeout: 'The server took too long to answer.',
};

export const isBackendError = (e: unknown): e is BackendError => e instanceof BackendError;
