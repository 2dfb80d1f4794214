import { ZpDetailEvent } from './zp-event.js';

/** Progress of an import, after each batch: counts only. */
export interface ZpImportProgressDetail {
  mode: 'portal-users' | 'client-users';
  /** Records answered so far in this pass (imported, existing or failed). */
  processed: number;
  /** Records of this pass (the import, a retry of failures, or the rest after a cancel). */
  total: number;
  /** Whole percent done, 0–100. */
  percent: number;
}

/** Fired by `<crm-user-import>` after each batch of an import. */
export class ZpImportProgressEvent extends ZpDetailEvent<ZpImportProgressDetail> {
  static readonly eventName = 'zp-import-progress';
}
