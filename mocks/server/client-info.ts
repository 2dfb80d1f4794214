/** A Projects client page: the linked CRM account and its open Potentials (portal administrators only). */
import type { Potential } from '../../src/schemas/entities.js';
import type { FakeDb } from '../db.js';
import { crmAccountUrl, crmDealUrl } from '../record-seed.js';
import { findRecord } from './records.js';
import { FakeHttpError, type OpHandlers } from './types.js';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Closed deals ("Closed Won", "Closed Lost") are not open potentials. */
const isOpen = (stage: unknown) => !/^closed/i.test(String(stage ?? ''));

function requirePortalAdmin(db: FakeDb): void {
  if (!db.importContext.isPortalAdmin) {
    throw new FakeHttpError('portal-admin-required', 'Only portal administrators can see the Zoho CRM information of a client.');
  }
}

export const clientInfoHandlers = {
  getClientCrmInfo(db, { clientId }) {
    requirePortalAdmin(db);
    const client = db.clients.find((c) => c.id === clientId);
    if (!client) throw new FakeHttpError('client-not-found', 'This client no longer exists.');
    if (db.status.state === 'key-invalid') {
      throw new FakeHttpError('key-invalid', 'The Zoho CRM integration has stopped working: an administrator must update the ZSC key.');
    }
    if (db.status.state !== 'active') {
      throw new FakeHttpError('not-active', 'This portal is not integrated with Zoho CRM.');
    }
    const account = client.accountId ? db.accounts.find((a) => a.id === client.accountId) : undefined;
    if (!account) return { client: { id: client.id, name: client.name }, account: null, potentials: [] };
    const v = findRecord(db, 'accounts', account.id).values;
    const potentials: Potential[] = db.records.deals
      .filter((d) => d.accountId === account.id && isOpen(d.values['Stage']))
      .map((d) => ({
        id: d.id,
        name: d.name,
        stage: text(d.values['Stage']) ?? '',
        amount: num(d.values['Amount']),
        closingDate: text(d.values['Closing_Date']),
        owner: text(d.values['Owner']),
        url: crmDealUrl(d.id),
      }));
    return {
      client: { id: client.id, name: client.name },
      account: {
        id: account.id,
        name: account.name,
        owner: text(v['Owner']),
        industry: text(v['Industry']),
        phone: text(v['Phone']),
        website: text(v['Website']),
        billingCity: text(v['Billing_City']),
        annualRevenue: num(v['Annual_Revenue']),
        url: crmAccountUrl(account.id),
      },
      potentials,
    };
  },
} satisfies Partial<OpHandlers>;
