/** Shadow-DOM helpers shared by the element tests: what a user sees, by its visible text. */
import { LitElement, html } from 'lit';
import { StoreController } from '../src/store/store-controller.js';
import type { IntegrationStore } from '../src/store/integration-store.js';

export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** A text with white space folded and trimmed. */
export const folded = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The element's visible text with white space folded. */
export const text = (el: Element): string => folded(el.shadowRoot!.textContent);

/** The button whose text is exactly `name` (white space folded), or null. */
export const button = (el: Element, name: string): HTMLButtonElement | null =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => folded(b.textContent) === name) ?? null;

/**
 * A provider like <zoho-projects-setup>: shares its `store` with the elements inside through
 * context. Registered once as <test-store-provider>.
 */
export class TestStoreProvider extends LitElement {
  static override properties = { store: { attribute: false } };
  declare store: IntegrationStore | undefined;
  readonly #ctrl = new StoreController(this, (s) => s.requests, { provide: true });
  override render() {
    return html`<slot></slot>`;
  }
  get resolved(): IntegrationStore | undefined {
    return this.#ctrl.store;
  }
}
if (!customElements.get('test-shared-provider')) customElements.define('test-shared-provider', TestStoreProvider);

/** Types into an input as a user does: the value, then an `input` event. */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Picks an option as a user does: the value, then a `change` event. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Replaces navigator.clipboard for one test; returns the function that puts it back. */
export function stubClipboard(value: unknown): () => void {
  const before = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return () => {
    if (before) Object.defineProperty(navigator, 'clipboard', before);
    else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
  };
}
