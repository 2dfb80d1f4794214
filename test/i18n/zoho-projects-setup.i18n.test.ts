import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/register/zoho-projects-setup.js';
// The hosted elements registered up front: this file tests the flow; loading them when a step
// first shows is tested in test/elements/zoho-projects-setup-loading.test.ts.
import '../../src/register/field-mapper.js';
import '../../src/register/profile-perms.js';
import '../../src/register/client-account-mapper.js';
import type { ZohoProjectsSetup } from '../../src/elements/zoho-projects-setup/zoho-projects-setup.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { tagName } from '../../src/registry.js';
import { OTHER_PORTAL_OWNER } from '../../mocks/credentials.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API, fakeServer, fastBackend, until } from '../helpers.js';
import { dataStrings, englishLeft, useLocale } from '../i18n.js';
import { root } from '../dom.js';

type Locale = 'de' | 'ja';

interface Mounted {
  el: ZohoProjectsSetup;
  store: IntegrationStore;
  server: FakeServer;
  worker: Awaited<ReturnType<typeof fakeServer>>['worker'];
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: HTMLElement) => norm(root(el).textContent);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const byId = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, id: string) => root(el).querySelector<T>(`#${id}`)!;
const fieldError = (el: HTMLElement, id: string) => norm(root(el).getElementById(`${id}-error`)?.textContent);

async function mount(scenario = 'fresh'): Promise<Mounted> {
  const { server, worker } = await fakeServer(scenario);
  const store = new IntegrationStore(fastBackend({ readRetries: 0 }));
  const el = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup .store=${store}></zoho-projects-setup>`);
  await until(() => store.state.setup.status || store.request('getStatus').error, 5_000, 'status');
  await el.updateComplete;
  return { el, store, server, worker };
}

/** Waits for every request, the render and the live region's announcement (it speaks after 30 ms). */
async function settle(m: Pick<Mounted, 'el' | 'store'>) {
  await until(() => !Object.values(m.store.state.requests).some((r) => r.pending), 5_000, 'requests to finish');
  await m.el.updateComplete;
  await sleep(60);
  await m.el.updateComplete;
}

/** What is left in English, leaving out the hosted elements (their own areas are localised elsewhere). */
const left = (m: Pick<Mounted, 'el' | 'server'>, locale: Locale) =>
  englishLeft(m.el, locale, dataStrings(m.server), { nested: false });

/** The element's buttons are found by their place, not by their (translated) names. */
const primary = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('button.primary')!;
const submit = (el: HTMLElement, part: string) => root(el).querySelector<HTMLButtonElement>(`[part="${part}"] button[type="submit"]`)!;

async function click(m: Mounted, button: HTMLElement) {
  button.click();
  await settle(m);
}
async function type(m: Mounted, id: string, value: string) {
  const input = byId(m.el, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await m.el.updateComplete;
}

/** Mounts on `scenario`, checks that `selector` is shown and that no English is left. */
async function mountShowing(scenario: string, selector: string, locale: Locale) {
  const m = await mount(scenario);
  expect(root(m.el).querySelector(selector), selector).to.exist;
  expect(left(m, locale)).to.deep.equal([]);
  return m;
}

/** Fills the ZSC key form's fields (by id), submits it, and checks the page has no English left. */
async function submitKeyForm(m: Mounted, locale: 'de' | 'ja', fields: Record<string, string>) {
  for (const [id, value] of Object.entries(fields)) await type(m, id, value);
  await click(m, submit(m.el, 'key-form'));
  expect(left(m, locale)).to.deep.equal([]);
}
async function choose(m: Mounted, id: string, value: string) {
  const select = byId<HTMLSelectElement>(m.el, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await m.el.updateComplete;
}
async function pickMode(m: Mounted, mode: 'own' | 'other' | 'create') {
  root(m.el).querySelector<HTMLInputElement>(`input[name="portal-mode"][value="${mode}"]`)!.click();
  await m.el.updateComplete;
}
async function startConfiguring(m: Mounted) {
  await click(m, primary(m.el));
  await until(() => m.store.state.setup.ownPortals, 3_000, 'own portals');
  await settle(m);
}

describe('<zoho-projects-setup> in German and Japanese', () => {
  afterEach(() => useLocale('en'));

  for (const locale of ['de', 'ja'] as const) {
    describe(locale, () => {
      beforeEach(() => useLocale(locale));

      it('before configuration: Get Started, the trial offer and its start, an expired trial, a non-admin, a refused and a failed status', async () => {
        const fresh = await mount('fresh');
        if (locale === 'de') await expect(fresh.el).to.be.accessible();
        expect(primary(fresh.el)).to.exist;
        expect(left(fresh, locale)).to.deep.equal([]);

        // Starting fails: the reason and Retry.
        fresh.worker.use(http.post(`${API}/crm/integration/start`, () => HttpResponse.json({ error: { code: 'unavailable', message: 'Down.' } }, { status: 503 }), { once: true }));
        await click(fresh, primary(fresh.el));
        expect(root(fresh.el).querySelector('[part="error"] button')).to.exist;
        expect(left(fresh, locale)).to.deep.equal([]);

        const free = await mountShowing('free-edition', '[part="trial"]', locale);
        await startConfiguring(free);
        // The trial notice with the days left and the end date; the step list.
        expect(root(free.el).querySelector('[part="trial"] time')).to.exist;
        expect(root(free.el).querySelector('nav')).to.exist;
        expect(left(free, locale)).to.deep.equal([]);

        await mountShowing('trial-expired', '[part="trial-expired"]', locale);

        await mountShowing('non-admin', '[part="not-admin"]', locale);

        const refused = await fakeServer('fresh');
        refused.worker.use(http.get(`${API}/crm/integration`, () => HttpResponse.json({ error: { code: 'forbidden', message: 'No.' } }, { status: 403 })));
        const refusedStore = new IntegrationStore(fastBackend({ readRetries: 0 }));
        const notPermitted = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup .store=${refusedStore}></zoho-projects-setup>`);
        await until(() => root(notPermitted).querySelector('[part="not-permitted"]'), 5_000, 'not permitted');
        expect(englishLeft(notPermitted, locale, dataStrings(refused.server))).to.deep.equal([]);

        const down = await fakeServer('fresh');
        down.worker.use(http.get(`${API}/crm/integration`, () => HttpResponse.error(), { once: true }));
        const downStore = new IntegrationStore(fastBackend({ readRetries: 0 }));
        const failed = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup .store=${downStore}></zoho-projects-setup>`);
        await until(() => root(failed).querySelector('[part="error"] button'), 5_000, 'Retry');
        expect(englishLeft(failed, locale, dataStrings(down.server))).to.deep.equal([]);
      });

      it('portal configuration: the three ways, their validation messages, the credentials mismatch, a taken name and a failed Save with Retry', async () => {
        const m = await mount('fresh');
        await startConfiguring(m);
        expect(byId(m.el, 'own-portal')).to.exist;
        expect(left(m, locale)).to.deep.equal([]);

        // Own portals: Save without a choice.
        await click(m, primary(m.el));
        expect(fieldError(m.el, 'own-portal')).to.not.equal('');
        expect(left(m, locale)).to.deep.equal([]);

        // Another user's portals: bad formats, then a wrong pair, then the right pair.
        await pickMode(m, 'other');
        expect(left(m, locale)).to.deep.equal([]);
        await click(m, submit(m.el, 'portal-lookup'));
        expect(fieldError(m.el, 'other-email')).to.not.equal('');
        expect(fieldError(m.el, 'other-key')).to.not.equal('');
        expect(left(m, locale)).to.deep.equal([]);
        await type(m, 'other-email', 'not-an-email');
        await type(m, 'other-key', 'xyz');
        await click(m, submit(m.el, 'portal-lookup'));
        expect(fieldError(m.el, 'other-email')).to.not.equal('');
        expect(fieldError(m.el, 'other-key')).to.not.equal('');
        expect(left(m, locale)).to.deep.equal([]);
        await type(m, 'other-email', OTHER_PORTAL_OWNER.email);
        await type(m, 'other-key', '0123456789abcdef0123456789abcdef');
        await click(m, submit(m.el, 'portal-lookup'));
        expect(byId(m.el, 'other-key').getAttribute('aria-invalid')).to.equal('true');
        expect(fieldError(m.el, 'other-key')).to.equal(locale === 'de'
          ? 'E-Mail-Adresse und ZSC-Schlüssel passen nicht zusammen.'
          : 'メールアドレスと ZSC キーが一致しません。');
        expect(left(m, locale)).to.deep.equal([]);
        await type(m, 'other-key', OTHER_PORTAL_OWNER.zscKey);
        await click(m, submit(m.el, 'portal-lookup'));
        expect(byId(m.el, 'other-portal')).to.exist;
        expect(left(m, locale)).to.deep.equal([]);

        // Create New Portal: empty, too long, bad characters, taken; then created and selected.
        await pickMode(m, 'create');
        await click(m, submit(m.el, 'portal-create'));
        expect(fieldError(m.el, 'new-portal-name')).to.not.equal('');
        expect(left(m, locale)).to.deep.equal([]);
        await type(m, 'new-portal-name', 'x'.repeat(51));
        await click(m, submit(m.el, 'portal-create'));
        expect(fieldError(m.el, 'new-portal-name')).to.contain('50');
        expect(left(m, locale)).to.deep.equal([]);
        await type(m, 'new-portal-name', '<script>');
        await click(m, submit(m.el, 'portal-create'));
        expect(fieldError(m.el, 'new-portal-name')).to.not.equal('');
        expect(left(m, locale)).to.deep.equal([]);
        await type(m, 'new-portal-name', 'Zylker');
        await click(m, submit(m.el, 'portal-create'));
        expect(fieldError(m.el, 'new-portal-name')).to.equal(locale === 'de'
          ? 'Dieser Portalname ist bereits vergeben. Wählen Sie einen anderen.'
          : 'このポータル名はすでに使用されています。別の名前を選択してください。');
        expect(left(m, locale)).to.deep.equal([]);
        await type(m, 'new-portal-name', 'Acme Delivery');
        await click(m, submit(m.el, 'portal-create'));
        expect(byId(m.el, 'own-portal')).to.exist;
        expect(left(m, locale)).to.deep.equal([]);

        // Save fails: the reason and Retry; Retry moves on.
        m.worker.use(http.post(`${API}/crm/integration/portal`, () => HttpResponse.error(), { once: true }));
        await click(m, primary(m.el));
        const retry = root(m.el).querySelector<HTMLButtonElement>('[part="error"] button')!;
        expect(retry).to.exist;
        expect(left(m, locale)).to.deep.equal([]);
        await click(m, retry);
        expect(m.store.state.setup.status?.portal?.name).to.equal('Acme Delivery');
        expect(left(m, locale)).to.deep.equal([]);
      });

      it('step navigation: the step list, the saved portal, each step with its hosted element, and setup complete', async () => {
        const m = await mount('fresh');
        await startConfiguring(m);
        await choose(m, 'own-portal', 'portal-own-1');
        await click(m, primary(m.el));
        // Field mapping: the portal-saved notice, the step list with a completed and locked steps.
        expect(m.store.state.setup.status?.completedSteps).to.deep.equal(['portal']);
        expect(root(m.el).querySelector('[part="notice"]')).to.exist;
        expect(left(m, locale)).to.deep.equal([]);

        // Back to the portal step: the associated portal, and "Continue".
        await click(m, root(m.el).querySelector<HTMLButtonElement>('nav li button')!);
        expect(root(m.el).querySelector('[part="portal"]')).to.exist;
        expect(left(m, locale)).to.deep.equal([]);
        await click(m, root(m.el).querySelector<HTMLButtonElement>('.step-nav button')!);

        // "Map Now" opens <field-mapper>, with "Close without saving".
        await click(m, primary(m.el));
        const mapper = root(m.el).querySelector(tagName('field-mapper'))!;
        expect(mapper).to.exist;
        expect(left(m, locale)).to.deep.equal([]);
        await m.store.fieldMapping.load();
        await m.store.fieldMapping.save(m.store.state.fieldMapping.doc!.mapping);
        mapper.dispatchEvent(new CustomEvent('zp-field-mapping-saved', { bubbles: true, composed: true, detail: { mappedCount: 1 } }));
        await settle(m);

        // Permissions: the intro, then <profile-perms> saving with the counts.
        expect(m.store.state.setup.status?.completedSteps).to.include('fields');
        expect(left(m, locale)).to.deep.equal([]);
        await click(m, primary(m.el));
        await until(() => root(m.el).querySelector(tagName('profile-perms')), 3_000, '<profile-perms>');
        const perms = root(m.el).querySelector(tagName('profile-perms'))!;
        await m.store.permissions.load();
        await m.store.permissions.save([]);
        perms.dispatchEvent(new CustomEvent('zp-permissions-saved', { bubbles: true, composed: true, detail: { pushedAsEmployee: 1234, alreadyExisting: 1 } }));
        await settle(m);
        expect(left(m, locale)).to.deep.equal([]);

        // Client account mapping: <client-account-mapper>, then its report and "Finish".
        await until(() => root(m.el).querySelector(tagName('client-account-mapper')), 3_000, '<client-account-mapper>');
        const run = await m.store.clientMapping.run();
        expect(run.ok).to.equal(true);
        root(m.el).querySelector(tagName('client-account-mapper'))!.dispatchEvent(new CustomEvent('zp-client-mapping-done', {
          bubbles: true, composed: true, detail: { outcome: 'mapped', mappedCount: 2, unmappedCount: 3 },
        }));
        await settle(m);
        expect(root(m.el).querySelector('[part="setup-complete"]')).to.exist;
        expect(left(m, locale)).to.deep.equal([]);
        await click(m, root(m.el).querySelector<HTMLButtonElement>('[part="setup-complete"] button')!);
        expect(root(m.el).querySelector('#deactivate-open')).to.exist;
        expect(left(m, locale)).to.deep.equal([]);
      });

      it('the active integration: summary, Edit Configuration, the key form with its messages, client mapping skipped, deactivation', async () => {
        const m = await mountShowing('active', '[part="portal"]', locale);

        // "Edit Configuration" and back.
        await click(m, root(m.el).querySelector<HTMLButtonElement>('.actions button.link')!);
        expect(root(m.el).querySelector(tagName('profile-perms'))).to.exist;
        expect(left(m, locale)).to.deep.equal([]);
        await click(m, root(m.el).querySelector<HTMLButtonElement>('[part="step"] > .actions button')!);

        // The key form: required, a mismatch, then updated.
        await submitKeyForm(m, locale, {});
        expect(fieldError(m.el, 'key-key')).to.not.equal('');
        await submitKeyForm(m, locale, { 'key-key': 'f'.repeat(32) });
        expect(byId(m.el, 'key-key').getAttribute('aria-invalid')).to.equal('true');
        await submitKeyForm(m, locale, { 'key-key': OTHER_PORTAL_OWNER.zscKey });
        expect(root(m.el).querySelector('[part="notice"]')).to.exist;

        // Deactivation: the confirmation dialog; a failure with Retry; then deactivated.
        await click(m, byId(m.el, 'deactivate-open'));
        const dialog = root(m.el).querySelector('dialog')!;
        expect(dialog.open).to.equal(true);
        expect(left(m, locale)).to.deep.equal([]);
        m.worker.use(http.post(`${API}/crm/integration/deactivate`, () => HttpResponse.json({ error: { code: 'x', message: 'down' } }, { status: 503 }), { once: true }));
        await click(m, dialog.querySelector<HTMLButtonElement>('button.danger')!);
        expect(dialog.querySelector('[part="error"] button')).to.exist;
        expect(left(m, locale)).to.deep.equal([]);
        await click(m, dialog.querySelector<HTMLButtonElement>('[part="error"] button')!);
        expect(m.store.state.setup.status?.state).to.equal('not-enabled');
        expect(left(m, locale)).to.deep.equal([]);

        await mountShowing('client-mapping-skipped', '.notice.info', locale);
      });

      it('a broken key: stopped, updated with the key form, then active again', async () => {
        const m = await mountShowing('key-invalid', '[part="key-invalid"]', locale);
        await submitKeyForm(m, locale, { 'key-email': 'nobody' });
        expect(fieldError(m.el, 'key-email')).to.not.equal('');
        await submitKeyForm(m, locale, { 'key-email': OTHER_PORTAL_OWNER.email, 'key-key': OTHER_PORTAL_OWNER.zscKey });
        expect(m.store.state.setup.status?.state).to.equal('active');
      });
    });
  }

  it('formats numbers and dates for the locale', async () => {
    await useLocale('de');
    const m = await mount('free-edition');
    await startConfiguring(m);
    // The trial's end as a German date ("06.12.2026"), not the ISO date.
    const ends = root(m.el).querySelector('[part="trial"] time')!;
    expect(norm(ends.textContent)).to.match(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(text(m.el)).to.contain('Schritt 1 von 4:');

    await choose(m, 'own-portal', 'portal-own-1');
    await click(m, primary(m.el));
    await m.store.fieldMapping.load();
    await m.store.fieldMapping.save(m.store.state.fieldMapping.doc!.mapping);
    await settle(m);
    await click(m, root(m.el).querySelector<HTMLButtonElement>('.step-nav button')!);
    await click(m, primary(m.el));
    root(m.el).querySelector(tagName('profile-perms'))!.dispatchEvent(new CustomEvent('zp-permissions-saved', {
      bubbles: true, composed: true, detail: { pushedAsEmployee: 1234, alreadyExisting: 2 },
    }));
    await settle(m);
    // German groups thousands with ".".
    expect(text(m.el)).to.contain('1.234 CRM-Benutzer wurden Zoho Projects als „Employee“ hinzugefügt; 2 Benutzer waren bereits vorhanden');
  });

  it('switches a rendered element to the new locale, including its last message', async () => {
    const m = await mount('active');
    await type(m, 'key-key', OTHER_PORTAL_OWNER.zscKey);
    await click(m, submit(m.el, 'key-form'));
    expect(norm(root(m.el).querySelector('[part="notice"]')?.textContent)).to.equal('ZSC key updated.');
    await useLocale('ja');
    await m.el.updateComplete;
    expect(norm(root(m.el).querySelector('[part="notice"]')?.textContent)).to.equal('ZSC キーを更新しました。');
    expect(norm(root(m.el).querySelector('#deactivate-heading')?.textContent)).to.equal('無効化');
  });
});
