import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/register/projects-tab.js';
import '../../src/register/projects-related-list.js';
import type { ProjectsTab } from '../../src/elements/projects-tab/projects-tab.js';
import type { ProjectsRelatedList } from '../../src/elements/projects-related-list/projects-related-list.js';
import type { PermissionSet } from '../../src/schemas/entities.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API, fakeServer, fastBackend, until } from '../helpers.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { button, choose, folded, root, text, typeInto, type TestStoreProvider } from '../dom.js';
import { sendKeys } from '../keys.js';

const rows = (el: Element) => [...root(el).querySelectorAll('#pt-table .vbody [role="row"]')];
const names = (el: Element) => rows(el).map((r) => folded(r.querySelector('.c-name')!.textContent));
const count = (el: Element) => folded(root(el).querySelector('[part="count"]')?.textContent);
const requests = (server: FakeServer, op: string) => server.log.filter((e) => e.operation === op).length;
const openButton = (el: Element, name: string) => rows(el).map((r) => r.querySelector<HTMLButtonElement>('.c-name button')!)
  .find((b) => folded(b.textContent) === name) ?? null;
const control = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => root(el).getElementById(id) as T;
const errorOf = (el: Element, control: HTMLElement) => folded(root(el).getElementById(`${control.id}-error`)?.textContent);
const dialog = (el: Element) => root(el).querySelector('dialog')!;

/** Only the projects named here are in the portal (the seeded ones, in a known order). */
const sortedNames = (server: FakeServer) => server.db.projects.map((p) => p.name);

async function mount(scenario: string, setup?: (server: FakeServer) => void, listHeight?: string) {
  const fake = await fakeServer(scenario);
  setup?.(fake.server);
  const el = await fixture<ProjectsTab>(html`<projects-tab api-base=${API} style=${listHeight ? `--zp-projects-list-height: ${listHeight}` : ''}></projects-tab>`);
  await until(() => !root(el).querySelector('[part="loading"]') && el.tabVisible !== undefined, 8000, 'tab loaded');
  await el.updateComplete;
  return { el, ...fake };
}

/** Mounts the tab and collects the `event`s it fires. */
async function mountWatching(scenario: string, event: 'zp-project-created' | 'zp-project-updated' | 'zp-project-deleted') {
  const mounted = await mount(scenario);
  const events: CustomEvent[] = [];
  mounted.el.addEventListener(event, (e) => events.push(e));
  return { ...mounted, events };
}

function setPermissions(server: FakeServer, permissions: PermissionSet) {
  server.db.profiles.find((p) => p.profileId === server.db.currentProfileId)!.permissions = permissions;
}
const ALL: PermissionSet = { tabVisibility: true, view: true, create: true, edit: true, delete: true };

async function openProject(el: ProjectsTab, name: string) {
  openButton(el, name)!.click();
  await until(() => root(el).querySelector('[part="fields"]'), 5000, 'project details');
  await el.updateComplete;
}

/** Searches for a project by its name and opens it. */
async function findAndOpen(el: ProjectsTab, name: string) {
  typeInto(control(el, 'pt-search'), name);
  await el.updateComplete;
  await openProject(el, name);
}

/** Opens "Edit" of the open project and waits for its form. */
async function openEdit(el: ProjectsTab) {
  button(el, 'Edit')!.click();
  await until(() => root(el).querySelector('[part="project-form"] form'), 3000, 'edit form');
}

/** Finds a project by its name, opens it, opens "Edit" and types a new name (not saved yet). */
async function editProject(el: ProjectsTab, name: string, newName: string) {
  await findAndOpen(el, name);
  await openEdit(el);
  typeInto(control(el, 'pf-edit-project_name'), newName);
  await el.updateComplete;
}

async function startNew(el: ProjectsTab, kind: 'deals' | 'accounts' | 'none') {
  button(el, 'New Project')!.click();
  await until(() => root(el).querySelector('[part="new-project-chooser"]'), 3000, 'chooser');
  const radio = [...root(el).querySelectorAll<HTMLInputElement>('input[name="pt-kind"]')].find((r) => r.value === kind)!;
  radio.click();
  await el.updateComplete;
}

describe('<projects-tab>', function () {
  this.timeout(30_000);

  it('is accessible and lists every project of the portal: name, status, owner, dates, progress, the record it came from', async () => {
    const { el, server } = await mount('active');
    await expect(el).to.be.accessible();
    expect(folded(root(el).querySelector('h2')!.textContent)).to.equal('Projects');
    expect(count(el)).to.equal(`${server.db.projects.length} projects`);
    const table = root(el).querySelector('#pt-table')!;
    expect(table.getAttribute('role')).to.equal('table');
    expect(table.getAttribute('aria-rowcount')).to.equal(String(server.db.projects.length + 1));
    const headers = [...root(el).querySelectorAll('[role="columnheader"]')].map((h) => folded(h.textContent).replace(/[▲▼]/g, ''));
    expect(headers).to.deep.equal(['Project Name', 'Status', 'Owner', 'Start Date', 'End Date', 'Progress', 'Created from']);
    // Sorted by name: the first rows are the alphabetically first names.
    const expected = [...sortedNames(server)].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    expect(names(el).slice(0, 3)).to.deep.equal(expected.slice(0, 3));
    const discovery = rows(el).find((r) => folded(r.textContent).includes('Website Redesign — Discovery'));
    // Not in view yet (sorted far down): scroll there through the search instead.
    expect(discovery ?? null).to.equal(null);
    typeInto(control(el, 'pt-search'), 'website redesign — discovery');
    await el.updateComplete;
    const row = rows(el)[0]!;
    expect(folded(row.textContent)).to.contain('Completed').and.contain('Apr 1, 2026').and.contain('May 15, 2026')
      .and.contain('100%').and.contain('Deal: ');
    const project = server.db.projects.find((p) => p.name === 'Website Redesign — Discovery')!;
    expect(folded(row.textContent)).to.contain(project.owner);
    expect(folded(row.querySelector('.c-link')!.textContent)).to.equal(`Deal: ${server.db.records.deals[0]!.name}`);
    // Projects made in Zoho Projects itself are linked to no record.
    typeInto(control(el, 'pt-search'), '');
    await el.updateComplete;
    expect(rows(el).some((r) => folded(r.querySelector('.c-link')!.textContent) === 'Not linked')).to.equal(true);
    expect(el.tabVisible).to.equal(true);
    expect(el.getAttribute('tab-visible')).to.equal('true');
  });

  it('shows names containing markup as text', async () => {
    const { el } = await mount('active');
    typeInto(control(el, 'pt-search'), 'pilot project');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['<img src=x onerror=alert(1)> Pilot project']);
    expect(root(el).querySelector('img')).to.equal(null);
  });

  describe('search, filters and sort', () => {
    it('search matches every word of the name, case and accents aside; counts say how many are shown', async () => {
      const { el, server } = await mount('active');
      const total = server.db.projects.length;
      typeInto(control(el, 'pt-search'), 'WEBSITE redesign');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Website Redesign — Build', 'Website Redesign — Discovery']);
      expect(count(el)).to.equal(`${total} projects · 2 shown`);
      await until(() => folded(root(el).querySelector('[aria-live]')?.textContent) === '2 projects shown.', 3000, 'result announced');
      typeInto(control(el, 'pt-search'), 'no such project anywhere');
      await el.updateComplete;
      expect(rows(el)).to.have.length(0);
      expect(folded(root(el).querySelector('[part="empty"]')!.textContent)).to.equal('No project matches the search and filters.');
      await expect(el).to.be.accessible();
    });

    it('filters by status and by owner, together with the search', async () => {
      const { el, server } = await mount('active');
      choose(control<HTMLSelectElement>(el, 'pt-status'), 'Completed');
      await el.updateComplete;
      const completed = server.db.projects.filter((p) => p.status === 'Completed');
      expect(rows(el)).to.have.length(completed.length);
      expect(rows(el).every((r) => folded(r.querySelector('.c-status')!.textContent) === 'Completed')).to.equal(true);
      const owner = completed[0]!.owner;
      choose(control<HTMLSelectElement>(el, 'pt-owner'), owner);
      await el.updateComplete;
      expect(rows(el)).to.have.length(completed.filter((p) => p.owner === owner).length);
      expect(count(el)).to.contain(`${completed.filter((p) => p.owner === owner).length} shown`);
      choose(control<HTMLSelectElement>(el, 'pt-status'), '');
      choose(control<HTMLSelectElement>(el, 'pt-owner'), '');
      await el.updateComplete;
      expect(count(el)).to.equal(`${server.db.projects.length} projects`);
    });

    it('sorts by start date, then the other way round; aria-sort says which', async () => {
      const { el, server } = await mount('active');
      const header = (label: string) => [...root(el).querySelectorAll('[role="columnheader"]')].find((h) => folded(h.textContent).startsWith(label))!;
      expect(header('Project Name').getAttribute('aria-sort')).to.equal('ascending');
      header('Start Date').querySelector('button')!.click();
      await el.updateComplete;
      expect(header('Start Date').getAttribute('aria-sort')).to.equal('ascending');
      expect(header('Project Name').getAttribute('aria-sort')).to.equal('none');
      const dated = server.db.projects.filter((p) => p.startDate).sort((a, b) => (a.startDate! < b.startDate! ? -1 : a.startDate! > b.startDate! ? 1 : 0));
      expect(names(el)[0]).to.equal(dated[0]!.name);
      header('Start Date').querySelector('button')!.click();
      await el.updateComplete;
      expect(header('Start Date').getAttribute('aria-sort')).to.equal('descending');
      // Projects without a start date come first the other way round; then the latest.
      const undated = server.db.projects.filter((p) => !p.startDate).length;
      expect(names(el)[undated]).to.equal(dated.at(-1)!.name);
      header('Status').querySelector('button')!.click();
      await el.updateComplete;
      expect(folded(rows(el)[0]!.querySelector('.c-status')!.textContent)).to.equal('Active');
    });
  });

  describe('a project', () => {
    it('opens with every field formatted and a link out; closing returns to the same search, scroll and row', async () => {
      const { el, server } = await mount('active', undefined, '12rem');
      typeInto(control(el, 'pt-search'), 'a');
      await el.updateComplete;
      const body = root(el).querySelector<HTMLElement>('#pt-table .vbody')!;
      body.scrollTop = 400;
      body.dispatchEvent(new Event('scroll'));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      const target = rows(el).find((r) => r.getBoundingClientRect().top >= body.getBoundingClientRect().top)!;
      const name = folded(target.querySelector('.c-name')!.textContent);
      await openProject(el, name);
      await until(() => root(el).activeElement?.id === 'pt-details-title', 3000, 'focus on the project heading');
      await expect(el).to.be.accessible();
      const project = server.db.projects.find((p) => p.name === name)!;
      const link = root(el).querySelector<HTMLAnchorElement>('[part="project-link"]')!;
      expect(link.href).to.equal(project.url);
      expect(link.rel).to.contain('noopener');
      const fields = Object.fromEntries([...root(el).querySelectorAll('dl.fields .field')].map((f) => [folded(f.querySelector('dt')!.textContent), folded(f.querySelector('dd')!.textContent)]));
      expect(fields['Project Name']).to.equal(name);
      expect(fields['Status']).to.equal(project.status);
      expect(Object.keys(fields)).to.include.members(['Region', 'Contract Value', 'Go-live Date', 'Billable']);
      if (project.startDate) expect(fields['Start Date']).to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
      button(el, 'Back to projects')!.click();
      await until(() => root(el).activeElement === openButton(el, name), 3000, 'focus back on the row');
      expect(control(el, 'pt-search').value).to.equal('a');
      expect(root(el).querySelector<HTMLElement>('#pt-table .vbody')!.scrollTop).to.be.greaterThan(300);
    });

    it('keyboard: the rows are one tab stop walked with the arrow keys, Enter opens one', async () => {
      const { el, server } = await mount('active');
      const first = rows(el)[0]!.querySelector<HTMLButtonElement>('button')!;
      expect(first.tabIndex).to.equal(0);
      expect(rows(el)[1]!.querySelector('button')!.tabIndex).to.equal(-1);
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => root(el).activeElement === rows(el)[1]!.querySelector('button'), 2000, 'second row focused');
      await sendKeys({ press: 'End' });
      const last = String(server.db.projects.length + 1);
      await until(() => root(el).activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex') === last, 3000, 'last row focused');
      const name = folded(root(el).activeElement!.textContent);
      await sendKeys({ press: 'Enter' });
      await until(() => folded(root(el).querySelector('#pt-details-title')?.textContent) === name, 3000, 'opened with Enter');
    });
  });

  describe('"New Project"', () => {
    it('linked to a Deal: picked in a searchable list, prefilled through the mapping; the Deal\'s related list shows it', async () => {
      const { el, server, events } = await mountWatching('record-pages', 'zp-project-created');
      await startNew(el, 'deals');
      await until(() => root(el).querySelector('#pt-record-list [role="option"]'), 3000, 'deals listed');
      await expect(el).to.be.accessible();
      const deal = server.db.records.deals[1]!;
      typeInto(control(el, 'pt-record'), deal.name.slice(0, 12));
      await el.updateComplete;
      const option = [...root(el).querySelectorAll<HTMLElement>('#pt-record-list [role="option"]')].find((o) => folded(o.textContent) === deal.name)!;
      option.click();
      await el.updateComplete;
      expect(option.getAttribute('aria-selected')).to.equal('true');
      button(el, 'Continue')!.click();
      await until(() => root(el).querySelector('[part="project-form"] form'), 5000, 'prefilled form');
      expect(control(el, 'pf-new-project_name').value).to.equal(deal.name);
      expect(text(el)).to.contain('Prefilled from this deal through the field mapping.');
      typeInto(control(el, 'pf-new-cf_cost_center'), 'CC-77');
      await el.updateComplete;
      button(el, 'Create Project')!.click();
      await until(() => !root(el).querySelector('[part="project-form"]'), 5000, 'created');
      const created = server.db.projects.find((p) => p.name === deal.name)!;
      expect(created).to.include({ module: 'deals', recordId: deal.id });
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.include({ module: 'deals', recordId: deal.id });
      await until(() => root(el).activeElement === openButton(el, deal.name), 3000, 'focus on the new project');
      const linkCell = openButton(el, deal.name)!.closest('[role="row"]')!.querySelector('.c-link')!;
      expect(folded(linkCell.textContent)).to.equal(`Deal: ${deal.name}`);
      expect(count(el)).to.contain(`${server.db.projects.length} projects`);
      // One source of data: the deal's record page lists the project.
      const related = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module="deals" record-id=${deal.id}></projects-related-list>`);
      await until(() => root(related).querySelector('tbody tr'), 5000, 'related list');
      // (The link's text ends with a hidden "(opens in Zoho Projects)".)
      expect([...root(related).querySelectorAll('tbody th a')].some((a) => folded(a.textContent).startsWith(deal.name))).to.equal(true);
    });

    it('linked to no record: an empty form; the project is created and listed, the event names no record', async () => {
      const { el, server, events } = await mountWatching('active', 'zp-project-created');
      await startNew(el, 'none');
      button(el, 'Continue')!.click();
      await until(() => root(el).querySelector('[part="project-form"] form'), 5000, 'form');
      await until(() => root(el).activeElement?.id === 'pf-title', 3000, 'focus on the form heading');
      expect(control(el, 'pf-new-project_name').value).to.equal('');
      expect(text(el)).to.not.contain('Prefilled');
      await expect(el).to.be.accessible();
      button(el, 'Create Project')!.click();
      await el.updateComplete;
      expect(errorOf(el, control(el, 'pf-new-project_name'))).to.equal('This field is required.');
      expect(requests(server, 'createPortalProject')).to.equal(0);
      typeInto(control(el, 'pf-new-project_name'), 'Internal Tooling 2027');
      await el.updateComplete;
      button(el, 'Create Project')!.click();
      await until(() => openButton(el, 'Internal Tooling 2027'), 5000, 'listed');
      expect(server.db.projects.find((p) => p.name === 'Internal Tooling 2027')).to.include({ module: null, recordId: null });
      expect(events[0]!.detail).to.deep.include({ module: null, recordId: null });
      await until(() => folded(root(el).querySelector('[aria-live]')?.textContent) === 'Project “Internal Tooling 2027” created.', 3000, 'announced');
    });

    it('"Continue" without a chosen record says so at the picker; Cancel returns focus to "New Project"', async () => {
      const { el, server } = await mount('active');
      await startNew(el, 'accounts');
      await until(() => root(el).querySelector('#pt-record-list [role="option"]'), 3000, 'accounts listed');
      button(el, 'Continue')!.click();
      await el.updateComplete;
      const input = control(el, 'pt-record');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(folded(root(el).getElementById('pt-record-error')!.textContent)).to.equal('Choose an account.');
      expect(requests(server, 'getProjectForm')).to.equal(0);
      button(el, 'Cancel')!.click();
      await until(() => root(el).activeElement === button(el, 'New Project'), 2000, 'focus back');
    });

    it('a failed create keeps what was typed and "Retry" sends it again', async () => {
      const { el, worker, server } = await mount('active');
      await startNew(el, 'none');
      button(el, 'Continue')!.click();
      await until(() => root(el).querySelector('[part="project-form"] form'), 5000, 'form');
      typeInto(control(el, 'pf-new-project_name'), 'Kept Through Failure');
      typeInto(control<HTMLInputElement>(el, 'pf-new-description'), 'Typed by hand');
      await el.updateComplete;
      worker.use(http.post(`${API}/crm/projects`, () => HttpResponse.json({ error: { code: 'boom', message: 'nope' } }, { status: 500 }), { once: true }));
      button(el, 'Create Project')!.click();
      await until(() => root(el).querySelector('[part="project-form"] [part="error"]'), 5000, 'error');
      expect(text(el)).to.contain('What you entered is kept.');
      expect(control(el, 'pf-new-project_name').value).to.equal('Kept Through Failure');
      expect(control(el, 'pf-new-description').value).to.equal('Typed by hand');
      button(el, 'Retry')!.click();
      await until(() => openButton(el, 'Kept Through Failure'), 5000, 'created on retry');
      expect(server.db.projects.filter((p) => p.name === 'Kept Through Failure')).to.have.length(1);
    });
  });

  describe('Edit and Delete', () => {
    it('"Edit" changes every field of a project, standard and custom; the list and the details show it', async () => {
      const { el, server, events } = await mountWatching('active', 'zp-project-updated');
      await findAndOpen(el, 'Website Redesign — Build');
      await openEdit(el);
      await expect(el).to.be.accessible();
      // The form holds the project's values, every field of the portal.
      expect(control(el, 'pf-edit-project_name').value).to.equal('Website Redesign — Build');
      expect(control<HTMLSelectElement>(el, 'pf-edit-status').value).to.equal('In Progress');
      expect(control(el, 'pf-edit-start_date').value).to.equal('2026-05-18');
      expect(control<HTMLTextAreaElement>(el, 'pf-edit-description').value).to.equal('Website Redesign — Build, created from Zylker Corp — Website Redesign.');
      expect(control<HTMLSelectElement>(el, 'pf-edit-cf_region').value).to.equal('EMEA');
      expect(control(el, 'pf-edit-cf_billable').checked).to.equal(true);
      choose(control<HTMLSelectElement>(el, 'pf-edit-status'), 'Delayed');
      typeInto(control(el, 'pf-edit-project_name'), 'Website Redesign — Build (phase 2)');
      choose(control<HTMLSelectElement>(el, 'pf-edit-cf_region'), 'APAC');
      typeInto(control(el, 'pf-edit-budget'), '12500.5');
      await el.updateComplete;
      button(el, 'Save')!.click();
      await until(() => !root(el).querySelector('[part="project-form"]'), 5000, 'saved');
      await until(() => folded(root(el).querySelector('#pt-details-title')?.textContent) === 'Website Redesign — Build (phase 2)', 5000, 'details read again');
      await until(() => root(el).activeElement === button(el, 'Edit'), 3000, 'focus back on Edit');
      const saved = server.db.projects.find((p) => p.name === 'Website Redesign — Build (phase 2)')!;
      expect(saved.status).to.equal('Delayed');
      expect(saved.values).to.deep.include({ cf_region: 'APAC', budget: 12500.5, cf_billable: true });
      expect(text(el)).to.contain('APAC').and.contain('12,500.50');
      expect(events[0]!.detail).to.deep.include({ module: 'deals', recordId: 'deal-1' });
      button(el, 'Back to projects')!.click();
      await el.updateComplete;
      typeInto(control(el, 'pt-search'), 'build (phase 2)');
      await el.updateComplete;
      expect(folded(rows(el)[0]!.querySelector('.c-status')!.textContent)).to.equal('Delayed');
    });

    it('"Edit" whose form cannot be read says why in its place and "Retry" reads it again', async () => {
      const { el, worker } = await mount('active');
      await findAndOpen(el, 'Onboarding');
      worker.use(http.get(`${API}/crm/project-form`, () => HttpResponse.json({ projectsFields: 'corrupted' }), { once: true }));
      button(el, 'Edit')!.click();
      await until(() => root(el).querySelector('[part="project-form"] [part="error"]'), 5000, 'error in the form');
      expect(root(el).querySelector('[part="project-form"] form'), 'no form without its fields').to.equal(null);
      await expect(el).to.be.accessible();
      button(el, 'Retry')!.click();
      await until(() => root(el).querySelector('[part="project-form"] form'), 5000, 'form after retry');
      expect(control(el, 'pf-edit-project_name').value).to.equal('Onboarding');
    });

    it('"Delete" names the project and what happens, then deletes it everywhere', async () => {
      const { el, server, events } = await mountWatching('active', 'zp-project-deleted');
      await findAndOpen(el, 'Onboarding');
      button(el, 'Delete')!.click();
      await until(() => dialog(el).open, 2000, 'dialog');
      expect(folded(dialog(el).textContent)).to.contain('Delete the project “Onboarding”?')
        .and.contain('deleted in Zoho Projects with its tasks, for everyone in the portal');
      await expect(el).to.be.accessible();
      [...dialog(el).querySelectorAll('button')].find((b) => folded(b.textContent) === 'Delete')!.click();
      await until(() => !root(el).querySelector('dialog')?.open, 3000, 'dialog closed');
      await until(() => root(el).activeElement?.id === 'pt-search', 3000, 'focus on the search');
      expect(server.db.projects.some((p) => p.name === 'Onboarding')).to.equal(false);
      expect(rows(el)).to.have.length(0);
      expect(events[0]!.detail).to.deep.include({ module: 'accounts', recordId: server.db.records.accounts[10]!.id });
    });
  });

  describe('permissions of the profile', () => {
    it('no Tab Visibility: the host is told to hide the tab; shown anyway, a not-permitted note and no data requested', async () => {
      const fake = await fakeServer('restricted-profile');
      const seen: boolean[] = [];
      const el = await fixture<ProjectsTab>(html`<projects-tab api-base=${API} @zp-tab-visibility=${(e: CustomEvent) => seen.push(e.detail.visible)}></projects-tab>`);
      await until(() => el.tabVisible === false, 5000, 'tab hidden');
      await el.updateComplete;
      expect(seen).to.deep.equal([false]);
      expect(el.getAttribute('tab-visible')).to.equal('false');
      expect(folded(root(el).querySelector('[part="not-permitted"]')!.textContent)).to.contain('does not permit you to see Zoho Projects').and.contain('Support Agent');
      expect(requests(fake.server, 'listPortalProjects')).to.equal(0);
      expect(button(el, 'New Project')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('Tab Visibility without View: the tab is shown, but says not permitted and requests nothing', async () => {
      const { el, server } = await mount('active', (s) => setPermissions(s, { ...ALL, view: false, create: false, edit: false, delete: false }));
      expect(el.tabVisible).to.equal(true);
      expect(root(el).querySelector('[part="not-permitted"]')).to.not.equal(null);
      expect(requests(server, 'listPortalProjects')).to.equal(0);
    });

    const levels: [string, PermissionSet, { create: boolean; edit: boolean; del: boolean }][] = [
      ['View only', { ...ALL, create: false, edit: false, delete: false }, { create: false, edit: false, del: false }],
      ['Create', { ...ALL, edit: false, delete: false }, { create: true, edit: false, del: false }],
      ['Edit', { ...ALL, create: false, delete: false }, { create: false, edit: true, del: false }],
      ['Delete', { ...ALL, create: false, edit: false }, { create: false, edit: false, del: true }],
    ];
    for (const [label, permissions, shows] of levels) {
      it(`${label}: exactly the allowed actions are offered`, async () => {
        const { el } = await mount('active', (s) => setPermissions(s, permissions));
        expect(rows(el).length).to.be.greaterThan(5);
        expect(!!button(el, 'New Project')).to.equal(shows.create);
        await openProject(el, names(el)[0]!);
        expect(!!button(el, 'Edit')).to.equal(shows.edit);
        expect(!!button(el, 'Delete')).to.equal(shows.del);
        await expect(el).to.be.accessible();
        // Edit without Create still reads the form's fields and choices.
        if (shows.edit) await openEdit(el);
      });
    }

    it('the server refuses what the profile no longer permits (403): not permitted, the draft kept', async () => {
      const { el, server } = await mount('active');
      await editProject(el, 'Support Retainer 2026', 'Support Retainer 2027');
      setPermissions(server, { ...ALL, edit: false });
      button(el, 'Save')!.click();
      await until(() => root(el).querySelector('[part="project-form"] [part="error"]'), 5000, 'refused');
      expect(text(el)).to.contain('Your profile does not permit you to edit projects.');
      expect(control(el, 'pf-edit-project_name').value).to.equal('Support Retainer 2027');
      expect(server.db.projects.some((p) => p.name === 'Support Retainer 2026')).to.equal(true);
    });
  });

  describe('states', () => {
    it('not active: the tab has nothing to show and says so; the host is told to hide it', async () => {
      const { el, server } = await mount('fresh');
      expect(el.tabVisible).to.equal(false);
      expect(folded(root(el).querySelector('[part="note"]')!.textContent)).to.equal('Zoho Projects is not set up for this CRM account.');
      expect(requests(server, 'listPortalProjects')).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('broken ZSC key: the same message as the related list, no projects requested', async () => {
      const { el, server } = await mount('key-invalid');
      const alert = root(el).querySelector('[part="key-invalid"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(folded(alert.textContent)).to.contain('stopped working').and.contain('administrator must update the ZSC key');
      expect(requests(server, 'listPortalProjects')).to.equal(0);
      expect(el.tabVisible).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('loading: says so, accessible, then the list', async () => {
      await fakeServer('active', { latencyMs: 400 });
      const el = await fixture<ProjectsTab>(html`<projects-tab api-base=${API}></projects-tab>`);
      const loading = root(el).querySelector('[part="loading"]')!;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(folded(loading.textContent)).to.equal('Loading projects…');
      await expect(el).to.be.accessible();
      await until(() => rows(el).length > 5, 8000, 'the list');
    });

    it('an empty portal says so', async () => {
      const { el } = await mount('active', (s) => { s.db.projects.length = 0; });
      expect(folded(root(el).querySelector('[part="empty"]')!.textContent)).to.equal('The portal has no projects yet.');
      expect(count(el)).to.equal('0 projects');
      await expect(el).to.be.accessible();
    });

    it('a failed list load says why and offers "Retry"', async () => {
      const { worker } = await fakeServer('active');
      worker.use(http.get(`${API}/crm/projects`, () => HttpResponse.json({ projects: 'corrupted' }), { once: true }));
      const el = await fixture<ProjectsTab>(html`<projects-tab api-base=${API}></projects-tab>`);
      await until(() => button(el, 'Retry'), 5000, 'error with Retry');
      await expect(el).to.be.accessible();
      button(el, 'Retry')!.click();
      await until(() => rows(el).length > 5, 5000, 'list after retry');
    });

    it('409 on save (the integration broke meanwhile): the draft is kept and "Reload" offered, which shows the broken-key message', async () => {
      const { el, server } = await mount('active');
      await editProject(el, 'Support Retainer 2026', 'Typed before the key broke');
      server.db.status = { ...server.db.status, state: 'key-invalid' };
      button(el, 'Save')!.click();
      await until(() => button(el, 'Reload'), 5000, 'Reload offered');
      expect(control(el, 'pf-edit-project_name').value).to.equal('Typed before the key broke');
      button(el, 'Reload')!.click();
      await until(() => root(el).querySelector('[part="key-invalid"]'), 5000, 'broken-key message');
    });
  });

  it('sharing a store with a record page: what its related list creates and deletes shows in the tab at once', async () => {
    const { server } = await fakeServer('active');
    const store = new IntegrationStore(fastBackend());
    const provider = await fixture<TestStoreProvider>(html`<test-shared-provider .store=${store}>
      <projects-related-list module="deals" record-id="deal-1"></projects-related-list><projects-tab></projects-tab>
    </test-shared-provider>`);
    const related = provider.querySelector<ProjectsRelatedList>('projects-related-list')!;
    const el = provider.querySelector<ProjectsTab>('projects-tab')!;
    await until(() => rows(el).length > 5 && root(related).querySelector('tbody tr'), 8000, 'both lists');
    const deal = server.db.records.deals[0]!;
    button(related, 'New Project')!.click();
    await until(() => root(related).querySelector('[part="project-form"] form'), 5000, 'the related list\'s form');
    button(related, 'Create Project')!.click();
    await until(() => !root(related).querySelector('[part="project-form"]'), 5000, 'created on the record page');
    typeInto(control(el, 'pt-search'), deal.name);
    await el.updateComplete;
    expect(names(el)).to.include(deal.name);
    const row = openButton(el, deal.name)!.closest('[role="row"]')!;
    expect(folded(row.querySelector('.c-link')!.textContent)).to.equal(`Deal: ${deal.name}`);
    expect(requests(server, 'listPortalProjects')).to.equal(1);
    // Deleted on the record page: gone from the tab.
    const created = server.db.projects.find((p) => p.name === deal.name)!;
    root(related).querySelector<HTMLButtonElement>(`#prl-delete-${CSS.escape(created.id)}`)!.click();
    const confirm = root(related).querySelector('dialog')!;
    await until(() => confirm.open, 2000, 'the confirmation');
    [...confirm.querySelectorAll('button')].find((b) => folded(b.textContent) === 'Delete')!.click();
    await until(() => !names(el).includes(deal.name), 5000, 'gone from the tab');
  });

  it('20,000 projects: fewer than 200 rows in the DOM, search narrows them', async function () {
    this.timeout(60_000);
    const { el } = await mount('large');
    expect(count(el)).to.match(/^20,\d{3} projects$/);
    expect(root(el).querySelectorAll('[role="row"]').length).to.be.lessThan(200);
    typeInto(control(el, 'pt-search'), 'audit rollout 0001');
    await el.updateComplete;
    expect(names(el).every((n) => /audit/i.test(n) && /rollout/i.test(n))).to.equal(true);
    expect(root(el).querySelectorAll('[role="row"]').length).to.be.lessThan(200);
  });
});
