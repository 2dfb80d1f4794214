/**
 * Two micro-frontends on one page: the single-file bundle loaded twice (two module
 * instances), and the second copy registering its elements under other names.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { API, fakeServer, until } from './helpers.js';

type BundleModule = { define: (names?: Record<string, string>) => void; CrmUserImport: CustomElementConstructor };

const BUNDLE = '/__bundle/zoho-projects-widgets.js';

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
});
