import type { AssociatedPortal } from '../schemas/entities.js';

/** The associated portal as events describe it: never a key. */
export interface ZpPortalSummary {
  id: string;
  name: string;
  ownerEmail: string;
  source: AssociatedPortal['source'];
}

export const portalSummary = (p: AssociatedPortal): ZpPortalSummary =>
  ({ id: p.id, name: p.name, ownerEmail: p.ownerEmail, source: p.source });

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
