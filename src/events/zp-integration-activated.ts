import type { AssociatedPortal, ClientMappingState } from '../schemas/entities.js';
import { portalSummary, type ZpPortalSummary } from './summaries.js';
import { ZpEvent } from './zp-event.js';

export interface ZpIntegrationActivatedDetail {
  portal: ZpPortalSummary | null;
  /** How the one-time client mapping ended: `done` or `skipped`. */
  clientMapping: ClientMappingState;
}

/** Fired by `<zoho-projects-setup>` when the last setup step is done and the integration becomes active. */
export class ZpIntegrationActivatedEvent extends ZpEvent<ZpIntegrationActivatedDetail> {
  static readonly eventName = 'zp-integration-activated';
  constructor(portal: AssociatedPortal | null, clientMapping: ClientMappingState) {
    super(ZpIntegrationActivatedEvent.eventName, { portal: portal ? portalSummary(portal) : null, clientMapping });
  }
}
