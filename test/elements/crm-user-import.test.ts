import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { sendKeys } from '../keys.js';
import '../../src/register/crm-user-import.js';
import type { CrmUserImport } from '../../src/elements/crm-user-import/crm-user-import.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { API, fakeServer, fastBackend, until } from '../helpers.js';
import { CRM_IMPORT_ACCOUNT, OTHER_PORTAL_OWNER } from '../../mocks/credentials.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { root, typeInto, choose, text } from '../dom.js';

const IMPORT_USERS = `${API}/projects/import/users`;
const IMPORT_CLIENTS = `${API}/projects/import/clients`;
const ZP_EVENTS = ['zp-lookup-done', 'zp-import-progress', 'zp-import-complete', 'zp-error'] as const;

// ---- helpers: everything goes through the shadow DOM a user sees ----

const q = <T extends Element = HTMLElement>(el: CrmUserImport, sel: string) => root(el).querySelector<T>(sel as never) as T | null;
const qa = <T extends Element = HTMLElement>(el: CrmUserImport, sel: string) => [...root(el).querySelectorAll<T>(sel as never)] as T[];

function button(el: CrmUserImport, name: string): HTMLButtonElement | undefined {
  return qa<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
}

function click(el: CrmUserImport, name: string): void {
  const b = button(el, name);
  if (!b) throw new Error(`No button "${name}" in: ${text(el).slice(0, 400)}`);
  b.click();
}

/** Sets the bulk control `select` (#bulk-role, #bulk-project) and applies it to the selected rows. */
async function applyToSelected(el: CrmUserImport, select: string, value: string): Promise<void> {
  choose(q<HTMLSelectElement>(el, select)!, value);
  click(el, 'Apply to selected');
  await el.updateComplete;
}

function check(box: HTMLInputElement, on = true): void {
  if (box.checked !== on) box.click();
}

const rowOf = (el: CrmUserImport, name: string) =>
  qa(el, '.vbody [role=row]').find((r) => r.querySelector('.c-name')?.textContent?.includes(name));

const resultOf = (el: CrmUserImport, name: string) =>
  rowOf(el, name)?.querySelector('.c-result')?.textContent?.replace(/\s+/g, ' ').trim();

const ops = (server: FakeServer, op: string) => server.log.filter((e) => e.operation === op);

interface Mounted {
  el: CrmUserImport;
  server: FakeServer;
  worker: Awaited<ReturnType<typeof fakeServer>>['worker'];
  events: CustomEvent[];
}

async function mount(scenario = 'fresh', opts: { batchSize?: number; store?: IntegrationStore; before?: (server: FakeServer) => void } = {}): Promise<Mounted> {
  const { server, worker } = await fakeServer(scenario);
  opts.before?.(server);
  const el = opts.store
    ? await fixture<CrmUserImport>(html`<crm-user-import .store=${opts.store} batch-size=${opts.batchSize ?? 200}></crm-user-import>`)
    : await fixture<CrmUserImport>(html`<crm-user-import api-base=${API} batch-size=${opts.batchSize ?? 200}></crm-user-import>`);
  const events: CustomEvent[] = [];
  for (const name of ZP_EVENTS) el.addEventListener(name, (e) => events.push(e as CustomEvent));
  await until(() => q(el, '#email') || q(el, '[part=not-admin]'), 5_000, 'the first step');
  return { el, server, worker, events };
}

async function enterCredentials(el: CrmUserImport, creds: { email: string; zscKey: string } = CRM_IMPORT_ACCOUNT): Promise<void> {
  typeInto(q<HTMLInputElement>(el, '#email')!, creds.email);
  typeInto(q<HTMLInputElement>(el, '#zsc-key')!, creds.zscKey);
  click(el, 'Next Step');
}

async function lookup(el: CrmUserImport, creds = CRM_IMPORT_ACCOUNT): Promise<void> {
  await enterCredentials(el, creds);
  await until(() => q(el, '#review-title'), 10_000, 'the review step');
  await el.updateComplete;
}

/** Looks up the users, selects them all and starts an import that waits at request `at` (its gate). */
async function importUntilGate(at: number) {
  const m = await mount('fresh', { batchSize: 5 });
  const g = gate(m.worker, m.server, IMPORT_USERS, at);
  await lookup(m.el);
  click(m.el, 'Select all');
  await m.el.updateComplete;
  click(m.el, 'Import Users Now');
  await g.arrived;
  return { ...m, g };
}

async function importAndWait(el: CrmUserImport, action = 'Import Users Now'): Promise<void> {
  click(el, action);
  await until(() => q(el, '#results-title'), 10_000, 'the results');
  await el.updateComplete;
}

/** An importUsers route that waits for `release()` before the fake server answers request number `which`. */
function gate(worker: Mounted['worker'], server: FakeServer, url: string, which: number) {
  let calls = 0;
  let release!: () => void;
  const released = new Promise<void>((r) => { release = r; });
  let reached!: () => void;
  const arrived = new Promise<void>((r) => { reached = r; });
  worker.use(http.post(url, async ({ request, params }) => {
    if (++calls !== which) return undefined;
    reached();
    await released;
    return server.respond(url === IMPORT_USERS ? 'importUsers' : 'importClients', request, params);
  }));
  return { release, arrived };
}

function expectNoSecrets(events: CustomEvent[]): void {
  const all = JSON.stringify(events.map((e) => e.detail));
  expect(all).to.not.contain(CRM_IMPORT_ACCOUNT.zscKey);
  expect(all).to.not.contain('@');
}

describe('<crm-user-import>', () => {
  it('says when the CRM account has no users at all (not "no match" for an empty filter)', async () => {
    const { el, worker } = await mount('fresh');
    worker.use(http.post(`${API}/projects/import/crm-users/lookup`, () => HttpResponse.json({ sessionId: 's-empty', users: [] })));
    await lookup(el);
    expect(q(el, '[part=empty]')!.textContent).to.equal('The CRM account has no users to import.');
    expect(text(el)).to.not.contain('matches “”');
  });

  afterEach(() => {
    // No test leaves a key in a field it does not own.
    for (const el of document.querySelectorAll('crm-user-import')) el.remove();
  });

  describe('credentials', () => {
    it('shows the selected mode as selected: its radio has a dot in the text colour of the accent label', async () => {
      const { el } = await mount();
      const [users, clients] = qa<HTMLInputElement>(el, 'input[name=mode]');
      const dot = (radio: HTMLInputElement) => getComputedStyle(radio, '::before');
      const label = getComputedStyle(users!.closest('label')!);
      expect(dot(users!).content).to.not.equal('none');
      expect(dot(users!).backgroundColor).to.equal(label.color);
      expect(label.backgroundColor).to.not.equal(label.color);
      expect(dot(clients!).content).to.equal('none');
      clients!.click();
      await el.updateComplete;
      expect(dot(clients!).content).to.not.equal('none');
      expect(dot(users!).content).to.equal('none');
    });

    it('is accessible, with the labels users know and a masked key', async () => {
      const { el } = await mount();
      await expect(el).to.be.accessible();
      expect(q(el, 'h2')!.textContent).to.equal('Import From CRM');
      expect(text(el)).to.contain('Portal Users').and.contain('Client Users');
      const modes = qa<HTMLInputElement>(el, 'input[name=mode]');
      expect(modes.map((m) => m.checked)).to.deep.equal([true, false]);
      expect(q(el, 'label[for=email]')!.textContent).to.equal('Email address');
      expect(q(el, 'label[for=zsc-key]')!.textContent).to.equal('ZSC Key');
      const key = q<HTMLInputElement>(el, '#zsc-key')!;
      expect(key.type).to.equal('password');
      const toggle = button(el, 'Show ZSC Key')!;
      toggle.click();
      await el.updateComplete;
      expect(key.type).to.equal('text');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      toggle.click();
      await el.updateComplete;
      expect(key.type).to.equal('password');
      expect(button(el, 'Next Step')!.type).to.equal('submit');
    });

    it('shows each invalid field at the field and sends nothing', async () => {
      const { el, server } = await mount();
      click(el, 'Next Step');
      await el.updateComplete;
      const email = q<HTMLInputElement>(el, '#email')!;
      const key = q<HTMLInputElement>(el, '#zsc-key')!;
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(q(el, '#email-error')!.textContent).to.contain('required');
      expect(email.getAttribute('aria-describedby')).to.equal('email-error');
      expect(key.getAttribute('aria-describedby')).to.contain('zsc-key-error');
      expect(root(el).activeElement).to.equal(email);

      typeInto(email, 'crm.admin@');
      typeInto(key, 'not-a-key');
      click(el, 'Next Step');
      await el.updateComplete;
      expect(q(el, '#email-error')!.textContent).to.contain('valid email address');
      expect(q(el, '#zsc-key-error')!.textContent).to.contain('32 characters');
      await expect(el).to.be.accessible();

      typeInto(email, CRM_IMPORT_ACCOUNT.email);
      await el.updateComplete;
      expect(q(el, '#email-error')).to.equal(null);
      expect(email.getAttribute('aria-invalid')).to.equal('false');
      click(el, 'Next Step');
      await el.updateComplete;
      expect(q(el, '#zsc-key-error')).to.not.equal(null);
      expect(ops(server, 'lookupCrmUsers')).to.have.length(0);
      expect(ops(server, 'lookupCrmAccounts')).to.have.length(0);
    });

    it('refuses a wrong email and key pair with a clear error at the form, keeping what was typed', async () => {
      const { el, server } = await mount();
      await enterCredentials(el, OTHER_PORTAL_OWNER);
      await until(() => q(el, '[part=form-error]'));
      expect(q(el, '[part=form-error]')!.getAttribute('role')).to.equal('alert');
      expect(q(el, '[part=form-error]')!.textContent).to.contain('do not match');
      expect(q<HTMLInputElement>(el, '#email')!.value).to.equal(OTHER_PORTAL_OWNER.email);
      expect(q<HTMLInputElement>(el, '#zsc-key')!.value).to.equal(OTHER_PORTAL_OWNER.zscKey);
      expect(q(el, '#review-title')).to.equal(null);
      expect(ops(server, 'lookupCrmUsers')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('sends one lookup for a double click on "Next Step"', async () => {
      const { el, server } = await mount();
      typeInto(q<HTMLInputElement>(el, '#email')!, CRM_IMPORT_ACCOUNT.email);
      typeInto(q<HTMLInputElement>(el, '#zsc-key')!, CRM_IMPORT_ACCOUNT.zscKey);
      const next = button(el, 'Next Step')!;
      next.click();
      next.click();
      await until(() => q(el, '#review-title'));
      expect(ops(server, 'lookupCrmUsers')).to.have.length(1);
    });

    it('shows a failed lookup with Retry, and Retry sends the same form again', async () => {
      const { el, server, worker } = await mount();
      worker.use(http.post(`${API}/projects/import/crm-users/lookup`, () => HttpResponse.error(), { once: true }));
      await enterCredentials(el);
      await until(() => button(el, 'Retry'));
      expect(q(el, '[part=error]')!.textContent).to.contain('Could not reach the server');
      expect(q<HTMLInputElement>(el, '#zsc-key')!.value).to.equal(CRM_IMPORT_ACCOUNT.zscKey);
      click(el, 'Retry');
      await until(() => q(el, '#review-title'));
      expect(ops(server, 'lookupCrmUsers')).to.have.length(1);
    });

    it('tells a user who is not a portal administrator that only administrators can import', async () => {
      const { el, server } = await mount('non-admin');
      expect(q(el, '[part=not-admin]')!.textContent).to.contain('Only portal administrators can import');
      expect(button(el, 'Next Step')).to.equal(undefined);
      expect(ops(server, 'lookupCrmUsers')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('says the same when the server refuses the lookup with 403', async () => {
      const { el, server } = await mount('fresh');
      // The user lost the portal's admin rights after the page loaded.
      server.db.importContext.isPortalAdmin = false;
      await enterCredentials(el);
      await until(() => q(el, '[part=not-admin]'));
      expect(q(el, '[part=not-admin]')!.textContent).to.contain('Only portal administrators can import');
      expect(q(el, '#email')).to.equal(null);
    });
  });

  describe('portal users', () => {
    it('goes through the whole journey: roles, projects, bulk set, import and per-user results', async () => {
      const { el, server, worker, events } = await mount();
      const bodies: { items: { crmUserId: string; roleId: string; projectId: string | null }[] }[] = [];
      worker.use(http.post(IMPORT_USERS, async ({ request }) => { bodies.push(await request.clone().json() as (typeof bodies)[number]); return undefined; }));
      await lookup(el);
      await expect(el).to.be.accessible();
      expect(root(el).activeElement).to.equal(q(el, '#review-title'));
      expect(events.find((e) => e.type === 'zp-lookup-done')!.detail).to.deep.equal({ mode: 'portal-users', count: 25, alreadyInPortal: 3 });
      expect(q(el, '[part=seats]')!.textContent).to.match(/Available seats:\s*42\s*of 50/);

      // Every user with name, email, CRM profile; those already in the portal marked.
      const table = q(el, '[role=table]')!;
      expect(table.getAttribute('aria-rowcount')).to.equal('26');
      expect(qa(el, '.vhead [role=columnheader]').map((h) => h.textContent!.trim()))
        .to.include.members(['Name', 'Email address', 'User Role', 'Working Project']);
      const first = rowOf(el, 'Ana Álvarez')!;
      expect(first.getAttribute('aria-rowindex')).to.equal('2');
      expect(first.textContent).to.contain('Already a portal user').and.contain('ana.alvarez@acme.example').and.contain('Administrator');
      expect(qa(el, '[part=badge]')).to.have.length(3);
      expect(rowOf(el, 'Chloé Álvarez')!.textContent).to.contain('Already a portal user');
      expect(rowOf(el, 'Dmitri Álvarez')!.textContent).to.not.contain('Already a portal user');
      const roleSelect = (name: string) => rowOf(el, name)!.querySelector<HTMLSelectElement>('select[data-field=role]')!;
      const projectSelect = (name: string) => rowOf(el, name)!.querySelector<HTMLSelectElement>('select[data-field=project]')!;
      expect(roleSelect('Dmitri Álvarez').selectedOptions[0]!.textContent).to.equal('Employee');
      expect(roleSelect('Dmitri Álvarez').getAttribute('aria-label')).to.equal('User Role for Dmitri Álvarez');
      expect(projectSelect('Dmitri Álvarez').selectedOptions[0]!.textContent).to.equal('No project');

      // As the help page's flow expects, every user who can be imported starts selected; those in the portal cannot be.
      const box = (name: string) => rowOf(el, name)!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
      expect([box('Ana Álvarez').checked, box('Ana Álvarez').disabled]).to.deep.equal([false, true]);
      expect([box('Dmitri Álvarez').checked, box('Dmitri Álvarez').disabled]).to.deep.equal([true, false]);
      expect(q(el, '#list-count')!.textContent).to.contain('22 selected');
      expect(q(el, '#selection-summary')!.textContent).to.contain('22 selected; 22 new users need seats.');

      // One user's role and project.
      choose(roleSelect('Dmitri Álvarez'), 'role-manager');
      choose(projectSelect('Dmitri Álvarez'), 'proj-2');
      await el.updateComplete;

      // Filter by name, select those shown, set their role for all selected.
      const filter = q<HTMLInputElement>(el, '#filter')!;
      typeInto(filter, 'fatima');
      await el.updateComplete;
      expect(qa(el, '.vbody [role=row]')).to.have.length(1);
      expect(table.getAttribute('aria-rowcount')).to.equal('2');
      click(el, 'Select none');
      click(el, 'Select all');
      await el.updateComplete;
      expect(q(el, '#list-count')!.textContent).to.contain('1 selected');
      await applyToSelected(el, '#bulk-role', 'role-contractor');
      expect(roleSelect('Fatima Álvarez').value).to.equal('role-contractor');

      // Filter by email, then select everyone and set a project for all selected.
      typeInto(filter, 'acme.example');
      await el.updateComplete;
      expect(q(el, '#list-count')!.textContent).to.contain('Showing 24 of 25');
      typeInto(filter, '');
      await el.updateComplete;
      click(el, 'Select all');
      await el.updateComplete;
      expect(q(el, '#list-count')!.textContent).to.contain('22 selected');
      await applyToSelected(el, '#bulk-project', 'proj-1');
      expect(projectSelect('Gustav Álvarez').value).to.equal('proj-1');
      expect(projectSelect('Dmitri Álvarez').value).to.equal('proj-1');
      expect(roleSelect('Dmitri Álvarez').value).to.equal('role-manager');
      expect(q(el, '#selection-summary')!.textContent).to.contain('22 new users need seats');

      await importAndWait(el);
      await expect(el).to.be.accessible();
      expect(root(el).activeElement).to.equal(q(el, '#results-title'));
      const sent = bodies.flatMap((b) => b.items);
      expect(sent).to.have.length(22);
      expect(sent.some((i) => i.crmUserId === 'crm-user-1')).to.equal(false);
      expect(sent.find((i) => i.crmUserId === 'crm-user-4')).to.deep.equal({ crmUserId: 'crm-user-4', roleId: 'role-manager', projectId: 'proj-1' });
      expect(sent.find((i) => i.crmUserId === 'crm-user-6')!.roleId).to.equal('role-contractor');
      expect(sent.find((i) => i.crmUserId === 'crm-user-5')!.roleId).to.equal('role-employee');

      expect(q(el, '[part=summary]')!.textContent!.replace(/\s+/g, ' ')).to.contain('21 imported').and.contain('1 failed')
        .and.contain('0 already portal users');
      expect(resultOf(el, 'Dmitri Álvarez')).to.equal('Imported');
      expect(rowOf(el, 'Ana Álvarez')).to.equal(undefined);
      expect(resultOf(el, 'Kiosk Account')).to.equal('Failed: The CRM user has no email address.');
      // A name with markup is text.
      expect(rowOf(el, '<img src=x onerror=alert(1)> Tester')).to.not.equal(undefined);
      expect(root(el).querySelector('img')).to.equal(null);

      expect(server.db.stats.portalUsersCreated).to.equal(21);
      expect(server.db.portalUsers.size).to.equal(24);
      const complete = events.filter((e) => e.type === 'zp-import-complete');
      expect(complete).to.have.length(1);
      expect(complete[0]!.detail).to.deep.equal({ mode: 'portal-users', total: 22, imported: 21, existing: 0, failed: 1, notImported: 0, cancelled: false });
      expect(events.some((e) => e.type === 'zp-import-progress' && e.detail.percent === 100)).to.equal(true);
      expectNoSecrets(events);

      // Back to the list: the imported users are now marked as portal users.
      click(el, 'Back to the list');
      await el.updateComplete;
      const shown = qa(el, '.vbody [role=row]');
      expect(shown.length).to.be.greaterThan(5);
      for (const row of shown) {
        expect(row.textContent!.includes('Already a portal user'), row.textContent!).to.equal(!row.textContent!.includes('Kiosk Account'));
      }
      // What can still be imported (the failed user) is selected again.
      expect(q(el, '#list-count')!.textContent).to.contain('1 selected');
      expect(box('Kiosk Account').checked).to.equal(true);
    });

    it('keeps the role of users already in the portal: they cannot be selected and need no seat', async () => {
      const { el, server } = await mount();
      await lookup(el);
      const ana = rowOf(el, 'Ana Álvarez')!;
      expect(ana.querySelector('select')).to.equal(null);
      expect(ana.textContent).to.contain('role kept');
      const anaBox = ana.querySelector<HTMLInputElement>('input[type=checkbox]')!;
      expect(anaBox.disabled).to.equal(true);
      anaBox.click();
      click(el, 'Select none');
      click(el, 'Select all');
      await el.updateComplete;
      expect(anaBox.checked).to.equal(false);
      expect(q(el, '#selection-summary')!.textContent).to.contain('22 selected; 22 new users need seats');

      // Dmitri joined the portal after the lookup: the server answers "existing", and keeps his role.
      server.db.portalUsers.set('crm-user-4', 'pu-meanwhile');
      click(el, 'Select none');
      await el.updateComplete;
      check(rowOf(el, 'Dmitri Álvarez')!.querySelector<HTMLInputElement>('input[type=checkbox]')!);
      await el.updateComplete;
      await importAndWait(el);
      expect(resultOf(el, 'Dmitri Álvarez')).to.equal('Already a portal user (role kept)');
      expect(server.db.stats.portalUsersCreated).to.equal(0);
      expect(server.db.portalUsers.get('crm-user-1')).to.equal('pu-seed-1');
    });

    it('refuses, before sending, an import that needs more seats than the portal has', async () => {
      const { el, server } = await mount('fresh', { before: (s) => { s.db.importContext.seats = { total: 10, used: 8 }; } });
      await lookup(el);
      expect(q(el, '[part=seats]')!.textContent).to.match(/Available seats:\s*2\s*of 10/);
      // Every importable user starts selected even beyond the free seats; the summary says so before the import.
      expect(q(el, '#selection-summary')!.textContent).to.contain('22 selected; 22 new users need seats, only 2 available.');
      expect(q(el, '#selection-summary')!.className).to.equal('over');
      click(el, 'Import Users Now');
      await el.updateComplete;
      const refusal = q(el, '[part=refusal]')!;
      expect(refusal.getAttribute('role')).to.equal('alert');
      expect(refusal.textContent).to.contain('needs 22 seats').and.contain('2 seats available');
      expect(ops(server, 'importUsers')).to.have.length(0);
      await expect(el).to.be.accessible();

      // Two new users fit.
      click(el, 'Select none');
      await el.updateComplete;
      expect(q(el, '[part=refusal]')).to.equal(null);
      check(rowOf(el, 'Dmitri Álvarez')!.querySelector<HTMLInputElement>('input[type=checkbox]')!);
      check(rowOf(el, 'Eun-ji Álvarez')!.querySelector<HTMLInputElement>('input[type=checkbox]')!);
      await el.updateComplete;
      await importAndWait(el);
      expect(server.db.stats.portalUsersCreated).to.equal(2);
    });

    it('asks for a selection instead of sending an empty import', async () => {
      const { el, server } = await mount();
      await lookup(el);
      click(el, 'Select none');
      await el.updateComplete;
      click(el, 'Import Users Now');
      await el.updateComplete;
      expect(q(el, '[part=refusal]')!.textContent).to.contain('Select at least one user');
      expect(ops(server, 'importUsers')).to.have.length(0);
    });

    it('shows progress while importing, accessibly, and announces the percentage', async () => {
      const { el, events, g } = await importUntilGate(3);
      await until(() => q<HTMLProgressElement>(el, 'progress')?.value === 10);
      const bar = q<HTMLProgressElement>(el, 'progress')!;
      expect(bar.max).to.equal(22);
      expect(bar.getAttribute('aria-valuetext')).to.contain('45%');
      expect(root(el).activeElement).to.equal(q(el, '#progress-title'));
      await until(() => q(el, '[role=status][aria-live=polite]')!.textContent!.includes('45% done'));
      await expect(el).to.be.accessible();
      // The list is not on the page while importing.
      expect(qa(el, '.review')).to.have.length(0);
      g.release();
      await until(() => q(el, '#results-title'));
      const progress = events.filter((e) => e.type === 'zp-import-progress').map((e) => e.detail.percent);
      expect(progress).to.deep.equal([22, 45, 68, 90, 100]);
    });

    it('retries just the failed users after a batch fails mid-import, never creating anyone twice', async () => {
      const { el, server, worker } = await mount('fresh', { batchSize: 5 });
      let calls = 0;
      worker.use(http.post(IMPORT_USERS, () => (++calls === 2
        ? HttpResponse.json({ error: { code: 'unavailable', message: 'Down.' } }, { status: 503 })
        : undefined)));
      await lookup(el);
      click(el, 'Select all');
      await el.updateComplete;
      await importAndWait(el);
      // Users 9–13 (the second batch of the 22 importable) failed; the import went on with the other batches.
      expect(resultOf(el, 'Inès Álvarez')).to.match(/^Failed: The server could not complete the request/);
      expect(resultOf(el, 'Fatima Álvarez')).to.equal('Imported');
      expect(resultOf(el, 'Nikolai Álvarez')).to.equal('Imported');
      expect(q(el, '[part=summary]')!.textContent).to.contain('5 failed');
      expect(server.db.stats.portalUsersCreated).to.equal(17);
      // The failed request never reached the server: four batches did.
      expect(ops(server, 'importUsers')).to.have.length(4);
      await expect(el).to.be.accessible();
      // The failures can be listed alone.
      const onlyFailed = qa<HTMLInputElement>(el, '.only-failed input')[0]!;
      onlyFailed.click();
      await el.updateComplete;
      expect(q(el, '#result-table')!.getAttribute('aria-rowcount')).to.equal('6');
      expect(qa(el, '.vbody [role=row] .c-name').map((c) => c.textContent!.trim()))
        .to.deep.equal(['Inès Álvarez', 'Kiosk Account', 'Keira Álvarez', 'Lars Álvarez', 'Mei Álvarez']);
      onlyFailed.click();
      await el.updateComplete;
      expect(q(el, '#result-table')!.getAttribute('aria-rowcount')).to.equal('23');

      click(el, 'Retry failed');
      await until(() => resultOf(el, 'Inès Álvarez') === 'Imported');
      await until(() => q(el, '#results-title'));
      // Only the failed batch was sent again (the no-email user with it); no one was created twice.
      expect(ops(server, 'importUsers')).to.have.length(5);
      expect(resultOf(el, 'Kiosk Account')).to.equal('Failed: The CRM user has no email address.');
      expect(server.db.stats.portalUsersCreated).to.equal(21);
      expect(server.db.portalUsers.size).to.equal(24);
      expect(new Set(server.db.portalUsers.values()).size).to.equal(24);

      // Retrying the remaining failure sends just that user, and still creates nothing twice.
      click(el, 'Retry failed');
      await until(() => ops(server, 'importUsers').length === 6);
      await until(() => q(el, '#results-title'));
      expect(server.db.stats.portalUsersCreated).to.equal(21);
    });

    it('replays a batch whose response was lost with the same idempotency key', async () => {
      const { el, server, worker } = await mount('fresh', { batchSize: 10 });
      worker.use(http.post(IMPORT_USERS, async ({ request, params }) => {
        await server.respond('importUsers', request, params);
        return HttpResponse.error();
      }, { once: true }));
      await lookup(el);
      click(el, 'Select all');
      await el.updateComplete;
      await importAndWait(el);
      expect(resultOf(el, 'Dmitri Álvarez')).to.match(/^Failed: Could not reach the server/);
      // The server did create the first batch's users; only the answer was lost.
      expect(server.db.stats.portalUsersCreated).to.equal(21);

      click(el, 'Retry failed');
      await until(() => resultOf(el, 'Dmitri Álvarez') === 'Imported', 5_000, 'the replayed result');
      await until(() => q(el, '#results-title'));
      const sent = ops(server, 'importUsers');
      expect(sent).to.have.length(4);
      expect(sent[3]!.idempotencyKey).to.equal(sent[0]!.idempotencyKey);
      expect(sent[3]!.replayed).to.equal(true);
      expect(server.db.stats.replays).to.equal(1);
      expect(server.db.stats.portalUsersCreated).to.equal(21);
      expect(server.db.portalUsers.size).to.equal(24);
      expect(q(el, '[part=summary]')!.textContent!.replace(/\s+/g, ' ')).to.contain('21 imported').and.contain('1 failed');
    });

    it('cancels between batches, then continues with the rest', async () => {
      const { el, server, events, g } = await importUntilGate(2);
      await el.updateComplete;
      click(el, 'Cancel import');
      await el.updateComplete;
      expect(button(el, 'Cancel import')!.disabled).to.equal(true);
      expect(text(el)).to.contain('Stopping after the current batch');
      g.release();
      await until(() => q(el, '#results-title'));
      // The batch in flight finished; nothing after it was sent.
      expect(ops(server, 'importUsers')).to.have.length(2);
      expect(server.db.stats.portalUsersCreated).to.equal(9);
      expect(resultOf(el, 'Nikolai Álvarez')).to.equal('Not imported: the import was cancelled');
      expect(q(el, '[part=cancelled]')!.textContent!.replace(/\s+/g, ' ')).to.contain('12 records were not sent');
      const complete = events.filter((e) => e.type === 'zp-import-complete');
      expect(complete.at(-1)!.detail).to.include({ cancelled: true, notImported: 12, imported: 9, existing: 0, failed: 1 });
      await expect(el).to.be.accessible();

      click(el, 'Continue import');
      await until(() => ops(server, 'importUsers').length === 5 && q(el, '#results-title'));
      await until(() => resultOf(el, 'Nikolai Álvarez') === 'Imported');
      expect(server.db.stats.portalUsersCreated).to.equal(21);
      expect(button(el, 'Continue import')).to.equal(undefined);
    });

    it('an expired session goes back to the credentials (no Retry), keeping the email, the selection and the roles', async () => {
      const { el, server, worker, events } = await mount('fresh', { batchSize: 5 });
      let calls = 0;
      const sent: { crmUserId: string; roleId: string }[][] = [];
      worker.use(http.post(IMPORT_USERS, async ({ request }) => {
        const body = await request.clone().json() as { items: { crmUserId: string; roleId: string }[] };
        if (++calls === 2) {
          return HttpResponse.json({ error: { code: 'session-expired', message: 'The import session has expired.' } }, { status: 409 });
        }
        sent.push(body.items);
        return undefined;
      }));
      await lookup(el);
      click(el, 'Select all');
      await el.updateComplete;
      choose(rowOf(el, 'Keira Álvarez')!.querySelector<HTMLSelectElement>('select[data-field=role]')!, 'role-manager');
      await el.updateComplete;
      const selected = q(el, '#list-count')!.textContent!.replace(/\s+/g, ' ');
      click(el, 'Import Users Now');
      await until(() => q(el, '#email'), 10_000, 'the credentials step');
      await el.updateComplete;
      // One batch went through; the rest waits for a new session.
      expect(ops(server, 'importUsers')).to.have.length(1);
      expect(q(el, '[part=form-error]')!.textContent).to.contain('The import session has expired. Enter the email address and ZSC key again.');
      expect(button(el, 'Retry')).to.equal(undefined);
      expect(button(el, 'Retry failed')).to.equal(undefined);
      expect(q<HTMLInputElement>(el, '#email')!.value).to.equal(CRM_IMPORT_ACCOUNT.email);
      expect(root(el).activeElement).to.equal(q(el, '#zsc-key'));
      expect(el.mode).to.equal('portal-users');
      expect(events.find((e) => e.type === 'zp-error')!.detail).to.include({ operation: 'importUsers', code: 'session-expired' });
      await expect(el).to.be.accessible();

      // The key again: the list comes back with everything chosen before.
      typeInto(q<HTMLInputElement>(el, '#zsc-key')!, CRM_IMPORT_ACCOUNT.zscKey);
      click(el, 'Next Step');
      await until(() => q(el, '#review-title'), 10_000, 'the review step');
      await el.updateComplete;
      // The first batch's five are portal users now (not selectable); everyone else chosen before stays selected.
      const before = Number(/(\d+) selected/.exec(selected)![1]);
      expect(q(el, '#list-count')!.textContent!.replace(/\s+/g, ' ')).to.contain(`${before - 5} selected`);
      expect(rowOf(el, 'Keira Álvarez')!.querySelector<HTMLSelectElement>('select[data-field=role]')!.value).to.equal('role-manager');
      await importAndWait(el);
      const keira = server.db.crmUsers.find((u) => u.name === 'Keira Álvarez')!.id;
      expect(sent.flat().filter((i) => i.crmUserId === keira).map((i) => i.roleId)).to.deep.equal(['role-manager']);
      expect(server.db.stats.portalUsersCreated).to.equal(21);
      expect(q(el, '[part=summary]')!.textContent!.replace(/\s+/g, ' ')).to.contain('1 failed');
    });

    it('sends one import for a double click on "Import Users Now", and a repeated import creates no one twice', async () => {
      const { el, server } = await mount();
      await lookup(el);
      click(el, 'Select all');
      await el.updateComplete;
      const b = button(el, 'Import Users Now')!;
      b.click();
      b.click();
      await until(() => q(el, '#results-title'));
      expect(ops(server, 'importUsers')).to.have.length(1);
      expect(server.db.stats.portalUsersCreated).to.equal(21);

      // Importing again sends only who is left (the user that failed) and creates no one twice.
      click(el, 'Back to the list');
      await el.updateComplete;
      expect(q(el, '#list-count')!.textContent).to.contain('1 selected');
      click(el, 'Select all');
      await el.updateComplete;
      expect(q(el, '#list-count')!.textContent).to.contain('1 selected');
      await importAndWait(el);
      expect(ops(server, 'importUsers')).to.have.length(2);
      expect(q(el, '#result-table')!.getAttribute('aria-rowcount')).to.equal('2');
      expect(resultOf(el, 'Kiosk Account')).to.equal('Failed: The CRM user has no email address.');
      expect(server.db.stats.portalUsersCreated).to.equal(21);
      expect(q(el, '[part=summary]')!.textContent!.replace(/\s+/g, ' ')).to.contain('0 imported').and.contain('1 failed');
    });

    it('moves between rows with the arrow keys', async () => {
      const { el } = await mount();
      await lookup(el);
      const focused = () => (root(el).activeElement as HTMLInputElement).getAttribute('aria-label');
      const box = rowOf(el, 'Dmitri Álvarez')!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
      box.focus();
      // Ana, Bruno and Chloé are in the portal (their boxes are disabled): Up and Home stay on Dmitri.
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused()).to.equal('Select Dmitri Álvarez');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused()).to.equal('Select Eun-ji Álvarez');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(q(el, '#list-count')!.textContent).to.contain('21 selected');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      await until(() => (root(el).activeElement as HTMLElement | null)?.getAttribute('aria-label') === 'Select Yara Álvarez');
      expect(root(el).activeElement!.closest('[role=row]')!.getAttribute('aria-rowindex')).to.equal('26');
    });
  });

  describe('client users', () => {
    it('imports CRM accounts as clients and their contacts as client users, with per-record results and retry', async () => {
      const { el, server, worker, events } = await mount('fresh', { batchSize: 5 });
      let calls = 0;
      worker.use(http.post(IMPORT_CLIENTS, () => (++calls === 1 ? HttpResponse.error() : undefined)));
      qa<HTMLInputElement>(el, 'input[name=mode]')[1]!.click();
      await el.updateComplete;
      expect(el.mode).to.equal('client-users');
      await lookup(el);
      await expect(el).to.be.accessible();
      expect(events.find((e) => e.type === 'zp-lookup-done')!.detail).to.deep.equal({ mode: 'client-users', count: 15, alreadyInPortal: 2 });
      expect(qa(el, '[part=badge]').map((b) => b.textContent)).to.deep.equal(['Already a client', 'Already a client']);
      // The accounts that can be imported start selected; those already clients cannot be selected.
      const pre = server.db.importAccounts[0]!;
      const preBox = rowOf(el, pre.name)!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
      expect([preBox.checked, preBox.disabled]).to.deep.equal([false, true]);
      expect(q(el, '#list-count')!.textContent).to.contain('13 selected');
      expect(q(el, '#selection-summary')!.textContent).to.equal('13 accounts selected.');
      // The button says what it imports.
      expect(button(el, 'Import Clients Now')).to.not.equal(undefined);
      expect(button(el, 'Import Users Now')).to.equal(undefined);
      expect(rowOf(el, '<b>Bold</b> & Co')).to.not.equal(undefined);
      expect(root(el).querySelector('.vbody b')).to.equal(null);
      typeInto(q<HTMLInputElement>(el, '#filter')!, 'cafe');
      await el.updateComplete;
      expect(qa(el, '.vbody [role=row]').map((r) => r.querySelector('.c-name')!.textContent)).to.deep.equal(['Café Délices']);
      typeInto(q<HTMLInputElement>(el, '#filter')!, '');
      await el.updateComplete;
      await importAndWait(el, 'Import Clients Now');
      await expect(el).to.be.accessible();
      expect(q(el, '[part=summary]')!.textContent).to.contain('5 failed');
      expect(server.db.stats.clientsCreated).to.equal(8);
      const cafe = server.db.importAccounts.find((a) => a.name === 'Café Délices')!;
      expect(resultOf(el, 'Café Délices')).to.match(/^Failed: Could not reach the server/);

      click(el, 'Retry failed');
      await until(() => resultOf(el, 'Café Délices')?.startsWith('Imported'));
      await until(() => q(el, '#results-title'));
      expect(resultOf(el, 'Café Délices')).to.equal(`Imported as a client, with ${cafe.contactCount} client ${cafe.contactCount === 1 ? 'user' : 'users'}`);
      expect(rowOf(el, pre.name)).to.equal(undefined);
      expect(server.db.stats.clientsCreated).to.equal(13);
      expect(server.db.importedClients.size).to.equal(13);
      expect(events.filter((e) => e.type === 'zp-import-complete').at(-1)!.detail)
        .to.deep.equal({ mode: 'client-users', total: 13, imported: 13, existing: 0, failed: 0, notImported: 0, cancelled: false });
      expectNoSecrets(events);
    });
  });

  describe('"Change the ZSC Ticket"', () => {
    it('goes back to the credentials for another CRM account and drops the previous key', async () => {
      const store = new IntegrationStore(fastBackend());
      const { el, server } = await mount('fresh', { store });
      await lookup(el);
      expect(store.state.userImport.sessionId).to.be.a('string');
      click(el, 'Change the ZSC Ticket');
      await el.updateComplete;
      expect(q(el, '#credentials-title')).to.not.equal(null);
      expect(root(el).activeElement).to.equal(q(el, '#email'));
      expect(q<HTMLInputElement>(el, '#email')!.value).to.equal('');
      expect(q<HTMLInputElement>(el, '#zsc-key')!.value).to.equal('');
      expect(q<HTMLInputElement>(el, '#zsc-key')!.type).to.equal('password');
      expect(store.state.userImport.sessionId).to.equal(null);
      expect(store.state.userImport.users).to.equal(null);
      expect(store.state.userImport.lookupEmail).to.equal(null);
      expect(root(el).innerHTML).to.not.contain(CRM_IMPORT_ACCOUNT.zscKey);
      expect(JSON.stringify(store.state)).to.not.contain(CRM_IMPORT_ACCOUNT.zscKey);
      await expect(el).to.be.accessible();

      // Another account's key is checked on its own.
      await enterCredentials(el, { email: 'someone.else@example.com', zscKey: 'abcdefabcdefabcdefabcdefabcdef12' });
      await until(() => q(el, '[part=form-error]'));
      await lookup(el);
      expect(ops(server, 'lookupCrmUsers')).to.have.length(3);
    });

    it('is also offered from the results', async () => {
      const { el } = await mount();
      await lookup(el);
      check(rowOf(el, 'Dmitri Álvarez')!.querySelector<HTMLInputElement>('input[type=checkbox]')!);
      await el.updateComplete;
      await importAndWait(el);
      click(el, 'Change the ZSC Ticket');
      await el.updateComplete;
      expect(q(el, '#credentials-title')).to.not.equal(null);
      expect(q(el, '#results-title')).to.equal(null);
    });
  });

  describe('large data', () => {
    it('renders only the visible rows of 10,000 users, with the right row count and indexes, and filters them', async function () {
      this.timeout(60_000);
      const { el } = await mount('large');
      await lookup(el);
      const table = q(el, '[role=table]')!;
      expect(table.getAttribute('aria-rowcount')).to.equal('10001');
      const rows = qa(el, '[role=row]');
      expect(rows.length).to.be.below(200);
      const body = qa(el, '.vbody [role=row]');
      expect(body[0]!.getAttribute('aria-rowindex')).to.equal('2');

      const scroller = q(el, '.vbody')!;
      scroller.scrollTop = 5000 * 52;
      scroller.dispatchEvent(new Event('scroll'));
      await until(() => Number(qa(el, '.vbody [role=row]')[0]?.getAttribute('aria-rowindex')) > 4900);
      const indexes = qa(el, '.vbody [role=row]').map((r) => Number(r.getAttribute('aria-rowindex')));
      expect(indexes.every((x, i) => i === 0 || x === indexes[i - 1]! + 1)).to.equal(true);
      expect(qa(el, '[role=row]').length).to.be.below(200);

      const filter = q<HTMLInputElement>(el, '#filter')!;
      const started = performance.now();
      typeInto(filter, 'zoë zhang');
      await el.updateComplete;
      const took = performance.now() - started;
      const matches = Number(table.getAttribute('aria-rowcount')) - 1;
      expect(matches).to.be.greaterThan(0).and.below(100);
      expect(qa(el, '.vbody [role=row]')[0]!.getAttribute('aria-rowindex')).to.equal('2');
      expect(qa(el, '.vbody [role=row] .c-name')[0]!.textContent).to.contain('Zoë Zhang');
      // Not a timing assertion (the bench measures): just a sanity bound.
      expect(took).to.be.below(1_000);
    });
  });

  it('given a store whose lookup is done, shows that review at once (another element, or the store assigned later)', async () => {
    const store = new IntegrationStore(fastBackend());
    const { el: first, server } = await mount('fresh', { store });
    await lookup(first);
    first.remove();
    // A second element on the store: no credentials step, no second lookup.
    const second = await fixture<CrmUserImport>(html`<crm-user-import .store=${store}></crm-user-import>`);
    await until(() => q(second, '#review-title'), 5_000, 'the review step');
    await until(() => qa(second, '.vbody [role=row]').length > 0, 5_000, 'the rows');
    expect(q(second, '#list-count')!.textContent!.replace(/\s+/g, ' ')).to.contain(`of ${server.db.crmUsers.length} CRM users`);
    // An element that got its store later (first its own api-base, then the shared store).
    const late = await fixture<CrmUserImport>(html`<crm-user-import api-base=${API}></crm-user-import>`);
    await until(() => q(late, '#email'), 5_000, 'its own credentials step');
    late.store = store;
    await until(() => q(late, '#review-title') && qa(late, '.vbody [role=row]').length > 0, 5_000, 'the shared review');
    expect(ops(server, 'lookupCrmUsers')).to.have.length(1);
  });

  it('fires no secret in any event and keeps the key out of the page after the lookup', async () => {
    const { el, events } = await mount();
    await lookup(el);
    expect(root(el).innerHTML).to.not.contain(CRM_IMPORT_ACCOUNT.zscKey);
    expect(qa<HTMLInputElement>(el, 'input').every((i) => i.value !== CRM_IMPORT_ACCOUNT.zscKey)).to.equal(true);
    expectNoSecrets(events);
  });

  it('reports an unexpected response with a clear message, and stays usable', async () => {
    const { el, events } = await mount('malformed');
    await enterCredentials(el);
    await until(() => q(el, '[part=error]'));
    expect(q(el, '[part=error]')!.textContent).to.contain('unexpected response');
    expect(button(el, 'Retry')).to.not.equal(undefined);
    expect(events.some((e) => e.type === 'zp-error' && e.detail.kind === 'unexpected-response')).to.equal(true);
    expect(q<HTMLInputElement>(el, '#email')!.value).to.equal(CRM_IMPORT_ACCOUNT.email);
  });
});
