import type { StoreError } from './errors.js';

/** Store actions never throw: they resolve to a Result and record errors in state. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: StoreError };
