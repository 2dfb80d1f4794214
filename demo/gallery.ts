/**
 * The gallery for designers: every element in each of its main states side by side.
 *
 * - loading: a backend object whose promises never settle;
 * - error: a backend object whose promises reject (a server failure);
 * - empty, filled, large: `api-base` pointing at a fake server of its own (MSW, one per data set,
 *   each under /api/gallery/<name>), some with a store whose lookup is already done.
 *
 * Each card links to the same state on the live demo page (`index.html?scenario=&element=`).
 * Not part of the library build.
 */
import { startFakeServer } from '../mocks/browser.js';
import { FakeServer } from '../mocks/fake-server.js';
import type { Scenario } from '../mocks/scenarios.js';
import { CRM_IMPORT_ACCOUNT } from '../mocks/credentials.js';
import { projectUrl } from '../mocks/record-seed.js';
import { operations, type OperationName } from '../src/schemas/contract.js';
import type { PartialBackend } from '../src/adapters/backend.js';
import { BackendError } from '../src/adapters/errors.js';
import { HttpBackend } from '../src/adapters/http-backend.js';
import { IntegrationStore } from '../src/store/integration-store.js';
import '../src/register/zoho-projects-setup.js';
// Also shown on their own (the setup would otherwise load them only when a step shows).
import '../src/register/field-mapper.js';
import '../src/register/profile-perms.js';
import '../src/register/client-account-mapper.js';
import '../src/register/crm-user-import.js';
import '../src/register/projects-related-list.js';
import '../src/register/projects-tab.js';
import '../src/register/zsc-key-panel.js';
import '../src/register/crm-client-info.js';
import { mountThemeControls, themeParams, type ThemeChoice } from './theme.js';

type Tag =
  | 'zoho-projects-setup' | 'field-mapper' | 'profile-perms' | 'client-account-mapper' | 'crm-user-import'
  | 'projects-related-list' | 'projects-tab' | 'zsc-key-panel' | 'crm-client-info';
type StateId = 'loading' | 'empty' | 'error' | 'filled' | 'large';
type ServerName = 'fresh' | 'active' | 'record-pages' | 'large' | 'empty';

const STATES: readonly { id: StateId; title: string }[] = [
  { id: 'loading', title: 'Loading' },
  { id: 'empty', title: 'Empty' },
  { id: 'error', title: 'Error' },
  { id: 'filled', title: 'Filled' },
  { id: 'large', title: 'Large' },
];

/** What a data card shows: a fake server's data, and the live scenario its link opens. */
interface DataState {
  server: ServerName;
  live: string;
  note: string;
  attrs?: Record<string, string>;
  /** Query parameters of the live page for the record shown (`deal`, `client`). */
  link?: Record<string, string>;
  /** Prepares the element's store (a lookup already done) instead of giving it `api-base`. */
  store?: (backend: PartialBackend) => Promise<IntegrationStore>;
}

interface Row {
  tag: Tag;
  summary: string;
  attrs?: Record<string, string>;
  link?: Record<string, string>;
  /** Live scenario where this element's requests fail. */
  errorLive: string;
  empty: DataState;
  filled: DataState;
  large: DataState;
}

/** A store whose CRM lookup is done: the element opens on its review list. */
const lookedUp = (mode: 'users' | 'accounts') => async (backend: PartialBackend): Promise<IntegrationStore> => {
  const store = new IntegrationStore(backend);
  await store.userImport.loadContext();
  await (mode === 'users' ? store.userImport.lookupUsers({ ...CRM_IMPORT_ACCOUNT }) : store.userImport.lookupAccounts({ ...CRM_IMPORT_ACCOUNT }));
  return store;
};

const GALLERY_PROJECTS = 60;

const ROWS: readonly Row[] = [
  {
    tag: 'zoho-projects-setup', summary: 'CRM settings page', errorLive: 'flaky',
    empty: { server: 'fresh', live: 'fresh', note: 'Not enabled yet: “Get Started”.' },
    filled: { server: 'active', live: 'active', note: 'Active with “Owner Portal One”.' },
    large: { server: 'large', live: 'large', note: 'Active; 10,000 clients still to map.' },
  },
  {
    tag: 'field-mapper', summary: 'field mapping', errorLive: 'malformed',
    empty: { server: 'active', live: 'active', note: 'Only “Project Name” mapped.' },
    filled: { server: 'record-pages', live: 'record-pages', note: 'A fuller mapping; a required field left unmapped.' },
    large: { server: 'large', live: 'large', note: '300 custom Projects fields.' },
  },
  {
    tag: 'profile-perms', summary: 'profile permissions', errorLive: 'malformed',
    empty: { server: 'empty', live: 'active', note: 'No profile but Administrator has access yet.' },
    filled: { server: 'active', live: 'active', note: 'Four profiles, most with access.' },
    large: { server: 'large', live: 'large', note: '100 profiles.' },
  },
  {
    tag: 'client-account-mapper', summary: 'client ↔ account mapping', errorLive: 'malformed',
    empty: { server: 'empty', live: 'active', note: 'No clients in the portal.', attrs: { view: 'custom' } },
    filled: { server: 'active', live: 'active', note: 'Custom mapping of twelve clients.' },
    large: { server: 'large', live: 'large', note: '10,000 clients, 50,000 accounts.', attrs: { view: 'custom' } },
  },
  {
    tag: 'crm-user-import', summary: 'Projects portal page: Import From CRM', errorLive: 'malformed',
    empty: { server: 'empty', live: 'fresh', note: 'The CRM account has no users.', store: lookedUp('users') },
    filled: { server: 'fresh', live: 'fresh', note: 'After the lookup: 25 CRM users.', store: lookedUp('users') },
    large: { server: 'large', live: 'large', note: 'After the lookup: 10,000 CRM users.', store: lookedUp('users') },
  },
  {
    tag: 'projects-related-list', summary: 'Deal record page', attrs: { module: 'deals', 'record-id': 'deal-1' },
    link: { deal: 'deal-1' }, errorLive: 'flaky',
    empty: { server: 'empty', live: 'active', note: 'No project linked to the deal.' },
    filled: { server: 'record-pages', live: 'record-pages', note: 'Two linked projects.' },
    large: { server: 'large', live: 'large', note: `${GALLERY_PROJECTS + 2} linked projects (the gallery adds ${GALLERY_PROJECTS}; the live page has 2).` },
  },
  {
    tag: 'projects-tab', summary: 'CRM Projects tab', errorLive: 'flaky',
    empty: { server: 'empty', live: 'active', note: 'The portal has no projects yet.' },
    filled: { server: 'active', live: 'active', note: 'Every project of the portal, some created from deals and accounts.' },
    large: { server: 'large', live: 'large', note: '20,000 projects: only the rows in view are in the page.' },
  },
  {
    tag: 'zsc-key-panel', summary: 'ZSC key page', attrs: { side: 'crm' }, errorLive: 'flaky',
    empty: { server: 'fresh', live: 'fresh', note: 'No key yet: “Generate Now”.' },
    filled: { server: 'active', live: 'active', note: 'The CRM administrator’s key.' },
    large: { server: 'large', live: 'large', note: 'No large data here: the Projects side.', attrs: { side: 'projects' } },
  },
  {
    tag: 'crm-client-info', summary: 'Projects client page', attrs: { 'client-id': 'client-12' },
    link: { client: 'client-12' }, errorLive: 'flaky',
    empty: { server: 'active', live: 'active', note: 'A client without a linked account.', attrs: { 'client-id': 'client-6' }, link: { client: 'client-6' } },
    filled: { server: 'active', live: 'active', note: 'Linked account and its open potentials.' },
    large: { server: 'large', live: 'large', note: 'A client of the large data set, linked by the gallery (the live page shows it unlinked).', attrs: { 'client-id': 'client-1' }, link: { client: 'client-1' } },
  },
];

// ---- backends ----

const base = (server: ServerName) => `/api/gallery/${server}`;

/** Every operation of the contract, answered by `answer`. */
function backendOf(answer: (operation: OperationName) => Promise<never>): PartialBackend {
  return Object.fromEntries((Object.keys(operations) as OperationName[]).map((op) => [op, () => answer(op)])) as PartialBackend;
}

/** Never answers: the element stays in its loading state. */
const neverBackend = backendOf(() => new Promise<never>(() => {}));

/** Fails every request the way a server error does. */
const failingBackend = backendOf((operation) => Promise.reject(
  new BackendError('server', 'The service is temporarily unavailable.', { operation, status: 503, code: 'unavailable' }),
));

const EMPTY: Scenario = {
  name: 'gallery-empty',
  description: 'Active, with no clients, accounts, CRM users or linked projects, and no profile permissions but Administrator',
  seed: { active: true },
};

/** The fake servers behind the data cards, each with its own copy of the data. */
function makeServers(): Record<ServerName, FakeServer> {
  const servers = {
    fresh: new FakeServer('fresh', { latencyMs: 0 }),
    active: new FakeServer('active', { latencyMs: 0 }),
    'record-pages': new FakeServer('record-pages', { latencyMs: 0 }),
    large: new FakeServer('large', { latencyMs: 0 }),
    empty: new FakeServer(EMPTY, { latencyMs: 0 }),
  };
  const empty = servers.empty.db;
  empty.clients = [];
  empty.accounts = [];
  empty.crmUsers = [];
  empty.importAccounts = [];
  empty.projects = [];
  for (const p of empty.profiles) {
    const on = p.profileName === 'Administrator';
    p.permissions = { tabVisibility: on, view: on, create: on, edit: on, delete: on };
  }
  // A long related list: projects linked to deal-1 of the large data set.
  const large = servers.large.db;
  const statuses = large.projectStatuses;
  for (let i = 1; i <= GALLERY_PROJECTS; i++) {
    const id = `zp-gallery-${i}`;
    const month = String((i % 12) + 1).padStart(2, '0');
    large.projects.push({
      id, name: `Rollout wave ${i}`, status: statuses[i % statuses.length] ?? 'Active', owner: large.currentUserName,
      startDate: `2026-${month}-01`, endDate: i % 3 ? `2026-${month}-28` : null, url: projectUrl(id),
      module: 'deals', recordId: 'deal-1', progress: (i * 7) % 100, values: {},
    });
  }
  // No client of the large data set is mapped yet (its mapping is pending): link the first one
  // to the account of the first deal, so its card shows an account with open potentials.
  large.clients[0]!.accountId = large.records.deals[0]!.accountId;
  return servers;
}

// ---- page ----

function liveHref(tag: Tag, scenario: string, link: Record<string, string> | undefined, choice: ThemeChoice): string {
  const params = new URLSearchParams({ scenario, element: tag, ...link, ...themeParams(choice) });
  return `/demo/index.html?${params}`;
}

function cardFor(row: Row, state: StateId): { scenario: string; note: string; attrs: Record<string, string>; link?: Record<string, string> | undefined; data?: DataState } {
  if (state === 'loading') return { scenario: 'slow', note: 'A backend that never answers.', attrs: { ...row.attrs }, link: row.link };
  if (state === 'error') return { scenario: row.errorLive, note: 'A backend that rejects (server failure).', attrs: { ...row.attrs }, link: row.link };
  const data = row[state];
  const attrs = { ...row.attrs, ...data.attrs };
  const link = { ...row.link, ...data.link };
  return { scenario: data.live, note: data.note, attrs, link, data };
}

/** Gives the element its data, then puts it on the page. */
async function mountElement(
  el: HTMLElement & { backend?: PartialBackend; store?: IntegrationStore }, into: HTMLElement, state: StateId, data: DataState | undefined,
): Promise<void> {
  if (state === 'loading') el.backend = neverBackend;
  else if (state === 'error') el.backend = failingBackend;
  // The store is given before the element is connected: a <crm-user-import> that gets a store
  // with a finished lookup while connected shows no review list until something else re-renders it.
  else if (data?.store) el.store = await data.store(new HttpBackend({ baseUrl: base(data.server) }));
  else if (data) el.setAttribute('api-base', base(data.server));
  into.append(el);
}

const links: { a: HTMLAnchorElement; href: (choice: ThemeChoice) => string }[] = [];

function renderCard(row: Row, state: { id: StateId; title: string }, choice: ThemeChoice): HTMLElement {
  const card = cardFor(row, state.id);
  const article = document.createElement('article');
  article.className = `card state-${state.id}`;
  const header = document.createElement('header');
  const title = document.createElement('h3');
  title.textContent = state.title;
  const a = document.createElement('a');
  const href = (c: ThemeChoice) => liveHref(row.tag, card.scenario, card.link, c);
  a.href = href(choice);
  a.textContent = `Open live (${card.scenario})`;
  a.setAttribute('aria-label', `Open <${row.tag}> ${state.title.toLowerCase()} live, scenario ${card.scenario}`);
  links.push({ a, href });
  header.append(title, a);
  const note = document.createElement('p');
  note.className = 'muted note';
  note.textContent = card.note;
  const viewport = document.createElement('div');
  viewport.className = 'viewport';
  const zoom = document.createElement('div');
  zoom.className = 'zoom';
  const el = document.createElement(row.tag);
  for (const [name, value] of Object.entries(card.attrs)) el.setAttribute(name, value);
  viewport.append(zoom);
  article.append(header, note, viewport);
  mountElement(el, zoom, state.id, card.data).catch((e: unknown) => {
    note.textContent = `${card.note} (could not prepare: ${e instanceof Error ? e.message : String(e)})`;
  });
  return article;
}

function renderRow(row: Row, choice: ThemeChoice): HTMLElement {
  const section = document.createElement('section');
  section.className = 'gallery-row';
  section.setAttribute('aria-labelledby', `row-${row.tag}`);
  const h = document.createElement('h2');
  h.id = `row-${row.tag}`;
  const code = document.createElement('code');
  code.textContent = `<${row.tag}>`;
  const summary = document.createElement('span');
  summary.className = 'muted';
  summary.textContent = ` ${row.summary}`;
  h.append(code, summary);
  const cards = document.createElement('div');
  cards.className = 'cards';
  for (const state of STATES) cards.append(renderCard(row, state, choice));
  section.append(h, cards);
  return section;
}

async function main(): Promise<void> {
  const demoLink = document.getElementById('demo-link') as HTMLAnchorElement;
  const relink = (choice: ThemeChoice) => {
    demoLink.search = new URLSearchParams(themeParams(choice)).toString();
    for (const { a, href } of links) a.href = href(choice);
  };
  const choice = mountThemeControls(document.getElementById('theme-form')!, document.body, relink);
  const { worker } = await startFakeServer({ scenario: 'fresh', latencyMs: 0 });
  const servers = makeServers();
  for (const [name, server] of Object.entries(servers) as [ServerName, FakeServer][]) worker.use(...server.handlers(base(name)));
  const gallery = document.getElementById('gallery')!;
  for (const row of ROWS) gallery.append(renderRow(row, choice));
  relink(choice);
  document.body.dataset['ready'] = 'true';
}

void main();
