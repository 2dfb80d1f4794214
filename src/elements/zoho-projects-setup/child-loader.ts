import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { loadElement, tagName } from '../../registry.js';
import { renderLoading } from '../shared/request-views.js';

/** The elements hosted by the setup's steps (by default tag; a host may have renamed them with `define()`). */
export type ChildTag = 'field-mapper' | 'profile-perms' | 'client-account-mapper';
const CHILD_TAGS: readonly ChildTag[] = ['field-mapper', 'profile-perms', 'client-account-mapper'];

/**
 * The step elements `<zoho-projects-setup>` hosts, loaded on demand (the setup's entry does not
 * carry them): loading, failed with "Retry", missing from the page, or the element itself.
 */
export class ChildLoader implements ReactiveController {
  /** Elements being loaded, or whose file failed to load. */
  readonly #loads = new Map<ChildTag, 'loading' | 'failed'>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Registered later (by the page, or by another copy): render it then.
    for (const tag of CHILD_TAGS) {
      const name = tagName(tag);
      if (!customElements.get(name)) void customElements.whenDefined(name).then(() => this.host.requestUpdate());
    }
  }

  /** Starts loading a step's element when the step shows, so it is there by "Map Now" / "Setup". */
  prefetch(tag: ChildTag | null): void {
    if (tag && !this.#loads.has(tag)) this.#load(tag);
  }

  /** Loads an element's file unless it is registered or nothing on the page can load it. */
  #load(tag: ChildTag): void {
    const load = loadElement(tag);
    if (!load || customElements.get(tagName(tag))) return;
    this.#loads.set(tag, 'loading');
    this.host.requestUpdate();
    load.then(
      () => { this.#loads.delete(tag); this.host.requestUpdate(); },
      () => { this.#loads.set(tag, 'failed'); this.host.requestUpdate(); },
    );
  }

  /** A hosted element, under the tag name it is registered with. */
  render(tag: ChildTag): TemplateResult {
    const name = tagName(tag);
    if (customElements.get(name)) {
      const t = unsafeStatic(name);
      return staticHtml`<${t} part=${tag}></${t}>`;
    }
    const load = this.#loads.get(tag);
    if (load === 'loading') return renderLoading(msg('Loading this step…', { id: 'setup.child-loading' }));
    if (load === 'failed') {
      return html`<div class="notice error" role="alert" part="error">
        <p>${msg('This step could not be loaded. Check your connection and try again.', { id: 'setup.child-failed' })}</p>
        <div class="actions"><button type="button" @click=${() => this.#load(tag)}>${msg('Retry', { id: 'shared.retry' })}</button></div>
      </div>`;
    }
    return html`<div class="notice warning" part="missing">
      <p>${msg(html`The ${html`<code>&lt;${name}&gt;</code>`} element is not available on this page: register it with ${html`<code>define()</code>`}
        or by importing its file from ${html`<code>register/</code>`}.`, { id: 'setup.missing-element' })}</p>
    </div>`;
  }
}
