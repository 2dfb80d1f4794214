import type { ZscKeyInfo, ZscSide } from '../schemas/entities.js';

export interface ZpKeyRegeneratedDetail {
  side: ZscSide;
  email: string;
  generatedAt: string | null;
  /** Integrations that used the old key: they stop working until updated with the new one. */
  usedBy: string[];
}

/** Fired by `<zsc-key-panel>` when "Regenerate" replaced the ZSC key. Never carries the key. */
export class ZpKeyRegeneratedEvent extends CustomEvent<ZpKeyRegeneratedDetail> {
  static readonly eventName = 'zp-key-regenerated';
  constructor(info: ZscKeyInfo, usedBy: readonly string[]) {
    super(ZpKeyRegeneratedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { side: info.side, email: info.email, generatedAt: info.generatedAt, usedBy: [...usedBy] },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zp-key-regenerated': ZpKeyRegeneratedEvent;
  }
}
