import type { AssociatedPortal } from '../schemas/entities.js';
import { portalSummary, type ZpPortalSummary } from './summaries.js';

export interface ZpDeactivatedDetail {
  /** The portal that was disassociated. */
  portal: ZpPortalSummary | null;
}

/** Fired by `<zoho-projects-setup>` after "Deactivate Zoho Projects" was confirmed and done. */
export class ZpDeactivatedEvent extends CustomEvent<ZpDeactivatedDetail> {
  static readonly eventName = 'zp-deactivated';
  constructor(portal: AssociatedPortal | null) {
    super(ZpDeactivatedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { portal: portal ? portalSummary(portal) : null },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zp-deactivated': ZpDeactivatedEvent;
  }
}
