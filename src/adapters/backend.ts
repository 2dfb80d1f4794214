/**
 * The backend interface the store talks to. A host implements it over its own
 * transport, or uses `HttpBackend` against a server that speaks the REST contract.
 * Split by page, so a Projects page implements only the import operations.
 */
import type {
  InputOf, OperationName, OutputOf, crmSetupOperations, projectsImportOperations,
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
/** Everything; a host passes an object implementing the part its page embeds. */
export type Backend = CrmSetupBackend & ProjectsImportBackend;
export type PartialBackend = Partial<Backend>;
