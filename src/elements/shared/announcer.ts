import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { getLocale } from '../../i18n/locale.js';

/**
 * A polite live region for async results ("Portal saved", "Import 40% done").
 * Render `announcer.region()` once in the element's template; call `announce(text)`.
 */
export class Announcer implements ReactiveController {
  #message = '';
  /** The language the message is in: after a change of language it is not shown any more. */
  #locale = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get message(): string {
    return this.#locale === getLocale() ? this.#message : '';
  }

  announce(text: string): void {
    // Clearing first makes screen readers repeat an identical message.
    this.#message = '';
    this.host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#message = text;
      this.#locale = getLocale();
      this.host.requestUpdate();
    }, 30);
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
