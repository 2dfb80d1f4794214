import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/register/projects-related-list.js';
import type { ProjectsRelatedList } from '../../src/elements/projects-related-list/projects-related-list.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API } from '../helpers.js';
import { root, text } from '../dom.js';
import {
  MESSAGES, SLOW_MS, brokenAnswer, expectFlakyFailures, mountFaulty, lateRequests, norm, throughFaults, type Setting,
} from './support.js';

const button = (el: Element, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => norm(b.textContent) === name || b.getAttribute('aria-label') === name) ?? null;
const rows = (el: Element) => [...root(el).querySelectorAll('tbody tr')];
const form = (el: Element) => root(el).querySelector('[part="project-form"] form');

/** The control a visible label names (the required marker " *" left out). */
function field<T extends HTMLElement = HTMLInputElement>(el: Element, label: string): T {
  const l = [...root(el).querySelectorAll<HTMLLabelElement>('label[for]')].find((x) => norm(x.textContent).replace(/ \*$/, '') === label);
  if (!l) throw new Error(`No field "${label}" in: ${text(el)}`);
  return root(el).getElementById(l.htmlFor) as T;
}

async function type(el: ProjectsRelatedList, control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const open = (scenario: Setting) => mountFaulty<ProjectsRelatedList>('projects-related-list', scenario,
  { active: true, recordPages: true }, { module: 'deals', 'record-id': 'deal-1' });

const NAME = 'Zylker — Website Relaunch';

/** Fills the "New Project" form: a name, the required "Cost Center" and a description. */
async function fill(el: ProjectsRelatedList) {
  await type(el, field(el, 'Project Name'), NAME);
  await type(el, field(el, 'Cost Center'), 'CC-4711');
  await type(el, field<HTMLTextAreaElement>(el, 'Description'), 'Typed by hand');
}

const typedKept = (el: Element) => () => {
  expect(field(el, 'Project Name').value).to.equal(NAME);
  expect(field(el, 'Cost Center').value).to.equal('CC-4711');
  expect(field<HTMLTextAreaElement>(el, 'Description').value).to.equal('Typed by hand');
};

const projectsOf = (server: FakeServer) => server.db.projects.filter((p) => p.module === 'deals' && p.recordId === 'deal-1');

describe('<projects-related-list> under faults', () => {
  it('flaky: list, "New Project", "Edit" and "Delete" through failed, dropped and hanging requests; Retry each time, nothing typed lost, nothing done twice', async () => {
    const { el, server } = await open('flaky');
    const failures = await throughFaults(el, () => rows(el).length === 2, { what: 'the list' });
    // "New Project": the form, then "Create Project".
    failures.push(...await throughFaults(el, () => form(el), { click: button(el, 'New Project'), what: 'the form' }));
    await fill(el);
    failures.push(...await throughFaults(el, () => !form(el) && rows(el).length === 3, { click: button(el, 'Create Project'), what: 'the created project', kept: typedKept(el) }));
    // "Edit": a new status.
    button(el, 'Edit Website Redesign — Build')!.click();
    await el.updateComplete;
    const status = field<HTMLSelectElement>(el, 'Status');
    status.value = 'Delayed';
    status.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    failures.push(...await throughFaults(el, () => !form(el), {
      click: button(el, 'Save'),
      what: 'the saved edit',
      kept: () => expect(field<HTMLSelectElement>(el, 'Status').value).to.equal('Delayed'),
    }));
    // "Delete", confirmed in the dialog.
    button(el, 'Delete Website Redesign — Discovery')!.click();
    const dialog = root(el).querySelector('dialog')!;
    await el.updateComplete;
    failures.push(...await throughFaults(el, () => !dialog.open && rows(el).length === 2, {
      click: [...dialog.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Delete'),
      what: 'the deletion',
      kept: () => expect(dialog.open, 'the confirmation stays open with the reason').to.equal(true),
    }));
    expectFlakyFailures(failures, 3);
    await lateRequests();
    const projects = projectsOf(server);
    expect(projects.map((p) => p.name).sort()).to.deep.equal([NAME, 'Website Redesign — Build'].sort());
    expect(projects.find((p) => p.name === 'Website Redesign — Build')!.status).to.equal('Delayed');
  });

  it('slow: "Create Project" past the time limit says so with Retry and keeps the form; the project done late is created once', async () => {
    const { el, server } = await open('slow');
    await throughFaults(el, () => rows(el).length === 2, { what: 'the list', beforeRetry: () => { server.latencyMs = 0; } });
    button(el, 'New Project')!.click();
    await throughFaults(el, () => form(el), { what: 'the form' });
    await fill(el);
    server.latencyMs = SLOW_MS;
    button(el, 'Create Project')!.click();
    const failures = await throughFaults(el, () => !form(el) && rows(el).length === 3, {
      what: 'the created project', kept: typedKept(el), beforeRetry: () => { server.latencyMs = 0; },
    });
    expect(failures.length).to.be.at.least(1);
    expect(failures.every((f) => f.action === 'Retry')).to.equal(true);
    expect(failures[0]!.message).to.contain(MESSAGES.timeout);
    await lateRequests();
    expect(projectsOf(server).filter((p) => p.name === NAME)).to.have.length(1);
    const creates = server.log.filter((e) => e.operation === 'createRecordProject');
    expect(new Set(creates.map((e) => e.idempotencyKey)).size).to.equal(1);
    expect(creates.some((e) => e.replayed)).to.equal(true);
  });

  it('answers that break the contract (list, form) say "unexpected response" with Retry and are reported; healed, the project is created', async () => {
    const { el, server, worker, heal, errors } = await open('malformed');
    worker.use(http.get(`${API}/crm/records/:module/:recordId/projects`, brokenAnswer(server, 'listRecordProjects')));
    await throughFaults(el, () => root(el).querySelector('[part="error"]'), { what: 'the failure' });
    expect(text(el)).to.contain(MESSAGES.unexpected);
    heal();
    expect((await throughFaults(el, () => rows(el).length === 2, { what: 'the list' })).map((f) => f.action)).to.deep.equal(['Retry']);
    worker.use(http.get(`${API}/crm/records/:module/:recordId/project-form`, brokenAnswer(server, 'getProjectForm')));
    button(el, 'New Project')!.click();
    await throughFaults(el, () => root(el).querySelector('[part="project-form"] [part="error"]'), { what: 'the form failure' });
    expect(norm(root(el).querySelector('[part="project-form"]')!.textContent)).to.contain(MESSAGES.unexpected);
    expect(errors.map((e) => `${e.detail.kind} ${e.detail.operation}`)).to.deep.equal([
      'unexpected-response listRecordProjects', 'unexpected-response getProjectForm',
    ]);
    heal();
    await throughFaults(el, () => form(el), { what: 'the form' });
    await fill(el);
    button(el, 'Create Project')!.click();
    await throughFaults(el, () => !form(el) && rows(el).length === 3, { what: 'the created project' });
    expect(projectsOf(server).filter((p) => p.name === NAME)).to.have.length(1);
  });

  it('a conflict while creating (409: the integration changed meanwhile) says so with "Reload", keeps the form; Reload reads the access again, then Create goes through', async () => {
    const { el, server, worker } = await open('healthy');
    await throughFaults(el, () => rows(el).length === 2, { what: 'the list' });
    button(el, 'New Project')!.click();
    await throughFaults(el, () => form(el), { what: 'the form' });
    await fill(el);
    let conflicts = 0;
    worker.use(http.post(`${API}/crm/records/:module/:recordId/projects`, () => {
      conflicts++;
      return Response.json({ error: { code: 'not-active', message: 'Zoho Projects is not set up for this CRM account.' } }, { status: 409 });
    }, { once: true }));
    button(el, 'Create Project')!.click();
    const accessReads = () => server.log.filter((e) => e.operation === 'getRecordAccess').length;
    const failures = await throughFaults(el, () => accessReads() === 2 && !root(el).querySelector('[part="project-form"] [part="error"]'), {
      what: 'the access read again', kept: typedKept(el),
    });
    expect(failures.map((f) => f.action)).to.deep.equal(['Reload']);
    expect(failures[0]!.message).to.contain('not set up');
    // The integration is fine: the form is still there with everything typed, and Create goes through once.
    await el.updateComplete;
    typedKept(el)();
    expect(conflicts, '"Reload" did not send the project again').to.equal(1);
    expect(server.log.filter((e) => e.operation === 'createRecordProject')).to.have.length(0);
    button(el, 'Create Project')!.click();
    await throughFaults(el, () => !form(el) && rows(el).length === 3, { what: 'the created project' });
    expect(projectsOf(server).filter((p) => p.name === NAME)).to.have.length(1);
  });

  it('a conflict while deleting (409: the key broke meanwhile) says so with "Reload"; Reload shows the integration stopped working, and deletes nothing', async () => {
    const { el, server } = await open('healthy');
    await throughFaults(el, () => rows(el).length === 2, { what: 'the list' });
    server.db.status = { ...server.db.status, state: 'key-invalid' };
    button(el, 'Delete Website Redesign — Discovery')!.click();
    const dialog = root(el).querySelector('dialog')!;
    await el.updateComplete;
    [...dialog.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Delete')!.click();
    const failures = await throughFaults(el, () => root(el).querySelector('[part="key-invalid"]'), { what: 'the broken-key message' });
    expect(failures.map((f) => f.action)).to.deep.equal(['Reload']);
    expect(failures[0]!.message).to.contain('stopped working');
    expect(dialog.open).to.equal(false);
    expect(server.log.filter((e) => e.operation === 'deleteRecordProject')).to.have.length(1);
    expect(projectsOf(server)).to.have.length(2);
  });
});
