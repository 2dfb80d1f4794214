import type { ZscKeyInfo, ZscSide } from '../schemas/entities.js';
import { ZpEvent } from './zp-event.js';

export interface ZpKeyRegeneratedDetail {
  side: ZscSide;
  email: string;
  generatedAt: string | null;
  /** Integrations that used the old key: they stop working until updated with the new one. */
  usedBy: string[];
}

/** Fired by `<zsc-key-panel>` when "Regenerate" replaced the ZSC key. Never carries the key. */
export class ZpKeyRegeneratedEvent extends ZpEvent<ZpKeyRegeneratedDetail> {
  static readonly eventName = 'zp-key-regenerated';
  constructor(info: ZscKeyInfo, usedBy: readonly string[]) {
    super(ZpKeyRegeneratedEvent.eventName, { side: info.side, email: info.email, generatedAt: info.generatedAt, usedBy: [...usedBy] });
  }
}
