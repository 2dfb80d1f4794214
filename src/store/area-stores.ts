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
  projectsClientOperations, projectsImportOperations, projectsTabOperations, statusOperations, zscKeyOperations,
} from '../schemas/contract.js';
import type { IntegrationStore } from './integration-store.js';
import type { Core } from './state.js';
import { StoreBase } from './store-base.js';
import { SetupActions } from './slices/setup.js';
import { StatusActions } from './slices/status.js';
import { FieldMappingActions } from './slices/field-mapping.js';
import { PermissionsActions } from './slices/permissions.js';
import { ClientMappingActions } from './slices/client-mapping.js';
import { UserImportActions } from './slices/user-import.js';
import { RecordsActions } from './slices/records.js';
import { ProjectsTabActions } from './slices/projects-tab.js';
import { ZscKeyActions } from './slices/zsc-key.js';
import { ClientInfoActions } from './slices/client-info.js';

/** Makes an element's own store from its `backend` property or `api-base` attribute. */
export type StoreFactory = (backend: PartialBackend | undefined, apiBase: string | undefined) => IntegrationStore;

/** A store with only the areas `areas` makes from its core. */
class AreaStore extends StoreBase {
  constructor(backend: PartialBackend, table: OperationTable, areas: (core: Core) => object) {
    super(backend, table);
    Object.assign(this, areas(this.core));
  }
}

// The tables are merged when a store is made, not when this module loads: a merged table built at
// the top level would stay in every entry (a bundler keeps an object spread it cannot prove pure).
function areaStore(areas: (core: Core) => object, table: OperationTable, more: OperationTable = {}): StoreFactory {
  return (backend, apiBase) => {
    const merged = { ...table, ...more };
    return new AreaStore(backend ?? httpBackendFor({ baseUrl: apiBase ?? '' }, merged), merged, areas) as unknown as IntegrationStore;
  };
}

/** A hosted area standing alone: its own actions, and the status they read again after a save. */
const withStatus = (area: (core: Core, setup: StatusActions) => object) => (core: Core) => {
  const setup = new StatusActions(core);
  return { setup, ...area(core, setup) };
};
const records = (core: Core) => ({ records: new RecordsActions(core) });

/** `<zoho-projects-setup>` and the three elements it hosts (they share its store). */
export const setupStore = areaStore((core) => {
  const setup = new SetupActions(core);
  return {
    setup,
    fieldMapping: new FieldMappingActions(core, setup),
    permissions: new PermissionsActions(core, setup),
    clientMapping: new ClientMappingActions(core, setup),
  };
}, crmSetupOperations);
// Standing alone, the three hosted elements need the status (read after a save) and their own area.
export const fieldMappingStore = areaStore(withStatus((core, setup) => ({ fieldMapping: new FieldMappingActions(core, setup) })),
  statusOperations, fieldMappingOperations);
export const permissionsStore = areaStore(withStatus((core, setup) => ({ permissions: new PermissionsActions(core, setup) })),
  statusOperations, permissionsOperations);
export const clientMappingStore = areaStore(withStatus((core, setup) => ({ clientMapping: new ClientMappingActions(core, setup) })),
  statusOperations, clientMappingOperations);
export const userImportStore = areaStore((core) => ({ userImport: new UserImportActions(core) }), projectsImportOperations);
export const recordsStore = areaStore(records, crmRecordOperations);
/** `<projects-tab>`: its own operations, and the record pages' (access, and a project created from a record). */
export const projectsTabStore = areaStore((core) => {
  const area = records(core);
  return { ...area, projectsTab: new ProjectsTabActions(core, area.records) };
}, crmRecordOperations, projectsTabOperations);
export const zscKeyStore = areaStore((core) => ({ zscKey: new ZscKeyActions(core) }), zscKeyOperations);
export const clientInfoStore = areaStore((core) => ({ clientInfo: new ClientInfoActions(core) }), projectsClientOperations);
