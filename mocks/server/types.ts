import type * as z from 'zod/mini';
import type { OperationName, Operations, OutputOf } from '../../src/schemas/contract.js';
import type { FakeDb } from '../db.js';
import type { FakeLanguage } from './reasons.js';

/** Thrown by an operation to answer with an error status and the contract's error body. */
export class FakeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** `lang`: the request's `Accept-Language`, for the server's own per-record reasons. */
export type OpHandler<K extends OperationName> = (db: FakeDb, input: z.output<Operations[K]['input']>, lang: FakeLanguage) => OutputOf<K>;
export type OpHandlers = { [K in OperationName]: OpHandler<K> };

export const requireAdmin = (db: FakeDb): void => {
  if (!db.status.isAdmin) throw new FakeHttpError(403, 'admin-required', 'Administrator privileges are required.');
};

export const credentialsMismatch = () =>
  new FakeHttpError(422, 'credentials-mismatch', 'The email address and ZSC key do not match.', {
    zscKey: 'The email address and ZSC key do not match.',
  });
