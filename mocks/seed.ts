/** Builds the fake server's starting data for a scenario, from a fixed seed. */
import type {
  Account, Client, CrmAccountForImport, CrmField, FieldType, ProfilePermissions, ProjectsField,
} from '../src/schemas/entities.js';
import { createRandom, type Random } from './random.js';
import { CRM_ADMIN_EMAIL, CRM_IMPORT_ACCOUNT, OTHER_PORTAL_OWNER } from './credentials.js';
import type { FakeCrmUser, FakeDb } from './db.js';
import { seedDoneMapping } from './server/client-mapping.js';
import {
  COST_CENTER_FIELD, CRM_ADMIN_ZSC_KEY, PROJECTS_FIELD_OPTIONS, PROJECT_STATUSES, buildProjects, buildRecords,
  recordPagesMapping,
} from './record-seed.js';
import { buildPortalProjects } from './project-seed.js';

export interface SeedOptions {
  seed?: number;
  isAdmin?: boolean;
  isPortalAdmin?: boolean;
  edition?: 'free' | 'standard' | 'professional' | 'enterprise' | 'ultimate';
  trial?: 'not-started' | 'active' | 'expired';
  /** Integration already set up with "Owner Portal One". */
  active?: boolean;
  keyInvalid?: boolean;
  clientMapping?: 'pending' | 'done' | 'skipped';
  crmUsers?: number;
  clients?: number;
  accounts?: number;
  customFields?: number;
  profiles?: number;
  importAccounts?: number;
  seats?: number;
  /** Name of the signed-in CRM user's profile (default: the first, "Administrator"). */
  currentProfile?: string;
  /** The CRM administrator has a ZSC key already (default: when active). */
  crmZscKey?: boolean;
  /** A fuller field mapping, and a Projects field made required after the mapping was saved. */
  recordPages?: boolean;
  /** Projects of the portal besides the few linked to the first records (the Projects tab). */
  portalProjects?: number;
}

const FIRST = ['Ana', 'Bruno', 'Chloé', 'Dmitri', 'Eun-ji', 'Fatima', 'Gustav', 'Hiro', 'Inès', 'Jonas', 'Keira', 'Lars', 'Mei', 'Nikolai', 'Olga', 'Pablo', 'Quentin', 'Rosa', 'Søren', 'Tomás', 'Uma', 'Viktor', 'Wen', 'Xavier', 'Yara', 'Zoë'];
const LAST = ['Álvarez', 'Becker', 'Chen', 'Dubois', 'Eriksen', 'Fernández', 'García', 'Håkansson', 'Ito', 'Jansen', 'Kowalski', 'López', 'Müller', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Urban', 'Vogel', 'Weber', 'Young', 'Zhang'];
const COMPANY_A = ['Apex', 'Blue', 'Cedar', 'Delta', 'Evergreen', 'Falcon', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Keystone', 'Lumen', 'Maple', 'Nimbus', 'Orion', 'Pioneer', 'Quartz', 'Redwood', 'Summit', 'Terra', 'Umbra', 'Vertex', 'Willow', 'Xeno', 'Yonder', 'Zenith'];
const COMPANY_B = ['Analytics', 'Builders', 'Consulting', 'Dynamics', 'Energy', 'Foods', 'Goods', 'Holdings', 'Industries', 'Logistics', 'Media', 'Networks', 'Partners', 'Robotics', 'Systems', 'Textiles', 'Ventures', 'Works'];
const SUFFIX = ['Inc', 'Ltd', 'LLC', 'GmbH', 'S.A.', 'Pvt Ltd', 'Co.', ''];
const PROFILE_NAMES = ['Administrator', 'Standard', 'Sales Manager', 'Support Agent'];
const CUSTOM_TYPES: FieldType[] = ['text', 'textarea', 'integer', 'currency', 'decimal', 'date', 'datetime', 'picklist', 'multiselect', 'boolean', 'email', 'phone', 'url', 'user'];

export const STANDARD_PROJECT_FIELDS: ProjectsField[] = [
  { id: 'project_name', label: 'Project Name', type: 'text', required: true, custom: false },
  { id: 'description', label: 'Description', type: 'textarea', required: false, custom: false },
  { id: 'owner', label: 'Owner', type: 'user', required: false, custom: false },
  { id: 'start_date', label: 'Start Date', type: 'date', required: false, custom: false },
  { id: 'end_date', label: 'End Date', type: 'date', required: false, custom: false },
  { id: 'status', label: 'Status', type: 'picklist', required: false, custom: false },
  { id: 'budget', label: 'Budget', type: 'currency', required: false, custom: false },
  { id: 'tags', label: 'Tags', type: 'multiselect', required: false, custom: false },
];

const FRESH_CUSTOM_FIELDS: ProjectsField[] = [
  { id: 'cf_region', label: 'Region', type: 'picklist', required: false, custom: true },
  { id: 'cf_contract_value', label: 'Contract Value', type: 'currency', required: false, custom: true },
  { id: 'cf_go_live', label: 'Go-live Date', type: 'date', required: false, custom: true },
  { id: 'cf_customer_email', label: 'Customer Email', type: 'email', required: false, custom: true },
  { id: 'cf_website', label: 'Website', type: 'url', required: false, custom: true },
  { id: 'cf_billable', label: 'Billable', type: 'boolean', required: false, custom: true },
];

export const DEAL_FIELDS: CrmField[] = [
  { id: 'Deal_Name', label: 'Deal Name', type: 'text' },
  { id: 'Description', label: 'Description', type: 'textarea' },
  { id: 'Owner', label: 'Deal Owner', type: 'user' },
  { id: 'Closing_Date', label: 'Closing Date', type: 'date' },
  { id: 'Created_Time', label: 'Created Time', type: 'datetime' },
  { id: 'Stage', label: 'Stage', type: 'picklist' },
  { id: 'Type', label: 'Type', type: 'picklist' },
  { id: 'Amount', label: 'Amount', type: 'currency' },
  { id: 'Expected_Revenue', label: 'Expected Revenue', type: 'currency' },
  { id: 'Probability', label: 'Probability (%)', type: 'integer' },
  { id: 'Account_Name', label: 'Account Name', type: 'lookup' },
  { id: 'Next_Step', label: 'Next Step', type: 'text' },
  { id: 'Contact_Email', label: 'Contact Email', type: 'email' },
  { id: 'Region', label: 'Region', type: 'picklist' },
  { id: 'Product_Lines', label: 'Product Lines', type: 'multiselect' },
];

export const ACCOUNT_FIELDS: CrmField[] = [
  { id: 'Account_Name', label: 'Account Name', type: 'text' },
  { id: 'Description', label: 'Description', type: 'textarea' },
  { id: 'Owner', label: 'Account Owner', type: 'user' },
  { id: 'Industry', label: 'Industry', type: 'picklist' },
  { id: 'Rating', label: 'Rating', type: 'picklist' },
  { id: 'Annual_Revenue', label: 'Annual Revenue', type: 'currency' },
  { id: 'Employees', label: 'Employees', type: 'integer' },
  { id: 'Phone', label: 'Phone', type: 'phone' },
  { id: 'Website', label: 'Website', type: 'url' },
  { id: 'Billing_City', label: 'Billing City', type: 'text' },
  { id: 'Created_Time', label: 'Created Time', type: 'datetime' },
  { id: 'Customer_Since', label: 'Customer Since', type: 'date' },
];

/** Clients of the default data, with the accounts that make each mapping outcome happen. */
const FRESH_CLIENTS: { name: string; users: number; accounts: string[] }[] = [
  { name: 'Zylker Corp', users: 3, accounts: ['Zylker Corp'] },
  { name: 'Café Délices', users: 2, accounts: ['Café Délices'] },
  { name: 'Müller & Söhne GmbH', users: 4, accounts: ['Müller & Söhne GmbH'] },
  { name: 'Blue Harbor Logistics', users: 1, accounts: ['Blue Harbor Logistics'] },
  { name: 'Globex Corporation', users: 2, accounts: ['Globex Corporation', 'Globex Corporation'] },
  { name: 'Northwind Traders Inc.', users: 3, accounts: ['Northwind Traders'] },
  { name: 'Crème Brûlée Studio', users: 1, accounts: ['Creme Brulee Studio Ltd'] },
  { name: '<img src=x onerror=alert(1)> Labs', users: 1, accounts: ['<img src=x onerror=alert(1)> Labs'] },
  { name: 'Initech', users: 2, accounts: [] },
  { name: 'Umbrella Health', users: 0, accounts: [] },
  { name: 'Soylent Foods', users: 2, accounts: ['Soylent Foods'] },
  { name: 'Hooli', users: 1, accounts: ['Hooli'] },
];

export function seed(options: SeedOptions = {}): FakeDb {
  const rnd = createRandom(options.seed ?? 20261121);
  const edition = options.edition ?? 'enterprise';
  const active = options.active ?? false;
  const ownPortals = [
    { id: 'portal-own-1', name: 'Acme Projects', ownerEmail: CRM_ADMIN_EMAIL },
    { id: 'portal-own-2', name: 'Acme Field Services', ownerEmail: CRM_ADMIN_EMAIL },
  ];
  const otherOwner = {
    email: OTHER_PORTAL_OWNER.email,
    zscKey: OTHER_PORTAL_OWNER.zscKey,
    portals: [
      { id: 'portal-other-1', name: 'Owner Portal One', ownerEmail: OTHER_PORTAL_OWNER.email },
      { id: 'portal-other-2', name: 'Owner Portal Two', ownerEmail: OTHER_PORTAL_OWNER.email },
    ],
  };
  const trial = edition === 'free'
    ? options.trial === 'active'
      ? { state: 'active' as const, daysLeft: 9, endsAt: '2026-11-30' }
      : options.trial === 'expired'
        ? { state: 'expired' as const, daysLeft: 0, endsAt: '2026-10-01' }
        : { state: 'not-started' as const, daysLeft: 0, endsAt: null }
    : null;

  const profiles = buildProfiles(options.profiles ?? 4);
  const crmUsers = buildCrmUsers(rnd, options.crmUsers ?? 25, profiles.map((p) => p.profileId));
  for (const p of profiles) p.userCount = crmUsers.filter((u) => u.profileId === p.profileId).length;
  const { clients, accounts } = options.clients && options.clients > FRESH_CLIENTS.length
    ? buildLargeClients(rnd, options.clients, options.accounts ?? options.clients)
    : buildFreshClients();

  const customFields = options.customFields && options.customFields > FRESH_CUSTOM_FIELDS.length
    ? buildCustomFields(rnd, options.customFields)
    : FRESH_CUSTOM_FIELDS;
  const projectsFields = [...STANDARD_PROJECT_FIELDS, ...customFields, ...(options.recordPages ? [COST_CENTER_FIELD] : [])];
  const mapping = options.recordPages ? recordPagesMapping(projectsFields) : projectsFields.map((f) => ({
    projectsFieldId: f.id,
    deals: f.id === 'project_name' ? 'Deal_Name' : null,
    accounts: f.id === 'project_name' ? 'Account_Name' : null,
  }));

  const importUsers = crmUsers;
  const portalUsers = new Map<string, string>();
  importUsers.slice(0, 3).forEach((u, i) => portalUsers.set(u.id, `pu-seed-${i + 1}`));
  const seatsTotal = options.seats ?? (importUsers.length > 1000 ? 20_000 : 50);

  if (active) {
    for (const p of profiles) {
      const on = p.profileName !== 'Support Agent';
      p.permissions = { tabVisibility: on, view: on, create: on, edit: on, delete: p.profileName === 'Administrator' };
    }
  }

  const currentProfile = profiles.find((p) => p.profileName === options.currentProfile) ?? profiles[0]!;
  const currentUser = crmUsers.find((u) => u.profileId === currentProfile.profileId) ?? crmUsers[0];
  const owners = crmUsers.slice(0, 6).map((u) => u.name);
  const records = buildRecords(accounts, owners);
  const seededProjects = buildProjects(records, owners);
  const projects = [...seededProjects, ...buildPortalProjects(
    // A random of its own: drawing from `rnd` here would change every scenario's data seeded after it.
    createRandom((options.seed ?? 20261121) + 15), options.portalProjects ?? 31, seededProjects.length, { deals: records.deals, accounts }, owners, projectsFields,
  )];

  return seedDoneMapping({
    status: {
      state: active ? (options.keyInvalid ? 'key-invalid' : 'active') : 'not-enabled',
      isAdmin: options.isAdmin ?? true,
      edition,
      trial,
      portal: active ? { ...otherOwner.portals[0]!, source: 'other' } : null,
      completedSteps: active ? ['portal', 'fields', 'permissions', 'clients'] : [],
      clientMapping: options.clientMapping ?? (active ? 'done' : 'pending'),
    },
    integrationKey: active
      ? { email: otherOwner.email, zscKey: options.keyInvalid ? 'ffffffffffffffffffffffffffffffff' : otherOwner.zscKey }
      : null,
    adminEmail: CRM_ADMIN_EMAIL,
    ownPortals,
    otherOwners: [otherOwner],
    takenPortalNames: ['Zylker', 'Taken Portal', ...ownPortals.map((p) => p.name), ...otherOwner.portals.map((p) => p.name)],
    projectsFields,
    crmFields: { deals: DEAL_FIELDS, accounts: ACCOUNT_FIELDS },
    mapping,
    mappingVersion: 1,
    profiles,
    permissionsVersion: 1,
    crmUsers,
    clients,
    accounts,
    importContext: {
      isPortalAdmin: options.isPortalAdmin ?? options.isAdmin ?? true,
      portalName: 'Acme Projects',
      roles: [
        { id: 'role-admin', name: 'Administrator' },
        { id: 'role-manager', name: 'Manager' },
        { id: 'role-employee', name: 'Employee' },
        { id: 'role-contractor', name: 'Contractor' },
      ],
      projects: ['Website Relaunch', 'ERP Migration', 'Mobile App 2.0', 'Office Move — Lyon', 'Customer Onboarding', 'Q1 Marketing Campaign']
        .map((name, i) => ({ id: `proj-${i + 1}`, name })),
      defaultRoleId: 'role-employee',
      seats: { total: seatsTotal, used: portalUsers.size + 5 },
    },
    importAccount: { email: CRM_IMPORT_ACCOUNT.email, zscKey: CRM_IMPORT_ACCOUNT.zscKey },
    importAccounts: buildImportAccounts(rnd, options.importAccounts ?? 15),
    portalUsers,
    importedClients: new Map(),
    sessions: new Map(),
    idempotency: new Map(),
    stats: { portalUsersCreated: 0, clientsCreated: 0, replays: 0, requests: 0 },
    nextId: 1000,
    records,
    projects,
    projectStatuses: [...PROJECT_STATUSES],
    projectsFieldOptions: structuredClone(PROJECTS_FIELD_OPTIONS),
    currentProfileId: currentProfile.profileId,
    currentUserName: currentUser?.name ?? 'CRM User',
    crmZscKey: (options.crmZscKey ?? active)
      ? { email: CRM_ADMIN_EMAIL, zscKey: CRM_ADMIN_ZSC_KEY, generatedAt: '2026-02-03T10:15:00Z' }
      : { email: CRM_ADMIN_EMAIL, zscKey: null, generatedAt: null },
    projectsKeyOwner: { email: otherOwner.email, generatedAt: '2025-11-20T08:00:00Z' },
  });
}

function buildProfiles(count: number): ProfilePermissions[] {
  return Array.from({ length: count }, (_, i) => {
    const name = PROFILE_NAMES[i] ?? `Custom Profile ${String(i + 1).padStart(3, '0')}`;
    const all = name === 'Administrator';
    return {
      profileId: `profile-${i + 1}`,
      profileName: name,
      userCount: 0,
      permissions: { tabVisibility: all, view: all, create: all, edit: all, delete: all },
    };
  });
}

function buildCrmUsers(rnd: Random, count: number, profileIds: string[]): FakeCrmUser[] {
  const users: FakeCrmUser[] = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const n = Math.floor(i / (FIRST.length * LAST.length));
    const name = `${first} ${last}${n ? ` ${n + 1}` : ''}`;
    const profileId = i === 0 ? profileIds[0]! : profileIds[rnd.int(0, profileIds.length - 1)]!;
    users.push({
      id: `crm-user-${i + 1}`,
      name,
      email: `${ascii(first)}.${ascii(last)}${n ? n + 1 : ''}@acme.example`,
      profileId,
      role: i === 0 ? 'CEO' : rnd.pick(['Manager', 'Sales Rep', 'Support', 'Analyst']),
      inProjects: i % 5 === 0,
    });
  }
  // One user with markup in the name, one without an email address (fails to import).
  if (count >= 10) {
    users[7] = { ...users[7]!, name: '<img src=x onerror=alert(1)> Tester' };
    users[9] = { ...users[9]!, name: 'Kiosk Account', email: '' };
  }
  return users;
}

function buildFreshClients(): { clients: Client[]; accounts: Account[] } {
  const accounts: Account[] = [];
  const clients: Client[] = FRESH_CLIENTS.map((c, i) => {
    for (const name of c.accounts) accounts.push({ id: `acc-${accounts.length + 1}`, name });
    return { id: `client-${i + 1}`, name: c.name, accountId: null, userCount: c.users };
  });
  // Accounts no client matches, so the picker has more than the matches.
  for (const name of ['Wayne Enterprises', 'Stark Industries', 'Tyrell Corporation', 'Hooli XYZ', 'Initech Consulting LLC']) {
    accounts.push({ id: `acc-${accounts.length + 1}`, name });
  }
  // "Hooli" was mapped by hand earlier: the automatic run reports it as already mapped.
  const hooli = clients.find((c) => c.name === 'Hooli')!;
  hooli.accountId = accounts.find((a) => a.name === 'Hooli')!.id;
  return { clients, accounts };
}

function companyName(rnd: Random, i: number): string {
  const base = `${COMPANY_A[i % COMPANY_A.length]} ${COMPANY_B[Math.floor(i / COMPANY_A.length) % COMPANY_B.length]}`;
  const n = Math.floor(i / (COMPANY_A.length * COMPANY_B.length));
  return `${base}${n ? ` ${n + 1}` : ''}${rnd.chance(0.3) ? ` ${rnd.pick(SUFFIX)}` : ''}`.trim();
}

function buildLargeClients(rnd: Random, clientCount: number, accountCount: number) {
  const accounts: Account[] = Array.from({ length: accountCount }, (_, i) => ({ id: `acc-${i + 1}`, name: companyName(rnd, i) }));
  const clients: Client[] = Array.from({ length: clientCount }, (_, i) => {
    // Most clients match an account exactly; some differ by suffix or case; some match nothing.
    const roll = rnd.next();
    const account = accounts[i * 3 % accountCount]!;
    const name = roll < 0.6 ? account.name : roll < 0.8 ? account.name.toUpperCase() + ' Ltd' : `Client ${i + 1} Unmatched`;
    return { id: `client-${i + 1}`, name, accountId: null, userCount: rnd.int(0, 4) };
  });
  return { clients, accounts };
}

function buildCustomFields(rnd: Random, count: number): ProjectsField[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `cf_${i + 1}`,
    label: `Custom ${rnd.pick(['Budget', 'Region', 'Contact', 'Deadline', 'Category', 'Score', 'Reference'])} ${i + 1}`,
    type: CUSTOM_TYPES[i % CUSTOM_TYPES.length]!,
    required: false,
    custom: true,
  }));
}

function buildImportAccounts(rnd: Random, count: number): CrmAccountForImport[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `crm-acc-${i + 1}`,
    name: i === 2 ? 'Café Délices' : i === 4 ? '<b>Bold</b> & Co' : companyName(rnd, i * 7),
    contactCount: rnd.int(0, 5),
    alreadyClient: i < 2,
  }));
}

function ascii(s: string): string {
  return s.normalize('NFKD').replace(/[^\w-]/g, '').toLowerCase();
}
