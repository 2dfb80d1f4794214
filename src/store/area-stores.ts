/**
 * Stores with only the areas one element uses, for an element that makes its own store (from
 * `backend` or `api-base`, no provider above, no `store` given). An element entry then carries
 * only its own actions and its own operations' schemas: `<crm-client-info>` alone weighs about
 * 10 KB (gzip) less than with the whole `IntegrationStore`.
 *
 * They are typed as `IntegrationStore` because the elements are: each element reaches only the
 * areas its factory gives it (its tests mount it standalone, so a missing area would fail there).
 * A host that shares one store between elements passes a real `IntegrationStore`.
 */
import type { PartialBackend } from '../adapters/backend.js';
import { httpBackendFor, type OperationTable } from '../adapters/http-backend.js';
import {
  clientMappingOperations, crmRecordOperations, crmSetupOperations, fieldMappingOperations, permissionsOperations,
  projectsClientOperations, projectsImportOperations, statusOperations, zscKeyOperations,
} from '../schemas/contract.js';
import type { IntegrationStore } from './integration-store.js';
import { StoreBase } from './store-base.js';
import { SetupActions } from './slices/setup.js';
import { StatusActions } from './slices/status.js';
import { FieldMappingActions } from './slices/field-mapping.js';
import { PermissionsActions } from './slices/permissions.js';
import { ClientMappingActions } from './slices/client-mapping.js';
import { UserImportActions } from './slices/user-import.js';
import { RecordsActions } from './slices/records.js';
import { ZscKeyActions } from './slices/zsc-key.js';
import { ClientInfoActions } from './slices/client-info.js';

/** Makes an element's own store from its `backend` property or `api-base` attribute. */
export type StoreFactory = (backend: PartialBackend | undefined, apiBase: string | undefined) => IntegrationStore;

// The tables are merged when a store is made, not when this module loads: a merged table built at
// the top level would stay in every entry (a bundler keeps an object spread it cannot prove pure).
function areaStore<S extends StoreBase>(
  Store: new (backend: PartialBackend, table: OperationTable) => S, table: OperationTable, more: OperationTable = {},
): StoreFactory {
  return (backend, apiBase) => {
    const merged = { ...table, ...more };
    return new Store(backend ?? httpBackendFor({ baseUrl: apiBase ?? '' }, merged), merged) as unknown as IntegrationStore;
  };
}

class SetupStore extends StoreBase {
  readonly setup = new SetupActions(this.core);
  readonly fieldMapping = new FieldMappingActions(this.core, this.setup);
  readonly permissions = new PermissionsActions(this.core, this.setup);
  readonly clientMapping = new ClientMappingActions(this.core, this.setup);
}
/** A hosted area standing alone: its own actions, and the status they read again after a save. */
class StatusStore extends StoreBase {
  readonly setup = new StatusActions(this.core);
}
class FieldMappingStore extends StatusStore {
  readonly fieldMapping = new FieldMappingActions(this.core, this.setup);
}
class PermissionsStore extends StatusStore {
  readonly permissions = new PermissionsActions(this.core, this.setup);
}
class ClientMappingStore extends StatusStore {
  readonly clientMapping = new ClientMappingActions(this.core, this.setup);
}
class UserImportStore extends StoreBase {
  readonly userImport = new UserImportActions(this.core);
}
class RecordsStore extends StoreBase {
  readonly records = new RecordsActions(this.core);
}
class ZscKeyStore extends StoreBase {
  readonly zscKey = new ZscKeyActions(this.core);
}
class ClientInfoStore extends StoreBase {
  readonly clientInfo = new ClientInfoActions(this.core);
}

/** `<zoho-projects-setup>` and the three elements it hosts (they share its store). */
export const setupStore = areaStore(SetupStore, crmSetupOperations);
// Standing alone, the three hosted elements need the status (read after a save) and their own area.
export const fieldMappingStore = areaStore(FieldMappingStore, statusOperations, fieldMappingOperations);
export const permissionsStore = areaStore(PermissionsStore, statusOperations, permissionsOperations);
export const clientMappingStore = areaStore(ClientMappingStore, statusOperations, clientMappingOperations);
export const userImportStore = areaStore(UserImportStore, projectsImportOperations);
export const recordsStore = areaStore(RecordsStore, crmRecordOperations);
export const zscKeyStore = areaStore(ZscKeyStore, zscKeyOperations);
export const clientInfoStore = areaStore(ClientInfoStore, projectsClientOperations);
