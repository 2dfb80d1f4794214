import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * What must wait until the host has rendered: a focus move (its target is in the view being
 * rendered) and events (a listener reading the element sees the new view). Controllers queue;
 * the host's update runs them once, focus first.
 */
export class AfterUpdate implements ReactiveController {
  #focus: string | null = null;
  #waitForTarget = false;
  #events: Event[] = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * Moves focus to `selector` in the host's shadow root after the next render. A target that did
   * not appear is dropped, unless `waitForTarget` (it appears once data arrives, e.g. a form after
   * its prefill): then every render tries again until it is there or another move replaces it.
   */
  focus(selector: string, options: { waitForTarget?: boolean } = {}): void {
    this.#focus = selector;
    this.#waitForTarget = options.waitForTarget ?? false;
  }

  /** Dispatches `event` from the host after the next render. */
  dispatch(event: Event): void {
    this.#events.push(event);
  }

  hostUpdated(): void {
    if (this.#focus) {
      const target = this.host.renderRoot.querySelector<HTMLElement>(this.#focus);
      if (target || !this.#waitForTarget) this.#focus = null;
      target?.focus();
    }
    const events = this.#events;
    this.#events = [];
    for (const e of events) this.host.dispatchEvent(e);
  }
}
