/**
 * The REST contract: one table of operations, each with its method, path, input and
 * output schema. The HTTP adapter, the fake server's handlers, the backend interface
 * types and the OpenAPI document are all derived from this table.
 */
import * as z from 'zod/mini';
import {
  ClientAccountLink, ClientImportItem, ClientImportResult,
  ClientMappingReport, Account, Client, CrmAccountForImport, CrmUser, FieldMappingDoc,
  FieldMappingEntry, ImportContext, IntegrationStatus, PermissionSet, PermissionsDoc,
  PermissionsSaveResult, Portal, PortalSource, Seats, UserImportItem, UserImportResult,
  ClientCrmInfo, CrmModule, FieldValue, LinkedProject, ProjectFormSource, RecordAccess, RecordProjects,
  PortalProject, PortalProjects, ProjectDetails, PortalProjectForm, RecordChoices,
  ZscKeyInfo, ZscSide,
} from './entities.js';
import { EmailAddress, PortalName, ZscKey } from './inputs.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Operation<I extends z.ZodMiniType = z.ZodMiniType, O extends z.ZodMiniType = z.ZodMiniType> {
  method: HttpMethod;
  /** Path below the adapter's base URL; `:name` segments are taken from the input. */
  path: string;
  input: I;
  output: O;
}

const op = <I extends z.ZodMiniType, O extends z.ZodMiniType>(o: Operation<I, O>): Operation<I, O> => o;

type Merged<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]] ? H & Merged<R> : unknown;
/**
 * One table from several, called with a pure annotation: an entry that never reads the merged
 * table drops it, and with it every schema it alone refers to. (A bundler keeps an object spread
 * at the top level, since spreading might run getters: every entry would carry every schema.)
 */
const merge = <T extends readonly object[]>(...tables: T): Merged<T> => Object.assign({}, ...tables) as Merged<T>;
const Empty = z.object({});
const PortalList = z.object({ portals: z.array(Portal) });
const CredentialsInput = z.object({ email: EmailAddress, zscKey: ZscKey });
const Id = z.string().check(z.minLength(1));

/** The integration status, which every CRM settings element reads (and re-reads after a save). */
export const statusOperations = {
  getStatus: op({ method: 'GET', path: '/crm/integration', input: Empty, output: IntegrationStatus }),
} as const;

/** Enabling the integration and configuring its portal (`<zoho-projects-setup>`). */
export const portalOperations = {
  startTrial: op({ method: 'POST', path: '/crm/trial', input: Empty, output: IntegrationStatus }),
  startSetup: op({ method: 'POST', path: '/crm/integration/start', input: Empty, output: IntegrationStatus }),
  listOwnPortals: op({ method: 'GET', path: '/crm/portals', input: Empty, output: PortalList }),
  lookupOtherPortals: op({ method: 'POST', path: '/crm/portals/lookup', input: CredentialsInput, output: PortalList }),
  createPortal: op({ method: 'POST', path: '/crm/portals', input: z.object({ name: PortalName }), output: z.object({ portal: Portal, portals: z.array(Portal) }) }),
  associatePortal: op({
    method: 'POST', path: '/crm/integration/portal', input: z.object({ portalId: Id, source: PortalSource, credentials: z.optional(CredentialsInput) }),
    output: IntegrationStatus,
  }),
} as const;

/** Field mapping (`<field-mapper>`). */
export const fieldMappingOperations = {
  getFieldMapping: op({ method: 'GET', path: '/crm/field-mapping', input: Empty, output: FieldMappingDoc }),
  saveFieldMapping: op({ method: 'PUT', path: '/crm/field-mapping', input: z.object({ mapping: z.array(FieldMappingEntry), version: z.int() }), output: FieldMappingDoc }),
} as const;

/** Profile permissions on the Projects tab (`<profile-perms>`). */
export const permissionsOperations = {
  getPermissions: op({ method: 'GET', path: '/crm/profile-permissions', input: Empty, output: PermissionsDoc }),
  savePermissions: op({
    method: 'PUT', path: '/crm/profile-permissions', input: z.object({ profiles: z.array(z.object({ profileId: Id, permissions: PermissionSet })), version: z.int() }),
    output: PermissionsSaveResult,
  }),
} as const;

/** One-time and custom client ↔ account mapping (`<client-account-mapper>`). */
export const clientMappingOperations = {
  listClients: op({ method: 'GET', path: '/crm/clients', input: Empty, output: z.object({ clients: z.array(Client) }) }),
  listAccounts: op({ method: 'GET', path: '/crm/accounts', input: Empty, output: z.object({ accounts: z.array(Account) }) }),
  runClientMapping: op({ method: 'POST', path: '/crm/client-mapping/run', input: z.object({ dryRun: z.boolean() }), output: ClientMappingReport }),
  skipClientMapping: op({ method: 'POST', path: '/crm/client-mapping/skip', input: Empty, output: IntegrationStatus }),
  mapClient: op({ method: 'PUT', path: '/crm/clients/:clientId/account', input: z.object({ clientId: Id, accountId: Id }), output: ClientAccountLink }),
  unmapClient: op({ method: 'DELETE', path: '/crm/clients/:clientId/account', input: z.object({ clientId: Id }), output: ClientAccountLink }),
} as const;

/** Managing an active integration: the owner's ZSC key, and deactivating (`<zoho-projects-setup>`). */
export const integrationOperations = {
  updateKey: op({ method: 'POST', path: '/crm/integration/key', input: CredentialsInput, output: IntegrationStatus }),
  deactivate: op({ method: 'POST', path: '/crm/integration/deactivate', input: Empty, output: IntegrationStatus }),
} as const;

/** Operations a CRM settings page needs (`<zoho-projects-setup>` and its parts). */
export const crmSetupOperations = /* @__PURE__ */ merge(
  statusOperations, portalOperations, fieldMappingOperations, permissionsOperations, clientMappingOperations, integrationOperations,
);

/** Operations a Projects portal page needs (`<crm-user-import>`). */
export const projectsImportOperations = {
  getImportContext: op({ method: 'GET', path: '/projects/import/context', input: Empty, output: ImportContext }),
  lookupCrmUsers: op({ method: 'POST', path: '/projects/import/crm-users/lookup', input: CredentialsInput, output: z.object({ sessionId: Id, users: z.array(CrmUser) }) }),
  lookupCrmAccounts: op({ method: 'POST', path: '/projects/import/crm-accounts/lookup', input: CredentialsInput, output: z.object({ sessionId: Id, accounts: z.array(CrmAccountForImport) }) }),
  importUsers: op({ method: 'POST', path: '/projects/import/users', input: z.object({ sessionId: Id, items: z.array(UserImportItem) }), output: z.object({ results: z.array(UserImportResult), seats: Seats }) }),
  importClients: op({ method: 'POST', path: '/projects/import/clients', input: z.object({ sessionId: Id, items: z.array(ClientImportItem) }), output: z.object({ results: z.array(ClientImportResult) }) }),
} as const;

// z.extend, not an object spread: a bundler keeps an unused object that spreads another.
const RecordRef = z.object({ module: CrmModule, recordId: Id });
const ProjectRef = z.object({ projectId: Id });
/** The fields "Edit" changes on a record page. */
const ProjectEdit = { name: z.string(), status: z.string(), startDate: z.nullable(z.string()), endDate: z.nullable(z.string()) };
/** A project form's values, by Projects field id. */
const FormValues = z.record(z.string(), FieldValue);
const ProjectWrite = z.object({ project: LinkedProject, projects: z.array(LinkedProject) });
const ZscSideInput = z.object({ side: ZscSide });

/** Operations of a CRM Deal or Account record page (`<projects-related-list>` and its "New Project" form). */
export const crmRecordOperations = {
  getRecordAccess: op({ method: 'GET', path: '/crm/record-access', input: Empty, output: RecordAccess }),
  listRecordProjects: op({ method: 'GET', path: '/crm/records/:module/:recordId/projects', input: RecordRef, output: RecordProjects }),
  getProjectForm: op({ method: 'GET', path: '/crm/records/:module/:recordId/project-form', input: RecordRef, output: ProjectFormSource }),
  createRecordProject: op({
    method: 'POST', path: '/crm/records/:module/:recordId/projects', input: z.extend(RecordRef, { values: z.record(z.string(), FieldValue) }),
    output: ProjectWrite,
  }),
  updateRecordProject: op({
    method: 'PUT', path: '/crm/records/:module/:recordId/projects/:projectId', input: z.extend(RecordRef, { projectId: Id, ...ProjectEdit }),
    output: ProjectWrite,
  }),
  deleteRecordProject: op({
    method: 'DELETE', path: '/crm/records/:module/:recordId/projects/:projectId', input: z.extend(RecordRef, { projectId: Id }),
    output: z.object({ projects: z.array(LinkedProject) }),
  }),
} as const;


/**
 * Operations of the Projects tab of Zoho CRM (`<projects-tab>`): every project of the portal.
 * The tab also reads `getRecordAccess`, and creates a project linked to a Deal or Account through
 * `getProjectForm` / `createRecordProject`, as a record page does.
 */
export const projectsTabOperations = {
  listPortalProjects: op({ method: 'GET', path: '/crm/projects', input: Empty, output: PortalProjects }),
  getPortalProject: op({ method: 'GET', path: '/crm/projects/:projectId', input: ProjectRef, output: ProjectDetails }),
  listRecordChoices: op({ method: 'GET', path: '/crm/records/:module', input: z.object({ module: CrmModule }), output: RecordChoices }),
  getPortalProjectForm: op({ method: 'GET', path: '/crm/project-form', input: Empty, output: PortalProjectForm }),
  createPortalProject: op({ method: 'POST', path: '/crm/projects', input: z.object({ values: FormValues }), output: z.object({ project: PortalProject }) }),
  // "Edit" in the tab sends every Projects field, standard and custom, as "New Project" does.
  updatePortalProject: op({ method: 'PUT', path: '/crm/projects/:projectId', input: z.extend(ProjectRef, { values: FormValues }), output: z.object({ project: PortalProject }) }),
  deletePortalProject: op({ method: 'DELETE', path: '/crm/projects/:projectId', input: ProjectRef, output: z.object({ projectId: Id }) }),
} as const;

/**
 * Operations of the "Zoho Service Communication (ZSC) Key" page, on either side (`<zsc-key-panel>`).
 * The key is only ever in a response body (`revealZscKey`), never in a URL.
 */
export const zscKeyOperations = {
  getZscKey: op({ method: 'GET', path: '/:side/zsc-key', input: ZscSideInput, output: ZscKeyInfo }),
  revealZscKey: op({ method: 'POST', path: '/:side/zsc-key/reveal', input: ZscSideInput, output: z.object({ zscKey: z.string() }) }),
  generateZscKey: op({ method: 'POST', path: '/:side/zsc-key/generate', input: ZscSideInput, output: ZscKeyInfo }),
  regenerateZscKey: op({ method: 'POST', path: '/:side/zsc-key/regenerate', input: ZscSideInput, output: ZscKeyInfo }),
} as const;

/** Operations of a Projects client page (`<crm-client-info>`, portal administrators only). */
export const projectsClientOperations = {
  getClientCrmInfo: op({ method: 'GET', path: '/projects/clients/:clientId/crm-account', input: z.object({ clientId: Id }), output: ClientCrmInfo }),
} as const;

/** Every operation of the contract (what `HttpBackend` and the fake server speak). */
export const operations = /* @__PURE__ */ merge(
  crmSetupOperations, projectsImportOperations, crmRecordOperations, projectsTabOperations, zscKeyOperations, projectsClientOperations,
);

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type InputOf<K extends OperationName> = z.input<Operations[K]['input']>;
export type OutputOf<K extends OperationName> = z.output<Operations[K]['output']>;

/** Reads are safe to repeat, so the adapter retries them; writes are not retried automatically. */
export const isRead = (name: OperationName): boolean => operations[name].method === 'GET';

/** Names of the `:param` segments of a path. */
export const pathParams = (path: string): string[] =>
  [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);

