import type { AssociatedPortal } from '../schemas/entities.js';
import { portalSummary, type ZpPortalSummary } from './summaries.js';
import { ZpEvent } from './zp-event.js';

export interface ZpDeactivatedDetail {
  /** The portal that was disassociated. */
  portal: ZpPortalSummary | null;
}

/** Fired by `<zoho-projects-setup>` after "Deactivate Zoho Projects" was confirmed and done. */
export class ZpDeactivatedEvent extends ZpEvent<ZpDeactivatedDetail> {
  static readonly eventName = 'zp-deactivated';
  constructor(portal: AssociatedPortal | null) {
    super(ZpDeactivatedEvent.eventName, { portal: portal ? portalSummary(portal) : null });
  }
}
