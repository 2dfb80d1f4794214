/**
 * The demo page (demo/index.html, SPEC section 5) in an iframe, with its own fake server: both
 * pages by default, one element alone with `?element=`, the scenario switcher, and the demo
 * credentials on the page.
 */
import { expect } from '@open-wc/testing';
import { CRM_IMPORT_ACCOUNT, OTHER_PORTAL_OWNER } from '../../mocks/credentials.js';
import { SCENARIO_NAMES } from '../../mocks/scenarios.js';
import { fakeServer } from '../helpers.js';
import { openFrame, shadowText, waitFor } from './frame.js';

describe('demo page', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement | undefined;
  const doc = () => frame!.contentDocument!;
  const stageTags = () => [...doc().querySelectorAll('#stage section.page > :last-child')].map((el) => el.localName);
  const elementIn = (tag: string) => waitFor(() => doc().querySelector<HTMLElement>(`#stage ${tag}`), `<${tag}> on the demo page`, 20_000);

  before(async () => {
    await fakeServer('fresh'); // the worker controls this page (and so the frame) before the frame loads
  });

  afterEach(() => frame?.remove());

  it('shows the CRM settings page and the Projects portal page, the scenario switcher and the demo credentials', async () => {
    frame = await openFrame('/demo/index.html');
    const setup = await elementIn('zoho-projects-setup');
    const importer = await elementIn('crm-user-import');
    expect(stageTags().slice(0, 2)).to.deep.equal(['zoho-projects-setup', 'crm-user-import']);
    await waitFor(() => /Get Started/.test(shadowText(setup)), 'the fresh setup');
    await waitFor(() => importer.shadowRoot!.querySelector('#email'), 'the import credentials form');

    const scenario = doc().querySelector<HTMLSelectElement>('#scenario')!;
    expect([...scenario.options].map((o) => o.value)).to.deep.equal([...SCENARIO_NAMES]);
    expect(scenario.value).to.equal('fresh');
    const credentials = doc().querySelector('#credentials')!.textContent!;
    for (const value of [OTHER_PORTAL_OWNER.email, OTHER_PORTAL_OWNER.zscKey, CRM_IMPORT_ACCOUNT.email, CRM_IMPORT_ACCOUNT.zscKey]) {
      expect(credentials).to.contain(value);
    }
  });

  it('?scenario=active&element=field-mapper shows that element alone, on the active scenario\'s data', async () => {
    frame = await openFrame('/demo/index.html?scenario=active&element=field-mapper');
    const mapper = await elementIn('field-mapper');
    await waitFor(() => mapper.shadowRoot!.querySelector('[role=row][data-index]'), 'the field mapping rows', 20_000);
    expect(shadowText(mapper)).to.contain('Project Name');
    expect(stageTags()).to.deep.equal(['field-mapper']);
    expect(doc().querySelector<HTMLSelectElement>('#scenario')!.value).to.equal('active');
    expect(doc().querySelector('#scenario-description')!.textContent).to.contain('Owner Portal One');
  });

  it('the switcher opens another scenario: "non-admin" shows the setup\'s administrator message', async () => {
    frame = await openFrame('/demo/index.html?element=zoho-projects-setup');
    await elementIn('zoho-projects-setup');
    const scenario = doc().querySelector<HTMLSelectElement>('#scenario')!;
    scenario.value = 'non-admin';
    const reloaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    doc().querySelector<HTMLButtonElement>('#controls button[type=submit]')!.click();
    await reloaded;
    const url = new URL(frame.contentWindow!.location.href);
    expect([url.searchParams.get('scenario'), url.searchParams.get('element')]).to.deep.equal(['non-admin', 'zoho-projects-setup']);
    const setup = await elementIn('zoho-projects-setup');
    await waitFor(() => /Administrator privileges are required/.test(shadowText(setup)), 'the administrator message', 20_000);
    expect(stageTags()).to.deep.equal(['zoho-projects-setup']);
  });
});
