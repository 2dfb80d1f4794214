/**
 * `<zoho-projects-setup>` loading the elements it hosts when a step first shows one. This page
 * registers the element the way `src/register/zoho-projects-setup.ts` does, but with loaders it
 * controls: one that fails until allowed (a chunk that could not be fetched), then the real file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ZohoProjectsSetup } from '../../src/elements/zoho-projects-setup/zoho-projects-setup.js';
import { registerElement, setLoader } from '../../src/registry.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { fakeServer, fastBackend, until } from '../helpers.js';
import { root, text } from '../dom.js';

const loads: string[] = [];
let permissionsReachable = false;
let releasePermissions: () => void = () => {};
const permissionsGate = new Promise<void>((resolve) => { releasePermissions = resolve; });

setLoader('profile-perms', async () => {
  loads.push('profile-perms');
  if (!permissionsReachable) throw new TypeError('Failed to fetch dynamically imported module');
  await permissionsGate;
  return import('../../src/register/profile-perms.js');
});
setLoader('client-account-mapper', () => {
  loads.push('client-account-mapper');
  return import('../../src/register/client-account-mapper.js');
});
setLoader('field-mapper', () => {
  loads.push('field-mapper');
  return import('../../src/register/field-mapper.js');
});
registerElement('zoho-projects-setup', ZohoProjectsSetup);

const button = (el: HTMLElement, name: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);

describe('<zoho-projects-setup> loading the elements it hosts', () => {
  it('loads none of them for the active integration, then a step’s element when it opens, with Retry when that fails', async () => {
    await fakeServer('active');
    const store = new IntegrationStore(fastBackend({ readRetries: 0 }));
    const el = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup .store=${store}></zoho-projects-setup>`);
    await until(() => button(el, 'Edit Configuration'), 5_000, 'the active integration');
    await expect(el).to.be.accessible();
    expect(loads, 'nothing hosted is loaded before a step shows').to.deep.equal([]);
    expect(customElements.get('profile-perms')).to.equal(undefined);

    // "Edit Configuration" opens permissions: its element's file cannot be fetched.
    button(el, 'Edit Configuration')!.click();
    await until(() => root(el).querySelector('[part="error"]'), 3_000, 'the load failure');
    expect(loads).to.deep.equal(['profile-perms']);
    expect(root(el).querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(text(el)).to.contain('This step could not be loaded. Check your connection and try again.');
    expect(button(el, 'Back to integration'), 'the way back stays').to.exist;

    // Retry: loading, then the element, from the shared store.
    permissionsReachable = true;
    button(el, 'Retry')!.click();
    await until(() => root(el).querySelector('[part="loading"]'), 3_000, 'the loading state');
    expect(text(el)).to.contain('Loading this step…');
    expect(root(el).querySelector('[part="loading"]')!.getAttribute('role')).to.equal('status');
    releasePermissions();
    await until(() => root(el).querySelector('profile-perms'), 5_000, '<profile-perms>');
    expect(loads).to.deep.equal(['profile-perms', 'profile-perms']);
    const perms = root(el).querySelector('profile-perms')!;
    await until(() => perms.shadowRoot?.querySelector('input[type="checkbox"]'), 5_000, 'the permissions grid');
    expect(store.state.permissions.doc, 'it loaded through the shared store').to.not.equal(null);
    expect(loads, 'the other steps are still not loaded').to.deep.equal(['profile-perms', 'profile-perms']);
  });

  it('starts loading a step’s element as soon as the step shows, before "Map Now"', async () => {
    // Fresh page state is shared in this file: field-mapper has not been asked for yet.
    await fakeServer('fresh');
    const store = new IntegrationStore(fastBackend({ readRetries: 0 }));
    const el = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup .store=${store}></zoho-projects-setup>`);
    await until(() => button(el, 'Get Started'), 5_000, '"Get Started"');
    button(el, 'Get Started')!.click();
    await until(() => store.state.setup.ownPortals, 5_000, 'own portals');
    await el.updateComplete;
    expect(loads.includes('field-mapper'), 'not while the portal step shows').to.equal(false);
    const own = root(el).querySelector<HTMLSelectElement>('#own-portal')!;
    own.value = own.options[1]!.value;
    own.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    button(el, 'Save')!.click();
    await until(() => button(el, 'Map Now'), 5_000, 'the field mapping step');
    expect(loads).to.include('field-mapper');
    await until(() => customElements.get('field-mapper'), 5_000, 'field-mapper registered');
    button(el, 'Map Now')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('field-mapper'), 'there at once on "Map Now"').to.exist;
  });
});
