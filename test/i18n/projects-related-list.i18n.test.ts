import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/register/projects-related-list.js';
import type { ProjectsRelatedList } from '../../src/elements/projects-related-list/projects-related-list.js';
import { API, fakeServer, until } from '../helpers.js';
import { dataStrings, englishLeft, useLocale } from '../i18n.js';
import { root } from '../dom.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => norm(root(el).textContent);
const rows = (el: Element) => [...root(el).querySelectorAll('tbody tr')];
const form = (el: Element) => root(el).querySelector('[part="project-form"] form');
/** The live region's announcement. */
const announced = (el: Element) => norm(root(el).querySelector('[aria-live]')?.textContent);
/** Buttons by their place, not their (translated) text. */
const newButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="new-project"]')!;
const submitButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="project-form"] button[type="submit"]')!;
const errorButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="error"] button')!;
const control = <T extends HTMLElement = HTMLInputElement>(el: Element, fieldId: string, prefix = 'pf-new') =>
  root(el).getElementById(`${prefix}-${fieldId}`) as T;

async function type(el: ProjectsRelatedList, input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function mount(scenario: string, module = 'deals', recordId = 'deal-1') {
  const fake = await fakeServer(scenario);
  const el = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module=${module} record-id=${recordId}></projects-related-list>`);
  await until(() => !root(el).querySelector('[part="loading"]') && text(el).length > 20, 5000, 'related list loaded');
  await el.updateComplete;
  return { el, ...fake, data: () => dataStrings(fake.server) };
}

/** The next "New Project" create fails with this status and error. */
function failNextCreate(worker: Awaited<ReturnType<typeof fakeServer>>['worker'], status: number, code: string, message: string) {
  worker.use(http.post(`${API}/crm/records/:module/:recordId/projects`, () => HttpResponse.json({ error: { code, message } }, { status }), { once: true }));
}

describe('<projects-related-list> in German and Japanese', () => {
  afterEach(() => useLocale('en'));

  for (const locale of ['de', 'ja'] as const) {
    it(`${locale}: the list, "New Project" prefilled with notes, validation, a failed create with Retry, and the created project leave no English`, async () => {
      await useLocale(locale);
      const { el, worker, data } = await mount('record-pages');
      if (locale === 'de') await expect(el).to.be.accessible();
      expect(rows(el)).to.have.length(2);
      expect(englishLeft(el, locale, data())).to.deep.equal([]);

      // "New Project": prefilled through the mapping, notes at the fields, the required field asked for.
      newButton(el).click();
      await until(() => form(el), 5000, 'New Project form');
      await el.updateComplete;
      expect(root(el).querySelector('[part="asked"]')).to.exist;
      expect(root(el).querySelectorAll('.hint').length).to.be.greaterThan(3);
      await until(() => announced(el), 2000, 'form announced');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);

      // Validation messages: the empty required field and a number that is not one.
      await type(el, control(el, 'budget'), '12,5 euros');
      submitButton(el).click();
      await until(() => root(el).querySelectorAll('.field-error').length >= 2, 3000, 'field messages');
      await until(() => announced(el), 2000, 'validation announced');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);

      // A failed create: the reason, "What you entered is kept", and Retry.
      await type(el, control(el, 'budget'), '1200');
      await type(el, control(el, 'cf_cost_center'), 'CC-4711');
      failNextCreate(worker, 500, 'boom', 'nope');
      submitButton(el).click();
      await until(() => root(el).querySelector('[part="project-form"] [part="error"] button'), 5000, 'error with Retry');
      await until(() => announced(el), 2000, 'failure announced');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);

      // Retry: created, listed and announced.
      errorButton(el).click();
      await until(() => !form(el) && rows(el).length === 3, 5000, 'created on retry');
      await until(() => announced(el), 2000, 'creation announced');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
    });

    it(`${locale}: "Edit" with its own field labels and a date message, and the delete confirmation leave no English`, async () => {
      await useLocale(locale);
      const { el, data } = await mount('active');
      const project = rows(el)[1]!.getAttribute('data-project-id')!;
      root(el).querySelector<HTMLButtonElement>(`#prl-edit-${project}`)!.click();
      await until(() => form(el), 3000, 'edit form');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
      await type(el, control(el, 'end_date', 'pf-edit'), '2020-01-01');
      submitButton(el).click();
      await until(() => root(el).querySelector('.field-error'), 3000, 'end date message');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
      root(el).querySelector<HTMLButtonElement>('[part="project-form"] button[type="button"]')!.click(); // Cancel
      await until(() => !form(el), 3000, 'form closed');

      root(el).querySelector<HTMLButtonElement>(`#prl-delete-${project}`)!.click();
      const dialog = root(el).querySelector('dialog')!;
      await until(() => dialog.open, 2000, 'delete dialog');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
      dialog.close();
    });

    it(`${locale}: an empty list, not set up, not permitted, a broken key and a failed load with Retry leave no English`, async () => {
      await useLocale(locale);
      const empty = await mount('active', 'accounts', 'acc-2');
      expect(root(empty.el).querySelector('.empty')).to.exist;
      expect(englishLeft(empty.el, locale, empty.data())).to.deep.equal([]);

      const notActive = await mount('fresh');
      expect(root(notActive.el).querySelector('[part="note"]')).to.exist;
      expect(englishLeft(notActive.el, locale, notActive.data())).to.deep.equal([]);

      const denied = await mount('restricted-profile');
      expect(norm(root(denied.el).querySelector('[part="not-permitted"]')!.textContent)).to.contain('Support Agent');
      expect(englishLeft(denied.el, locale, denied.data())).to.deep.equal([]);

      const broken = await mount('key-invalid');
      expect(root(broken.el).querySelector('[part="key-invalid"]')).to.exist;
      expect(englishLeft(broken.el, locale, broken.data())).to.deep.equal([]);

      const { worker, server } = await fakeServer('active');
      worker.use(http.get(`${API}/crm/records/:module/:recordId/projects`, () => HttpResponse.json(
        { error: { code: 'boom', message: 'nope' } }, { status: 503 },
      )));
      const failed = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module="deals" record-id="deal-1"></projects-related-list>`);
      await until(() => root(failed).querySelector('[part="error"] button'), 10_000, 'error with Retry');
      expect(englishLeft(failed, locale, dataStrings(server))).to.deep.equal([]);
    });

    it(`${locale}: a conflict while creating says on this record page that Zoho Projects is not set up, with Reload`, async () => {
      await useLocale(locale);
      const { el, worker, data } = await mount('record-pages');
      newButton(el).click();
      await until(() => form(el), 5000, 'New Project form');
      await type(el, control(el, 'cf_cost_center'), 'CC-1');
      failNextCreate(worker, 409, 'not-active', 'Zoho Projects is not set up for this CRM account.');
      submitButton(el).click();
      await until(() => root(el).querySelector('[part="project-form"] [part="error"] button'), 5000, 'conflict with Reload');
      const notice = norm(root(el).querySelector('[part="project-form"] [part="error"]')!.textContent);
      expect(notice).to.contain(locale === 'de' ? 'nicht eingerichtet' : '設定されていません');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
    });
  }

  it('formats the project dates for the locale', async () => {
    await useLocale('de');
    const de = await mount('active');
    const deDates = [...rows(de.el)[0]!.querySelectorAll('time')].map((t) => norm(t.textContent));
    // 2026-04-01 and 2026-05-15: German writes day.month.year.
    expect(deDates).to.deep.equal(['01.04.2026', '15.05.2026']);
    await useLocale('ja');
    await de.el.updateComplete;
    const jaDates = [...rows(de.el)[0]!.querySelectorAll('time')].map((t) => norm(t.textContent));
    expect(jaDates).to.deep.equal(['2026/04/01', '2026/05/15']);
  });
});
