import type { PartialBackend } from '../adapters/backend.js';
import { operations } from '../schemas/contract.js';
import { StoreBase } from './store-base.js';
import { SetupActions } from './slices/setup.js';
import { FieldMappingActions } from './slices/field-mapping.js';
import { PermissionsActions } from './slices/permissions.js';
import { ClientMappingActions } from './slices/client-mapping.js';
import { UserImportActions } from './slices/user-import.js';
import { RecordsActions } from './slices/records.js';
import { ProjectsTabActions } from './slices/projects-tab.js';
import { ZscKeyActions } from './slices/zsc-key.js';
import { ClientInfoActions } from './slices/client-info.js';

export { initialState } from './store-base.js';

/**
 * The client state store shared by the elements. Plain TypeScript: state snapshots,
 * subscribe, and actions per area that call the backend and record typed errors.
 */
export class IntegrationStore extends StoreBase {
  readonly setup: SetupActions;
  readonly fieldMapping: FieldMappingActions;
  readonly permissions: PermissionsActions;
  readonly clientMapping: ClientMappingActions;
  readonly userImport: UserImportActions;
  readonly records: RecordsActions;
  readonly projectsTab: ProjectsTabActions;
  readonly zscKey: ZscKeyActions;
  readonly clientInfo: ClientInfoActions;

  constructor(backend: PartialBackend) {
    super(backend, operations);
    const core = this.core;
    this.setup = new SetupActions(core);
    this.fieldMapping = new FieldMappingActions(core, this.setup);
    this.permissions = new PermissionsActions(core, this.setup);
    this.clientMapping = new ClientMappingActions(core, this.setup);
    this.userImport = new UserImportActions(core);
    this.records = new RecordsActions(core);
    this.projectsTab = new ProjectsTabActions(core, this.records);
    this.zscKey = new ZscKeyActions(core, this.setup);
    this.clientInfo = new ClientInfoActions(core);
  }
}
