import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/register/field-mapper.js';
import type { FieldMapper } from '../../src/elements/field-mapper/field-mapper.js';
import type { CrmModule } from '../../src/schemas/entities.js';
import { API, fakeServer, until } from '../helpers.js';
import { dataStrings, englishLeft, expectGuardStatesTranslated, useLocale } from '../i18n.js';
import { root, text } from '../dom.js';

type Locale = 'de' | 'ja';
/** Controls found by what they are, not by their (translated) names. */
const sel = (el: Element, field: string, module: CrmModule) =>
  root(el).querySelector<HTMLSelectElement>(`select[data-field="${field}"][data-module="${module}"]`);
const done = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="done-button"]')!;
const errorButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="error"] .actions button');
const announced = (el: Element) => root(el).querySelector('[aria-live]')!.textContent!.trim();

async function choose(el: FieldMapper, field: string, module: CrmModule, value: string) {
  const s = sel(el, field, module)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function mount(scenario = 'active', prepare?: (fake: Awaited<ReturnType<typeof fakeServer>>) => void) {
  const fake = await fakeServer(scenario);
  prepare?.(fake);
  const el = await fixture<FieldMapper>(html`<field-mapper api-base=${API}></field-mapper>`);
  return { el, ...fake, data: dataStrings(fake.server) };
}

async function mountRows(scenario = 'active', prepare?: (fake: Awaited<ReturnType<typeof fakeServer>>) => void) {
  const m = await mount(scenario, prepare);
  await until(() => sel(m.el, 'project_name', 'deals'), 3000, 'rows');
  return m;
}

/** Waits for the live region to say something, then checks it with everything else shown. */
async function expectAnnounced(el: Element, locale: Locale, data: readonly string[]) {
  await until(() => announced(el), 2000, 'an announcement');
  expect(englishLeft(el, locale, data)).to.deep.equal([]);
}

describe('<field-mapper> in German and Japanese', () => {
  afterEach(() => useLocale('en'));

  for (const locale of ['de', 'ja'] as const) {
    it(`${locale}: the mapping table for Deals and Accounts, suggestions, duplicate notes and an empty filter leave no English`, async () => {
      await useLocale(locale);
      const { el, data } = await mountRows();
      if (locale === 'de') await expect(el).to.be.accessible();
      // First view: headings, counts, the suggestion bar, both columns' options and the rows' notes.
      expect(root(el).querySelector('.suggest-bar')).to.exist;
      expect(root(el).querySelector('.note.suggestion')).to.exist;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      expect(sel(el, 'start_date', 'deals')!.options.length).to.be.above(1);

      // Filled: two Projects fields fed by one CRM field (a duplicate on both rows), unsaved changes.
      await choose(el, 'budget', 'deals', 'Amount');
      await choose(el, 'cf_contract_value', 'deals', 'Amount');
      expect(root(el).querySelectorAll('.note.warn-text')).to.have.length(2);
      expect(root(el).querySelector('.count .warn-text')).to.exist;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      // Accept one suggestion, then all, then they are gone; each is announced.
      root(el).querySelector<HTMLButtonElement>('button[data-field="owner"]')!.click();
      await expectAnnounced(el, locale, data);
      expect(sel(el, 'owner', 'deals')!.value).to.equal('Owner');
      root(el).querySelector<HTMLButtonElement>('.suggest-bar button')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('.suggest-bar')).to.equal(null);
      await expectAnnounced(el, locale, data);

      // Empty: the filter matches nothing.
      const filter = root(el).querySelector<HTMLInputElement>('#fm-filter')!;
      filter.value = 'zzz-nothing';
      filter.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(root(el).querySelector('.empty')).to.exist;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      // Discard goes back to what is saved.
      root(el).querySelector<HTMLButtonElement>('.actions button:not(.primary)')!.click();
      await expectAnnounced(el, locale, data);
    });

    it(`${locale}: a required field left empty, a saved field that is not compatible or no longer exists, and "Done" blocked leave no English`, async () => {
      await useLocale(locale);
      const { el, server, data } = await mountRows('active', ({ server }) => {
        server.db.mapping = server.db.mapping.map((m) =>
          m.projectsFieldId === 'start_date' ? { ...m, deals: 'Amount' }
          : m.projectsFieldId === 'end_date' ? { ...m, accounts: 'Gone_Field' } : m);
      });
      // The saved mapping holds an incompatible and an unknown CRM field.
      expect(sel(el, 'start_date', 'deals')!.getAttribute('aria-invalid')).to.equal('true');
      expect(sel(el, 'end_date', 'accounts')!.getAttribute('aria-invalid')).to.equal('true');
      await choose(el, 'project_name', 'accounts', '');
      await choose(el, 'project_name', 'deals', '');
      expect(root(el).querySelector('.field .note.error-text')).to.exist;
      expect(englishLeft(el, locale, [...data, 'Gone_Field'])).to.deep.equal([]);
      done(el).click();
      await until(() => root(el).querySelector('.notice.error'), 2000, 'the blocked message');
      expect(server.log.filter((e) => e.operation === 'saveFieldMapping')).to.have.length(0);
      await expectAnnounced(el, locale, [...data, 'Gone_Field']);
      // Only one module left empty: its own sentence.
      await choose(el, 'project_name', 'deals', 'Deal_Name');
      expect(englishLeft(el, locale, [...data, 'Gone_Field'])).to.deep.equal([]);
    });

    it(`${locale}: save success, a failed save with Retry, the server's refusal at a row, and a conflict with Reload leave no English`, async () => {
      await useLocale(locale);
      const { el, server, worker, data } = await mountRows();
      await choose(el, 'budget', 'deals', 'Amount');

      // A failed save (503): the reason, Retry, and the choices kept.
      worker.use(http.put(`${API}/crm/field-mapping`, () => HttpResponse.json({ error: { code: 'x', message: 'Down.' } }, { status: 503 }), { once: true }));
      done(el).click();
      await until(() => errorButton(el), 3000, 'Retry');
      await expectAnnounced(el, locale, data);
      expect(sel(el, 'budget', 'deals')!.value).to.equal('Amount');

      // Retry saves: the success notice and its announcement.
      errorButton(el)!.click();
      await until(() => root(el).querySelector('[part="result"]'), 3000, 'saved');
      await expectAnnounced(el, locale, data);

      // The server refuses a field: its reason (server text) at the row, the rest translated.
      await choose(el, 'start_date', 'accounts', 'Customer_Since');
      const reason = 'Start Date cannot be fed from Accounts.';
      worker.use(http.put(`${API}/crm/field-mapping`, () => HttpResponse.json(
        { error: { code: 'invalid-mapping', message: 'Some fields are not mapped correctly.', fieldErrors: { start_date: reason } } },
        { status: 422 },
      ), { once: true }));
      done(el).click();
      await until(() => root(el).querySelector('[part="error"]'), 3000, 'the refusal');
      expect(text(el)).to.contain(reason);
      // Server text is data: the longest data strings are removed first.
      expect(englishLeft(el, locale, dataStrings(server, [reason]))).to.deep.equal([]);

      // 409: someone else saved meanwhile; Reload keeps the choices.
      server.db.mappingVersion++;
      done(el).click();
      await until(() => errorButton(el) && !text(el).includes(reason), 3000, 'Reload');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      errorButton(el)!.click();
      await until(() => !root(el).querySelector('[part="error"]'), 3000, 'reloaded');
      await expectAnnounced(el, locale, data);
      expect(sel(el, 'start_date', 'accounts')!.value).to.equal('Customer_Since');
    });

    it(`${locale}: no portal yet (with Retry) and not permitted leave no English`, async () => {
      await useLocale(locale);
      await expectGuardStatesTranslated(locale, mount);
    });
  }

  it('formats counts for the locale', async () => {
    await useLocale('de');
    const { el } = await mountRows('active', ({ server }) => {
      for (let i = 0; i < 1200; i++) server.db.projectsFields.push({ id: `cf_bulk_${i}`, label: `Bulk ${i}`, type: 'text', required: false, custom: true });
    });
    const total = el.shadowRoot!.querySelector('#fm-count')!.textContent!.replace(/\s+/g, ' ');
    // German groups thousands with ".".
    expect(total).to.match(/\b1\.2\d\d Felder\b/);
  });
});
