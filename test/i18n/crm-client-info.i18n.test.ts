import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register/crm-client-info.js';
import type { CrmClientInfo } from '../../src/elements/crm-client-info/crm-client-info.js';
import { API, fakeServer, until } from '../helpers.js';
import { dataStrings, englishLeft, useLocale } from '../i18n.js';
import { getLocale } from '../../src/i18n/locale.js';
import { text } from '../dom.js';


async function mount(scenario: string, clientId: string) {
  const { server } = await fakeServer(scenario);
  const el = await fixture<CrmClientInfo>(html`<crm-client-info api-base=${API} client-id=${clientId}></crm-client-info>`);
  await until(() => !el.shadowRoot!.querySelector('[part="loading"]') && text(el).length > 12, 5000, 'client info loaded');
  return { el, data: dataStrings(server) };
}

describe('<crm-client-info> in German and Japanese', () => {
  afterEach(() => useLocale('en'));

  for (const locale of ['de', 'ja'] as const) {
    it(`${locale}: the linked account, its potentials, a client without an account, and a non-admin leave no English`, async () => {
      await useLocale(locale);
      const linked = await mount('active', 'client-12');
      await expect(linked.el).to.be.accessible();
      expect(englishLeft(linked.el, locale, linked.data)).to.deep.equal([]);
      expect(linked.el.shadowRoot!.querySelectorAll('[part="potentials"] tbody tr')).to.have.length(2);

      const none = await mount('active', 'client-6');
      expect(none.el.shadowRoot!.querySelector('[part="no-account"]')).to.exist;
      expect(englishLeft(none.el, locale, none.data)).to.deep.equal([]);

      const denied = await mount('non-admin', 'client-12');
      expect(denied.el.shadowRoot!.querySelector('[part="not-permitted"]')).to.exist;
      expect(englishLeft(denied.el, locale, denied.data)).to.deep.equal([]);
    });
  }

  it('formats amounts and dates for the locale with Intl', async () => {
    await useLocale('de');
    const { el } = await mount('active', 'client-12');
    const amount = el.shadowRoot!.querySelector('[part="potentials"] tbody td.num')!.textContent!.trim();
    // German groups thousands with "." and uses "," for decimals.
    expect(amount).to.match(/^\d{1,3}(\.\d{3})*,\d{2}$/);
  });

  it('the locale attribute switches every element on the page, and <html lang> is followed until then', async () => {
    document.documentElement.lang = 'ja';
    const { el } = await mount('active', 'client-12');
    await until(() => getLocale() === 'ja' && text(el).includes('進行中の商談'), 3000, 'Japanese from <html lang>');
    el.setAttribute('locale', 'de-AT');
    await until(() => text(el).includes('Offene Verkaufschancen'), 3000, 'German from the locale attribute');
    expect(getLocale()).to.equal('de');
    document.documentElement.lang = 'en';
  });
});
