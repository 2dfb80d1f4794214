import type { AssociatedPortal } from '../schemas/entities.js';
import { portalSummary, type ZpPortalSummary } from './summaries.js';
import { ZpEvent } from './zp-event.js';

export type { ZpPortalSummary };

export interface ZpPortalSavedDetail {
  portal: ZpPortalSummary;
}

/** Fired by `<zoho-projects-setup>` when "Save" has associated a portal. */
export class ZpPortalSavedEvent extends ZpEvent<ZpPortalSavedDetail> {
  static readonly eventName = 'zp-portal-saved';
  constructor(portal: AssociatedPortal) {
    super(ZpPortalSavedEvent.eventName, { portal: portalSummary(portal) });
  }
}
