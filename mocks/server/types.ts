import type * as z from 'zod/mini';
import type { OperationName, Operations, OutputOf } from '../../src/schemas/contract.js';
import type { FakeDb } from '../db.js';
import type { FakeLanguage } from './reasons.js';
import { ERROR_CODES, type ErrorCode } from '../../src/schemas/error-codes.js';

/**
 * Thrown by an operation to answer with the contract's error body. The status is the code's
 * status in the contract's table (`src/schemas/error-codes.ts`), never chosen here.
 */
export class FakeHttpError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.status = ERROR_CODES[code].status;
  }
}

/** `lang`: the request's `Accept-Language`, for the server's own per-record reasons. */
export type OpHandler<K extends OperationName> = (db: FakeDb, input: z.output<Operations[K]['input']>, lang: FakeLanguage) => OutputOf<K>;
export type OpHandlers = { [K in OperationName]: OpHandler<K> };

export const requireAdmin = (db: FakeDb): void => {
  if (!db.status.isAdmin) throw new FakeHttpError('admin-required', 'Administrator privileges are required.');
};

export const credentialsMismatch = () =>
  new FakeHttpError('credentials-mismatch', 'The email address and ZSC key do not match.', {
    zscKey: 'The email address and ZSC key do not match.',
  });
