import type { PropertyDeclarations } from 'lit';

/**
 * The three ways an element finds its data, shared by every element:
 * `store` (property) > a provider above > its own store from `backend` (property) or `api-base`.
 */
export const storeHostProperties: PropertyDeclarations = {
  store: { attribute: false },
  backend: { attribute: false },
  apiBase: { attribute: 'api-base', reflect: true },
};
