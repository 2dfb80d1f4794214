/**
 * Two micro-frontends on one page: the single-file bundle loaded twice (two module
 * instances), and the second copy registering its elements under other names.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { API, fakeServer, until } from './helpers.js';

type BundleModule = {
  define: (names?: Record<string, string>) => void;
  setLocale: (tag: string) => Promise<void>;
  CrmUserImport: CustomElementConstructor;
};

const BUNDLE = '/__bundle/zoho-projects-widgets.js';
/** The same bundle served without its translation files beside it. */
const ALONE = '/__bundle-alone/zoho-projects-widgets.js';

describe('micro-frontends sharing a page', function () {
  this.timeout(60_000);
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('loads the bundle twice without an error, and both copies work', async () => {
    await fakeServer('fresh');
    const first = (await import(/* @vite-ignore */ `${BUNDLE}?copy=1`)) as BundleModule;
    const second = (await import(/* @vite-ignore */ `${BUNDLE}?copy=2`)) as BundleModule;
    expect(first.CrmUserImport).to.not.equal(second.CrmUserImport);
    expect(customElements.get('crm-user-import')).to.equal(first.CrmUserImport);

    // The second copy registers its own classes under other names.
    second.define({
      'zoho-projects-setup': 'mfe2-setup', 'field-mapper': 'mfe2-field-mapper', 'profile-perms': 'mfe2-profile-perms',
      'client-account-mapper': 'mfe2-client-account-mapper', 'crm-user-import': 'mfe2-crm-user-import',
    });
    expect(customElements.get('mfe2-crm-user-import')).to.equal(second.CrmUserImport);

    const a = await fixture<HTMLElement>(html`<crm-user-import api-base=${API}></crm-user-import>`);
    const b = await fixture<HTMLElement>(staticHtml`<${unsafeStatic('mfe2-crm-user-import')} api-base=${API}></${unsafeStatic('mfe2-crm-user-import')}>`);
    for (const el of [a, b]) {
      await until(() => (el.shadowRoot?.textContent ?? '').trim().length > 0, 5000, 'element rendered');
      expect(el.shadowRoot!.querySelector('[part="base"], [role="alert"], form, section')).to.not.equal(null);
    }
    expect(errors).to.deep.equal([]);
  });

  it('a renamed copy\'s setup hosts its own renamed steps, which share its store', async () => {
    const { server } = await fakeServer('fresh');
    await import(/* @vite-ignore */ `${BUNDLE}?copy=1`); // the default tags belong to another copy
    const third = (await import(/* @vite-ignore */ `${BUNDLE}?copy=3`)) as BundleModule;
    // Only one step renamed (the others stay another copy's): warned, see below.
    expect(capturingWarnings(() => third.define({ 'zoho-projects-setup': 'mfe3-setup', 'field-mapper': 'mfe3-field-mapper' }))).to.have.length(1);
    const setup = await fixture<HTMLElement>(staticHtml`<${unsafeStatic('mfe3-setup')} api-base=${API}></${unsafeStatic('mfe3-setup')}>`);
    const button = (name: string) => [...setup.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
    await until(() => button('Get Started'), 5000, '"Get Started"');
    button('Get Started')!.click();
    await until(() => setup.shadowRoot!.querySelector('select'), 5000, 'the portal picklist');
    const select = setup.shadowRoot!.querySelector('select')!;
    await until(() => select.options.length > 1, 5000, 'the portals');
    select.value = server.db.ownPortals[0]!.id;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await until(() => button('Save'), 5000, '"Save"');
    button('Save')!.click();
    await until(() => button('Map Now'), 5000, '"Map Now"');
    button('Map Now')!.click();
    await until(() => setup.shadowRoot!.querySelector('mfe3-field-mapper, field-mapper'), 5000, 'the step\'s element');
    const mapper = setup.shadowRoot!.querySelector('mfe3-field-mapper, field-mapper')!;
    expect(mapper.localName).to.equal('mfe3-field-mapper');
    await until(() => mapper.shadowRoot?.querySelector('[role=row][data-index]'), 5000, 'the field mapping rows (from the shared store)');
    expect(errors).to.deep.equal([]);
  });

  it('define() warns, naming the tags, when a renamed setup would host another copy\'s steps', async () => {
    await import(/* @vite-ignore */ `${BUNDLE}?copy=1`); // the default tags belong to another copy
    const fourth = (await import(/* @vite-ignore */ `${BUNDLE}?copy=4`)) as BundleModule;
    const warnings = capturingWarnings(() => fourth.define({ 'zoho-projects-setup': 'mfe4-setup', 'field-mapper': 'mfe4-field-mapper' }));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<mfe4-setup>').and.contain('<profile-perms>').and.contain('<client-account-mapper>')
      .and.not.contain('<field-mapper>');
    // Every step renamed too: nothing to warn about.
    const fifth = (await import(/* @vite-ignore */ `${BUNDLE}?copy=5`)) as BundleModule;
    expect(capturingWarnings(() => fifth.define({
      'zoho-projects-setup': 'mfe5-setup', 'field-mapper': 'mfe5-field-mapper', 'profile-perms': 'mfe5-profile-perms',
      'client-account-mapper': 'mfe5-client-account-mapper',
    }))).to.deep.equal([]);
  });

  it('setLocale() of one copy reaches the other copy\'s elements, both ways', async () => {
    await fakeServer('fresh');
    const first = (await import(/* @vite-ignore */ `${BUNDLE}?copy=1`)) as BundleModule;
    const other = (await import(/* @vite-ignore */ `${BUNDLE}?copy=lang`)) as BundleModule;
    other.define({ 'crm-client-info': 'lang-client-info' });
    const a = await fixture<HTMLElement>(html`<crm-client-info></crm-client-info>`);
    const b = await fixture<HTMLElement>(staticHtml`<${unsafeStatic('lang-client-info')}></${unsafeStatic('lang-client-info')}>`);
    try {
      await first.setLocale('de');
      await until(() => a.getAttribute('lang') === 'de' && b.getAttribute('lang') === 'de', 5000, 'both copies in German');
      expect(b.shadowRoot!.textContent).to.contain('Nicht verbunden');
      await other.setLocale('ja');
      await until(() => a.getAttribute('lang') === 'ja' && b.getAttribute('lang') === 'ja', 5000, 'both copies in Japanese');
    } finally {
      await first.setLocale('en');
    }
    await until(() => a.getAttribute('lang') === 'en' && b.getAttribute('lang') === 'en', 5000, 'both copies in English again');
  });

  it('setLocale() rejects, naming the file, when the bundle\'s locale files are missing', async () => {
    const first = (await import(/* @vite-ignore */ `${BUNDLE}?copy=1`)) as BundleModule;
    const alone = (await import(/* @vite-ignore */ `${ALONE}?copy=alone`)) as BundleModule;
    let error: unknown;
    try {
      await alone.setLocale('de');
    } catch (e) {
      error = e;
    } finally {
      await first.setLocale('en');
    }
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('/__bundle-alone/zoho-projects-widgets.locale-de.js').and.contain('stay in \'en\'');
  });
});

/** Calls `fn`, returning what it wrote with console.warn (kept off the console). */
function capturingWarnings(fn: () => void): string[] {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => { lines.push(args.map(String).join(' ')); };
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return lines;
}
