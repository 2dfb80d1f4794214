import type { ZscKeyInfo, ZscSide } from '../schemas/entities.js';
import { ZpEvent } from './zp-event.js';

/** A ZSC key as events describe it: whose, and when. Never the key. */
export interface ZpKeyGeneratedDetail {
  side: ZscSide;
  email: string;
  generatedAt: string | null;
}

/** Fired by `<zsc-key-panel>` when "Generate Now" created the first ZSC key. */
export class ZpKeyGeneratedEvent extends ZpEvent<ZpKeyGeneratedDetail> {
  static readonly eventName = 'zp-key-generated';
  constructor(info: ZscKeyInfo) {
    super(ZpKeyGeneratedEvent.eventName, { side: info.side, email: info.email, generatedAt: info.generatedAt });
  }
}
