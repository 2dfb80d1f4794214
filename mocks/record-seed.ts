/**
 * Starting data of the record pages, the ZSC key page and the client page: Deals and
 * Accounts with a value for every CRM field, projects linked to them, and the fuller
 * field mapping of the `record-pages` scenario. Fixed data, so runs are repeatable.
 */
import type { Account, FieldMappingEntry, FieldValue, ProjectsField } from '../src/schemas/entities.js';
import type { FakeProject, FakeRecord } from './db.js';

export const PROJECT_STATUSES = ['Active', 'In Progress', 'On Track', 'Delayed', 'On Hold', 'Completed', 'Cancelled'];

export const PROJECTS_FIELD_OPTIONS: Record<string, string[]> = {
  status: PROJECT_STATUSES,
  tags: ['Consulting', 'Implementation', 'Hardware', 'Training', 'Support'],
  cf_region: ['EMEA', 'Americas', 'APAC'],
};

/** The CRM administrator's ZSC key when one exists from the start. */
export const CRM_ADMIN_ZSC_KEY = '3c1d5e7f9a0b2c4d6e8f0a1b3c5d7e9f';

/** The integrated portal's address in Zoho Projects (projects link out to it). */
const PORTAL_URL = 'https://projects.zoho.com/portal/ownerportalone';
const CRM_URL = 'https://crm.zoho.com/crm/org-acme/tab';

/** A Projects field made required in Zoho Projects after the mapping was saved (`record-pages`). */
export const COST_CENTER_FIELD: ProjectsField = {
  id: 'cf_cost_center', label: 'Cost Center', type: 'text', required: true, custom: true,
};

/** The `record-pages` mapping: dates, amounts, picklists, a multi-select, users and links. */
export const RECORD_PAGES_MAPPING: Record<string, { deals: string | null; accounts: string | null }> = {
  project_name: { deals: 'Deal_Name', accounts: 'Account_Name' },
  description: { deals: 'Description', accounts: 'Description' },
  owner: { deals: 'Owner', accounts: 'Owner' },
  start_date: { deals: 'Created_Time', accounts: 'Customer_Since' },
  end_date: { deals: 'Closing_Date', accounts: null },
  status: { deals: 'Stage', accounts: null },
  budget: { deals: 'Amount', accounts: 'Annual_Revenue' },
  tags: { deals: 'Product_Lines', accounts: null },
  cf_region: { deals: 'Region', accounts: null },
  cf_contract_value: { deals: 'Expected_Revenue', accounts: null },
  cf_go_live: { deals: 'Closing_Date', accounts: null },
  cf_customer_email: { deals: 'Contact_Email', accounts: null },
  cf_website: { deals: null, accounts: 'Website' },
};

export function recordPagesMapping(fields: readonly ProjectsField[]): FieldMappingEntry[] {
  return fields.map((f) => ({ projectsFieldId: f.id, ...(RECORD_PAGES_MAPPING[f.id] ?? { deals: null, accounts: null }) }));
}

interface DealTemplate {
  account: number;
  title: string;
  stage: string;
  type: string;
  amount: number | null;
  expected: number | null;
  probability: number;
  closing: string | null;
  created: string;
  region: string | null;
  lines: string[];
  email: string | null;
  next: string | null;
  description: string | null;
}

const DEALS: DealTemplate[] = [
  { account: 0, title: 'Website Redesign', stage: 'Negotiation/Review', type: 'New Business', amount: 48500.5, expected: 38800.4, probability: 80, closing: '2026-12-15', created: '2026-03-14T09:30:00+01:00', region: 'EMEA', lines: ['Consulting', 'Implementation'], email: 'buyer@zylker.example', next: 'Send the statement of work', description: 'Redesign of the public website and the customer portal.' },
  { account: 1, title: 'POS Rollout', stage: 'Proposal/Price Quote', type: 'New Business', amount: 23900, expected: 14340, probability: 60, closing: '2026-10-30', created: '2026-05-02T14:05:00+02:00', region: 'EMEA', lines: ['Hardware', 'Training'], email: 'achats@cafe-delices.example', next: 'Site visit in Lyon', description: 'Point-of-sale terminals for the three shops.' },
  { account: 8, title: 'Pilot', stage: 'Qualification', type: 'New Business', amount: 5000, expected: 1000, probability: 20, closing: '2027-01-20', created: '2026-06-11T16:45:00-05:00', region: 'Americas', lines: ['Consulting'], email: 'cto@labs.example', next: null, description: 'A name with <b>markup</b> stays text.' },
  { account: 4, title: 'Renewal 2027', stage: 'Needs Analysis', type: 'Existing Business', amount: null, expected: null, probability: 10, closing: null, created: '2026-07-01T08:00:00Z', region: null, lines: [], email: null, next: null, description: null },
  { account: 2, title: 'ERP Migration', stage: 'Closed Won', type: 'New Business', amount: 120000, expected: 120000, probability: 100, closing: '2026-02-27', created: '2025-11-03T10:00:00+01:00', region: 'EMEA', lines: ['Implementation', 'Support'], email: 'it@mueller-soehne.example', next: null, description: 'SAP to Zoho migration.' },
  { account: 10, title: 'Data Platform', stage: 'Value Proposition', type: 'New Business', amount: 75000, expected: 37500, probability: 50, closing: '2026-11-28', created: '2026-04-20T11:20:00-07:00', region: 'APAC', lines: ['Consulting', 'Implementation'], email: 'data@hooli.example', next: 'Architecture workshop', description: 'A data platform for the analytics team.' },
  { account: 10, title: 'Support Renewal', stage: 'Closed Lost', type: 'Existing Business', amount: 12000, expected: 0, probability: 0, closing: '2026-03-31', created: '2026-01-15T09:00:00-08:00', region: 'APAC', lines: ['Support'], email: 'ops@hooli.example', next: null, description: null },
  { account: 10, title: 'Analytics Add-on', stage: 'Id. Decision Makers', type: 'Existing Business', amount: 18250.75, expected: 7300.3, probability: 40, closing: '2027-02-15', created: '2026-08-05T13:10:00-07:00', region: 'APAC', lines: ['Training'], email: 'data@hooli.example', next: 'Demo for the CFO', description: null },
];

const INDUSTRIES = ['Technology', 'Hospitality', 'Manufacturing', 'Logistics', 'Consulting', 'Retail', 'Healthcare'];
const RATINGS = ['Hot', 'Warm', 'Cold', 'Acquired'];
const CITIES = ['Chennai', 'Lyon', 'Stuttgart', 'Rotterdam', 'Austin', 'Seattle', 'Montréal', 'Osaka'];

const slug = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase() || 'account';

/** The Accounts record of an account (records exist for the first accounts; others get one on demand). */
export function accountRecord(account: Account, index: number, owners: readonly string[]): FakeRecord {
  const values: Record<string, FieldValue> = {
    Account_Name: account.name,
    Description: index % 3 === 2 ? null : `Customer since ${2018 + (index % 7)}.`,
    Owner: owners[index % owners.length] ?? null,
    Industry: INDUSTRIES[index % INDUSTRIES.length]!,
    Rating: RATINGS[index % RATINGS.length]!,
    Annual_Revenue: index % 4 === 3 ? null : 250_000 + index * 137_500.25,
    Employees: 12 + index * 31,
    Phone: `+1 512 555 ${String(1000 + index).slice(-4)}`,
    Website: `https://www.${slug(account.name)}.example`,
    Billing_City: CITIES[index % CITIES.length]!,
    Created_Time: `20${18 + (index % 7)}-0${1 + (index % 9)}-1${index % 10}T10:00:00Z`,
    Customer_Since: `20${18 + (index % 7)}-0${1 + (index % 9)}-1${index % 10}`,
  };
  return { id: account.id, name: account.name, accountId: null, values };
}

export function buildRecords(accounts: readonly Account[], owners: readonly string[]) {
  const accountRecords = accounts.slice(0, 16).map((a, i) => accountRecord(a, i, owners));
  const deals: FakeRecord[] = DEALS.filter((d) => accounts[d.account]).map((d, i) => {
    const account = accounts[d.account]!;
    const name = `${account.name} — ${d.title}`;
    return {
      id: `deal-${i + 1}`,
      name,
      accountId: account.id,
      values: {
        Deal_Name: name,
        Description: d.description,
        Owner: owners[i % owners.length] ?? null,
        Closing_Date: d.closing,
        Created_Time: d.created,
        Stage: d.stage,
        Type: d.type,
        Amount: d.amount,
        Expected_Revenue: d.expected,
        Probability: d.probability,
        Account_Name: account.name,
        Next_Step: d.next,
        Contact_Email: d.email,
        Region: d.region,
        Product_Lines: d.lines,
      },
    };
  });
  return { deals, accounts: accountRecords };
}

export const projectUrl = (id: string) => `${PORTAL_URL}#project/${encodeURIComponent(id)}`;
export const crmAccountUrl = (id: string) => `${CRM_URL}/Accounts/${encodeURIComponent(id)}`;
export const crmDealUrl = (id: string) => `${CRM_URL}/Potentials/${encodeURIComponent(id)}`;

export function buildProjects(records: { deals: FakeRecord[]; accounts: FakeRecord[] }, owners: readonly string[]): FakeProject[] {
  const out: FakeProject[] = [];
  const add = (module: 'deals' | 'accounts', record: FakeRecord | undefined, name: string, status: string, start: string | null, end: string | null, owner: number) => {
    if (!record) return;
    const id = `zp-project-${out.length + 1}`;
    out.push({
      id, name, status, owner: owners[owner % owners.length] ?? 'Portal Owner', startDate: start, endDate: end,
      url: projectUrl(id), module, recordId: record.id, progress: status === 'Completed' ? 100 : (out.length * 23) % 90,
      values: { description: `${name}, created from ${record.name}.`, cf_region: 'EMEA', cf_billable: true },
    });
  };
  const [d1, , d3] = records.deals;
  add('deals', d1, 'Website Redesign — Discovery', 'Completed', '2026-04-01', '2026-05-15', 0);
  add('deals', d1, 'Website Redesign — Build', 'In Progress', '2026-05-18', '2026-11-30', 1);
  add('deals', d3, '<img src=x onerror=alert(1)> Pilot project', 'Active', '2026-08-01', null, 2);
  add('accounts', records.accounts[0], 'Support Retainer 2026', 'On Track', '2026-01-01', '2026-12-31', 3);
  add('accounts', records.accounts[10], 'Onboarding', 'Delayed', '2026-03-02', '2026-06-30', 4);
  return out;
}
