import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/register/projects-tab.js';
import type { ProjectsTab } from '../../src/elements/projects-tab/projects-tab.js';
import { API, fakeServer, until } from '../helpers.js';
import { dataStrings, englishLeft, useLocale } from '../i18n.js';
import { root, typeInto } from '../dom.js';

const rows = (el: Element) => [...root(el).querySelectorAll('#pt-table .vbody [role="row"]')];
const announced = (el: Element) => (root(el).querySelector('[aria-live]')?.textContent ?? '').trim();
/** Controls by their place, not their (translated) text. */
const byId = <T extends HTMLElement = HTMLButtonElement>(el: Element, id: string) => root(el).getElementById(id) as T;
const submitButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="project-form"] button[type="submit"]')!;
const form = (el: Element) => root(el).querySelector('[part="project-form"] form');

async function mount(scenario: string) {
  const fake = await fakeServer(scenario);
  const el = await fixture<ProjectsTab>(html`<projects-tab api-base=${API}></projects-tab>`);
  await until(() => !root(el).querySelector('[part="loading"]') && el.tabVisible !== undefined, 8000, 'tab loaded');
  await el.updateComplete;
  return { el, ...fake, data: () => dataStrings(fake.server) };
}

describe('<projects-tab> in German and Japanese', function () {
  this.timeout(30_000);
  afterEach(() => useLocale('en'));

  for (const locale of ['de', 'ja'] as const) {
    it(`${locale}: the list with a search, a project's details, "New Project" with its picker and form, and the delete confirmation leave no English`, async () => {
      await useLocale(locale);
      const { el, data } = await mount('active');
      if (locale === 'de') await expect(el).to.be.accessible();
      expect(rows(el).length).to.be.greaterThan(5);
      expect(englishLeft(el, locale, data())).to.deep.equal([]);

      typeInto(byId<HTMLInputElement>(el, 'pt-search'), 'website');
      await el.updateComplete;
      await until(() => announced(el), 3000, 'results announced');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);

      rows(el)[0]!.querySelector<HTMLButtonElement>('button')!.click();
      await until(() => root(el).querySelector('[part="fields"]'), 5000, 'details');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
      byId(el, 'pt-delete').click();
      const dialog = root(el).querySelector('dialog')!;
      await until(() => dialog.open, 2000, 'delete dialog');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
      dialog.close();
      byId(el, 'pt-edit').click();
      await until(() => form(el), 3000, 'edit form');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
      byId(el, 'pt-back').click();
      await until(() => byId(el, 'pt-new'), 3000, 'list again');

      byId(el, 'pt-new').click();
      await until(() => root(el).querySelector('#pt-record-list [role="option"]'), 3000, 'deals to choose from');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
      root(el).querySelector<HTMLButtonElement>('[part="new-project-chooser"] button[type="submit"]')!.click();
      await until(() => byId(el, 'pt-record-error'), 2000, 'choose a deal');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
      root(el).querySelector<HTMLInputElement>('input[name="pt-kind"][value="none"]')!.click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('[part="new-project-chooser"] button[type="submit"]')!.click();
      await until(() => form(el), 5000, 'empty form');
      submitButton(el).click();
      await until(() => root(el).querySelector('.field-error'), 3000, 'required field message');
      expect(englishLeft(el, locale, data())).to.deep.equal([]);
    });

    it(`${locale}: not set up, not permitted, a broken key, an empty portal and a failed load with Retry leave no English`, async () => {
      await useLocale(locale);
      for (const [scenario, part] of [['fresh', 'note'], ['restricted-profile', 'not-permitted'], ['key-invalid', 'key-invalid']] as const) {
        const { el, data } = await mount(scenario);
        expect(root(el).querySelector(`[part="${part}"]`), scenario).to.exist;
        expect(englishLeft(el, locale, data())).to.deep.equal([]);
      }
      const fake = await fakeServer('active');
      fake.server.db.projects.length = 0;
      const empty = await fixture<ProjectsTab>(html`<projects-tab api-base=${API}></projects-tab>`);
      await until(() => root(empty).querySelector('[part="empty"]'), 5000, 'empty portal');
      expect(englishLeft(empty, locale, dataStrings(fake.server))).to.deep.equal([]);

      fake.worker.use(http.get(`${API}/crm/projects`, () => HttpResponse.json({ error: { code: 'boom', message: 'nope' } }, { status: 503 })));
      const failed = await fixture<ProjectsTab>(html`<projects-tab api-base=${API}></projects-tab>`);
      await until(() => root(failed).querySelector('[part="error"] button'), 10_000, 'error with Retry');
      expect(englishLeft(failed, locale, dataStrings(fake.server))).to.deep.equal([]);
    });
  }
});
