import type { PartialBackend } from '../adapters/backend.js';
import type { OperationTable } from '../adapters/http-backend.js';
import type { StoreError } from './errors.js';
import type { AppState } from './state.js';
import { StoreCore, type Listener, type RequestKey, type RequestState } from './store-core.js';
import { initialSetupState } from './slices/setup.js';
import { initialFieldMappingState } from './slices/field-mapping.js';
import { initialPermissionsState } from './slices/permissions.js';
import { initialClientMappingState } from './slices/client-mapping.js';
import { initialUserImportState } from './slices/user-import.js';
import { initialRecordsState } from './slices/records.js';
import { initialProjectsTabState } from './slices/projects-tab.js';
import { initialZscKeyState } from './slices/zsc-key.js';
import { initialClientInfoState } from './slices/client-info.js';

export const initialState = (): AppState => ({
  setup: initialSetupState,
  fieldMapping: initialFieldMappingState,
  permissions: initialPermissionsState,
  clientMapping: initialClientMappingState,
  userImport: initialUserImportState,
  records: initialRecordsState,
  projectsTab: initialProjectsTabState,
  zscKey: initialZscKeyState,
  clientInfo: initialClientInfoState,
  requests: {},
});

/**
 * The store without its areas: state snapshots, subscribe, request tracking. Subclasses add
 * the areas' actions (`IntegrationStore` all of them; `area-stores.ts` one element's).
 */
export class StoreBase {
  readonly #core: StoreCore<AppState>;

  /** `table`: the operations this store's areas call; every answer is checked against their schemas. */
  constructor(backend: PartialBackend, table: OperationTable) {
    this.#core = new StoreCore(backend, initialState(), table);
  }

  get backend(): PartialBackend {
    return this.#core.backend;
  }

  /**
   * Talks to `backend` from now on, keeping the state (what the user looked up, chose and
   * imported). An element given a new but equivalent backend object (a host re-rendering)
   * swaps it in this way instead of starting over. Requests in flight finish on the previous one.
   */
  setBackend(backend: PartialBackend): void {
    this.#core.backend = backend;
  }

  /** What the areas' actions write through. */
  protected get core(): StoreCore<AppState> {
    return this.#core;
  }

  get state(): AppState {
    return this.#core.state;
  }

  subscribe(listener: Listener<AppState>): () => void {
    return this.#core.subscribe(listener);
  }

  onError(listener: (error: StoreError) => void): () => void {
    return this.#core.onError(listener);
  }

  /** Pending flag and last error of one request key (an operation name unless an action says otherwise). */
  request(key: RequestKey): RequestState {
    return this.#core.request(key);
  }

  clearError(key: RequestKey): void {
    this.#core.clearError(key);
  }

  /** Cancels every request in flight. */
  dispose(): void {
    this.#core.abortAll();
  }
}
