import { ZpDetailEvent } from './zp-event.js';

/** What the one-time automatic client mapping ended with. */
export interface ZpClientMappingDoneDetail {
  /** `mapped`: "Yes, Map matching records" finished; `skipped`: "No, Skip" was confirmed by the server. */
  outcome: 'mapped' | 'skipped';
  /** Clients mapped to an account (for `skipped`: those mapped by hand so far). */
  mappedCount: number;
  /** Clients left without an account. */
  unmappedCount: number;
}

/** Fired by `<client-account-mapper>` when the one-time step is finished: mapped, or skipped. */
export class ZpClientMappingDoneEvent extends ZpDetailEvent<ZpClientMappingDoneDetail> {
  static readonly eventName = 'zp-client-mapping-done';
}
