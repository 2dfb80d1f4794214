import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/register/zsc-key-panel.js';
import type { ZscKeyPanel } from '../../src/elements/zsc-key-panel/zsc-key-panel.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API, fakeServer, until } from '../helpers.js';
import { dataStrings, englishLeft, useLocale } from '../i18n.js';
import { root } from '../dom.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => norm(root(el).textContent);
const keyValue = (el: Element) => norm(root(el).querySelector('[part="key-value"]')?.textContent);
const dialog = (el: Element) => root(el).querySelector('dialog')!;
const announced = (el: Element) => norm(root(el).querySelector('[aria-live]')?.textContent);
/** Buttons by their place, not their (translated) text. */
const byId = (el: Element, id: string) => root(el).querySelector<HTMLButtonElement>(`#${id}`)!;
const generateButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('.actions button.primary');
const confirmButton = (el: Element) => dialog(el).querySelector<HTMLButtonElement>('button.danger')!;

/**
 * The server's data, and what it says uses the key: the fake server words it in English as a
 * real server would in its own language (server data, not the widget's text).
 */
const data = (server: FakeServer) => dataStrings(server,
  server.db.status.portal ? [`The Zoho CRM integration of the portal “${server.db.status.portal.name}”`] : []);

async function mount(scenario: string, side: 'crm' | 'projects' = 'crm') {
  const fake = await fakeServer(scenario);
  const el = await fixture<ZscKeyPanel>(html`<zsc-key-panel side=${side} api-base=${API}></zsc-key-panel>`);
  await until(() => !root(el).querySelector('[part="loading"]') && text(el).length > 60, 5000, 'panel loaded');
  await el.updateComplete;
  return { el, ...fake };
}

describe('<zsc-key-panel> in German and Japanese', () => {
  afterEach(() => useLocale('en'));

  for (const locale of ['de', 'ja'] as const) {
    it(`${locale}: no key, "Generate Now", the generated key masked and shown leave no English`, async () => {
      await useLocale(locale);
      const { el, server } = await mount('fresh');
      if (locale === 'de') await expect(el).to.be.accessible();
      expect(root(el).querySelector('[part="key"]')).to.equal(null);
      expect(englishLeft(el, locale, data(server))).to.deep.equal([]);

      generateButton(el)!.click();
      await until(() => root(el).querySelector('#zk-show'), 3000, 'key generated');
      expect(root(el).querySelector('[part="message"]')).to.exist;
      expect(keyValue(el)).to.not.contain(server.db.crmZscKey.zscKey!);
      expect(englishLeft(el, locale, data(server))).to.deep.equal([]);

      byId(el, 'zk-show').click();
      await until(() => keyValue(el) === server.db.crmZscKey.zscKey, 3000, 'key shown');
      await until(() => announced(el), 2000, 'shown announced');
      expect(englishLeft(el, locale, data(server))).to.deep.equal([]);
      byId(el, 'zk-show').click();
      await until(() => announced(el), 2000, 'hidden announced');
      expect(englishLeft(el, locale, data(server))).to.deep.equal([]);
    });

    it(`${locale}: the regenerate warning, a failed regenerate with Retry, and the regenerated key leave no English`, async () => {
      await useLocale(locale);
      const { el, server, worker } = await mount('active', 'projects');
      expect(englishLeft(el, locale, data(server))).to.deep.equal([]);

      byId(el, 'zk-regenerate').click();
      await until(() => dialog(el).open, 2000, 'warning');
      expect(dialog(el).querySelectorAll('li')).to.have.length(1);
      if (locale === 'ja') await expect(el).to.be.accessible();
      expect(englishLeft(el, locale, data(server))).to.deep.equal([]);

      worker.use(http.post(`${API}/:side/zsc-key/regenerate`, () => HttpResponse.error(), { once: true }));
      confirmButton(el).click();
      await until(() => dialog(el).querySelector('[part="error"] button'), 3000, 'error with Retry');
      expect(dialog(el).open).to.equal(true);
      expect(englishLeft(el, locale, data(server))).to.deep.equal([]);

      dialog(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await until(() => !dialog(el).open, 3000, 'regenerated on retry');
      expect(root(el).querySelector('[part="message"]')).to.exist;
      await until(() => announced(el), 2000, 'regenerated announced');
      expect(englishLeft(el, locale, data(server))).to.deep.equal([]);
    });

    it(`${locale}: not permitted, and a failed load with Retry leave no English`, async () => {
      await useLocale(locale);
      const denied = await mount('non-admin', 'projects');
      expect(root(denied.el).querySelector('[part="not-admin"]')).to.exist;
      expect(englishLeft(denied.el, locale, data(denied.server))).to.deep.equal([]);

      const { server, worker } = await fakeServer('active');
      worker.use(http.get(`${API}/:side/zsc-key`, () => HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 503 })));
      const failed = await fixture<ZscKeyPanel>(html`<zsc-key-panel side="crm" api-base=${API}></zsc-key-panel>`);
      await until(() => root(failed).querySelector('[part="error"] button'), 10_000, 'error with Retry');
      expect(englishLeft(failed, locale, data(server))).to.deep.equal([]);
    });
  }

  it('formats the date the key was generated for the locale', async () => {
    await useLocale('de');
    const { el } = await mount('active', 'crm');
    const shown = () => norm(root(el).querySelector('[part="key"] time')!.textContent);
    // 2026-02-03T10:15:00Z: German writes day.month.year, Japanese year/month/day.
    expect(shown()).to.match(/^0[23]\.02\.2026, \d{1,2}:\d{2}$/);
    await useLocale('ja');
    await el.updateComplete;
    expect(shown()).to.match(/^2026\/02\/0[23] \d{1,2}:\d{2}$/);
  });
});
