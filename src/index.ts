/**
 * Main entry: exports only; registers nothing (call `define()` or import a file of
 * `register/` for that).
 */
export { ZohoProjectsSetup } from './elements/zoho-projects-setup/zoho-projects-setup.js';
export { FieldMapper } from './elements/field-mapper/field-mapper.js';
export { ProfilePerms } from './elements/profile-perms/profile-perms.js';
export { ClientAccountMapper } from './elements/client-account-mapper/client-account-mapper.js';
export { CrmUserImport } from './elements/crm-user-import/crm-user-import.js';
export { ProjectsRelatedList } from './elements/projects-related-list/projects-related-list.js';
export { ProjectsTab } from './elements/projects-tab/projects-tab.js';
export { ZscKeyPanel } from './elements/zsc-key-panel/zsc-key-panel.js';
export { CrmClientInfo } from './elements/crm-client-info/crm-client-info.js';
export { define } from './define.js';
export { setLocale, getLocale, LOCALES, type Locale } from './i18n/locale.js';
export { setDebug } from './debug.js';
export { tagName, type DefaultTag } from './registry.js';
export * from './store/index.js';
export { HttpBackend, IDEMPOTENCY_HEADER, type HttpBackendOptions } from './adapters/http-backend.js';
export { BackendError, type BackendErrorKind } from './adapters/errors.js';
export type {
  Backend, CrmSetupBackend, ProjectsImportBackend, CrmRecordBackend, ProjectsTabBackend, ZscKeyBackend, ProjectsClientBackend,
  PartialBackend, CallOptions,
} from './adapters/backend.js';
export * from './events/index.js';
export * as schemas from './schemas/index.js';
export type * from './schemas/entities.js';
export type { Credentials } from './schemas/inputs.js';
export type { InputOf, OutputOf, OperationName } from './schemas/contract.js';
export type { ImportMode } from './elements/crm-user-import/crm-user-import.js';
export type { ImportRun, ImportKind, ImportRunStatus, ImportOptions, UserImportState } from './store/slices/user-import.js';
