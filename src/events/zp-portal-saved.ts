import type { AssociatedPortal } from '../schemas/entities.js';
import { portalSummary, type ZpPortalSummary } from './summaries.js';

export type { ZpPortalSummary };

export interface ZpPortalSavedDetail {
  portal: ZpPortalSummary;
}

/** Fired by `<zoho-projects-setup>` when "Save" has associated a portal. */
export class ZpPortalSavedEvent extends CustomEvent<ZpPortalSavedDetail> {
  static readonly eventName = 'zp-portal-saved';
  constructor(portal: AssociatedPortal) {
    super(ZpPortalSavedEvent.eventName, { bubbles: true, composed: true, detail: { portal: portalSummary(portal) } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zp-portal-saved': ZpPortalSavedEvent;
  }
}
