import type { RequestState, StoreCore } from './store-core.js';
import type { SetupState } from './slices/setup.js';
import type { FieldMappingState } from './slices/field-mapping.js';
import type { PermissionsState } from './slices/permissions.js';
import type { ClientMappingSliceState } from './slices/client-mapping.js';
import type { UserImportState } from './slices/user-import.js';

/** One immutable snapshot of everything the elements show. */
export interface AppState {
  readonly setup: SetupState;
  readonly fieldMapping: FieldMappingState;
  readonly permissions: PermissionsState;
  readonly clientMapping: ClientMappingSliceState;
  readonly userImport: UserImportState;
  /** Pending flag and last error per request key. */
  readonly requests: Readonly<Record<string, RequestState>>;
}

export type Core = StoreCore<AppState>;
