import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import { http, HttpResponse } from 'msw';
import '../../src/register/field-mapper.js';
import '../../src/register/zoho-projects-setup.js';
// The hosted elements registered up front: this file tests the flow; loading them when a step
// first shows is tested in test/elements/zoho-projects-setup-loading.test.ts.
import '../../src/register/profile-perms.js';
import '../../src/register/client-account-mapper.js';
import type { FieldMapper } from '../../src/elements/field-mapper/field-mapper.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import type { ZpFieldMappingSavedEvent } from '../../src/events/zp-field-mapping-saved.js';
import { API, fakeServer, fastBackend, storeWithPortal, until } from '../helpers.js';
import { button, root, text } from '../dom.js';

const sel = (el: Element, module: 'Deals' | 'Accounts', label: string) =>
  root(el).querySelector<HTMLSelectElement>(`select[aria-label="${module} field for ${label}"]`);
const rowOf = (el: Element, label: string) =>
  [...root(el).querySelectorAll<HTMLElement>('[role="row"][data-index]')]
    .find((r) => r.querySelector('.label')?.textContent?.replace(/\s*\*.*$/s, '').trim() === label) ?? null;
const optionLabels = (s: HTMLSelectElement) => [...s.options].map((o) => o.textContent!.trim());

async function choose(el: FieldMapper, module: 'Deals' | 'Accounts', label: string, value: string) {
  const s = sel(el, module, label)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function open(scenario = 'active') {
  const fake = await fakeServer(scenario);
  const el = await fixture<FieldMapper>(html`<field-mapper api-base=${API}></field-mapper>`);
  await until(() => sel(el, 'Deals', 'Project Name'), 3000, 'rows');
  return { el, ...fake };
}

const saves = (server: { log: { operation: string }[] }) => server.log.filter((e) => e.operation === 'saveFieldMapping').length;

describe('<field-mapper>', () => {
  it('is accessible, filled and empty (filtered to nothing)', async () => {
    const { el } = await open();
    await expect(el).to.be.accessible();
    const filter = root(el).querySelector<HTMLInputElement>('#fm-filter')!;
    filter.value = 'zzz-nothing';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root(el).querySelectorAll('[role="row"][data-index]')).to.have.length(0);
    expect(text(el)).to.contain('No fields match the filter.');
    await expect(el).to.be.accessible();
  });

  it('without a portal says to associate one first (and is accessible)', async () => {
    await fakeServer('fresh');
    const el = await fixture<FieldMapper>(html`<field-mapper api-base=${API}></field-mapper>`);
    await until(() => root(el).querySelector('[role="alert"]'), 3000, 'alert');
    expect(text(el)).to.contain('Associate a portal first');
    expect(button(el, 'Retry')).to.exist;
    expect(root(el).querySelector('select')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists every Projects field once, standard and custom marked, "Project Name" required', async () => {
    const { el, server } = await open();
    const rows = root(el).querySelectorAll('[role="row"][data-index]');
    expect(rows).to.have.length(server.db.projectsFields.length);
    expect(rowOf(el, 'Project Name')!.textContent).to.contain('Standard').and.contain('(required)');
    expect(rowOf(el, 'Region')!.textContent).to.contain('Custom');
    expect(root(el).querySelector('[role="table"]')!.getAttribute('aria-rowcount')).to.equal(String(rows.length + 1));
    // Zoho's defaults.
    expect(sel(el, 'Deals', 'Project Name')!.value).to.equal('Deal_Name');
    expect(sel(el, 'Accounts', 'Project Name')!.value).to.equal('Account_Name');
  });

  it('offers only type-compatible CRM fields', async () => {
    const { el } = await open();
    expect(optionLabels(sel(el, 'Deals', 'Start Date')!)).to.deep.equal(['— Not mapped —', 'Closing Date (Date)', 'Created Time (Date/Time)']);
    const budget = optionLabels(sel(el, 'Deals', 'Budget')!);
    expect(budget).to.include('Amount (Currency)').and.include('Probability (%) (Number)');
    expect(budget.join()).to.not.contain('Deal Name').and.not.contain('Stage').and.not.contain('Closing Date');
    expect(optionLabels(sel(el, 'Accounts', 'Billable')!)).to.deep.equal(['— Not mapped —']);
    expect(optionLabels(sel(el, 'Accounts', 'Website')!)).to.deep.equal(['— Not mapped —', 'Website (URL)']);
  });

  it('the fake server refuses an incompatible mapping sent past the element', async () => {
    const { server } = await open();
    const backend = fastBackend();
    const mapping = server.db.mapping.map((m) => (m.projectsFieldId === 'start_date' ? { ...m, deals: 'Amount' } : m));
    let error: unknown;
    try {
      await backend.saveFieldMapping({ mapping, version: server.db.mappingVersion });
    } catch (e) {
      error = e;
    }
    expect((error as { kind: string }).kind).to.equal('invalid-input');
    expect((error as { fieldErrors: Record<string, string> }).fieldErrors['start_date']).to.contain('cannot feed');
  });

  it('flags a CRM field feeding two Projects fields on both rows, without overwriting either', async () => {
    const { el } = await open();
    await choose(el, 'Deals', 'Budget', 'Amount');
    await choose(el, 'Deals', 'Contract Value', 'Amount');
    expect(sel(el, 'Deals', 'Budget')!.value).to.equal('Amount');
    expect(sel(el, 'Deals', 'Contract Value')!.value).to.equal('Amount');
    expect(rowOf(el, 'Budget')!.textContent).to.contain('Also feeds “Contract Value”');
    expect(rowOf(el, 'Contract Value')!.textContent).to.contain('Also feeds “Budget”');
    // The note is the select's description.
    const noteId = sel(el, 'Deals', 'Budget')!.getAttribute('aria-describedby')!;
    expect(root(el).getElementById(noteId)!.textContent).to.contain('Also feeds');
    expect(text(el)).to.contain('2 with a CRM field used twice');
    await expect(el).to.be.accessible();
  });

  it('blocks "Done" until required fields are mapped, with the reason at the row', async () => {
    const { el, server } = await open();
    await choose(el, 'Accounts', 'Project Name', '');
    expect(rowOf(el, 'Project Name')!.textContent).to.contain('Required: choose an Accounts field.');
    button(el, 'Done')!.click();
    await until(() => root(el).querySelector('.notice.error'));
    expect(text(el)).to.contain('Map these fields before “Done”: Project Name (Accounts)');
    expect(saves(server)).to.equal(0);
    const s = sel(el, 'Accounts', 'Project Name')!;
    expect(s.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement).to.equal(s);
    await expect(el).to.be.accessible();
    await choose(el, 'Accounts', 'Project Name', 'Billing_City');
    button(el, 'Done')!.click();
    await until(() => saves(server) === 1);
    await until(() => text(el).includes('Field mapping saved'));
    expect(server.db.mapping.find((m) => m.projectsFieldId === 'project_name')!.accounts).to.equal('Billing_City');
  });

  it('shows suggestions for unmapped fields; accept one, change one, accept the rest', async () => {
    const { el, server } = await open();
    expect(rowOf(el, 'Owner')!.textContent).to.contain('Suggested: Deal Owner').and.contain('Suggested: Account Owner');
    expect(rowOf(el, 'Project Name')!.textContent).to.not.contain('Suggested');
    expect(sel(el, 'Deals', 'Owner')!.value).to.equal('', 'a suggestion is not a choice until accepted');
    // Accept one.
    rowOf(el, 'Owner')!.querySelector('button')!.click();
    await el.updateComplete;
    expect(sel(el, 'Deals', 'Owner')!.value).to.equal('Owner');
    expect(sel(el, 'Accounts', 'Owner')!.value).to.equal('Owner');
    expect(rowOf(el, 'Owner')!.textContent).to.not.contain('Suggested');
    expect(rowOf(el, 'Owner')!.textContent).to.contain('Unsaved');
    // Change one: choosing something else replaces the suggestion.
    expect(rowOf(el, 'Status')!.textContent).to.contain('Suggested: Stage');
    await choose(el, 'Deals', 'Status', 'Type');
    expect(rowOf(el, 'Status')!.textContent).to.not.contain('Suggested');
    // Accept all the others.
    button(el, 'Accept all suggestions')!.click();
    await el.updateComplete;
    expect(button(el, 'Accept all suggestions')).to.equal(null);
    expect(sel(el, 'Deals', 'Budget')!.value).to.equal('Amount');
    expect(sel(el, 'Deals', 'Status')!.value).to.equal('Type');
    // Rows further down are rendered when scrolled to.
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await until(() => sel(el, 'Accounts', 'Website'));
    expect(sel(el, 'Accounts', 'Website')!.value).to.equal('Website');
    button(el, 'Done')!.click();
    await until(() => text(el).includes('Field mapping saved'));
    const saved = Object.fromEntries(server.db.mapping.map((m) => [m.projectsFieldId, m]));
    expect(saved['owner']).to.include({ deals: 'Owner', accounts: 'Owner' });
    expect(saved['status']!.deals).to.equal('Type');
    expect(saved['budget']!.deals).to.equal('Amount');
    expect(saved['cf_website']!.accounts).to.equal('Website');
  });

  it('"Dismiss suggestions" removes them', async () => {
    const { el } = await open();
    button(el, 'Dismiss suggestions')!.click();
    await el.updateComplete;
    expect(text(el)).to.not.contain('Suggested:');
    expect(sel(el, 'Deals', 'Owner')!.value).to.equal('');
  });

  it('filters rows by label and by "Show unmapped only"', async () => {
    const { el } = await open();
    const filter = root(el).querySelector<HTMLInputElement>('#fm-filter')!;
    filter.value = 'date';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const labels = () => [...root(el).querySelectorAll('[role="row"][data-index] .label')].map((l) => l.textContent!.replace(/\s*\*.*$/s, '').trim());
    expect(labels()).to.deep.equal(['Start Date', 'End Date', 'Go-live Date']);
    filter.value = '';
    filter.dispatchEvent(new Event('input'));
    const unmapped = [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
      .find((c) => c.parentElement!.textContent!.includes('Show unmapped only'))!;
    unmapped.click();
    await el.updateComplete;
    expect(labels()).to.not.include('Project Name');
    expect(labels()).to.include('Budget');
    // A row being mapped stays until the filter is applied again.
    await choose(el, 'Deals', 'Budget', 'Amount');
    expect(labels()).to.include('Budget');
  });

  it('shows unsaved changes and can discard them', async () => {
    const { el } = await open();
    expect(text(el)).to.contain('No unsaved changes');
    await choose(el, 'Deals', 'Budget', 'Amount');
    expect(text(el)).to.contain('1 field with unsaved changes');
    expect(rowOf(el, 'Budget')!.classList.contains('changed')).to.equal(true);
    button(el, 'Discard changes')!.click();
    await el.updateComplete;
    expect(sel(el, 'Deals', 'Budget')!.value).to.equal('');
    expect(text(el)).to.contain('No unsaved changes');
  });

  it('a failed save keeps every choice with the reason, and Retry saves them', async () => {
    const { el, server, worker } = await open();
    await choose(el, 'Deals', 'Budget', 'Amount');
    await choose(el, 'Accounts', 'Start Date', 'Customer_Since');
    worker.use(http.put(`${API}/crm/field-mapping`, () => HttpResponse.json({ error: { code: 'x', message: 'Down.' } }, { status: 503 }), { once: true }));
    button(el, 'Done')!.click();
    await until(() => root(el).querySelector('[part="error"]'));
    expect(text(el)).to.contain('The server could not complete the request');
    expect(text(el)).to.contain('Nothing you chose is lost');
    expect(sel(el, 'Deals', 'Budget')!.value).to.equal('Amount');
    expect(sel(el, 'Accounts', 'Start Date')!.value).to.equal('Customer_Since');
    expect(text(el)).to.contain('2 fields with unsaved changes');
    button(el, 'Retry')!.click();
    await until(() => text(el).includes('Field mapping saved'));
    expect(server.db.mapping.find((m) => m.projectsFieldId === 'budget')!.deals).to.equal('Amount');
    expect(text(el)).to.contain('No unsaved changes');
  });

  it('shows the server\'s reason at the row when it refuses a field', async () => {
    const { el, worker } = await open();
    await choose(el, 'Deals', 'Budget', 'Amount');
    worker.use(http.put(`${API}/crm/field-mapping`, () => HttpResponse.json(
      { error: { code: 'invalid-mapping', message: 'Some fields are not mapped correctly.', fieldErrors: { budget: 'Budget cannot be fed from Deals.' } } },
      { status: 422 },
    ), { once: true }));
    button(el, 'Done')!.click();
    await until(() => root(el).querySelector('[part="error"]'));
    expect(rowOf(el, 'Budget')!.textContent).to.contain('Budget cannot be fed from Deals.');
    expect(sel(el, 'Deals', 'Budget')!.value).to.equal('Amount');
  });

  it('on a 409 says it changed elsewhere, keeps the draft, and reloads on request', async () => {
    const { el, server } = await open();
    await choose(el, 'Deals', 'Budget', 'Amount');
    // Someone else saves meanwhile.
    server.db.mapping = server.db.mapping.map((m) => (m.projectsFieldId === 'description' ? { ...m, deals: 'Description' } : m));
    server.db.mappingVersion++;
    button(el, 'Done')!.click();
    await until(() => root(el).querySelector('[part="error"]'));
    expect(text(el)).to.contain('Someone else saved this in the meantime');
    expect(text(el)).to.contain('Your choices are kept');
    expect(sel(el, 'Deals', 'Budget')!.value).to.equal('Amount');
    button(el, 'Reload')!.click();
    await until(() => !root(el).querySelector('[part="error"]'));
    expect(sel(el, 'Deals', 'Budget')!.value).to.equal('Amount', 'my change is kept');
    expect(sel(el, 'Deals', 'Description')!.value).to.equal('Description', 'their change is shown');
    button(el, 'Done')!.click();
    await until(() => text(el).includes('Field mapping saved'));
    const saved = Object.fromEntries(server.db.mapping.map((m) => [m.projectsFieldId, m]));
    expect(saved['budget']!.deals).to.equal('Amount');
    expect(saved['description']!.deals).to.equal('Description');
  });

  it('fires zp-field-mapping-saved with the mapped count after "Done"', async () => {
    const { el } = await open();
    await choose(el, 'Deals', 'Budget', 'Amount');
    setTimeout(() => button(el, 'Done')!.click());
    const event = (await oneEvent(el, 'zp-field-mapping-saved')) as ZpFieldMappingSavedEvent;
    expect(event.detail).to.deep.equal({ mappedCount: 2 });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('renders the large scenario (308 fields) windowed, and filters it', async () => {
    const { el, server } = await open('large');
    expect(server.db.projectsFields.length).to.equal(308);
    const table = root(el).querySelector('[role="table"]')!;
    expect(table.getAttribute('aria-rowcount')).to.equal('309');
    const rendered = root(el).querySelectorAll('[role="row"][data-index]').length;
    expect(rendered).to.be.above(5).and.below(60);
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 200 * 84;
    scroller.dispatchEvent(new Event('scroll'));
    await until(() => root(el).querySelector('[role="row"][data-index="200"]'));
    expect(root(el).querySelectorAll('[role="row"][data-index]').length).to.be.below(60);
    const filter = root(el).querySelector<HTMLInputElement>('#fm-filter')!;
    filter.value = 'custom region';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const shown = server.db.projectsFields.filter((f) => f.label.toLowerCase().includes('custom region')).length;
    expect(shown).to.be.above(10);
    expect(table.getAttribute('aria-rowcount')).to.equal(String(shown + 1));
    expect(text(el)).to.contain(`${shown} of 308 fields shown`);
    const labels = [...root(el).querySelectorAll('[role="row"][data-index] .label')].map((l) => l.textContent!);
    expect(labels.every((l) => l.startsWith('Custom Region'))).to.equal(true);
  });

  it('keyboard only: map one field and press "Done"', async () => {
    const { el, server } = await open();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('fm-filter');
    await sendKeys({ type: 'budget' });
    await el.updateComplete;
    const target = sel(el, 'Deals', 'Budget')!;
    for (let i = 0; i < 8 && root(el).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(target);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(sel(el, 'Deals', 'Budget')!.value).to.equal('Amount');
    const done = button(el, 'Done')!;
    for (let i = 0; i < 8 && root(el).activeElement !== done; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(done);
    await sendKeys({ press: 'Enter' });
    await until(() => text(el).includes('Field mapping saved'));
    expect(server.db.mapping.find((m) => m.projectsFieldId === 'budget')!.deals).to.equal('Amount');
  });

  it('keyboard: Tab walks past the rendered window through every row', async () => {
    const { el } = await open('large');
    const first = sel(el, 'Deals', 'Project Name')!;
    first.focus();
    // 40 rows × (Deals, Accounts, maybe Accept) — far beyond the first window.
    for (let i = 0; i < 100; i++) await sendKeys({ press: 'Tab' });
    const active = root(el).activeElement as HTMLElement;
    const row = active.closest<HTMLElement>('[role="row"][data-index]');
    expect(row, 'focus is still in a row').to.exist;
    expect(Number(row!.dataset['index'])).to.be.above(30);
  });

  it('in <zoho-projects-setup>: "Map Now" → "Done" and "Setup" → "Save" move the flow on', async () => {
    const { server } = await fakeServer('fresh');
    const store = await storeWithPortal();
    const setup = await fixture(html`<zoho-projects-setup .store=${store}></zoho-projects-setup>`);
    await until(() => button(setup, 'Map Now'), 5000, '"Map Now"');
    button(setup, 'Map Now')!.click();
    await until(() => root(setup).querySelector('field-mapper'), 3000, '<field-mapper>');
    const mapper = root(setup).querySelector('field-mapper')!;
    await until(() => sel(mapper, 'Deals', 'Budget'), 3000, 'mapper rows');
    await choose(mapper as FieldMapper, 'Deals', 'Budget', 'Amount');
    button(mapper, 'Done')!.click();
    await until(() => button(setup, 'Setup'), 5000, '"Setup" (permissions step)');
    expect(server.db.status.completedSteps).to.include('fields');
    expect(server.db.mapping.find((m) => m.projectsFieldId === 'budget')!.deals).to.equal('Amount');
    button(setup, 'Setup')!.click();
    await until(() => root(setup).querySelector('profile-perms'), 3000, '<profile-perms>');
    const perms = root(setup).querySelector('profile-perms')!;
    await until(() => root(perms).querySelector('input[aria-label="View – Support Agent"]'), 3000, 'grid');
    root(perms).querySelector<HTMLInputElement>('input[aria-label="View – Support Agent"]')!.click();
    button(perms, 'Save')!.click();
    await until(() => server.db.status.completedSteps.includes('permissions'), 3000, 'permissions saved');
    // The next step's element loads when its step shows (register/zoho-projects-setup.ts).
    await until(() => root(setup).querySelector('client-account-mapper'), 3000, '<client-account-mapper>');
    expect(root(setup).querySelector('profile-perms')).to.equal(null);
  });

  it('keeps the draft in the shared store when the element is re-created', async () => {
    await fakeServer('active');
    const store = new IntegrationStore(fastBackend());
    const first = await fixture<FieldMapper>(html`<field-mapper .store=${store}></field-mapper>`);
    await until(() => sel(first, 'Deals', 'Budget'));
    await choose(first, 'Deals', 'Budget', 'Amount');
    first.remove();
    const second = await fixture<FieldMapper>(html`<field-mapper .store=${store}></field-mapper>`);
    await until(() => sel(second, 'Deals', 'Budget'));
    expect(sel(second, 'Deals', 'Budget')!.value).to.equal('Amount');
    expect(text(second)).to.contain('1 field with unsaved changes');
  });

  it('shows names with markup as text', async () => {
    const { server } = await fakeServer('active');
    server.db.projectsFields.push({ id: 'cf_x', label: '<img src=x onerror=alert(1)>', type: 'text', required: false, custom: true });
    const el = await fixture<FieldMapper>(html`<field-mapper api-base=${API}></field-mapper>`);
    await until(() => sel(el, 'Deals', 'Project Name'));
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(el)).to.contain('<img src=x onerror=alert(1)>');
  });
});
