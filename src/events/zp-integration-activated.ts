import type { AssociatedPortal, ClientMappingState } from '../schemas/entities.js';
import { portalSummary, type ZpPortalSummary } from './summaries.js';

export interface ZpIntegrationActivatedDetail {
  portal: ZpPortalSummary | null;
  /** How the one-time client mapping ended: `done` or `skipped`. */
  clientMapping: ClientMappingState;
}

/** Fired by `<zoho-projects-setup>` when the last setup step is done and the integration becomes active. */
export class ZpIntegrationActivatedEvent extends CustomEvent<ZpIntegrationActivatedDetail> {
  static readonly eventName = 'zp-integration-activated';
  constructor(portal: AssociatedPortal | null, clientMapping: ClientMappingState) {
    super(ZpIntegrationActivatedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { portal: portal ? portalSummary(portal) : null, clientMapping },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zp-integration-activated': ZpIntegrationActivatedEvent;
  }
}
