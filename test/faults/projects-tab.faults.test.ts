import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/register/projects-tab.js';
import type { ProjectsTab } from '../../src/elements/projects-tab/projects-tab.js';
import { API } from '../helpers.js';
import { button, root, text, typeInto } from '../dom.js';
import {
  MESSAGES, brokenAnswer, expectFlakyFailures, mountFaulty, lateRequests, norm, throughFaults, type Setting,
} from './support.js';

const rows = (el: Element) => [...root(el).querySelectorAll('#pt-table .vbody [role="row"]')];
const form = (el: Element) => root(el).querySelector('[part="project-form"] form');
const details = (el: Element) => root(el).querySelector('[part="fields"]');
const byId = <T extends HTMLElement = HTMLButtonElement>(el: Element, id: string) => root(el).getElementById(id) as T | null;
const listed = (el: Element, name: string) => rows(el).some((r) => norm(r.querySelector('.c-name')!.textContent) === name);

const open = (scenario: Setting) => mountFaulty<ProjectsTab>('projects-tab', scenario, { active: true });

async function search(el: ProjectsTab, query: string) {
  typeInto(byId<HTMLInputElement>(el, 'pt-search')!, query);
  await el.updateComplete;
}

const NAME = 'Made Through Faults';

describe('<projects-tab> under faults', () => {
  it('flaky: the list, a project, "New Project", "Edit" and "Delete" through failed, dropped and hanging requests; Retry each time, nothing typed lost, nothing done twice', async () => {
    const { el, server } = await open('flaky');
    const failures = await throughFaults(el, () => rows(el).length > 5, { what: 'the list' });
    // A project's details.
    await search(el, 'Support Retainer 2026');
    failures.push(...await throughFaults(el, () => details(el), { click: rows(el)[0]?.querySelector('button'), what: 'the project' }));
    // "Edit": its form (the portal's fields and choices), then a new name.
    failures.push(...await throughFaults(el, () => form(el), { click: byId(el, 'pt-edit'), what: 'the edit form' }));
    typeInto(byId<HTMLInputElement>(el, 'pf-edit-project_name')!, 'Support Retainer 2027');
    await el.updateComplete;
    failures.push(...await throughFaults(el, () => !form(el) && details(el), {
      click: button(el, 'Save'), what: 'the saved edit',
      // Saved, the details are read again: a failure then is the details', with no form left.
      kept: () => form(el) && expect(byId<HTMLInputElement>(el, 'pf-edit-project_name')!.value).to.equal('Support Retainer 2027'),
    }));
    // "Delete", confirmed in the dialog.
    byId(el, 'pt-delete')!.click();
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    failures.push(...await throughFaults(el, () => !details(el) && !root(el).querySelector('dialog')?.open, {
      click: [...dialog.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Delete'), what: 'the deletion',
      kept: () => expect(dialog.open, 'the confirmation stays open with the reason').to.equal(true),
    }));
    // "New Project", linked to no record.
    await search(el, '');
    byId(el, 'pt-new')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('input[name="pt-kind"][value="none"]')!.click();
    await el.updateComplete;
    failures.push(...await throughFaults(el, () => form(el), { click: button(el, 'Continue'), what: 'the form' }));
    typeInto(byId<HTMLInputElement>(el, 'pf-new-project_name')!, NAME);
    await el.updateComplete;
    failures.push(...await throughFaults(el, () => !form(el), {
      click: button(el, 'Create Project'), what: 'the created project',
      kept: () => expect(byId<HTMLInputElement>(el, 'pf-new-project_name')!.value).to.equal(NAME),
    }));
    await search(el, NAME);
    expect(listed(el, NAME)).to.equal(true);
    expectFlakyFailures(failures, 3);
    await lateRequests();
    expect(server.db.projects.filter((p) => p.name === NAME)).to.have.length(1);
    expect(server.db.projects.some((p) => p.name === 'Support Retainer 2026' || p.name === 'Support Retainer 2027')).to.equal(false);
  });

  it('answers that break the contract (the list, a project) say "unexpected response" with Retry and are reported', async () => {
    const { el, server, worker, heal, errors } = await open('malformed');
    worker.use(http.get(`${API}/crm/projects`, brokenAnswer(server, 'listPortalProjects')));
    await throughFaults(el, () => root(el).querySelector('[part="error"]'), { what: 'the failure' });
    expect(text(el)).to.contain(MESSAGES.unexpected);
    heal();
    expect((await throughFaults(el, () => rows(el).length > 5, { what: 'the list' })).map((f) => f.action)).to.deep.equal(['Retry']);
    worker.use(http.get(`${API}/crm/projects/:projectId`, brokenAnswer(server, 'getPortalProject')));
    rows(el)[0]!.querySelector('button')!.click();
    await throughFaults(el, () => root(el).querySelector('[part="error"]'), { what: 'the project failure' });
    expect(text(el)).to.contain(MESSAGES.unexpected);
    expect(errors.map((e) => `${e.detail.kind} ${e.detail.operation}`)).to.deep.equal([
      'unexpected-response listPortalProjects', 'unexpected-response getPortalProject',
    ]);
    heal();
    await throughFaults(el, () => details(el), { what: 'the project' });
  });
});
