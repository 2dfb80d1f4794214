import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import { http, HttpResponse } from 'msw';
import '../../src/register/profile-perms.js';
import type { ProfilePerms } from '../../src/elements/profile-perms/profile-perms.js';
import type { ZpPermissionsSavedEvent } from '../../src/events/zp-permissions-saved.js';
import type { PermissionSet } from '../../src/schemas/entities.js';
import { API, fakeServer, until } from '../helpers.js';
import { button, root, text } from '../dom.js';

const COLUMNS = ['Tab Visibility', 'View', 'Create', 'Edit', 'Delete'] as const;
type Column = (typeof COLUMNS)[number];

const box = (el: Element, name: string) => root(el).querySelector<HTMLInputElement>(`input[aria-label="${name}"]`);
/** The checked columns of a profile's row, as shown. */
const row = (el: Element, profile: string) => COLUMNS.filter((c) => box(el, `${c} – ${profile}`)!.checked);
const mixed = (input: HTMLInputElement) => input.indeterminate;

async function chord(modifier: string, key: string) {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

async function click(el: ProfilePerms, name: string) {
  box(el, name)!.click();
  await el.updateComplete;
}

async function open(scenario = 'active') {
  const fake = await fakeServer(scenario);
  const el = await fixture<ProfilePerms>(html`<profile-perms api-base=${API}></profile-perms>`);
  await until(() => box(el, 'View – Administrator'), 3000, 'grid');
  return { el, ...fake };
}

const serverSet = (server: { db: { profiles: { profileName: string; permissions: PermissionSet }[] } }, name: string) =>
  server.db.profiles.find((p) => p.profileName === name)!.permissions;

describe('<profile-perms>', () => {
  it('is accessible, filled', async () => {
    const { el } = await open();
    await expect(el).to.be.accessible();
  });

  it('is accessible empty: no portal associated yet, said clearly', async () => {
    await fakeServer('fresh');
    const el = await fixture<ProfilePerms>(html`<profile-perms api-base=${API}></profile-perms>`);
    await until(() => root(el).querySelector('[role="alert"]'));
    expect(text(el)).to.contain('Associate a portal first');
    expect(root(el).querySelector('input')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a grid: one row per profile, the five columns, named checkboxes', async () => {
    const { el, server } = await open();
    const grid = root(el).querySelector('[role="grid"]')!;
    const headers = [...grid.querySelectorAll('thead th')].map((th) => th.querySelector('.col-label')?.textContent ?? th.textContent!.trim());
    expect(headers).to.deep.equal(['Profile', 'All', ...COLUMNS]);
    expect(grid.querySelectorAll('tbody tr')).to.have.length(server.db.profiles.length);
    for (const p of server.db.profiles) {
      for (const c of COLUMNS) expect(box(el, `${c} – ${p.profileName}`), `${c} – ${p.profileName}`).to.exist;
      expect(box(el, `All permissions – ${p.profileName}`)).to.exist;
    }
    // As saved: the seed gives Sales Manager everything but Delete, Support Agent nothing.
    expect(row(el, 'Sales Manager')).to.deep.equal(['Tab Visibility', 'View', 'Create', 'Edit']);
    expect(row(el, 'Support Agent')).to.deep.equal([]);
    expect(row(el, 'Administrator')).to.deep.equal([...COLUMNS]);
  });

  const ons: Column[] = ['Create', 'Edit', 'Delete'];
  for (const c of ons) {
    it(`${c} turns on View and Tab Visibility`, async () => {
      const { el } = await open();
      await click(el, `${c} – Support Agent`);
      expect(row(el, 'Support Agent')).to.deep.equal(['Tab Visibility', 'View', c]);
    });
  }

  it('View turns on Tab Visibility', async () => {
    const { el } = await open();
    await click(el, 'View – Support Agent');
    expect(row(el, 'Support Agent')).to.deep.equal(['Tab Visibility', 'View']);
  });

  it('clearing View clears Create, Edit and Delete', async () => {
    const { el } = await open();
    await click(el, 'View – Administrator');
    expect(row(el, 'Administrator')).to.deep.equal(['Tab Visibility']);
  });

  it('clearing Tab Visibility clears all', async () => {
    const { el } = await open();
    await click(el, 'Tab Visibility – Sales Manager');
    expect(row(el, 'Sales Manager')).to.deep.equal([]);
  });

  it('whole-row toggle shows mixed, turns all on, then all off', async () => {
    const { el } = await open();
    const toggle = box(el, 'All permissions – Sales Manager')!;
    expect(mixed(toggle)).to.equal(true);
    expect(box(el, 'All permissions – Administrator')!.checked).to.equal(true);
    expect(box(el, 'All permissions – Support Agent')!.checked).to.equal(false);
    expect(mixed(box(el, 'All permissions – Support Agent')!)).to.equal(false);
    await click(el, 'All permissions – Sales Manager');
    expect(row(el, 'Sales Manager')).to.deep.equal([...COLUMNS]);
    expect(toggle.checked && !mixed(toggle)).to.equal(true);
    await click(el, 'All permissions – Sales Manager');
    expect(row(el, 'Sales Manager')).to.deep.equal([]);
    expect(toggle.checked || mixed(toggle)).to.equal(false);
  });

  it('whole-column toggle shows mixed, turns the column on with its implications, then off', async () => {
    const { el } = await open();
    const toggle = box(el, 'Create – all profiles')!;
    expect(mixed(toggle)).to.equal(true);
    await click(el, 'Create – all profiles');
    expect(toggle.checked && !mixed(toggle)).to.equal(true);
    expect(row(el, 'Support Agent')).to.deep.equal(['Tab Visibility', 'View', 'Create']);
    expect(box(el, 'View – all profiles')!.checked).to.equal(true);
    await click(el, 'View – all profiles');
    for (const p of ['Administrator', 'Standard', 'Sales Manager', 'Support Agent']) {
      expect(row(el, p), p).to.deep.equal(['Tab Visibility']);
    }
    expect(box(el, 'Create – all profiles')!.checked || mixed(box(el, 'Create – all profiles')!)).to.equal(false);
    expect(box(el, 'Tab Visibility – all profiles')!.checked).to.equal(true);
  });

  it('shows unsaved changes; "Save" saves and shows the pushed / existing counts', async () => {
    const { el, server } = await open();
    expect(text(el)).to.contain('No unsaved changes');
    await click(el, 'View – Support Agent');
    expect(text(el)).to.contain('1 profile with unsaved changes');
    expect(root(el).querySelector('tbody tr.changed')!.textContent).to.contain('Support Agent').and.contain('Unsaved');
    const support = server.db.profiles.find((p) => p.profileName === 'Support Agent')!.profileId;
    const supportUsers = server.db.crmUsers.filter((u) => u.profileId === support);
    const visible = new Set(server.db.profiles.filter((p) => p.profileName !== 'Support Agent' && p.permissions.view).map((p) => p.profileId));
    const expectedExisting = server.db.crmUsers.filter((u) => (visible.has(u.profileId) || u.profileId === support) && u.inProjects).length;
    const expectedPushed = server.db.crmUsers.filter((u) => (visible.has(u.profileId) || u.profileId === support) && !u.inProjects).length;
    expect(supportUsers.length).to.be.above(0);
    setTimeout(() => button(el, 'Save')!.click());
    const event = (await oneEvent(el, 'zp-permissions-saved')) as ZpPermissionsSavedEvent;
    expect(event.detail).to.deep.equal({ pushedAsEmployee: expectedPushed, alreadyExisting: expectedExisting });
    await el.updateComplete;
    const result = root(el).querySelector('[part="result"]')!;
    expect(result.textContent!.replace(/\s+/g, ' ')).to.contain(`${expectedPushed} CRM users were pushed into Zoho Projects as “Employee”`)
      .and.contain(`${expectedExisting} already existed there and kept their role`);
    expect(text(el)).to.contain('No unsaved changes');
    expect(serverSet(server, 'Support Agent')).to.include({ tabVisibility: true, view: true, create: false });
    await expect(el).to.be.accessible();
  });

  it('a failed save keeps the draft and offers Retry', async () => {
    const { el, server, worker } = await open();
    await click(el, 'Delete – Sales Manager');
    worker.use(http.put(`${API}/crm/profile-permissions`, () => HttpResponse.error(), { once: true }));
    button(el, 'Save')!.click();
    await until(() => root(el).querySelector('[part="error"]'));
    expect(text(el)).to.contain('Could not reach the server');
    expect(text(el)).to.contain('Your changes are kept');
    expect(row(el, 'Sales Manager')).to.deep.equal([...COLUMNS]);
    expect(text(el)).to.contain('1 profile with unsaved changes');
    expect(serverSet(server, 'Sales Manager').delete).to.equal(false);
    button(el, 'Retry')!.click();
    await until(() => root(el).querySelector('[part="result"]'));
    expect(serverSet(server, 'Sales Manager').delete).to.equal(true);
  });

  it('on a 409 says it changed elsewhere, keeps the draft, and reloads on request', async () => {
    const { el, server } = await open();
    await click(el, 'View – Support Agent');
    const standard = server.db.profiles.find((p) => p.profileName === 'Standard')!;
    standard.permissions = { tabVisibility: true, view: true, create: false, edit: false, delete: false };
    server.db.permissionsVersion++;
    button(el, 'Save')!.click();
    await until(() => root(el).querySelector('[part="error"]'));
    expect(text(el)).to.contain('Someone else saved this in the meantime');
    expect(row(el, 'Support Agent')).to.deep.equal(['Tab Visibility', 'View']);
    button(el, 'Reload')!.click();
    await until(() => !root(el).querySelector('[part="error"]'));
    expect(row(el, 'Support Agent')).to.deep.equal(['Tab Visibility', 'View'], 'my change is kept');
    expect(row(el, 'Standard')).to.deep.equal(['Tab Visibility', 'View'], 'their change is shown');
    button(el, 'Save')!.click();
    await until(() => root(el).querySelector('[part="result"]'));
    expect(serverSet(server, 'Support Agent').view).to.equal(true);
    expect(serverSet(server, 'Standard').create).to.equal(false);
  });

  it('"Discard changes" goes back to what is saved', async () => {
    const { el } = await open();
    await click(el, 'All permissions – Support Agent');
    button(el, 'Discard changes')!.click();
    await el.updateComplete;
    expect(row(el, 'Support Agent')).to.deep.equal([]);
    expect(text(el)).to.contain('No unsaved changes');
  });

  it('reopened later shows the saved permissions', async () => {
    const { el } = await open();
    await click(el, 'Edit – Administrator');
    button(el, 'Save')!.click();
    await until(() => root(el).querySelector('[part="result"]'));
    el.remove();
    const again = await fixture<ProfilePerms>(html`<profile-perms api-base=${API}></profile-perms>`);
    await until(() => box(again, 'View – Administrator'));
    expect(row(again, 'Administrator')).to.deep.equal(['Tab Visibility', 'View', 'Create', 'Delete']);
    expect(text(again)).to.contain('No unsaved changes');
  });

  it('keyboard only: move in the grid with arrows, toggle with Space, save with Enter', async () => {
    const { el, server } = await open();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Tab Visibility – all profiles');
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Delete – Sales Manager');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(row(el, 'Sales Manager')).to.include('Delete');
    // One Tab stop for the grid: the next Tab goes to "Save".
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Save');
    await sendKeys({ press: 'Enter' });
    await until(() => root(el).querySelector('[part="result"]'));
    expect(serverSet(server, 'Sales Manager').delete).to.equal(true);
    // Coming back with Shift+Tab lands on the last focused cell.
    await chord('Shift', 'Tab');
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Delete – Sales Manager');
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('All permissions – Sales Manager');
    await chord('Control', 'End');
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Delete – Support Agent');
    await chord('Control', 'Home');
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Tab Visibility – all profiles');
  });

  it('renders the large scenario (100 profiles) and toggles a column', async () => {
    const { el, server } = await open('large');
    expect(server.db.profiles).to.have.length(100);
    expect(root(el).querySelectorAll('tbody tr')).to.have.length(100);
    expect(box(el, 'View – Custom Profile 100')).to.exist;
    await click(el, 'Delete – all profiles');
    expect(root(el).querySelectorAll('tbody input[data-permission="delete"]:checked')).to.have.length(100);
    expect(text(el)).to.contain('99 profiles with unsaved changes');
  });

  it('shows a profile name with markup as text, in the row and in the checkboxes\' names', async () => {
    const { server } = await fakeServer('active');
    const markup = '<img src=x onerror=alert(1)> Partners';
    server.db.profiles[1]!.profileName = markup;
    const el = await fixture<ProfilePerms>(html`<profile-perms api-base=${API}></profile-perms>`);
    await until(() => box(el, `View – ${markup}`), 3000, 'the renamed profile');
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(el)).to.contain(markup);
    expect(box(el, `Create – ${markup}`)!.type).to.equal('checkbox');
  });
});
