import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/register/profile-perms.js';
import type { ProfilePerms } from '../../src/elements/profile-perms/profile-perms.js';
import type { Permission } from '../../src/schemas/entities.js';
import { API, fakeServer, until } from '../helpers.js';
import { dataStrings, englishLeft, expectGuardStatesTranslated, useLocale } from '../i18n.js';
import { root } from '../dom.js';

type Locale = 'de' | 'ja';
type Fake = Awaited<ReturnType<typeof fakeServer>>;
const profileId = (fake: Fake, name: string) => fake.server.db.profiles.find((p) => p.profileName === name)!.profileId;
/** Checkboxes found by what they change, not by their (translated) names. */
const cell = (el: Element, profile: string, permission: Permission) =>
  root(el).querySelector<HTMLInputElement>(`input[data-profile="${profile}"][data-permission="${permission}"]`)!;
const save = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="save-button"]')!;
const errorButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="error"] .actions button');
const announced = (el: Element) => root(el).querySelector('[aria-live]')!.textContent!.trim();

async function mount(scenario = 'active', prepare?: (fake: Fake) => void) {
  const fake = await fakeServer(scenario);
  prepare?.(fake);
  const el = await fixture<ProfilePerms>(html`<profile-perms api-base=${API}></profile-perms>`);
  return { el, ...fake, fake, data: dataStrings(fake.server) };
}

async function mountGrid(scenario = 'active', prepare?: (fake: Fake) => void) {
  const m = await mount(scenario, prepare);
  await until(() => root(m.el).querySelector('[role="grid"] tbody input'), 3000, 'grid');
  return m;
}

/** Clicks, waits for what the live region says about it, and checks it with everything else shown. */
async function clickAndHear(el: ProfilePerms, input: HTMLInputElement, locale: Locale, data: readonly string[]) {
  input.click();
  await el.updateComplete;
  await until(() => announced(el), 2000, 'an announcement');
  expect(englishLeft(el, locale, data)).to.deep.equal([]);
  return announced(el);
}

describe('<profile-perms> in German and Japanese', () => {
  afterEach(() => useLocale('en'));

  for (const locale of ['de', 'ja'] as const) {
    it(`${locale}: the grid (View/Create/Edit/Delete with accessible names), implications, row and column toggles leave no English`, async () => {
      await useLocale(locale);
      const { el, fake, data } = await mountGrid();
      if (locale === 'ja') await expect(el).to.be.accessible();
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      // Every checkbox has a translated accessible name with the profile's name (data) in it.
      const support = profileId(fake, 'Support Agent');
      const names = [...root(el).querySelectorAll('[role="grid"] input')].map((i) => i.getAttribute('aria-label')!);
      expect(names.every((n) => n.trim().length > 0)).to.equal(true);
      expect(cell(el, support, 'view').getAttribute('aria-label')).to.contain('Support Agent');

      // Create turns on View and Tab Visibility: the announcement says so.
      const implied = await clickAndHear(el, cell(el, support, 'create'), locale, data);
      expect(cell(el, support, 'view').checked && cell(el, support, 'tabVisibility').checked).to.equal(true);
      expect(implied).to.contain(locale === 'de' ? 'Tab-Sichtbarkeit und Anzeigen' : 'タブの可視性、表示');
      // Clearing View clears Create.
      await clickAndHear(el, cell(el, support, 'view'), locale, data);
      expect(cell(el, support, 'create').checked).to.equal(false);
      // Whole row, whole column.
      await clickAndHear(el, root(el).querySelector<HTMLInputElement>(`input[data-row="${support}"]`)!, locale, data);
      await clickAndHear(el, root(el).querySelector<HTMLInputElement>('input[data-column="delete"]')!, locale, data);
      expect(root(el).querySelector('tbody tr.changed')).to.exist;
      // Discard.
      root(el).querySelector<HTMLButtonElement>('.actions button:not(.primary)')!.click();
      await el.updateComplete;
      await until(() => announced(el), 2000, 'discarded');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
    });

    it(`${locale}: save success, a failed save with Retry, and a conflict with Reload leave no English`, async () => {
      await useLocale(locale);
      const { el, fake, worker, data } = await mountGrid();
      const support = profileId(fake, 'Support Agent');
      cell(el, support, 'view').click();
      await el.updateComplete;

      worker.use(http.put(`${API}/crm/profile-permissions`, () => HttpResponse.error(), { once: true }));
      save(el).click();
      await until(() => errorButton(el), 3000, 'Retry');
      await until(() => announced(el), 2000, 'not saved');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      expect(cell(el, support, 'view').checked).to.equal(true);

      errorButton(el)!.click();
      await until(() => root(el).querySelector('[part="result"]'), 3000, 'saved');
      await until(() => announced(el), 2000, 'saved');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);

      // Someone else saved meanwhile: 409, then Reload keeps the change.
      cell(el, support, 'create').click();
      await el.updateComplete;
      fake.server.db.permissionsVersion++;
      save(el).click();
      await until(() => errorButton(el), 3000, 'Reload');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      errorButton(el)!.click();
      await until(() => !root(el).querySelector('[part="error"]'), 3000, 'reloaded');
      await until(() => announced(el), 2000, 'reloaded');
      expect(englishLeft(el, locale, data)).to.deep.equal([]);
      expect(cell(el, support, 'create').checked).to.equal(true);
    });

    it(`${locale}: no portal yet (with Retry), not permitted, and a restricted profile leave no English`, async () => {
      await useLocale(locale);
      await expectGuardStatesTranslated(locale, mount);

      // Signed in with the "Support Agent" profile, which may not see projects.
      const restricted = await mount('restricted-profile');
      await until(() => root(restricted.el).querySelector('[part="not-permitted"]'), 3000, 'restricted');
      expect(root(restricted.el).querySelector('[role="grid"]')).to.equal(null);
      expect(englishLeft(restricted.el, locale, restricted.data)).to.deep.equal([]);
    });
  }

  it('formats user counts for the locale', async () => {
    await useLocale('de');
    const { el } = await mountGrid('active', ({ server }) => { server.db.profiles[0]!.userCount = 12345; });
    // German groups thousands with ".".
    expect(root(el).querySelector('tbody tr .meta')!.textContent!.trim()).to.equal('12.345 Benutzer');
  });
});
