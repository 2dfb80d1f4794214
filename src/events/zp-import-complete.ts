import { ZpDetailEvent } from './zp-event.js';

/** How an import ended: counts only, per outcome, over every record of the import. */
export interface ZpImportCompleteDetail {
  mode: 'portal-users' | 'client-users';
  /** Records in the import. */
  total: number;
  /** Newly created portal users (or clients). */
  imported: number;
  /** Already portal users (their role kept), or already clients. */
  existing: number;
  failed: number;
  /** Not sent because the import was cancelled. */
  notImported: number;
  /** True when the import stopped because the user cancelled it. */
  cancelled: boolean;
}

/** Fired by `<crm-user-import>` when an import (or a retry of its failures) has finished or was cancelled. */
export class ZpImportCompleteEvent extends ZpDetailEvent<ZpImportCompleteDetail> {
  static readonly eventName = 'zp-import-complete';
}
