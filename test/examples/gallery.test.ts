/**
 * The demo gallery (demo/gallery.html) in an iframe: it runs its own fake servers (the frame is
 * then the worker's client for its own requests). Every element in five states, each card linking
 * to its live page, and the theme switcher working through `--zp-*` custom properties.
 */
import { expect } from '@open-wc/testing';
import { SCENARIO_NAMES } from '../../mocks/scenarios.js';
import { fakeServer } from '../helpers.js';
import { openFrame, shadowText, waitFor } from './frame.js';

const TAGS = [
  'zoho-projects-setup', 'field-mapper', 'profile-perms', 'client-account-mapper', 'crm-user-import',
  'projects-related-list', 'projects-tab', 'zsc-key-panel', 'crm-client-info',
];
const STATES = ['Loading', 'Empty', 'Error', 'Filled', 'Large'];

describe('demo gallery', function () {
  this.timeout(90_000);
  let frame: HTMLIFrameElement;
  const doc = () => frame.contentDocument!;
  const card = (tag: string, state: string) =>
    doc().querySelector<HTMLElement>(`.gallery-row[aria-labelledby="row-${tag}"] .card.state-${state.toLowerCase()}`)!;
  const elementOf = (tag: string, state: string) => waitFor(() => card(tag, state).querySelector<HTMLElement>(tag), `<${tag}> ${state}`, 20_000);

  before(async () => {
    await fakeServer('fresh'); // the worker controls this page (and so the frame) before the frame loads
    frame = await openFrame('/demo/gallery.html');
    await waitFor(() => doc().body.dataset['ready'] === 'true', 'the gallery', 30_000);
  });

  after(() => frame.remove());

  it('shows every element in each of the five states, each card linking to its live page', () => {
    const rows = [...doc().querySelectorAll('.gallery-row')];
    expect(rows.map((r) => r.getAttribute('aria-labelledby'))).to.deep.equal(TAGS.map((t) => `row-${t}`));
    for (const [i, row] of rows.entries()) {
      const cards = [...row.querySelectorAll('.card')];
      expect(cards.map((c) => c.querySelector('h3')!.textContent), TAGS[i]).to.deep.equal(STATES);
      for (const c of cards) {
        const url = new URL(c.querySelector('a')!.href);
        expect(url.pathname).to.equal('/demo/index.html');
        expect(url.searchParams.get('element')).to.equal(TAGS[i]);
        expect(SCENARIO_NAMES as readonly string[]).to.include(url.searchParams.get('scenario'));
      }
    }
  });

  it('renders the loading and error states of every element', async () => {
    for (const tag of TAGS) {
      const loading = await elementOf(tag, 'Loading');
      await waitFor(() => /Loading/.test(shadowText(loading)), `<${tag}> loading`);
      const failed = await elementOf(tag, 'Error');
      await waitFor(() => /could not complete the request/.test(shadowText(failed)), `<${tag}> failed`);
      expect([...failed.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Retry'), `<${tag}> Retry`).to.equal(true);
    }
    // Still loading: the never-answering backend never settles.
    expect(shadowText(card('crm-user-import', 'Loading').querySelector('crm-user-import')!)).to.contain('Loading');
  });

  it('renders the data states from the fake servers', async () => {
    const texts: [string, string, RegExp][] = [
      ['zoho-projects-setup', 'Empty', /Get Started/],
      ['zoho-projects-setup', 'Filled', /Owner Portal One/],
      ['profile-perms', 'Large', /Custom Profile 100/],
      ['client-account-mapper', 'Empty', /All \(0\)/],
      ['client-account-mapper', 'Large', /All \(10,000\)/],
      ['crm-user-import', 'Empty', /Showing 0 of 0 CRM users/],
      ['crm-user-import', 'Filled', /Showing 25 of 25 CRM users/],
      ['crm-user-import', 'Large', /Showing 10,000 of 10,000 CRM users/],
      ['projects-related-list', 'Empty', /No projects are linked to this deal yet/],
      ['projects-related-list', 'Large', /62 projects linked/],
      ['projects-tab', 'Empty', /The portal has no projects yet/],
      ['projects-tab', 'Filled', /36 projects/],
      ['projects-tab', 'Large', /20,0\d\d projects/],
      ['zsc-key-panel', 'Empty', /Generate Now/],
      ['crm-client-info', 'Filled', /Hooli/],
      ['crm-client-info', 'Large', /Open Potentials/],
    ];
    for (const [tag, state, pattern] of texts) {
      const el = await elementOf(tag, state);
      await waitFor(() => pattern.test(shadowText(el)), `<${tag}> ${state} to show ${pattern}`, 20_000)
        .catch((e: Error) => { throw new Error(`${e.message}; it shows: ${shadowText(el).slice(0, 300)}`); });
    }
  });

  it('switches theme and density through --zp-* custom properties on a wrapper', async () => {
    const body = doc().body;
    const el = await elementOf('zsc-key-panel', 'Filled');
    const base = el.shadowRoot!.querySelector('[part=base]')!;
    const win = frame.contentWindow!;
    const lightBackground = win.getComputedStyle(base).backgroundColor;

    doc().querySelector<HTMLInputElement>('input[name=theme][value=dark]')!.click();
    expect(body.classList.contains('zp-theme-dark')).to.equal(true);
    expect(win.getComputedStyle(body).colorScheme).to.equal('dark');
    expect(win.getComputedStyle(base).backgroundColor).to.equal('rgb(23, 27, 35)'); // --zp-color-surface: #171b23
    expect(win.getComputedStyle(base).backgroundColor).to.not.equal(lightBackground);
    expect(new URL(win.location.href).searchParams.get('theme')).to.equal('dark');
    expect(new URL(card('field-mapper', 'Filled').querySelector('a')!.href).searchParams.get('theme')).to.equal('dark');

    const paddingBefore = win.getComputedStyle(base).paddingTop;
    doc().querySelector<HTMLInputElement>('input[name=density]')!.click();
    expect(body.classList.contains('zp-density-compact')).to.equal(true);
    expect(win.getComputedStyle(el).getPropertyValue('--zp-space').trim()).to.equal('0.3rem');
    expect(parseFloat(win.getComputedStyle(base).paddingTop)).to.be.lessThan(parseFloat(paddingBefore));

    doc().querySelector<HTMLInputElement>('input[name=theme][value=light]')!.click();
    expect(win.getComputedStyle(base).backgroundColor).to.equal(lightBackground);
  });

  it('switches the language of every element through <html lang>, and the live links carry it', async () => {
    const win = frame.contentWindow!;
    const el = await elementOf('crm-client-info', 'Filled');
    const select = doc().querySelector<HTMLSelectElement>('select[name=lang]')!;
    select.value = 'de';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(doc().documentElement.lang).to.equal('de');
    await waitFor(() => el.shadowRoot!.textContent!.includes('Offene Verkaufschancen'), 'German in the cards', 5_000);
    expect(new URL(win.location.href).searchParams.get('lang')).to.equal('de');
    expect(new URL(card('crm-client-info', 'Filled').querySelector('a')!.href).searchParams.get('lang')).to.equal('de');
    select.value = 'ja';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => el.shadowRoot!.textContent!.includes('進行中の商談'), 'Japanese in the cards', 5_000);
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => el.shadowRoot!.textContent!.includes('Open Potentials'), 'English again', 5_000);
  });
});
