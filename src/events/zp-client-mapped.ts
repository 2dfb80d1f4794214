import { ZpDetailEvent } from './zp-event.js';

/** A custom mapping saved or removed. */
export interface ZpClientMappedDetail {
  clientId: string;
  /** The account the client is now mapped to; null when the mapping was removed. */
  accountId: string | null;
}

/** Fired by `<client-account-mapper>` after a custom mapping is saved or removed on the server. */
export class ZpClientMappedEvent extends ZpDetailEvent<ZpClientMappedDetail> {
  static readonly eventName = 'zp-client-mapped';
}
