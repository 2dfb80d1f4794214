import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/register/crm-user-import.js';
import type { CrmUserImport } from '../../src/elements/crm-user-import/crm-user-import.js';
import { CRM_IMPORT_ACCOUNT, OTHER_PORTAL_OWNER } from '../../mocks/credentials.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API, fakeServer, until } from '../helpers.js';
import { dataStrings, englishLeft, useLocale } from '../i18n.js';
import { root, typeInto, choose } from '../dom.js';

const LOOKUP_USERS = `${API}/projects/import/crm-users/lookup`;
const IMPORT_USERS = `${API}/projects/import/users`;

/**
 * The fake server's own words for a user it refuses (a per-user reason, shown as the server
 * sends it): in the language the widget asks for with `Accept-Language`.
 */
const SERVER_REASON = { de: 'Der CRM-Benutzer hat keine E-Mail-Adresse.', ja: 'このCRMユーザーにはメールアドレスがありません。' };

const q = <T extends Element = HTMLElement>(el: CrmUserImport, sel: string) => root(el).querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: CrmUserImport, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const byPart = (el: CrmUserImport, part: string) => q<HTMLButtonElement>(el, `[part=${part}]`);



/** The buttons of the toolbar and the bulk choices, by position (their names are localised). */
const selectAll = (el: CrmUserImport) => qa<HTMLButtonElement>(el, '.select-buttons button')[0]!;
const selectNone = (el: CrmUserImport) => qa<HTMLButtonElement>(el, '.select-buttons button')[1]!;
const applyBulk = (el: CrmUserImport) => q<HTMLButtonElement>(el, '.bulk button')!;
const rowOf = (el: CrmUserImport, name: string) =>
  qa(el, '.vbody [role=row]').find((r) => r.querySelector('.c-name')?.textContent?.includes(name));
const resultOf = (el: CrmUserImport, name: string) =>
  rowOf(el, name)?.querySelector('.c-result')?.textContent?.replace(/\s+/g, ' ').trim();
/** The live region, once an announcement is in it. */
const announced = (el: CrmUserImport) => q(el, '[role=status][aria-live=polite]')!.textContent!.trim();

async function mount(scenario: string, opts: { batchSize?: number; before?: (server: FakeServer) => void } = {}) {
  const { server, worker } = await fakeServer(scenario);
  opts.before?.(server);
  const el = await fixture<CrmUserImport>(html`<crm-user-import api-base=${API} batch-size=${opts.batchSize ?? 200}></crm-user-import>`);
  await until(() => q(el, '#email') || q(el, '[part=not-admin]'), 5_000, 'the first step');
  const data = dataStrings(server, [CRM_IMPORT_ACCOUNT.email, OTHER_PORTAL_OWNER.email]);
  return { el, server, worker, data };
}

/** "Import" with nothing selected is refused, and the refusal is in the page's language. */
async function expectRefusalTranslated(el: CrmUserImport, locale: 'de' | 'ja', data: readonly string[]) {
  selectNone(el).click();
  await el.updateComplete;
  byPart(el, 'import')!.click();
  await el.updateComplete;
  expect(q(el, '[part=refusal]')).to.exist;
  expect(englishLeft(el, locale, data)).to.deep.equal([]);
}

async function enterCredentials(el: CrmUserImport, creds: { email: string; zscKey: string } = CRM_IMPORT_ACCOUNT) {
  typeInto(q<HTMLInputElement>(el, '#email')!, creds.email);
  typeInto(q<HTMLInputElement>(el, '#zsc-key')!, creds.zscKey);
  byPart(el, 'next')!.click();
  await el.updateComplete;
}

async function lookup(el: CrmUserImport, ms = 10_000) {
  await enterCredentials(el);
  await until(() => q(el, '#review-title'), ms, 'the review step');
  await el.updateComplete;
}

describe('<crm-user-import> in German and Japanese', () => {
  afterEach(async () => {
    for (const el of document.querySelectorAll('crm-user-import')) el.remove();
    await useLocale('en');
  });

  for (const locale of ['de', 'ja'] as const) {
    it(`${locale}: the credentials step, its validation, a key that does not match, a failed lookup with Retry, and a non-admin leave no English`, async () => {
      await useLocale(locale);
      const { el, worker, data } = await mount('fresh');
      if (locale === 'de') await expect(el).to.be.accessible();
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      // Nothing typed, then typed wrong: the messages at the fields.
      byPart(el, 'next')!.click();
      await el.updateComplete;
      expect(q(el, '#email-error')).to.exist;
      expect(q(el, '#zsc-key-error')).to.exist;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      typeInto(q<HTMLInputElement>(el, '#email')!, 'crm.admin@');
      typeInto(q<HTMLInputElement>(el, '#zsc-key')!, 'not-a-key');
      byPart(el, 'next')!.click();
      await el.updateComplete;
      expect(q(el, '#email-error')).to.exist;
      expect(q(el, '#zsc-key-error')).to.exist;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      // The key of another CRM account.
      await enterCredentials(el, OTHER_PORTAL_OWNER);
      await until(() => q(el, '[part=form-error]'), 5_000, 'the mismatch');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      // The other mode's form.
      qa<HTMLInputElement>(el, 'input[name=mode]')[1]!.click();
      await el.updateComplete;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      qa<HTMLInputElement>(el, 'input[name=mode]')[0]!.click();
      await el.updateComplete;

      // A lookup that cannot reach the server: the reason and Retry.
      worker.use(http.post(LOOKUP_USERS, () => HttpResponse.error(), { once: true }));
      await enterCredentials(el);
      await until(() => q(el, '[part=error] button'), 5_000, 'the failed lookup');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      q<HTMLButtonElement>(el, '[part=error] button')!.click();
      await until(() => q(el, '#review-title'), 10_000, 'the review after Retry');
      await until(() => announced(el) !== '', 2_000, 'the lookup announced');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      const denied = await mount('non-admin');
      expect(q(denied.el, '[part=not-admin]')).to.exist;
      expect(englishLeft(denied.el, locale, denied.data)).to.deep.equal([]);
    });

    it(`${locale}: the users review (roles, projects, filter, selection, bulk choices, seats), progress and results with failures leave no English`, async function () {
      this.timeout(40_000);
      await useLocale(locale);
      // More new users than the portal has seats for.
      const small = await mount('fresh', { before: (srv) => { srv.db.importContext.seats = { total: 10, used: 8 }; } });
      await lookup(small.el);
      selectAll(small.el).click();
      await small.el.updateComplete;
      byPart(small.el, 'import')!.click();
      await small.el.updateComplete;
      expect(q(small.el, '[part=refusal]')).to.exist;
      expect(q(small.el, '#selection-summary')!.className).to.equal('over');
      expect(englishLeft(small.el, locale, small.data)).to.deep.equal([]);

      const { el, server, worker, data } = await mount('fresh', { batchSize: 5 });
      await lookup(el);
      expect(q(el, '[part=seats]')).to.exist;
      expect(rowOf(el, 'Dmitri Álvarez')!.querySelector('select[data-field=role]')).to.exist;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      // Filter, with matches and without; the bulk choices refused and applied.
      typeInto(q<HTMLInputElement>(el, '#filter')!, 'fatima');
      await el.updateComplete;
      await until(() => /\d/.test(announced(el)), 2_000, 'the matches announced');
      selectAll(el).click();
      await el.updateComplete;
      applyBulk(el).click();
      await el.updateComplete;
      expect(q(el, '[part=refusal]')).to.exist;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      choose(q<HTMLSelectElement>(el, '#bulk-role')!, 'role-contractor');
      choose(q<HTMLSelectElement>(el, '#bulk-project')!, 'none');
      applyBulk(el).click();
      await el.updateComplete;
      await until(() => announced(el).includes('Contractor'), 2_000, 'the bulk choice announced');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      // What the user typed is shown as typed.
      const typed = 'nobody-like-this';
      typeInto(q<HTMLInputElement>(el, '#filter')!, typed);
      await el.updateComplete;
      expect(q(el, '[part=empty]')).to.exist;
      expect(englishLeft(el, locale, [typed, ...data])).to.deep.equal([]);
      typeInto(q<HTMLInputElement>(el, '#filter')!, '');
      await el.updateComplete;

      // Nothing selected.
      await expectRefusalTranslated(el, locale, data);

      // The import runs; the second batch waits, the third fails.
      let calls = 0;
      let release!: () => void;
      const released = new Promise<void>((r) => { release = r; });
      worker.use(http.post(IMPORT_USERS, async ({ request, params }) => {
        calls++;
        if (calls === 2) {
          await released;
          return server.respond('importUsers', request, params);
        }
        if (calls === 3) return HttpResponse.json({ error: { code: 'unavailable', message: 'Down.' } }, { status: 503 });
        return undefined;
      }));
      selectAll(el).click();
      await el.updateComplete;
      byPart(el, 'import')!.click();
      await until(() => q(el, '[part=progress]') && calls === 2, 5_000, 'the import running');
      await el.updateComplete;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      byPart(el, 'cancel')!.click();
      await el.updateComplete;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      release();
      await until(() => q(el, '#results-title'), 10_000, 'the results after the cancel');
      await el.updateComplete;
      expect(q(el, '[part=cancelled]')).to.exist;
      expect(resultOf(el, 'Keira Álvarez')).to.not.equal(undefined);
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      // The rest: one batch fails (the reason, "Retry failed"), the no-email user is refused by the server.
      byPart(el, 'continue')!.click();
      await until(() => q(el, '#results-title') && calls >= 5, 10_000, 'the results of the rest');
      await el.updateComplete;
      expect(q(el, '[part=error]')).to.exist;
      expect(byPart(el, 'retry')).to.exist;
      expect(resultOf(el, 'Kiosk Account')).to.contain(SERVER_REASON[locale]);
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      q<HTMLInputElement>(el, '.only-failed input')!.click();
      await el.updateComplete;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      // Another CRM account: back to the credentials, announced.
      byPart(el, 'change-ticket')!.click();
      await el.updateComplete;
      await until(() => announced(el) !== '' && q(el, '#credentials-title'), 2_000, 'the credentials again');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
    });

    it(`${locale}: accounts and contacts as clients, an import with a session that expired, and a CRM account with nothing to import leave no English`, async () => {
      await useLocale(locale);
      const { el, worker, data } = await mount('fresh', { batchSize: 5 });
      let calls = 0;
      worker.use(http.post(`${API}/projects/import/clients`, () => (++calls === 2
        ? HttpResponse.json({ error: { code: 'session-expired', message: 'The import session has expired.' } }, { status: 409 })
        : undefined)));
      qa<HTMLInputElement>(el, 'input[name=mode]')[1]!.click();
      await el.updateComplete;
      await lookup(el);
      expect(qa(el, '[part=badge]').length).to.be.greaterThan(0);
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      await expectRefusalTranslated(el, locale, data);
      selectAll(el).click();
      await el.updateComplete;
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      byPart(el, 'import')!.click();
      await until(() => q(el, '[part=form-error]'), 10_000, 'the credentials again');
      await el.updateComplete;
      // One batch imported; the expired session asks for the credentials again.
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      await lookup(el);
      byPart(el, 'import')!.click();
      await until(() => q(el, '#results-title'), 10_000, 'the results');
      await el.updateComplete;
      await until(() => announced(el) !== '', 2_000, 'the import announced');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      // A CRM account without users.
      const empty = await mount('fresh');
      empty.worker.use(http.post(LOOKUP_USERS, () => HttpResponse.json({ sessionId: 's-empty', users: [] })));
      await lookup(empty.el);
      expect(q(empty.el, '[part=empty]')).to.exist;
      expect(englishLeft(empty.el, locale, empty.data)).to.deep.equal([]);
    });
  }

  it('formats counts for the locale: 10,000 CRM users are "10.000" in German', async function () {
    this.timeout(60_000);
    await useLocale('de');
    const { el } = await mount('large');
    await lookup(el, 30_000);
    const count = q(el, '#list-count')!.textContent!;
    expect(count).to.contain('10.000').and.not.contain('10,000');
    await useLocale('ja');
    await el.updateComplete;
    expect(q(el, '#list-count')!.textContent).to.contain('10,000').and.contain('CRM ユーザー');
  });
});
