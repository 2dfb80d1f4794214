import type { StoreError } from '../store/errors.js';
import { ZpEvent } from './zp-event.js';

/** What a host may log about a failure: never input values, never a key. */
export interface ZpErrorDetail {
  /** Contract operation that failed, e.g. `associatePortal`. */
  operation: string;
  kind: StoreError['kind'];
  message: string;
  status?: number | undefined;
  code?: string | undefined;
  /** For `unexpected-response`: where the response broke the contract. */
  issues: readonly string[];
}

/** Fired when a request of the element fails (after retries), for the host's logs. */
export class ZpErrorEvent extends ZpEvent<ZpErrorDetail> {
  static readonly eventName = 'zp-error';
  constructor(error: StoreError) {
    super(ZpErrorEvent.eventName, {
      operation: error.operation, kind: error.kind, message: error.message,
      status: error.status, code: error.code, issues: [...error.issues],
    });
  }
}
