import type { RequestState, StoreCore } from './store-core.js';
import type { SetupState } from './slices/setup.js';
import type { FieldMappingState } from './slices/field-mapping.js';
import type { PermissionsState } from './slices/permissions.js';
import type { ClientMappingSliceState } from './slices/client-mapping.js';
import type { UserImportState } from './slices/user-import.js';
import type { RecordsState } from './slices/records.js';
import type { ProjectsTabState } from './slices/projects-tab.js';
import type { ZscKeyState } from './slices/zsc-key.js';
import type { ClientInfoState } from './slices/client-info.js';

/** One immutable snapshot of everything the elements show. */
export interface AppState {
  readonly setup: SetupState;
  readonly fieldMapping: FieldMappingState;
  readonly permissions: PermissionsState;
  readonly clientMapping: ClientMappingSliceState;
  readonly userImport: UserImportState;
  /** CRM record pages: access, linked projects, project drafts. */
  readonly records: RecordsState;
  /** The Projects tab: every project of the portal. */
  readonly projectsTab: ProjectsTabState;
  /** The ZSC key page (never the key itself). */
  readonly zscKey: ZscKeyState;
  /** Projects client pages: the linked CRM account. */
  readonly clientInfo: ClientInfoState;
  /** Pending flag and last error per request key. */
  readonly requests: Readonly<Record<string, RequestState>>;
}

export type Core = StoreCore<AppState>;
