import type { PropertyDeclarations } from 'lit';

/**
 * Shared by every element. The three ways an element finds its data:
 * `store` (property) > a provider above > its own store from `backend` (property) or `api-base`;
 * and `locale`, the page's language (see `LocaleController`).
 */
export const storeHostProperties: PropertyDeclarations = {
  store: { attribute: false },
  backend: { attribute: false },
  apiBase: { attribute: 'api-base', reflect: true },
  locale: { reflect: true },
};
