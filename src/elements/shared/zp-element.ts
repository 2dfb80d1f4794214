import { LitElement, type PropertyDeclarations } from 'lit';
import type { PartialBackend } from '../../adapters/backend.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import type { AppState } from '../../store/state.js';
import { StoreController, type StoreControllerOptions } from '../../store/store-controller.js';
import { LocaleController } from '../../i18n/locale.js';
import { ErrorReporter } from './report-errors.js';
import { storeHostProperties } from './host-properties.js';

/** How an element declares its internal reactive state in `static properties` (no attribute, not public). */
export const STATE = { state: true } as const;

/**
 * The small base every element of the library extends: the four properties by which a host
 * page gives an element its data and language, the page-language controller, and one call that
 * connects the element to its store. Nothing else: no lifecycle method is overridden here, so a
 * subclass reads as a plain LitElement (properties, handlers, render).
 */
export abstract class ZpElement extends LitElement {
  // Lit merges a subclass's `static properties` with these; subclasses list only their own.
  static override properties: PropertyDeclarations = storeHostProperties;

  /** A store the host page passes in; wins over a provider above and over `backend` / `api-base`. */
  declare store: IntegrationStore | undefined;
  /** The host's own backend object (any subset of the operations the element uses), validated on every call. */
  declare backend: PartialBackend | undefined;
  /** The base URL of a server that speaks the REST contract (`openapi/openapi.json`). */
  declare apiBase: string | undefined;
  /** The page's language (`en`, `de`, `ja`; see `setLocale()`). */
  declare locale: string | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  /**
   * Finds the element's store (see `StoreController`), re-renders it when `select`'s slice changes,
   * and reports the store's failed requests as `zp-error`: always for a store the element provides,
   * otherwise only for its own store (a provider above reports the shared store's failures once).
   */
  protected connectStore<T>(select: (state: AppState) => T, options: StoreControllerOptions): StoreController<T> {
    const data = new StoreController(this, select, options);
    new ErrorReporter(this, () => (options.provide || !data.isShared ? data.store : undefined));
    return data;
  }
}
