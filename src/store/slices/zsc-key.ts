/**
 * The "Zoho Service Communication (ZSC) Key" page, either side. The state describes the key
 * (email, generated when, used by) but never holds it: `reveal` hands the key to the caller
 * once, for showing or copying, and keeps no copy.
 */
import type { ZscKeyInfo, ZscSide } from '../../schemas/entities.js';
import type { Result } from '../result.js';
import type { Core } from '../state.js';
import type { RequestKey } from '../store-core.js';
import type { StatusActions } from './status.js';

export interface ZscKeyState {
  readonly info: Readonly<Partial<Record<ZscSide, ZscKeyInfo>>>;
}

export const initialZscKeyState: ZscKeyState = { info: {} };

/** Request keys of this area, per side. */
export const ZSC_KEYS = {
  info: (side: ZscSide): RequestKey => `getZscKey:${side}`,
  reveal: (side: ZscSide): RequestKey => `revealZscKey:${side}`,
  generate: (side: ZscSide): RequestKey => `generateZscKey:${side}`,
  regenerate: (side: ZscSide): RequestKey => `regenerateZscKey:${side}`,
} as const;

export class ZscKeyActions {
  /** `setup`: the integration status to reload after a regenerate, when the store has that area. */
  constructor(private readonly core: Core, private readonly setup?: StatusActions) {}

  #setInfo = (info: ZscKeyInfo) => this.core.update('zscKey', (s) => ({ info: { ...s.info, [info.side]: info } }));

  load(side: ZscSide) {
    return this.core.run('getZscKey', { side }, { key: ZSC_KEYS.info(side), onSuccess: this.#setInfo });
  }

  /** The key itself, for "Show key" or "Copy key". The caller drops it as soon as it is not needed. */
  async reveal(side: ZscSide): Promise<Result<string>> {
    const result = await this.core.run('revealZscKey', { side }, { key: ZSC_KEYS.reveal(side) });
    return result.ok ? { ok: true, value: result.value.zscKey } : result;
  }

  /** "Generate Now": the first key. */
  generate(side: ZscSide) {
    return this.core.run('generateZscKey', { side }, { key: ZSC_KEYS.generate(side), onSuccess: this.#setInfo });
  }

  /**
   * "Regenerate": a new key. Integrations using the old key stop working until updated, so
   * an integration status this store has loaded is loaded again.
   */
  async regenerate(side: ZscSide) {
    const result = await this.core.run('regenerateZscKey', { side }, { key: ZSC_KEYS.regenerate(side), onSuccess: this.#setInfo });
    if (result.ok) await this.setup?.refresh();
    return result;
  }
}
