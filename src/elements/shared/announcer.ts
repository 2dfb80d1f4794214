import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for async results ("Portal saved", "Import 40% done").
 * Render `announcer.region()` once in the element's template; call `announce(text)`.
 */
export class Announcer implements ReactiveController {
  #message = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get message(): string {
    return this.#message;
  }

  announce(text: string): void {
    // Clearing first makes screen readers repeat an identical message.
    this.#message = '';
    this.host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#message = text;
      this.host.requestUpdate();
    }, 30);
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#message}</div>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
