import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/register/client-account-mapper.js';
import type { ClientAccountMapper } from '../../src/elements/client-account-mapper/client-account-mapper.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API, fakeServer, until } from '../helpers.js';
import { dataStrings, englishLeft, useLocale } from '../i18n.js';
import { root } from '../dom.js';

type El = ClientAccountMapper;
type Locale = 'de' | 'ja';

const one = <T extends Element = HTMLElement>(el: El, selector: string) => root(el).querySelector<T>(selector);
const all = <T extends Element = HTMLElement>(el: El, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const clientButton = (el: El, name: string) => all<HTMLButtonElement>(el, '[part="client-table"] button').find((b) => text(b) === name);
const clientRows = (el: El) => all(el, '[part="client-table"] [role="row"]:not(.head)');

/** The one-time step's buttons, by position (their names are translated): Yes, No, Preview. */
const introButton = (el: El, k: 0 | 1 | 2) => all<HTMLButtonElement>(el, '[part="intro"] > .actions button')[k]!;

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * The fake server's data, plus the words a suggestion's reason quotes from the names (a legal
 * suffix as written, a shared word lower-cased).
 */
function data(server: FakeServer): string[] {
  return dataStrings(server, ['Ltd', 'Inc', 'initech']);
}

async function mount(): Promise<El> {
  return fixture<El>(html`<client-account-mapper api-base=${API}></client-account-mapper>`);
}

async function pending() {
  const fake = await fakeServer('active');
  fake.server.db.status.clientMapping = 'pending';
  return fake;
}

describe('<client-account-mapper> in German and Japanese', () => {
  afterEach(() => useLocale('en'));

  for (const locale of ['de', 'ja'] as const) {
    const left = (el: El, strings: readonly string[]) => englishLeft(el, locale, strings);

    it(`${locale}: the one-time choice, its preview, a failed run with Retry, the report, then the "done" note`, async () => {
      await useLocale(locale);
      const { server, worker } = await pending();
      const strings = data(server);
      const el = await mount();
      await until(() => one(el, '[part="intro"]'), 5_000, 'intro');
      await until(() => server.log.some((l) => l.operation === 'listAccounts'), 5_000, 'lists loaded');
      if (locale === 'de') await expect(el).to.be.accessible();
      expect(left(el, strings)).to.deep.equal([]);

      // The dry run.
      introButton(el, 2).click();
      await until(() => one(el, '#cam-preview-title'), 5_000, 'preview');
      expect(left(el, strings)).to.deep.equal([]);

      // A failed run: the reason, with Retry.
      worker.use(http.post(`${API}/crm/client-mapping/run`, () => HttpResponse.json({ error: { code: 'x', message: 'Down' } }, { status: 503 }), { once: true }));
      introButton(el, 0).click();
      await until(() => one(el, '[part="intro"] [part="error"] button'), 5_000, 'error with Retry');
      expect(left(el, strings)).to.deep.equal([]);
      one<HTMLButtonElement>(el, '[part="intro"] [part="error"] button')!.click();

      // The report, filtered by an outcome.
      await until(() => one(el, '#cam-report-title'), 5_000, 'report');
      expect(all(el, '[part="report-table"] [role="row"]:not(.head)')).to.have.length(12);
      expect(left(el, strings)).to.deep.equal([]);
      all<HTMLInputElement>(el, '[part="report"] input[type="radio"]')[2]!.click();
      await el.updateComplete;
      expect(left(el, strings)).to.deep.equal([]);

      // The CSV's column headers are in the page's language too.
      const csv = await (await fetch(one<HTMLAnchorElement>(el, 'a[part="download"]')!.href)).text();
      const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0]!;
      expect(header).to.equal(locale === 'de'
        ? '"Kunden-ID","Kunde","Ergebnis","Konto-ID","Konto","IDs der infrage kommenden Konten","Grund"'
        : '"クライアント ID","クライアント","結果","取引先 ID","取引先","候補の取引先 ID","理由"');

      // Closing the report: the step is done, custom mapping stays.
      all<HTMLButtonElement>(el, '[part="base"] > .actions button').at(-1)!.click();
      await until(() => one(el, '[part="status-note"]') && clientRows(el).length === 12, 5_000, 'done note');
      expect(left(el, strings)).to.deep.equal([]);
    });

    it(`${locale}: custom mapping: suggestions and their reasons, searches without result, a missing choice, a saved mapping`, async () => {
      await useLocale(locale);
      const { server } = await fakeServer('active');
      const strings = data(server);
      const el = await mount();
      await until(() => clientRows(el).length === 12, 5_000, 'clients');
      expect(left(el, strings)).to.deep.equal([]);

      // Same name apart from accents and the legal suffix.
      clientButton(el, 'Crème Brûlée Studio')!.click();
      await until(() => one(el, '[part="suggestions"] li'), 5_000, 'suggestions');
      const reason = text(one(el, '[part="suggestions"] .suggestion-reason'));
      expect(reason).to.equal(locale === 'de'
        ? 'Gleicher Name, abgesehen von den Akzenten und der Rechtsform „Ltd“.'
        : 'アクセント記号、法人格の表記「Ltd」の違いを除けば同じ名前です。');
      expect(left(el, strings)).to.deep.equal([]);

      // Shares a word; "Save mapping" without a choice.
      clientButton(el, 'Initech')!.click();
      await until(() => text(one(el, '[part="suggestions"]')).includes('Initech Consulting LLC'), 5_000, 'word suggestion');
      one<HTMLButtonElement>(el, '[part="client-detail"] > .actions button.primary')!.click();
      await until(() => one(el, '#cam-account-error'), 5_000, 'field message');
      expect(left(el, strings)).to.deep.equal([]);

      // Searches with no result.
      type(one<HTMLInputElement>(el, '#cam-account-search')!, 'zzzz');
      type(one<HTMLInputElement>(el, '#cam-client-search')!, 'zzzz');
      await el.updateComplete;
      expect(clientRows(el)).to.have.length(0);
      expect(all(el, '[role="option"]')).to.have.length(0);
      expect(left(el, strings)).to.deep.equal([]);

      // Choose the suggestion and save: mapped.
      type(one<HTMLInputElement>(el, '#cam-client-search')!, '');
      type(one<HTMLInputElement>(el, '#cam-account-search')!, '');
      await el.updateComplete;
      one<HTMLButtonElement>(el, '[part="suggestions"] button')!.click();
      await el.updateComplete;
      expect(text(one(el, '[part="chosen"]'))).to.contain('Initech Consulting LLC');
      one<HTMLButtonElement>(el, '[part="client-detail"] > .actions button.primary')!.click();
      await until(() => server.db.clients.find((c) => c.name === 'Initech')!.accountId === 'acc-16', 5_000, 'saved');
      await until(() => one(el, '[part="client-detail"] > .actions button:not(.primary)'), 5_000, 'Remove mapping');
      // The picker lists an account mapped to another client as such.
      type(one<HTMLInputElement>(el, '#cam-account-search')!, 'hooli');
      await el.updateComplete;
      expect(all(el, '.option-note')).to.have.length(1);
      expect(left(el, strings)).to.deep.equal([]);
    });

    it(`${locale}: "No, Skip", the skipped state, a step done elsewhere, and a user who is not an administrator`, async () => {
      await useLocale(locale);
      const first = await pending();
      const el = await mount();
      await until(() => one(el, '[part="intro"]'), 5_000, 'intro');
      await until(() => first.server.log.some((l) => l.operation === 'listClients'), 5_000, 'clients loaded');
      introButton(el, 1).click();
      await until(() => one(el, '[part="status-note"]'), 5_000, 'skipped note');
      expect(left(el, data(first.server))).to.deep.equal([]);

      // Opened later in the skipped state.
      const skipped = await fakeServer('client-mapping-skipped');
      const again = await mount();
      await until(() => one(again, '[part="status-note"]') && clientRows(again).length === 12, 5_000, 'skipped state');
      expect(left(again, data(skipped.server))).to.deep.equal([]);

      // Done elsewhere after the page loaded: "Yes" is refused, said in the element's words, with Reload.
      const done = await pending();
      const stale = await mount();
      await until(() => one(stale, '[part="intro"]'), 5_000, 'intro');
      done.server.db.status.clientMapping = 'done';
      introButton(stale, 0).click();
      await until(() => one(stale, '[part="intro"] [part="error"] button'), 5_000, 'refused');
      expect(left(stale, data(done.server))).to.deep.equal([]);
      one<HTMLButtonElement>(stale, '[part="intro"] [part="error"] button')!.click();
      await until(() => one(stale, '[part="status-note"]'), 5_000, 'done note after Reload');
      expect(left(stale, data(done.server))).to.deep.equal([]);

      // Not an administrator.
      const denied = await fakeServer('non-admin');
      const refused = await mount();
      await until(() => one(refused, '[part="not-permitted"]'), 5_000, 'not permitted');
      expect(left(refused, data(denied.server))).to.deep.equal([]);
    });
  }

  it('formats counts for the locale (German "1.234", Japanese "1,234")', async () => {
    const { server } = await fakeServer('active');
    for (let i = 0; i < 1_234; i++) server.db.clients.push({ id: `client-x${i}`, name: `Extra Client ${i}`, accountId: null, userCount: 0 });
    const expected: Record<Locale, string> = { de: '1.246 Kunden', ja: 'クライアント 1,246 件' };
    for (const locale of ['de', 'ja'] as const) {
      await useLocale(locale);
      const el = await mount();
      await until(() => clientRows(el).length > 0, 5_000, 'clients');
      expect(text(one(el, '#cam-client-count'))).to.equal(expected[locale]);
      el.remove();
    }
  });
});
