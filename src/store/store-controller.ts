/**
 * Connects an element to the shared store: finds it (the element's `store` property,
 * else a provider above, else a store of its own from `backend` / `api-base`),
 * subscribes, and re-renders the element when the slice it selects changes identity.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import type { PartialBackend } from '../adapters/backend.js';
import type { IntegrationStore } from './integration-store.js';
import type { StoreFactory } from './area-stores.js';
import { storeContext } from './context.js';
import type { AppState } from './state.js';

export interface StoreHost extends ReactiveControllerHost, HTMLElement {
  /** A store the host page passes in; wins over everything else. */
  store?: IntegrationStore | undefined;
  backend?: PartialBackend | undefined;
  apiBase?: string | undefined;
}

export interface StoreControllerOptions {
  /** Publish the resolved store to descendants (the container element does). */
  provide?: boolean;
  /** Called once per newly resolved store, e.g. to start loading. */
  onStore?: (store: IntegrationStore) => void;
  /**
   * Makes the element's own store from `backend` / `api-base` when none is given or provided:
   * one of `area-stores.ts`, holding only the areas the element uses. Without it, no own store.
   */
  create?: StoreFactory;
}

export class StoreController<T> implements ReactiveController {
  #store: IntegrationStore | undefined;
  #value: T | undefined;
  #unsubscribe: (() => void) | undefined;
  #fromContext: IntegrationStore | undefined;
  #contextAnswered = false;
  #own: { readonly store: IntegrationStore; backend: PartialBackend | undefined; readonly apiBase: string | undefined } | undefined;
  readonly #provider: ContextProvider<typeof storeContext> | undefined;

  constructor(
    private readonly host: StoreHost,
    private readonly select: (state: AppState) => T,
    private readonly options: StoreControllerOptions = {},
  ) {
    if (options.provide) {
      this.#provider = new ContextProvider(host, { context: storeContext });
    } else {
      // Registered before this controller's hooks run, so a provider above answers first.
      new ContextConsumer(host, {
        context: storeContext,
        subscribe: true,
        // Resolved in the host's own update, not here: this answer can come while the provider
        // renders (the host connecting inside its template), and `onStore` starting a load there
        // would change the provider's store in the middle of its update.
        callback: (store) => {
          this.#contextAnswered = true;
          this.#fromContext = store;
          host.requestUpdate();
        },
      });
    }
    host.addController(this);
  }

  /**
   * The store in use, once one could be found. Resolved when read, not only in `hostUpdate`:
   * an element's `willUpdate` runs before its controllers' `hostUpdate`, and must already see a
   * `store` the host page assigned in this very update (not the element's previous own store).
   */
  get store(): IntegrationStore | undefined {
    if (this.host.isConnected && this.#resolve()) this.host.requestUpdate();
    return this.#store;
  }

  /** True when the store comes from a provider above (shared with other elements). */
  get isShared(): boolean {
    return !!this.#store && this.#store === this.#fromContext && this.host.store !== this.#store;
  }

  /** The selected slice of the current snapshot. */
  get value(): T | undefined {
    return this.#value;
  }

  hostConnected(): void {
    // Resolved in the update this schedules (see the context callback above).
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#own?.store.dispose();
    this.#own = undefined;
    this.#store = undefined;
  }

  /** Picks the store to use; returns true when it changed. */
  #resolve(): boolean {
    const next = this.host.store ?? (this.#contextAnswered ? this.#fromContext : undefined) ?? this.#ownStore();
    if (next === this.#store) return false;
    this.#unsubscribe?.();
    this.#store = next;
    this.#provider?.setValue(next);
    if (!next) {
      this.#value = undefined;
      return true;
    }
    this.#value = this.select(next.state);
    this.#unsubscribe = next.subscribe((state) => {
      const selected = this.select(state);
      if (!sameSelection(selected, this.#value)) {
        this.#value = selected;
        this.host.requestUpdate();
      }
    });
    this.options.onStore?.(next);
    return true;
  }

  #ownStore(): IntegrationStore | undefined {
    if (this.#contextAnswered && this.#fromContext) return undefined;
    const { backend, apiBase } = this.host;
    if (!backend && !apiBase) return undefined;
    const own = this.#own;
    if (own && own.backend === backend && own.apiBase === apiBase) return own.store;
    if (own && backend && own.backend && own.apiBase === apiBase && sameOperations(backend, own.backend)) {
      // A host re-rendering hands over a new object with the same operations (React creating the
      // backend during render): the user's work stays, only the calls go to the new object.
      own.store.setBackend(backend);
      own.backend = backend;
      return own.store;
    }
    if (!this.options.create) return undefined;
    this.#own?.store.dispose();
    const store = this.options.create(backend, apiBase);
    this.#own = { store, backend, apiBase };
    return store;
  }
}

/** The names of an object's methods, own or inherited (a class instance's are on its prototype). */
function operationNames(backend: object): string {
  const names = new Set<string>();
  for (let o: object | null = backend; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (name !== 'constructor' && typeof (backend as Record<string, unknown>)[name] === 'function') names.add(name);
    }
  }
  return [...names].sort().join();
}

/** Two backends offering the same operations: taken as the same host's backend, made again. */
const sameOperations = (a: object, b: object): boolean => operationNames(a) === operationNames(b);

function sameSelection(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((v, i) => v === b[i]);
}
