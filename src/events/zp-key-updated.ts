import { ZpPortalEvent, type ZpPortalSummary } from './summaries.js';

export interface ZpKeyUpdatedDetail {
  /** The portal whose owner's key was updated (the key itself is never in an event). */
  portal: ZpPortalSummary | null;
  /** True when the update brought a broken integration back. */
  restored: boolean;
}

/** Fired by `<zoho-projects-setup>` after the ZSC key update form was saved. */
export class ZpKeyUpdatedEvent extends ZpPortalEvent<ZpKeyUpdatedDetail> {
  static readonly eventName = 'zp-key-updated';
}
