import { ZpEvent } from './zp-event.js';
export interface ZpFieldMappingSavedDetail {
  /** Projects fields fed by at least one CRM field (Deals or Accounts) after the save. */
  mappedCount: number;
}

/** Fired by `<field-mapper>` after "Done" saved the field mapping. */
export class ZpFieldMappingSavedEvent extends ZpEvent<ZpFieldMappingSavedDetail> {
  static readonly eventName = 'zp-field-mapping-saved';
  constructor(detail: ZpFieldMappingSavedDetail) {
    super(ZpFieldMappingSavedEvent.eventName, { mappedCount: detail.mappedCount });
  }
}
