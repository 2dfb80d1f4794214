/**
 * Every error `code` of the REST contract: the HTTP status it comes with, what it means, and
 * which operations may answer it. One table for the OpenAPI document (`npm run openapi`), the
 * fake server (which takes each code's status from here and refuses to answer a code the table
 * does not list for the operation) and the conformance kit. The elements do not import it (it is
 * documentation and test data); they word each code in `src/i18n/error-text.ts`.
 *
 * Every error answer has the body `{ "error": { "code", "message", "fieldErrors"? } }` (`ErrorBody`).
 */
import type { OperationName } from './contract.js';

export interface ErrorCodeDoc {
  status: 400 | 401 | 403 | 404 | 409 | 422 | 503;
  meaning: string;
  /** The operations that may answer it: a list, every operation, or every write (non-GET). */
  operations: readonly OperationName[] | 'all' | 'writes';
}

const CRM_ADMIN_OPS = [
  'startTrial', 'startSetup', 'listOwnPortals', 'lookupOtherPortals', 'createPortal', 'associatePortal',
  'getFieldMapping', 'saveFieldMapping', 'getPermissions', 'savePermissions', 'listClients', 'listAccounts',
  'runClientMapping', 'skipClientMapping', 'mapClient', 'unmapClient', 'updateKey', 'deactivate',
  'getZscKey', 'revealZscKey', 'generateZscKey', 'regenerateZscKey',
] as const satisfies readonly OperationName[];
const PORTAL_OPS = [
  'getFieldMapping', 'saveFieldMapping', 'getPermissions', 'savePermissions', 'listClients', 'listAccounts',
  'runClientMapping', 'skipClientMapping', 'mapClient', 'unmapClient',
] as const satisfies readonly OperationName[];
const RECORD_OPS = [
  'listRecordProjects', 'getProjectForm', 'createRecordProject', 'updateRecordProject', 'deleteRecordProject',
  'listPortalProjects', 'getPortalProject', 'listRecordChoices', 'getPortalProjectForm', 'createPortalProject', 'updatePortalProject', 'deletePortalProject',
] as const satisfies readonly OperationName[];
const ZSC_OPS = ['getZscKey', 'revealZscKey', 'generateZscKey', 'regenerateZscKey'] as const satisfies readonly OperationName[];
const USABLE_OPS = ['startSetup', 'createPortal', 'associatePortal'] as const satisfies readonly OperationName[];

export const ERROR_CODES = {
  // ---- any operation ----
  unauthenticated: {
    status: 401, operations: 'all',
    meaning: "The host's authentication (bearer token or session cookie) is missing or no longer valid. The widgets show \"not permitted\".",
  },
  'invalid-input': { status: 422, operations: 'all', meaning: 'The request breaks the input schema (a wrong type, a bad email address or ZSC key format, a name too long, a batch over its maxItems). `fieldErrors` names each offending top-level field.', },
  unavailable: {
    status: 503, operations: 'all',
    meaning: 'The service is temporarily unavailable. Reads are retried by the widgets (twice, with backoff); a write is offered again to the user with the same Idempotency-Key.',
  },
  // ---- any write ----
  'bad-json': { status: 400, operations: 'writes', meaning: 'The request body is not JSON.' },
  'idempotency-key-reused': { status: 422, operations: 'writes', meaning: 'The Idempotency-Key was used before for this operation with another request body. Nothing was executed.', },
  // ---- who may do it ----
  'admin-required': { status: 403, operations: CRM_ADMIN_OPS, meaning: 'The signed-in user is not a CRM administrator (for the ZSC key page of the Projects side: not a portal administrator).' },
  'portal-admin-required': { status: 403, operations: ['lookupCrmUsers', 'lookupCrmAccounts', 'importUsers', 'importClients', 'getClientCrmInfo'], meaning: 'The signed-in Zoho Projects user is not an administrator of the portal.', },
  'permission-denied': { status: 403, operations: RECORD_OPS, meaning: "The signed-in CRM user's profile lacks Tab Visibility, View, or the permission the operation needs (Create, Edit, Delete)." },
  'trial-expired': { status: 403, operations: ['startTrial', ...USABLE_OPS], meaning: "The Free Edition's 15-day trial has ended; nothing can be configured until the account upgrades." },
  'trial-not-started': { status: 403, operations: USABLE_OPS, meaning: 'A Free Edition account must start the trial (startTrial) first.' },
  // ---- credentials and sessions ----
  'credentials-mismatch': { status: 422, operations: ['lookupOtherPortals', 'associatePortal', 'updateKey', 'lookupCrmUsers', 'lookupCrmAccounts'], meaning: "The email address and ZSC key do not belong together (for updateKey: are not the portal owner's current key). Always 422, never 401/403: the user is signed in, what they typed is wrong. `fieldErrors.zscKey` carries the message shown at the field.", },
  'session-expired': { status: 409, operations: ['importUsers', 'importClients'], meaning: 'The import session (sessionId) is unknown or has expired. The user must look up again with the email address and ZSC key (lookupCrmUsers / lookupCrmAccounts), which opens a new session.', },
  // ---- state of the integration (409: not allowed in the current state) ----
  'not-free-edition': { status: 409, operations: ['startTrial'], meaning: 'Only the Free Edition has a trial.' },
  'not-configuring': { status: 409, operations: ['associatePortal'], meaning: 'The integration is not being configured (startSetup first, or it is active already).' },
  'portal-already-associated': { status: 409, operations: ['associatePortal'], meaning: 'A portal is already associated; only one portal can be configured.' },
  'no-portal': { status: 409, operations: PORTAL_OPS, meaning: 'No portal is associated yet.' },
  'not-active': { status: 409, operations: ['updateKey', 'deactivate', ...RECORD_OPS, 'getClientCrmInfo'], meaning: 'The integration is not active (not enabled, or still being configured).', },
  'key-invalid': { status: 409, operations: [...RECORD_OPS, 'getClientCrmInfo'], meaning: "The integration stopped working: the portal owner's ZSC key changed. An administrator must update it (updateKey).", },
  'version-conflict': { status: 409, operations: ['saveFieldMapping', 'savePermissions'], meaning: 'A stale write: the `version` sent is not the current one (someone else saved in the meantime). Nothing was saved; read again to get the current version.', },
  'client-mapping-unavailable': { status: 409, operations: ['runClientMapping'], meaning: 'The one-time automatic mapping was already done or skipped.' },
  'client-mapping-done': { status: 409, operations: ['skipClientMapping'], meaning: 'The automatic mapping was already done; it can no longer be skipped.' },
  'account-already-mapped': { status: 409, operations: ['mapClient'], meaning: 'The account is already mapped to another client.' },
  'key-exists': { status: 409, operations: ['generateZscKey'], meaning: 'A ZSC key exists already; use regenerateZscKey.' },
  'no-key': { status: 409, operations: ['revealZscKey', 'regenerateZscKey'], meaning: 'There is no ZSC key yet; use generateZscKey.' },
  // ---- something named in the request does not exist ----
  'client-not-found': { status: 404, operations: ['mapClient', 'unmapClient', 'getClientCrmInfo'], meaning: 'No Projects client has this id.' },
  'record-not-found': { status: 404, operations: ['listRecordProjects', 'getProjectForm', 'createRecordProject'], meaning: 'No CRM Deal or Account has this id.' },
  'project-not-found': { status: 404, operations: ['updateRecordProject', 'deleteRecordProject', 'getPortalProject', 'updatePortalProject', 'deletePortalProject'], meaning: 'No project with this id is linked to the record (the tab\'s operations: is in the portal); someone may have deleted it meanwhile.' },
  'user-not-found': { status: 404, operations: ZSC_OPS, meaning: 'The signed-in Zoho Projects user no longer exists.' },
  // ---- a choice the server refuses (422, with fieldErrors) ----
  'portal-name-taken': { status: 422, operations: ['createPortal'], meaning: 'The portal name is taken (names are unique across Zoho Projects). `fieldErrors.name`.' },
  'portal-not-found': { status: 422, operations: ['associatePortal'], meaning: 'The portalId is not one of the portals listed for that source. `fieldErrors.portalId`.' },
  'account-not-found': { status: 422, operations: ['mapClient'], meaning: 'The accountId is not a CRM account. `fieldErrors.accountId`.' },
  'invalid-mapping': { status: 422, operations: ['saveFieldMapping'], meaning: 'Unknown or type-incompatible fields, or a required Projects field left unmapped. `fieldErrors` by Projects field id.' },
  'unknown-profile': { status: 422, operations: ['savePermissions'], meaning: 'A profileId is not a CRM profile. `fieldErrors` by profile id.' },
  'inconsistent-permissions': { status: 422, operations: ['savePermissions'], meaning: 'Create, Edit or Delete without View, or View without Tab Visibility. `fieldErrors` by profile id.' },
  'invalid-project': { status: 422, operations: ['createRecordProject', 'updateRecordProject', 'createPortalProject', 'updatePortalProject'], meaning: 'Project values the portal refuses (required, wrong type, unknown option, name taken). `fieldErrors` by Projects field id.' },
} as const satisfies Record<string, ErrorCodeDoc>;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as ErrorCode[];

/** Whether the contract lets `operation` answer `code` (reads are GET; every other method writes). */
export function codeAllowed(code: string, operation: OperationName, isWrite: boolean): boolean {
  const doc = (ERROR_CODES as Record<string, ErrorCodeDoc>)[code];
  if (!doc) return false;
  if (doc.operations === 'all') return true;
  if (doc.operations === 'writes') return isWrite;
  return doc.operations.includes(operation);
}

/** The codes an operation may answer, in table order. */
export const codesOf = (operation: OperationName, isWrite: boolean): ErrorCode[] =>
  ERROR_CODE_NAMES.filter((code) => codeAllowed(code, operation, isWrite));
