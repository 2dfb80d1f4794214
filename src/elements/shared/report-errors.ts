import type { IntegrationStore } from '../../store/integration-store.js';
import { ZpErrorEvent } from '../../events/zp-error.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Fires `zp-error` on the host for every failed request of the store the host uses,
 * while the host is connected. One place, so no element forgets to report a failure.
 * Pass a getter that returns undefined for a store shared through context: the
 * provider reports those, so a host hears of each failure once.
 */
export class ErrorReporter implements ReactiveController {
  #store: IntegrationStore | undefined;
  #off: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly getStore: () => IntegrationStore | undefined) {
    host.addController(this);
  }

  // Bound after each update (the first follows connecting), not on connect: reading the store
  // then would resolve it, and start its loads, while a hosting element is still rendering.
  hostUpdated(): void {
    this.#bind();
  }

  hostDisconnected(): void {
    this.#off?.();
    this.#off = undefined;
    this.#store = undefined;
  }

  #bind(): void {
    const store = this.getStore();
    if (store === this.#store) return;
    this.#off?.();
    this.#store = store;
    this.#off = store?.onError((error) => this.host.dispatchEvent(new ZpErrorEvent(error)));
  }
}
