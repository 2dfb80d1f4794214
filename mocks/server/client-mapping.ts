/** Clients ↔ accounts: one-time exact-name mapping (or skip), and custom mapping at any time. */
import type { ClientMappingReport, ClientMappingReportRow } from '../../src/schemas/entities.js';
import type { FakeDb } from '../db.js';
import { completeStep } from './setup.js';
import { FakeHttpError, requireAdmin, type OpHandlers } from './types.js';

/** "Exact" as Zoho means it: the same name, ignoring case and surrounding or repeated spaces. */
const exactKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

function requireActivePortal(db: FakeDb): void {
  requireAdmin(db);
  if (!db.status.portal) throw new FakeHttpError('no-portal', 'Associate a portal first.');
}

export function mappingReport(db: FakeDb, dryRun: boolean): ClientMappingReport {
  const byName = new Map<string, string[]>();
  for (const a of db.accounts) {
    const k = exactKey(a.name);
    const list = byName.get(k);
    if (list) list.push(a.id);
    else byName.set(k, [a.id]);
  }
  const accountName = new Map(db.accounts.map((a) => [a.id, a.name]));
  const taken = new Set(db.clients.map((c) => c.accountId).filter((id): id is string => !!id));
  const rows: ClientMappingReportRow[] = db.clients.map((c) => {
    const base = { clientId: c.id, clientName: c.name };
    if (c.accountId) {
      return { ...base, outcome: 'already-mapped', accountId: c.accountId, accountName: accountName.get(c.accountId) ?? null, candidateAccountIds: [], reason: 'Already mapped to an account.' };
    }
    const candidates = byName.get(exactKey(c.name)) ?? [];
    if (candidates.length === 0) {
      return { ...base, outcome: 'no-match', accountId: null, accountName: null, candidateAccountIds: [], reason: 'No account has exactly this name.' };
    }
    if (candidates.length > 1) {
      return { ...base, outcome: 'multiple-matches', accountId: null, accountName: null, candidateAccountIds: candidates, reason: `${candidates.length} accounts have exactly this name.` };
    }
    const accountId = candidates[0]!;
    if (taken.has(accountId)) {
      return { ...base, outcome: 'no-match', accountId: null, accountName: null, candidateAccountIds: [accountId], reason: 'The matching account is already mapped to another client.' };
    }
    taken.add(accountId);
    return { ...base, outcome: 'mapped', accountId, accountName: accountName.get(accountId) ?? null, candidateAccountIds: [accountId], reason: 'Exact name match.' };
  });
  const mapped = rows.filter((r) => r.outcome === 'mapped');
  const users = new Map(db.clients.map((c) => [c.id, c.userCount]));
  return {
    dryRun,
    rows,
    mappedCount: mapped.length,
    unmappedCount: rows.filter((r) => r.outcome === 'no-match' || r.outcome === 'multiple-matches').length,
    contactsCreated: mapped.reduce((n, r) => n + (users.get(r.clientId) ?? 0), 0),
    emailedTo: dryRun ? [] : [db.adminEmail],
  };
}

/** Links every client the report maps to its account. */
function applyReport(db: FakeDb, report: ClientMappingReport): void {
  const links = new Map(report.rows.filter((r) => r.outcome === 'mapped').map((r) => [r.clientId, r.accountId]));
  db.clients = db.clients.map((c) => (links.has(c.id) ? { ...c, accountId: links.get(c.id)! } : c));
}

/**
 * Starting data whose automatic mapping is "done" (e.g. the `active` scenario) shows what that
 * run left: the exact-name matches are mapped, as after "Yes, Map matching records".
 */
export function seedDoneMapping(db: FakeDb): FakeDb {
  if (db.status.clientMapping === 'done' && db.status.portal) applyReport(db, mappingReport(db, false));
  return db;
}

export const clientMappingHandlers = {
  listClients(db) {
    requireActivePortal(db);
    return { clients: db.clients.map((c) => ({ ...c })) };
  },

  listAccounts(db) {
    requireActivePortal(db);
    return { accounts: db.accounts.map((a) => ({ ...a })) };
  },

  runClientMapping(db, { dryRun }) {
    requireActivePortal(db);
    if (db.status.clientMapping !== 'pending') {
      throw new FakeHttpError('client-mapping-unavailable', db.status.clientMapping === 'skipped'
        ? 'Automatic mapping was skipped. It is available again only after deactivating the integration and associating the portal again.'
        : 'Automatic mapping has already been done; it runs only once.');
    }
    const report = mappingReport(db, dryRun);
    if (!dryRun) {
      applyReport(db, report);
      db.status = { ...db.status, clientMapping: 'done', state: db.status.state === 'configuring' ? 'active' : db.status.state };
      completeStep(db, 'clients');
    }
    return report;
  },

  skipClientMapping(db) {
    requireActivePortal(db);
    if (db.status.clientMapping === 'done') throw new FakeHttpError('client-mapping-done', 'Automatic mapping has already been done.');
    db.status = { ...db.status, clientMapping: 'skipped', state: db.status.state === 'configuring' ? 'active' : db.status.state };
    completeStep(db, 'clients');
    return structuredClone(db.status);
  },

  mapClient(db, { clientId, accountId }) {
    requireActivePortal(db);
    const client = db.clients.find((c) => c.id === clientId);
    if (!client) throw new FakeHttpError('client-not-found', 'This client no longer exists.');
    if (!db.accounts.some((a) => a.id === accountId)) {
      throw new FakeHttpError('account-not-found', 'Choose one of the listed accounts.', { accountId: 'Choose one of the listed accounts.' });
    }
    const other = db.clients.find((c) => c.accountId === accountId && c.id !== clientId);
    if (other) {
      throw new FakeHttpError('account-already-mapped', `This account is already mapped to the client "${other.name}".`);
    }
    client.accountId = accountId;
    return { clientId, accountId };
  },

  unmapClient(db, { clientId }) {
    requireActivePortal(db);
    const client = db.clients.find((c) => c.id === clientId);
    if (!client) throw new FakeHttpError('client-not-found', 'This client no longer exists.');
    client.accountId = null;
    return { clientId, accountId: null };
  },
} satisfies Partial<OpHandlers>;
