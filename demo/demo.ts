/**
 * The demo page: starts the fake server for ?scenario=, then shows every element
 * (or only ?element=) against it. Not part of the library build.
 */
import { startFakeServer, DEFAULT_API_BASE } from '../mocks/browser.js';
import { SCENARIOS, SCENARIO_NAMES, scenarioByName } from '../mocks/scenarios.js';
import { CRM_ADMIN_EMAIL, CRM_IMPORT_ACCOUNT, OTHER_PORTAL_OWNER } from '../mocks/credentials.js';
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

const TAGS = [
  'zoho-projects-setup', 'field-mapper', 'profile-perms', 'client-account-mapper', 'crm-user-import',
  'projects-related-list', 'projects-tab', 'zsc-key-panel', 'crm-client-info',
] as const;
type Tag = (typeof TAGS)[number];

const params = new URLSearchParams(location.search);
const scenario = scenarioByName(params.get('scenario'));
const only = TAGS.find((t) => t === params.get('element'));

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function fillControls(): void {
  const scenarioSelect = $<HTMLSelectElement>('scenario');
  for (const name of SCENARIO_NAMES) scenarioSelect.add(new Option(name, name, false, name === scenario.name));
  const elementSelect = $<HTMLSelectElement>('element');
  elementSelect.add(new Option('All (CRM pages and Projects pages)', ''));
  for (const tag of TAGS) elementSelect.add(new Option(`<${tag}> alone`, tag, false, tag === only));
  $('scenario-description').textContent = `${scenario.name}: ${(SCENARIOS as Record<string, { description: string }>)[scenario.name]?.description ?? ''}`;
  $<HTMLAnchorElement>('reset').href = location.href;
  const creds: [string, string][] = [
    ["Another user's portals — Email address", OTHER_PORTAL_OWNER.email],
    ["Another user's portals — ZSC Key", OTHER_PORTAL_OWNER.zscKey],
    ['Import From CRM — Email address', CRM_IMPORT_ACCOUNT.email],
    ['Import From CRM — ZSC Key', CRM_IMPORT_ACCOUNT.zscKey],
    ['Your own portals (updating the key) — Email address', CRM_ADMIN_EMAIL],
    ['Your own portals (updating the key) — ZSC Key', 'your own: shown (or generated) on ?element=zsc-key-panel'],
  ];
  const dl = $('credentials');
  for (const [term, value] of creds) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    const code = document.createElement('code');
    code.textContent = value;
    dd.append(code);
    dl.append(dt, dd);
  }
}

function page(title: string, text: string, tag: Tag, attributes: Record<string, string> = {}): HTMLElement {
  const section = document.createElement('section');
  section.className = 'page';
  const h = document.createElement('h2');
  h.textContent = title;
  const p = document.createElement('p');
  p.className = 'muted';
  p.textContent = text;
  const el = document.createElement(tag);
  el.setAttribute('api-base', DEFAULT_API_BASE);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  section.append(h, p, el);
  return section;
}

const PAGES: Record<Tag, [string, string]> = {
  'zoho-projects-setup': ['CRM settings page', 'Setup → Marketplace → Zoho → Zoho Projects: what a CRM administrator sees.'],
  'field-mapper': ['Field mapping alone', '<field-mapper> on its own store (needs an associated portal: try scenario active).'],
  'profile-perms': ['Profile permissions alone', '<profile-perms> on its own store (try scenario active or large).'],
  'client-account-mapper': ['Client account mapping alone', '<client-account-mapper> on its own store (try active, large or client-mapping-skipped).'],
  'crm-user-import': ['Projects portal page', 'Users → Import From CRM: what a Projects portal administrator sees.'],
  'projects-related-list': ['Deal record page', 'The "Zoho Projects" related list of a deal (try scenario record-pages for a prefilled "New Project", restricted-profile or key-invalid).'],
  'projects-tab': ['Projects tab', 'Zoho CRM → Projects: every project of the integrated portal (try scenarios large, restricted-profile, key-invalid).'],
  'zsc-key-panel': ['ZSC key page (CRM side)', 'Developer Space → Zoho Service Communication (ZSC) Key in Zoho CRM.'],
  'crm-client-info': ['Projects client page', 'Zoho CRM information on a Projects client (portal administrators; try scenario active).'],
};

/** The record pages, key pages and client page, with the records they show (`?deal=`, `?account=`, `?client=` override them). */
function recordPages(tag: Tag | undefined): HTMLElement[] {
  const deal = params.get('deal') ?? 'deal-1';
  const account = params.get('account') ?? 'acc-1';
  const client = params.get('client') ?? 'client-12';
  const pages: [Tag, string, string, Record<string, string>][] = [
    ['projects-related-list', 'Deal record page', `Zoho CRM → Deals → ${deal}: the "Zoho Projects" related list (try scenarios record-pages, restricted-profile, key-invalid).`, { module: 'deals', 'record-id': deal }],
    ['projects-tab', 'Projects tab', 'Zoho CRM → Projects: every project of the integrated portal, managed as your profile permits (try scenarios large, restricted-profile, key-invalid).', {}],
    ['projects-related-list', 'Account record page', `Zoho CRM → Accounts → ${account}: the "Zoho Projects" related list.`, { module: 'accounts', 'record-id': account }],
    ['zsc-key-panel', 'ZSC key page (CRM side)', 'Zoho CRM → Developer Space → Zoho Service Communication (ZSC) Key, for the signed-in CRM administrator.', { side: 'crm' }],
    ['zsc-key-panel', 'ZSC key page (Projects side)', 'Zoho Projects → Developer Space → ZSC Key, for the owner of the integrated portal: regenerating it breaks the CRM integration until the key is updated on the CRM settings page.', { side: 'projects' }],
    ['crm-client-info', 'Projects client page', `Zoho Projects → Clients → ${client}: the linked Zoho CRM account and its open potentials (portal administrators only).`, { 'client-id': client }],
  ];
  return pages.filter(([t]) => !tag || t === tag).map(([t, title, text, attributes]) => page(title, text, t, attributes));
}

function logEvents(): void {
  const list = $('events');
  const names = ['zp-error', 'zp-step-change', 'zp-portal-saved', 'zp-integration-activated', 'zp-key-updated', 'zp-deactivated',
    'zp-field-mapping-saved', 'zp-permissions-saved', 'zp-client-mapping-done', 'zp-client-mapped',
    'zp-lookup-done', 'zp-import-progress', 'zp-import-complete',
    'zp-project-created', 'zp-project-updated', 'zp-project-deleted', 'zp-tab-visibility', 'zp-key-generated', 'zp-key-regenerated'];
  for (const name of names) {
    document.addEventListener(name, (event) => {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = `${name} ${JSON.stringify((event as CustomEvent).detail ?? {})}`;
      li.append(code);
      list.prepend(li);
      while (list.children.length > 50) list.lastElementChild?.remove();
    });
  }
}

/** The theme switcher (inside the form, so "Open" keeps the theme) and the gallery link with the same theme. */
function themes(): void {
  const link = $<HTMLAnchorElement>('gallery-link');
  const linkTo = (choice: ThemeChoice) => {
    link.search = new URLSearchParams(themeParams(choice)).toString();
  };
  linkTo(mountThemeControls($('controls'), document.body, linkTo));
}

async function main(): Promise<void> {
  fillControls();
  themes();
  logEvents();
  // A little latency everywhere makes loading states visible; `slow` sets its own.
  await startFakeServer({ scenario: scenario.name, latencyMs: scenario.latencyMs ?? 250 });
  const stage = $('stage');
  const RECORD_TAGS: readonly Tag[] = ['projects-related-list', 'projects-tab', 'zsc-key-panel', 'crm-client-info'];
  if (only && RECORD_TAGS.includes(only)) {
    stage.append(...recordPages(only));
    return;
  }
  const tags: Tag[] = only ? [only] : ['zoho-projects-setup', 'crm-user-import'];
  for (const tag of tags) stage.append(page(PAGES[tag][0], PAGES[tag][1], tag));
  if (!only) stage.append(...recordPages(undefined));
}

void main();
