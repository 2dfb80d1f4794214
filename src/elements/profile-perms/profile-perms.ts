import { LitElement, html } from 'lit';
import type { PartialBackend } from '../../adapters/backend.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { StoreController } from '../../store/store-controller.js';
import { storeHostProperties } from '../shared/host-properties.js';
import { baseStyles } from '../shared/base.styles.js';
import { renderNotConnected } from '../shared/request-views.js';
import { styles } from './profile-perms.styles.js';

/**
 * @summary Placeholder until its issue is done.
 * @csspart base - The element's frame.
 */
export class ProfilePerms extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = { ...storeHostProperties };

  declare store: IntegrationStore | undefined;
  declare backend: PartialBackend | undefined;
  declare apiBase: string | undefined;

  readonly #data = new StoreController(this, (s) => s.requests);

  override render() {
    if (!this.#data.store) return renderNotConnected('profile-perms');
    return html`<section part="base"><p>&lt;profile-perms&gt; is not built yet.</p></section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-perms': ProfilePerms;
  }
}
