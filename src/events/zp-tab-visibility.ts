import { ZpDetailEvent } from './zp-event.js';

export interface ZpTabVisibilityDetail {
  /**
   * Whether the Projects tab should be shown: the integration is set up (active, or with a broken
   * key) and the signed-in user's profile has Tab Visibility.
   */
  visible: boolean;
}

/**
 * Fired by `<projects-tab>` once it knows whether the tab should be shown, and again whenever
 * that changes; the same answer is in its `tabVisible` property and `tab-visible` attribute.
 */
export class ZpTabVisibilityEvent extends ZpDetailEvent<ZpTabVisibilityDetail> {
  static readonly eventName = 'zp-tab-visibility';
}
