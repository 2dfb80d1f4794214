/**
 * The plain-HTML host page (examples/plain-html): only the single-file bundle and two tags with
 * `api-base`. The test reads the page itself, loads the one script it names (the test runner
 * serves that dist/ path from the sources, scripts/wtr-bundle-plugin.mjs) and puts the page's
 * body into this test page, where the fake server runs.
 *
 * Why not an iframe: the page runs no MSW of its own, and a frame that doesn't start MSW itself
 * gets no mocked answers (the worker is served that way, web-server.shared.mjs), so its elements
 * would reach the dev server instead of a fake one.
 */
import { expect } from '@open-wc/testing';
import { CRM_IMPORT_ACCOUNT } from '../../mocks/credentials.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API, fakeServer } from '../helpers.js';
import { buttonNamed, shadowText, submitCredentials, waitFor } from './frame.js';

const PAGE = '/examples/plain-html/index.html';

describe('plain-HTML page (examples/plain-html)', function () {
  this.timeout(60_000);
  let page: Document;
  let stage: HTMLElement;
  let server: FakeServer;

  before(async () => {
    ({ server } = await fakeServer('fresh'));
    page = new DOMParser().parseFromString(await (await fetch(PAGE)).text(), 'text/html');
  });

  after(() => stage?.remove());

  it('loads nothing but the single-file bundle, and uses the two tags with api-base', () => {
    // (The test server adds its own web-socket client to every HTML page it serves.)
    const scripts = [...page.querySelectorAll('script')].filter((s) => !s.getAttribute('src')?.startsWith('/__web-dev-server'));
    expect(scripts.map((s) => [s.type, s.getAttribute('src')])).to.deep.equal([['module', '../../dist/zoho-projects-widgets.bundle.js']]);
    expect(page.querySelectorAll('link[rel=stylesheet], style, link[rel=modulepreload], [style]').length).to.equal(0);
    const tags = [...page.body.querySelectorAll('*')].filter((e) => e.localName.includes('-'));
    expect(tags.map((e) => [e.localName, [...e.attributes].map((a) => `${a.name}=${a.value}`)])).to.deep.equal([
      ['zoho-projects-setup', [`api-base=${API}`]],
      ['crm-user-import', [`api-base=${API}`]],
    ]);
  });

  it('renders both elements against the fake server once the bundle is loaded', async () => {
    const script = [...page.querySelectorAll('script')].find((s) => s.getAttribute('src')?.includes('dist/'))!;
    const bundleUrl = new URL(script.getAttribute('src')!, new URL(PAGE, location.href)).pathname;
    expect(bundleUrl).to.equal('/dist/zoho-projects-widgets.bundle.js');
    expect(customElements.get('crm-user-import'), 'nothing registered before the bundle').to.equal(undefined);
    await import(/* @vite-ignore */ bundleUrl);
    expect(customElements.get('zoho-projects-setup')).to.not.equal(undefined);
    expect(customElements.get('crm-user-import')).to.not.equal(undefined);

    stage = document.createElement('div');
    stage.append(...[...page.body.childNodes].map((n) => document.importNode(n, true)));
    document.body.append(stage);
    const setup = stage.querySelector('zoho-projects-setup')!;
    const importer = stage.querySelector('crm-user-import')!;
    await waitFor(() => buttonNamed(setup, 'Get Started'), '<zoho-projects-setup> to show "Get Started"');
    await waitFor(() => importer.shadowRoot?.querySelector('#email'), '<crm-user-import> to show its credentials form');
    expect(shadowText(importer)).to.contain(server.db.importContext.portalName);
    const operations = server.log.map((e) => e.operation);
    expect(operations).to.include('getStatus');
    expect(operations).to.include('getImportContext');
  });

  it('looks up the CRM users with the demo credentials', async () => {
    const importer = stage.querySelector('crm-user-import')!;
    const lookedUp = new Promise<CustomEvent>((resolve) => importer.addEventListener('zp-lookup-done', (e) => resolve(e as CustomEvent), { once: true }));
    submitCredentials(importer, CRM_IMPORT_ACCOUNT);
    await waitFor(() => buttonNamed(importer, 'Import Users Now'), 'the review list');
    const { detail } = await lookedUp;
    expect(detail).to.deep.equal({ mode: 'portal-users', count: server.db.crmUsers.length, alreadyInPortal: server.db.portalUsers.size });
    expect(server.log.filter((e) => e.operation === 'lookupCrmUsers')).to.have.length(1);
    expect(shadowText(importer)).to.contain(server.db.crmUsers[5]!.name);
  });

  it('speaks German with a locale attribute: the translation loads from beside the bundle', async () => {
    const importer = stage.querySelector('crm-user-import')!;
    const setup = stage.querySelector('zoho-projects-setup')!;
    importer.setAttribute('locale', 'de');
    await waitFor(() => shadowText(importer).includes('Import aus CRM'), 'German in <crm-user-import>');
    // The locale is page-wide: the other element follows.
    await waitFor(() => !shadowText(setup).includes('Get Started'), 'German in <zoho-projects-setup>');
    // The elements are the bundle's: their German can only come from its translation chunk.
    const chunk = await fetch('/dist/zoho-projects-widgets.locale-de.js');
    expect(chunk.ok).to.equal(true);
    expect(await chunk.text()).to.contain('Import aus CRM');
    importer.setAttribute('locale', 'en');
    await waitFor(() => buttonNamed(importer, 'Import Users Now'), 'English again');
  });
});
