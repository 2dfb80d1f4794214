/** Projects side: import CRM users and accounts. Never creates a user or client twice. */
import type { CrmUser } from '../../src/schemas/entities.js';
import { newId, type FakeCrmUser, type FakeDb } from '../db.js';
import { FakeHttpError, credentialsMismatch, type OpHandlers } from './types.js';
import { reason } from './reasons.js';
import { IMPORT_SESSION_IDLE_MINUTES, MAX_IMPORT_BATCH } from '../../src/schemas/limits.js';

function requirePortalAdmin(db: FakeDb): void {
  if (!db.importContext.isPortalAdmin) {
    throw new FakeHttpError('portal-admin-required', 'Only portal administrators can import users from Zoho CRM.');
  }
}

function openSession(db: FakeDb, email: string, zscKey: string): string {
  requirePortalAdmin(db);
  if (email.toLowerCase() !== db.importAccount.email || zscKey.toLowerCase() !== db.importAccount.zscKey) {
    throw credentialsMismatch();
  }
  const id = newId(db, 'session');
  db.sessions.set(id, Date.now());
  return id;
}

/** A known session, used within its idle lifetime; every use extends it. */
function requireSession(db: FakeDb, sessionId: string): void {
  requirePortalAdmin(db);
  const lastUsed = db.sessions.get(sessionId);
  if (lastUsed === undefined || Date.now() - lastUsed > IMPORT_SESSION_IDLE_MINUTES * 60_000) {
    db.sessions.delete(sessionId);
    throw new FakeHttpError('session-expired', 'The import session has expired. Enter the email address and ZSC key again.');
  }
  db.sessions.set(sessionId, Date.now());
}

function requireBatchSize(items: readonly unknown[]): void {
  if (items.length > MAX_IMPORT_BATCH) {
    throw new FakeHttpError('invalid-input', `At most ${MAX_IMPORT_BATCH} items per request.`, { items: `At most ${MAX_IMPORT_BATCH} items per request.` });
  }
}

/** CRM users by id, built once per user list (a 10,000-user import sends 50 batches). */
const userIndexes = new WeakMap<readonly FakeCrmUser[], Map<string, FakeCrmUser>>();
function usersById(db: FakeDb): Map<string, FakeCrmUser> {
  let index = userIndexes.get(db.crmUsers);
  if (!index || index.size !== db.crmUsers.length) {
    index = new Map(db.crmUsers.map((u) => [u.id, u]));
    userIndexes.set(db.crmUsers, index);
  }
  return index;
}

export const userImportHandlers = {
  getImportContext: (db) => structuredClone(db.importContext),

  lookupCrmUsers(db, { email, zscKey }) {
    const sessionId = openSession(db, email, zscKey);
    const profileName = new Map(db.profiles.map((p) => [p.profileId, p.profileName]));
    const users: CrmUser[] = db.crmUsers.map((u) => ({
      id: u.id, name: u.name, email: u.email, profile: profileName.get(u.profileId) ?? '', role: u.role,
      inPortal: db.portalUsers.has(u.id),
    }));
    return { sessionId, users };
  },

  lookupCrmAccounts(db, { email, zscKey }) {
    const sessionId = openSession(db, email, zscKey);
    return {
      sessionId,
      accounts: db.importAccounts.map((a) => ({ ...a, alreadyClient: a.alreadyClient || db.importedClients.has(a.id) })),
    };
  },

  importUsers(db, { sessionId, items }, lang) {
    requireBatchSize(items);
    requireSession(db, sessionId);
    const users = usersById(db);
    const roles = new Set(db.importContext.roles.map((r) => r.id));
    const projects = new Set(db.importContext.projects.map((p) => p.id));
    const seats = db.importContext.seats;
    const results = items.map(({ crmUserId, roleId, projectId }) => {
      const fail = (why: Parameters<typeof reason>[0]) => ({ crmUserId, outcome: 'failed' as const, reason: reason(why, lang), portalUserId: null });
      const user = users.get(crmUserId);
      if (!user) return fail('user-gone');
      const existing = db.portalUsers.get(crmUserId);
      if (existing) return { crmUserId, outcome: 'existing' as const, reason: null, portalUserId: existing };
      if (!user.email) return fail('no-email');
      if (!roles.has(roleId)) return fail('role-gone');
      if (projectId && !projects.has(projectId)) return fail('project-gone');
      if (seats.used >= seats.total) return fail('no-seats');
      const portalUserId = newId(db, 'pu');
      db.portalUsers.set(crmUserId, portalUserId);
      seats.used++;
      db.stats.portalUsersCreated++;
      return { crmUserId, outcome: 'imported' as const, reason: null, portalUserId };
    });
    return { results, seats: { ...seats } };
  },

  importClients(db, { sessionId, items }, lang) {
    requireBatchSize(items);
    requireSession(db, sessionId);
    const accounts = new Map(db.importAccounts.map((a) => [a.id, a]));
    const results = items.map(({ accountId }) => {
      const account = accounts.get(accountId);
      if (!account) return { accountId, outcome: 'failed' as const, reason: reason('account-gone', lang), clientId: null, contactsImported: 0 };
      const existing = db.importedClients.get(accountId) ?? (account.alreadyClient ? `client-pre-${accountId}` : undefined);
      if (existing) return { accountId, outcome: 'existing' as const, reason: null, clientId: existing, contactsImported: 0 };
      const clientId = newId(db, 'client');
      db.importedClients.set(accountId, clientId);
      db.stats.clientsCreated++;
      return { accountId, outcome: 'imported' as const, reason: null, clientId, contactsImported: account.contactCount };
    });
    return { results };
  },
} satisfies Partial<OpHandlers>;
