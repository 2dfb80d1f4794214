/**
 * The backend interface the store talks to. A host implements it over its own
 * transport, or uses `HttpBackend` against a server that speaks the REST contract.
 * Split by page, so a Projects page implements only the import operations.
 */
import type {
  InputOf, OperationName, OutputOf, crmSetupOperations, projectsImportOperations,
  crmRecordOperations, projectsTabOperations, zscKeyOperations, projectsClientOperations,
} from '../schemas/contract.js';

export interface CallOptions {
  /** Cancels the call; the promise then rejects with a `BackendError` of kind `aborted`. */
  signal?: AbortSignal;
}

type MethodsOf<Names extends OperationName> = {
  [K in Names]: (input: InputOf<K>, options?: CallOptions) => Promise<OutputOf<K>>;
};

/** Operations of the CRM settings page (`<zoho-projects-setup>` and its parts). */
export type CrmSetupBackend = MethodsOf<keyof typeof crmSetupOperations>;
/** Operations of the Projects portal page (`<crm-user-import>`). */
export type ProjectsImportBackend = MethodsOf<keyof typeof projectsImportOperations>;
/** Operations of a CRM Deal/Account record page (`<projects-related-list>`). */
export type CrmRecordBackend = MethodsOf<keyof typeof crmRecordOperations>;
/** Operations of the Projects tab of Zoho CRM (`<projects-tab>`): its own, and the record page's it reuses. */
export type ProjectsTabBackend = CrmRecordBackend & MethodsOf<keyof typeof projectsTabOperations>;
/** Operations of the ZSC key page, either side (`<zsc-key-panel>`). */
export type ZscKeyBackend = MethodsOf<keyof typeof zscKeyOperations>;
/** Operations of a Projects client page (`<crm-client-info>`). */
export type ProjectsClientBackend = MethodsOf<keyof typeof projectsClientOperations>;
/** Everything; a host passes an object implementing the part its page embeds. */
export type Backend = CrmSetupBackend & ProjectsImportBackend & ProjectsTabBackend & ZscKeyBackend & ProjectsClientBackend;
export type PartialBackend = Partial<Backend>;
