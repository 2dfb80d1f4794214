import type { AssociatedPortal } from '../schemas/entities.js';
import { portalSummary, type ZpPortalSummary } from './summaries.js';
import { ZpEvent } from './zp-event.js';

export interface ZpKeyUpdatedDetail {
  /** The portal whose owner's key was updated (the key itself is never in an event). */
  portal: ZpPortalSummary | null;
  /** True when the update brought a broken integration back. */
  restored: boolean;
}

/** Fired by `<zoho-projects-setup>` after the ZSC key update form was saved. */
export class ZpKeyUpdatedEvent extends ZpEvent<ZpKeyUpdatedDetail> {
  static readonly eventName = 'zp-key-updated';
  constructor(portal: AssociatedPortal | null, restored: boolean) {
    super(ZpKeyUpdatedEvent.eventName, { portal: portal ? portalSummary(portal) : null, restored });
  }
}
