import { ZpPortalEvent, type ZpPortalSummary } from './summaries.js';

export interface ZpDeactivatedDetail {
  /** The portal that was disassociated. */
  portal: ZpPortalSummary | null;
}

/** Fired by `<zoho-projects-setup>` after "Deactivate Zoho Projects" was confirmed and done. */
export class ZpDeactivatedEvent extends ZpPortalEvent<ZpDeactivatedDetail> {
  static readonly eventName = 'zp-deactivated';
}
