import { ZpDetailEvent } from './zp-event.js';

/** What the CRM lookup found: counts only (never an email, never a key). */
export interface ZpLookupDoneDetail {
  /** `portal-users`: CRM users were looked up; `client-users`: CRM accounts with their contacts. */
  mode: 'portal-users' | 'client-users';
  /** CRM users, or CRM accounts, found. */
  count: number;
  /** Of those, already portal users (or already clients). */
  alreadyInPortal: number;
}

/** Fired by `<crm-user-import>` when "Next Step" has looked up the CRM account's users or accounts. */
export class ZpLookupDoneEvent extends ZpDetailEvent<ZpLookupDoneDetail> {
  static readonly eventName = 'zp-lookup-done';
}
