import type { PartialBackend } from '../adapters/backend.js';
import type { StoreError } from './errors.js';
import type { AppState } from './state.js';
import { StoreCore, type Listener, type RequestState } from './store-core.js';
import { SetupActions, initialSetupState } from './slices/setup.js';
import { FieldMappingActions, initialFieldMappingState } from './slices/field-mapping.js';
import { PermissionsActions, initialPermissionsState } from './slices/permissions.js';
import { ClientMappingActions, initialClientMappingState } from './slices/client-mapping.js';
import { UserImportActions, initialUserImportState } from './slices/user-import.js';
import { RecordsActions, initialRecordsState } from './slices/records.js';
import { ZscKeyActions, initialZscKeyState } from './slices/zsc-key.js';
import { ClientInfoActions, initialClientInfoState } from './slices/client-info.js';

export const initialState = (): AppState => ({
  setup: initialSetupState,
  fieldMapping: initialFieldMappingState,
  permissions: initialPermissionsState,
  clientMapping: initialClientMappingState,
  userImport: initialUserImportState,
  records: initialRecordsState,
  zscKey: initialZscKeyState,
  clientInfo: initialClientInfoState,
  requests: {},
});

/**
 * The client state store shared by the elements. Plain TypeScript: state snapshots,
 * subscribe, and actions per area that call the backend and record typed errors.
 */
export class IntegrationStore {
  readonly #core: StoreCore<AppState>;
  readonly setup: SetupActions;
  readonly fieldMapping: FieldMappingActions;
  readonly permissions: PermissionsActions;
  readonly clientMapping: ClientMappingActions;
  readonly userImport: UserImportActions;
  readonly records: RecordsActions;
  readonly zscKey: ZscKeyActions;
  readonly clientInfo: ClientInfoActions;

  constructor(readonly backend: PartialBackend) {
    this.#core = new StoreCore(backend, initialState());
    this.setup = new SetupActions(this.#core);
    this.fieldMapping = new FieldMappingActions(this.#core, this.setup);
    this.permissions = new PermissionsActions(this.#core, this.setup);
    this.clientMapping = new ClientMappingActions(this.#core, this.setup);
    this.userImport = new UserImportActions(this.#core);
    this.records = new RecordsActions(this.#core);
    this.zscKey = new ZscKeyActions(this.#core, this.setup);
    this.clientInfo = new ClientInfoActions(this.#core);
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
  request(key: string): RequestState {
    return this.#core.request(key);
  }

  clearError(key: string): void {
    this.#core.clearError(key);
  }

  /** Cancels every request in flight. */
  dispose(): void {
    this.#core.abortAll();
  }
}
