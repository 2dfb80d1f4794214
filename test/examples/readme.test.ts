/**
 * The README's "Embedding" examples, run as written: the test reads README.md, takes the code
 * blocks of that section and runs them. The HTML block's bundle path and the package name in the
 * `import` lines are mapped to the test server's copy of the single-file bundle (served from the
 * sources by scripts/wtr-bundle-plugin.mjs); free names a host supplies (`token`, `crmApi`, `myApi`) are
 * globals defined here. When the README changes, these tests run the new text.
 */
import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { CRM_IMPORT_ACCOUNT } from '../../mocks/credentials.js';
import { FakeServer } from '../../mocks/fake-server.js';
import { crmSetupOperations, type OperationName } from '../../src/schemas/contract.js';
import type {
  ClientImportItem, ClientImportResult, CrmAccountForImport, CrmUser, ImportContext, UserImportItem, UserImportResult,
} from '../../src/index.js';
import { fakeServer } from '../helpers.js';
import { buttonNamed, selectNewRows, shadowText, submitCredentials, waitFor } from './frame.js';

const PACKAGE = 'zoho-projects-integration-widgets';
const BUNDLE = '/dist/zoho-projects-widgets.bundle.js';

interface Block { lang: string; code: string }

/** The fenced code blocks of the README's "Embedding" section, de-indented. */
async function embeddingBlocks(): Promise<Block[]> {
  const readme = await (await fetch('/README.md')).text();
  const start = readme.indexOf('\n## Embedding\n');
  expect(start, 'README has an "Embedding" section').to.be.greaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^( *)```(\w+)\n([\s\S]*?)^\1```$/gm)].map(([, indent = '', lang = '', body = '']) => ({
    lang,
    code: body.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n'),
  }));
}

function blockWith(blocks: Block[], lang: string, text: string): string {
  const block = blocks.find((b) => b.lang === lang && b.code.includes(text));
  if (!block) throw new Error(`No ${lang} block with "${text}" in the README's Embedding section`);
  return block.code;
}

/** Runs a JS block as a module, its imports of the package pointing at the test server's bundle. */
async function runModule(code: string): Promise<void> {
  const source = code.replaceAll(`'${PACKAGE}'`, `'${location.origin}${BUNDLE}'`);
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The HTML block: its one script (mapped to the test server) and its tags, in a stage of this page. */
async function embedHtml(code: string, tag: string): Promise<HTMLElement> {
  const parsed = new DOMParser().parseFromString(code, 'text/html');
  const scripts = [...parsed.querySelectorAll('script')];
  expect(scripts).to.have.length(1);
  const src = scripts[0]!.getAttribute('src')!.replace(`/node_modules/${PACKAGE}/dist/`, '/dist/');
  expect(src).to.equal(BUNDLE);
  await import(/* @vite-ignore */ src);
  const el = document.importNode(parsed.querySelector(tag)!, true) as HTMLElement;
  stage.append(el);
  return el;
}

let stage: HTMLElement;
let blocks: Block[];

/** Clicks "Get Started" and resolves once the setup shows the portal step with the server's portals. */
async function reachPortalStep(setup: HTMLElement, server: FakeServer): Promise<void> {
  const steps: string[] = [];
  setup.addEventListener('zp-step-change', (e) => steps.push((e as CustomEvent<{ step: string }>).detail.step));
  (await waitFor(() => buttonNamed(setup, 'Get Started'), '"Get Started"')).click();
  const select = await waitFor(() => setup.shadowRoot!.querySelector<HTMLSelectElement>('select'), 'the portal picklist');
  await waitFor(() => select.options.length > 1, 'the portals');
  expect(steps).to.include('portal');
  const names = [...select.options].map((o) => o.textContent!.trim());
  for (const portal of server.db.ownPortals) expect(names.some((n) => n.includes(portal.name)), portal.name).to.equal(true);
}

describe('README "Embedding" examples', function () {
  this.timeout(60_000);

  before(async () => {
    blocks = await embeddingBlocks();
  });

  beforeEach(() => {
    stage = document.createElement('div');
    document.body.append(stage);
  });

  afterEach(() => stage.remove());

  it('the bundle <script> and <zoho-projects-setup api-base> reach the portal step against the fake server', async () => {
    const { server } = await fakeServer('fresh');
    const html = blockWith(blocks, 'html', '<zoho-projects-setup');
    const setup = await embedHtml(html, 'zoho-projects-setup');
    expect(setup.getAttribute('api-base')).to.equal('/api/zoho-projects');
    await reachPortalStep(setup, server);
    expect(server.log.map((e) => e.operation)).to.include.members(['getStatus', 'startSetup', 'listOwnPortals']);
  });

  it('HttpBackend with auth headers: <zoho-projects-setup> reaches the portal step, every request signed', async () => {
    const { server, worker } = await fakeServer('fresh', { baseUrl: '/api/zp' });
    await import(/* @vite-ignore */ BUNDLE);
    const setup = document.createElement('zoho-projects-setup');
    stage.append(setup);
    Object.assign(window, { token: () => 'host-token-1' });
    const auth = recordAuthorization(worker);
    try {
      await runModule(blockWith(blocks, 'js', 'new HttpBackend('));
      await reachPortalStep(setup, server);
    } finally {
      auth.stop();
    }
    expect(auth.seen.length).to.be.greaterThan(2);
    expect([...new Set(auth.seen)]).to.deep.equal(['Bearer host-token-1']);
  });

  it('your own transport: <zoho-projects-setup> with every operation forwarded goes from "Get Started" to field mapping, no HTTP', async () => {
    // crmApi: the fake server's operations run in this page, as a host's own transport would reach them.
    const server = new FakeServer('fresh');
    const calls: string[] = [];
    Object.assign(window, {
      crmApi: {
        async call(operation: OperationName, input: unknown, { signal }: { signal?: AbortSignal }) {
          calls.push(operation);
          signal?.throwIfAborted();
          return server.execute(operation, input);
        },
      },
    });
    await import(/* @vite-ignore */ BUNDLE);
    performance.clearResourceTimings();
    const setup = document.createElement('zoho-projects-setup') as HTMLElement & { backend?: object };
    stage.append(setup);
    await runModule(blockWith(blocks, 'js', 'const setupBackend'));
    // The README's list is the contract's: a renamed or new operation fails here.
    expect(Object.keys(setup.backend!).sort()).to.deep.equal(Object.keys(crmSetupOperations).sort());

    await reachPortalStep(setup, server);
    const select = setup.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    select.value = server.db.ownPortals[0]!.id;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    (await waitFor(() => buttonNamed(setup, 'Save'), '"Save"')).click();
    (await waitFor(() => buttonNamed(setup, 'Map Now'), '"Map Now" of the field mapping step')).click();
    const mapper = await waitFor(() => setup.shadowRoot!.querySelector('field-mapper'), 'the field mapping step');
    await waitFor(() => mapper.shadowRoot?.querySelector('[role=row][data-index]'), 'the field mapping rows');
    expect(shadowText(mapper)).to.contain('Project Name');

    expect(server.db.status.portal?.id, 'the association reached the server through crmApi').to.equal(server.db.ownPortals[0]!.id);
    expect(calls).to.include.members(['getStatus', 'startSetup', 'listOwnPortals', 'associatePortal', 'getFieldMapping']);
    expect(server.log, 'no request went over HTTP').to.deep.equal([]);
    const apiRequests = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/'));
    expect(apiRequests.map((r) => r.name)).to.deep.equal([]);
  });

  it('your own adapter object: <crm-user-import> looks up and imports users and clients through it', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const el = document.createElement('crm-user-import');
    stage.append(el);
    const api = new InMemoryApi();
    Object.assign(window, { myApi: api });
    await runModule(blockWith(blocks, 'js', 'const backend = {'));
    await waitFor(() => el.shadowRoot?.querySelector('#email'), 'the credentials form');
    expect(shadowText(el)).to.contain('Portal: In-Memory Portal');

    // Not a matching pair: the adapter's BackendError is shown at the form, with its message (no "Retry").
    submitCredentials(el, { email: CRM_IMPORT_ACCOUNT.email, zscKey: 'ffffffffffffffffffffffffffffffff' });
    const formError = await waitFor(() => el.shadowRoot!.querySelector('[part=form-error]'), 'the form error');
    expect(formError.textContent).to.contain('The email address and ZSC key do not match.');
    expect(buttonNamed(el, 'Retry')).to.equal(undefined);

    submitCredentials(el, CRM_IMPORT_ACCOUNT);
    await waitFor(() => buttonNamed(el, 'Import Users Now'), 'the review list of users');
    expect(shadowText(el)).to.contain('Grace Hopper');
    expect(await selectNewRows(el, 2)).to.equal(2);
    buttonNamed(el, 'Import Users Now')!.click();
    await waitFor(() => el.shadowRoot!.querySelector('#results-title'), 'the results');
    expect(api.importedUsers.map((i) => [i.crmUserId, i.roleId])).to.deep.equal([['u-2', 'r-member'], ['u-3', 'r-member']]);
    expect(shadowText(el)).to.match(/2 imported/i);

    // Client Users: accounts through the same adapter.
    const clients = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=mode][value=client-users]')!;
    clients.click();
    await waitFor(() => el.shadowRoot!.querySelector('#email'), 'the credentials form for accounts');
    submitCredentials(el, CRM_IMPORT_ACCOUNT);
    await waitFor(() => buttonNamed(el, 'Import Clients Now') && /Initech/.test(shadowText(el)), 'the review list of accounts');
    expect(await selectNewRows(el, 1)).to.equal(1);
    buttonNamed(el, 'Import Clients Now')!.click();
    await waitFor(() => el.shadowRoot!.querySelector('#results-title'), 'the client results');
    expect(api.importedClients.map((i) => i.accountId)).to.deep.equal(['a-2']);
    expect(api.sessions.size).to.equal(2);
  });
});

/** Records the Authorization header of every request to the fake server until `stop()`. */
function recordAuthorization(worker: SetupWorker) {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.startsWith('/api/zp/')) seen.push(request.headers.get('Authorization') ?? '(none)');
  };
  worker.events.on('request:start', listener);
  return { seen, stop: () => worker.events.removeListener('request:start', listener) };
}

/** The host's own API (`myApi` in the README), in memory. */
class InMemoryApi {
  readonly sessions = new Set<string>();
  readonly importedUsers: UserImportItem[] = [];
  readonly importedClients: ClientImportItem[] = [];
  readonly #context: ImportContext = {
    isPortalAdmin: true,
    portalName: 'In-Memory Portal',
    roles: [{ id: 'r-admin', name: 'Administrator' }, { id: 'r-member', name: 'Member' }],
    projects: [{ id: 'p-1', name: 'Website' }],
    defaultRoleId: 'r-member',
    seats: { total: 10, used: 1 },
  };
  readonly #users: CrmUser[] = [
    { id: 'u-1', name: 'Ada Lovelace', email: 'ada@example.com', profile: 'Administrator', role: 'CEO', inPortal: true },
    { id: 'u-2', name: 'Grace Hopper', email: 'grace@example.com', profile: 'Standard', role: 'Manager', inPortal: false },
    { id: 'u-3', name: 'Alan Turing', email: 'alan@example.com', profile: 'Standard', role: 'Analyst', inPortal: false },
  ];
  readonly #accounts: CrmAccountForImport[] = [
    { id: 'a-1', name: 'Globex', contactCount: 2, alreadyClient: true },
    { id: 'a-2', name: 'Initech', contactCount: 3, alreadyClient: false },
  ];

  async portalContext(_signal?: AbortSignal): Promise<ImportContext> {
    return structuredClone(this.#context);
  }

  #open(email: string, zscKey: string): string | null {
    if (email !== CRM_IMPORT_ACCOUNT.email || zscKey !== CRM_IMPORT_ACCOUNT.zscKey) return null;
    const id = `s-${this.sessions.size + 1}`;
    this.sessions.add(id);
    return id;
  }

  async lookupUsers(email: string, zscKey: string, _signal?: AbortSignal) {
    const sessionId = this.#open(email, zscKey);
    return sessionId ? { sessionId, users: structuredClone(this.#users) } : null;
  }

  async lookupAccounts(email: string, zscKey: string, _signal?: AbortSignal) {
    const sessionId = this.#open(email, zscKey);
    return sessionId ? { sessionId, accounts: structuredClone(this.#accounts) } : null;
  }

  async importUsers(sessionId: string, items: UserImportItem[], _signal?: AbortSignal): Promise<{ results: UserImportResult[]; seats: ImportContext['seats'] }> {
    if (!this.sessions.has(sessionId)) throw new Error('unknown session');
    const results = items.map((item): UserImportResult => {
      const user = this.#users.find((u) => u.id === item.crmUserId)!;
      if (user.inPortal) return { crmUserId: user.id, outcome: 'existing', reason: null, portalUserId: `pu-${user.id}` };
      user.inPortal = true;
      this.importedUsers.push(item);
      this.#context.seats.used++;
      return { crmUserId: user.id, outcome: 'imported', reason: null, portalUserId: `pu-${user.id}` };
    });
    return { results, seats: { ...this.#context.seats } };
  }

  async importClients(sessionId: string, items: ClientImportItem[], _signal?: AbortSignal): Promise<{ results: ClientImportResult[] }> {
    if (!this.sessions.has(sessionId)) throw new Error('unknown session');
    return {
      results: items.map((item): ClientImportResult => {
        const account = this.#accounts.find((a) => a.id === item.accountId)!;
        this.importedClients.push(item);
        account.alreadyClient = true;
        return { accountId: account.id, outcome: 'imported', reason: null, clientId: `c-${account.id}`, contactsImported: account.contactCount };
      }),
    };
  }
}
