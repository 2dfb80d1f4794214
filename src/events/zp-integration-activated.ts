import type { ClientMappingState } from '../schemas/entities.js';
import { ZpPortalEvent, type ZpPortalSummary } from './summaries.js';

export interface ZpIntegrationActivatedDetail {
  portal: ZpPortalSummary | null;
  /** How the one-time client mapping ended: `done` or `skipped`. */
  clientMapping: ClientMappingState;
}

/** Fired by `<zoho-projects-setup>` when the last setup step is done and the integration becomes active. */
export class ZpIntegrationActivatedEvent extends ZpPortalEvent<ZpIntegrationActivatedDetail> {
  static readonly eventName = 'zp-integration-activated';
}
