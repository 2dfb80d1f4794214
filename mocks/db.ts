/** The fake server's in-memory data: what a real backend would keep in its database. */
import type {
  Account, Client, CrmAccountForImport, CrmField, CrmModule, FieldMappingEntry, FieldValue, ImportContext,
  IntegrationStatus, LinkedProject, Portal, ProfilePermissions, ProjectsField,
} from '../src/schemas/entities.js';

export interface FakePortalOwner {
  email: string;
  /** The owner's current ZSC key. */
  zscKey: string;
  portals: Portal[];
}

export interface FakeCrmUser {
  id: string;
  name: string;
  email: string;
  profileId: string;
  role: string;
  /** Already a user of the Zoho Projects portal (CRM side: pushed users keep their role). */
  inProjects: boolean;
}

/** A CRM Deal or Account with a value for its fields (by CRM field id). */
export interface FakeRecord {
  id: string;
  name: string;
  /** Deals: the account the deal belongs to; accounts: null. */
  accountId: string | null;
  values: Record<string, FieldValue>;
}

/** A project of the integrated portal, linked to the CRM record it was created from (or to none). */
export interface FakeProject extends LinkedProject {
  module: CrmModule | null;
  recordId: string | null;
  /** Percent complete, 0–100. */
  progress: number;
  /** The other Projects fields' values (description, budget, tags, custom fields), by field id. */
  values: Record<string, FieldValue>;
}

export interface FakeZscKey {
  email: string;
  zscKey: string | null;
  generatedAt: string | null;
}

export interface FakeDb {
  status: IntegrationStatus;
  /** The ZSC key the integration was set up with; stale when the owner regenerated it. */
  integrationKey: { email: string; zscKey: string } | null;
  adminEmail: string;
  ownPortals: Portal[];
  otherOwners: FakePortalOwner[];
  /** Portal names taken anywhere (names are unique across Zoho Projects). */
  takenPortalNames: string[];
  projectsFields: ProjectsField[];
  crmFields: { deals: CrmField[]; accounts: CrmField[] };
  mapping: FieldMappingEntry[];
  mappingVersion: number;
  profiles: ProfilePermissions[];
  permissionsVersion: number;
  crmUsers: FakeCrmUser[];
  clients: Client[];
  accounts: Account[];
  /** Projects side: the portal that imports. */
  importContext: ImportContext;
  importAccount: { email: string; zscKey: string };
  importAccounts: CrmAccountForImport[];
  /** CRM user id → portal user id, for users in the importing portal. */
  portalUsers: Map<string, string>;
  /** CRM account id → client id, for accounts imported as clients. */
  importedClients: Map<string, string>;
  /** Open import sessions: id → when last used (ms); idle past `IMPORT_SESSION_IDLE_MINUTES`, one is gone. */
  sessions: Map<string, number>;
  /**
   * Responses of successful writes, by operation + idempotency key, with a hash of the request they
   * answered: the same key replays (for `IDEMPOTENCY_REPLAY_HOURS`), never re-executes; the same key
   * with another request is refused (`idempotency-key-reused`).
   */
  idempotency: Map<string, { requestHash: string; response: unknown; at: number }>;
  /** Counters tests read to prove nothing happened twice. */
  stats: { portalUsersCreated: number; clientsCreated: number; replays: number; requests: number };
  nextId: number;
  // ---- record pages, ZSC key page, client page ----
  records: { deals: FakeRecord[]; accounts: FakeRecord[] };
  projects: FakeProject[];
  /** Project statuses of the integrated portal. */
  projectStatuses: string[];
  /** Choices of picklist / multi-select Projects fields, by field id. */
  projectsFieldOptions: Record<string, string[]>;
  /** The signed-in CRM user's profile (its permissions gate the record pages). */
  currentProfileId: string;
  currentUserName: string;
  /** The signed-in CRM administrator's own ZSC key (CRM side of the ZSC key page). */
  crmZscKey: FakeZscKey;
  /**
   * The signed-in Projects user of the ZSC key page (Projects side): the integrated portal's owner,
   * whose key is `otherOwners[…].zscKey`.
   */
  projectsKeyOwner: { email: string; generatedAt: string };
}

export const newId = (db: FakeDb, prefix: string): string => `${prefix}-${++db.nextId}`;
