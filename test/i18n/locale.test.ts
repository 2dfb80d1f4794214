/** The page-wide locale: matching tags, falling back to English, and `lang` on the hosts. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register/crm-client-info.js';
import { getLocale, matchLocale, setLocale } from '../../src/i18n/locale.js';
import { formatList, formatNumber, plural } from '../../src/i18n/format.js';
import { until } from '../helpers.js';

describe('locale', () => {
  afterEach(() => setLocale('en'));

  it('matches BCP 47 tags to the supported languages', () => {
    expect(matchLocale('de-AT')).to.equal('de');
    expect(matchLocale('JA_jp')).to.equal('ja');
    expect(matchLocale(' en-GB ')).to.equal('en');
    expect(matchLocale('fr')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
    expect(matchLocale(null)).to.equal(undefined);
  });

  it('falls back to English for a language it does not have', async () => {
    await setLocale('de');
    expect(getLocale()).to.equal('de');
    await setLocale('fr-FR');
    expect(getLocale()).to.equal('en');
  });

  it('formats with the active locale, and picks plural forms by its rules', async () => {
    expect(formatNumber(12345.5)).to.equal('12,345.5');
    expect(plural(1, 'one', 'other')).to.equal('one');
    expect(plural(0, 'one', 'other')).to.equal('other');
    expect(formatList(['a', 'b', 'c'])).to.equal('a, b, and c');
    await setLocale('de');
    expect(formatNumber(12345.5)).to.equal('12.345,5');
    expect(formatList(['a', 'b', 'c'])).to.equal('a, b und c');
    await setLocale('ja');
    expect(formatList(['a', 'b', 'c'])).to.equal('a、b、c');
    expect(plural(1, 'one', 'other')).to.equal('other');
  });

  it('gives each element the lang of the language it renders in', async () => {
    const el = await fixture(html`<crm-client-info></crm-client-info>`);
    expect(el.getAttribute('lang')).to.equal('en');
    await setLocale('ja');
    await until(() => el.getAttribute('lang') === 'ja', 3000, 'lang="ja"');
  });
});
