import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import { http, HttpResponse } from 'msw';
import '../../src/register/projects-related-list.js';
import type { ProjectsRelatedList } from '../../src/elements/projects-related-list/projects-related-list.js';
import type { ZpProjectCreatedEvent } from '../../src/events/zp-project-created.js';
import type { PermissionSet } from '../../src/schemas/entities.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API, fakeServer, until } from '../helpers.js';
import { folded, root, text } from '../dom.js';

const buttons = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('button')];
const button = (el: Element, name: string) => buttons(el).find((b) => folded(b.textContent) === name || b.getAttribute('aria-label') === name) ?? null;
const rows = (el: Element) => [...root(el).querySelectorAll('tbody tr')];
/** The project names as shown (without the link's hidden "(opens in Zoho Projects)"). */
function rowNames(el: Element): string[] {
  return rows(el).map((r) => {
    const name = r.querySelector('th')!.cloneNode(true) as HTMLElement;
    name.querySelectorAll('.visually-hidden').forEach((x) => x.remove());
    return folded(name.textContent);
  });
}
const requests = (server: FakeServer, op: string) => server.log.filter((e) => e.operation === op).length;

/** The control a visible label names (the required marker " *" left out). */
function field<T extends HTMLElement = HTMLInputElement>(el: Element, label: string): T {
  const labels = [...root(el).querySelectorAll('label[for]')];
  const l = labels.find((x) => folded(x.textContent).replace(/ \*$/, '') === label) as HTMLLabelElement | undefined;
  if (!l) throw new Error(`No field "${label}" in: ${text(el)}`);
  return root(el).getElementById(l.htmlFor) as T;
}
function fieldset(el: Element, legend: string): HTMLFieldSetElement {
  const f = [...root(el).querySelectorAll('fieldset')].find((x) => folded(x.querySelector('legend')?.textContent).replace(/ \*$/, '') === legend);
  if (!f) throw new Error(`No fieldset "${legend}"`);
  return f;
}
const hint = (el: Element, control: HTMLElement) => folded(root(el).getElementById(`${control.id}-hint`)?.textContent);
const errorOf = (el: Element, control: HTMLElement) => folded(root(el).getElementById(`${control.id}-error`)?.textContent);

async function type(el: ProjectsRelatedList, control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function mount(scenario: string, module = 'deals', recordId = 'deal-1', setup?: (server: FakeServer) => void) {
  const fake = await fakeServer(scenario);
  setup?.(fake.server);
  const el = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module=${module} record-id=${recordId}></projects-related-list>`);
  await until(() => !root(el).querySelector('[part="loading"]') && text(el).length > 20, 5000, 'related list loaded');
  await el.updateComplete;
  return { el, ...fake };
}

function setPermissions(server: FakeServer, permissions: PermissionSet) {
  server.db.profiles.find((p) => p.profileId === server.db.currentProfileId)!.permissions = permissions;
}

async function openNewProject(el: ProjectsRelatedList) {
  button(el, 'New Project')!.click();
  await until(() => root(el).querySelector('[part="project-form"] form'), 5000, 'New Project form');
  await el.updateComplete;
}

describe('<projects-related-list>', () => {
  it('is accessible and lists the projects of a deal: name with a link out, status, owner, dates', async () => {
    const { el, server } = await mount('active');
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('h2')!.textContent).to.equal('Zoho Projects');
    expect(rowNames(el)).to.deep.equal(['Website Redesign — Discovery', 'Website Redesign — Build']);
    const [first] = rows(el);
    const link = first!.querySelector('a')!;
    const project = server.db.projects.find((p) => p.name === 'Website Redesign — Discovery')!;
    expect(link.getAttribute('href')).to.equal(project.url);
    expect(link.getAttribute('rel')).to.contain('noopener');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(folded(first!.textContent)).to.contain('Completed').and.contain(project.owner);
    expect([...first!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2026-04-01', '2026-05-15']);
    expect(folded(root(el).querySelector('caption')!.textContent)).to.contain('2 projects');
    // An administrator's profile may do everything.
    expect(button(el, 'New Project')).to.not.equal(null);
    expect(button(el, 'Edit Website Redesign — Build')).to.not.equal(null);
    expect(button(el, 'Delete Website Redesign — Build')).to.not.equal(null);
  });

  it('lists the projects of an account record too, and says so when a record has none', async () => {
    const { el } = await mount('active', 'accounts', 'acc-1');
    expect(rowNames(el)).to.deep.equal(['Support Retainer 2026']);
    el.recordId = 'acc-2';
    await until(() => text(el).includes('No projects are linked to this account yet.'), 3000, 'empty list');
    expect(rows(el)).to.have.length(0);
  });

  it('shows names containing markup as text', async () => {
    const { el } = await mount('active', 'deals', 'deal-3');
    expect(root(el).querySelector('img')).to.equal(null);
    expect(rowNames(el)).to.deep.equal(['<img src=x onerror=alert(1)> Pilot project']);
    expect(folded(root(el).querySelector('caption')!.textContent)).to.contain('<img src=x onerror=alert(1)> Labs — Pilot');
  });

  it('integration not active: only a short note, no projects requested', async () => {
    const { el, server } = await mount('fresh');
    await expect(el).to.be.accessible();
    expect(folded(root(el).querySelector('[part="note"]')!.textContent)).to.equal('Zoho Projects is not set up for this CRM account.');
    expect(root(el).querySelector('table')).to.equal(null);
    expect(button(el, 'New Project')).to.equal(null);
    expect(requests(server, 'listRecordProjects')).to.equal(0);
  });

  it('broken ZSC key: says the integration stopped working and an administrator must update the key', async () => {
    const { el, server } = await mount('key-invalid');
    await expect(el).to.be.accessible();
    const alert = root(el).querySelector('[part="key-invalid"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(folded(alert.textContent)).to.contain('stopped working').and.contain('administrator must update the ZSC key');
    expect(root(el).querySelector('table')).to.equal(null);
    expect(button(el, 'New Project')).to.equal(null);
    expect(requests(server, 'listRecordProjects')).to.equal(0);
  });

  describe('permission gating by the profile', () => {
    it('no Tab Visibility or View: a not-permitted note, no data requested or shown', async () => {
      const { el, server } = await mount('restricted-profile');
      await expect(el).to.be.accessible();
      const note = root(el).querySelector('[part="not-permitted"]')!;
      expect(folded(note.textContent)).to.contain('does not permit you to see Zoho Projects').and.contain('Support Agent');
      expect(root(el).querySelector('table')).to.equal(null);
      expect(button(el, 'New Project')).to.equal(null);
      expect(requests(server, 'listRecordProjects')).to.equal(0);
    });

    it('Tab Visibility without View is not enough', async () => {
      const { el, server } = await mount('active', 'deals', 'deal-1', (s) =>
        setPermissions(s, { tabVisibility: true, view: false, create: false, edit: false, delete: false }));
      expect(root(el).querySelector('[part="not-permitted"]')).to.not.equal(null);
      expect(requests(server, 'listRecordProjects')).to.equal(0);
    });

    it('View only: the list without "New Project", "Edit" or "Delete"', async () => {
      const { el } = await mount('active', 'deals', 'deal-1', (s) =>
        setPermissions(s, { tabVisibility: true, view: true, create: false, edit: false, delete: false }));
      expect(rows(el)).to.have.length(2);
      expect(button(el, 'New Project')).to.equal(null);
      expect(buttons(el).filter((b) => /^(Edit|Delete)$/.test(folded(b.textContent)))).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('Create and Edit without Delete: "New Project" and "Edit", no "Delete"', async () => {
      const { el } = await mount('active', 'deals', 'deal-1', (s) =>
        setPermissions(s, { tabVisibility: true, view: true, create: true, edit: true, delete: false }));
      expect(button(el, 'New Project')).to.not.equal(null);
      expect(button(el, 'Edit Website Redesign — Build')).to.not.equal(null);
      expect(button(el, 'Delete Website Redesign — Build')).to.equal(null);
    });

    it('the server refuses what the profile may not do (403) even if asked directly', async () => {
      const { server } = await fakeServer('restricted-profile');
      const res = await fetch(`${API}/crm/records/deals/deal-1/projects`);
      expect(res.status).to.equal(403);
      expect(requests(server, 'listRecordProjects')).to.equal(1);
    });
  });

  describe('"New Project" from a record', () => {
    it('prefills through the saved mapping, converting types; asks for the unmapped required field', async () => {
      const { el, server } = await mount('record-pages');
      await openNewProject(el);
      await expect(el).to.be.accessible();
      const deal = server.db.records.deals.find((d) => d.id === 'deal-1')!;
      expect(field(el, 'Project Name').value).to.equal(deal.name);
      expect(hint(el, field(el, 'Project Name'))).to.equal('From “Deal Name”.');
      // date-time → date: the record's own calendar day.
      expect(field(el, 'Start Date').value).to.equal('2026-03-14');
      expect(hint(el, field(el, 'Start Date'))).to.contain('the date only');
      expect(field(el, 'End Date').value).to.equal('2026-12-15');
      // currency → number text.
      expect(field(el, 'Budget').value).to.equal('48500.5');
      expect(field(el, 'Contract Value').value).to.equal('38800.4');
      expect(field(el, 'Owner').value).to.equal(deal.values['Owner']);
      expect(field<HTMLSelectElement>(el, 'Region').value).to.equal('EMEA');
      // A picklist value that is not one of the Projects choices is left for the user.
      expect(field<HTMLSelectElement>(el, 'Status').value).to.equal('');
      expect(hint(el, field(el, 'Status'))).to.contain('not one of the choices');
      const tags = [...fieldset(el, 'Tags').querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      expect(tags).to.deep.equal(['Consulting', 'Implementation']);
      // "Cost Center" became required after the mapping was saved: asked for.
      const cost = field(el, 'Cost Center');
      expect(cost.value).to.equal('');
      expect(cost.required).to.equal(true);
      expect(hint(el, cost)).to.contain('Not mapped');
      expect(folded(root(el).querySelector('[part="asked"]')!.textContent)).to.contain('Cost Center');
      expect(requests(server, 'createRecordProject')).to.equal(0);
    });

    it('an account record prefills from the Accounts column of the mapping', async () => {
      const { el } = await mount('record-pages', 'accounts', 'acc-1');
      await openNewProject(el);
      expect(field(el, 'Project Name').value).to.equal('Zylker Corp');
      expect(hint(el, field(el, 'Start Date'))).to.equal('From “Customer Since”.');
      expect(field(el, 'Start Date').value).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(field(el, 'Budget').value).to.equal('250000');
      expect(field(el, 'Website').value).to.equal('https://www.zylkercorp.example');
      expect(field(el, 'End Date').value).to.equal('');
    });

    it('an empty required field is a message at the field, and nothing is sent', async () => {
      const { el, server } = await mount('record-pages');
      await openNewProject(el);
      button(el, 'Create Project')!.click();
      await el.updateComplete;
      await el.updateComplete;
      const cost = field(el, 'Cost Center');
      expect(cost.getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(el, cost)).to.equal('This field is required.');
      expect(cost.getAttribute('aria-describedby')).to.contain(`${cost.id}-error`);
      await until(() => root(el).activeElement === cost, 2000, 'focus on the first invalid field');
      // A number field that is not a number is refused at the field too.
      await type(el, field(el, 'Budget'), '12,5 euros');
      button(el, 'Create Project')!.click();
      await el.updateComplete;
      expect(errorOf(el, field(el, 'Budget'))).to.contain('Enter a number');
      expect(requests(server, 'createRecordProject')).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('creates the project in the portal: it appears in the list, with an event and an announcement', async () => {
      const { el, server } = await mount('record-pages');
      const events: ZpProjectCreatedEvent[] = [];
      el.addEventListener('zp-project-created', (e) => events.push(e));
      await openNewProject(el);
      await type(el, field(el, 'Project Name'), 'Zylker — Website Relaunch');
      await type(el, field(el, 'Cost Center'), 'CC-4711');
      button(el, 'Create Project')!.click();
      await until(() => !root(el).querySelector('[part="project-form"]'), 5000, 'form closed');
      expect(rowNames(el)).to.include('Zylker — Website Relaunch');
      const created = server.db.projects.find((p) => p.name === 'Zylker — Website Relaunch')!;
      expect(created).to.include({ module: 'deals', recordId: 'deal-1', startDate: '2026-03-14', endDate: '2026-12-15' });
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.include({ module: 'deals', recordId: 'deal-1' });
      expect(events[0]!.detail.project.name).to.equal('Zylker — Website Relaunch');
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      await until(() => text(el).includes('Project “Zylker — Website Relaunch” created.'), 2000, 'announcement');
      await until(() => root(el).activeElement?.textContent?.includes('Zylker — Website Relaunch'), 2000, 'focus on the new project');
    });

    it('a double click on "Create Project" sends one request', async () => {
      const { el, server } = await fakeServer('record-pages', { latencyMs: 150 }).then(async (fake) => {
        const e = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module="deals" record-id="deal-1"></projects-related-list>`);
        await until(() => button(e, 'New Project'), 5000, 'list');
        return { el: e, ...fake };
      });
      await openNewProject(el);
      await type(el, field(el, 'Cost Center'), 'CC-1');
      const create = button(el, 'Create Project')!;
      create.click();
      create.click();
      await el.updateComplete;
      expect(create.getAttribute('aria-disabled')).to.equal('true');
      await until(() => !root(el).querySelector('[part="project-form"]'), 5000, 'form closed');
      expect(requests(server, 'createRecordProject')).to.equal(1);
      expect(rows(el)).to.have.length(3);
    });

    it('a failed create keeps every typed value, says why, and "Retry" sends it again', async () => {
      const { el, server, worker } = await mount('record-pages');
      await openNewProject(el);
      await type(el, field(el, 'Cost Center'), 'CC-9');
      await type(el, field<HTMLTextAreaElement>(el, 'Description'), 'Typed by hand');
      worker.use(http.post(`${API}/crm/records/:module/:recordId/projects`, () => HttpResponse.json(
        { error: { code: 'boom', message: 'nope' } }, { status: 500 },
      ), { once: true }));
      button(el, 'Create Project')!.click();
      await until(() => root(el).querySelector('[part="project-form"] [part="error"]'), 5000, 'error');
      expect(text(el)).to.contain('The server could not complete the request.');
      expect(field(el, 'Cost Center').value).to.equal('CC-9');
      expect(field<HTMLTextAreaElement>(el, 'Description').value).to.equal('Typed by hand');
      expect(rows(el)).to.have.length(2);
      button(el, 'Retry')!.click();
      await until(() => rows(el).length === 3, 5000, 'created on retry');
      expect(server.db.projects.filter((p) => p.recordId === 'deal-1')).to.have.length(3);
    });

    it("the server's field message (a taken project name) shows at the field", async () => {
      const { el } = await mount('record-pages');
      await openNewProject(el);
      await type(el, field(el, 'Project Name'), 'Website Redesign — Build');
      await type(el, field(el, 'Cost Center'), 'CC-2');
      button(el, 'Create Project')!.click();
      await until(() => errorOf(el, field(el, 'Project Name')), 5000, 'field error');
      expect(errorOf(el, field(el, 'Project Name'))).to.equal('A project with this name already exists in the portal.');
      expect(field(el, 'Project Name').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'Cost Center').value).to.equal('CC-2');
    });

    it('"Cancel" closes the form and returns focus to "New Project"', async () => {
      const { el } = await mount('record-pages');
      await openNewProject(el);
      await type(el, field(el, 'Cost Center'), 'dropped');
      button(el, 'Cancel')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('[part="project-form"]')).to.equal(null);
      await until(() => root(el).activeElement === button(el, 'New Project'), 2000, 'focus back');
      await openNewProject(el);
      expect(field(el, 'Cost Center').value).to.equal('');
    });

    it('keyboard only: "New Project" opens the form with focus on its heading', async () => {
      const { el } = await mount('record-pages');
      button(el, 'New Project')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => root(el).activeElement?.id === 'pf-title', 5000, 'focus on the form heading');
      await until(() => root(el).querySelector('[part="project-form"] form'), 5000, 'form');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(field(el, 'Project Name'));
    });
  });

  describe('Edit and Delete', () => {
    it('"Edit" changes a project\'s status and dates; an end before the start is refused at the field', async () => {
      const { el, server } = await mount('active');
      button(el, 'Edit Website Redesign — Build')!.click();
      await until(() => root(el).querySelector('[part="project-form"] form'), 3000, 'edit form');
      await expect(el).to.be.accessible();
      expect(field(el, 'Project Name').value).to.equal('Website Redesign — Build');
      const status = field<HTMLSelectElement>(el, 'Status');
      expect(status.value).to.equal('In Progress');
      status.value = 'Delayed';
      status.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await type(el, field(el, 'End Date'), '2026-01-01');
      button(el, 'Save')!.click();
      await el.updateComplete;
      expect(errorOf(el, field(el, 'End Date'))).to.contain('on or after Start Date');
      expect(requests(server, 'updateRecordProject')).to.equal(0);
      await type(el, field(el, 'End Date'), '2026-12-20');
      button(el, 'Save')!.click();
      await until(() => !root(el).querySelector('[part="project-form"]'), 3000, 'saved');
      const row = rows(el).find((r) => folded(r.textContent).includes('Website Redesign — Build'))!;
      expect(folded(row.textContent)).to.contain('Delayed');
      expect(row.querySelectorAll('time')[1]!.getAttribute('datetime')).to.equal('2026-12-20');
    });

    it('"Delete" asks first, then deletes the project', async () => {
      const { el, server } = await mount('active');
      button(el, 'Delete Website Redesign — Discovery')!.click();
      const dialog = root(el).querySelector('dialog')!;
      await until(() => dialog.open, 2000, 'dialog');
      expect(folded(dialog.textContent)).to.contain('Delete the project “Website Redesign — Discovery”?');
      const del = [...dialog.querySelectorAll('button')].find((b) => folded(b.textContent) === 'Delete')!;
      del.click();
      await until(() => !dialog.open, 3000, 'dialog closed');
      expect(rowNames(el)).to.deep.equal(['Website Redesign — Build']);
      expect(server.db.projects.some((p) => p.name === 'Website Redesign — Discovery')).to.equal(false);
    });
  });

  describe('failures', () => {
    it('a failed list load says why and offers "Retry"; a contract break fires zp-error', async () => {
      const { worker } = await fakeServer('active');
      worker.use(http.get(`${API}/crm/records/:module/:recordId/projects`, () => HttpResponse.json({ projects: 'corrupted' }), { once: true }));
      const errors: CustomEvent[] = [];
      const el = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module="deals" record-id="deal-1"
        @zp-error=${(e: CustomEvent) => errors.push(e)}></projects-related-list>`);
      await until(() => button(el, 'Retry'), 5000, 'error with Retry');
      expect(text(el)).to.contain('unexpected response');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.operation).to.equal('listRecordProjects');
      button(el, 'Retry')!.click();
      await until(() => rows(el).length === 2, 5000, 'list after retry');
    });

    it('when the key breaks after the access was read, the list reads the access again and shows the broken-key message', async () => {
      const { server } = await fakeServer('active');
      const el = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module="deals" record-id="deal-2"></projects-related-list>`);
      await until(() => text(el).includes('No projects'), 5000, 'list');
      server.db.status = { ...server.db.status, state: 'key-invalid' };
      el.recordId = 'deal-1';
      await until(() => root(el).querySelector('[part="key-invalid"]'), 5000, 'broken-key message');
      expect(root(el).querySelector('table')).to.equal(null);
    });

    it('without module or record id it explains the attributes', async () => {
      await fakeServer('active');
      const el = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module="leads"></projects-related-list>`);
      await el.updateComplete;
      expect(text(el)).to.contain('record-id');
    });
  });
});
