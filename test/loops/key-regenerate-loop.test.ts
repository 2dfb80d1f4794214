/**
 * The ZSC key loop across three elements: regenerating the portal owner's key on the
 * Projects side (`<zsc-key-panel side="projects">`) breaks the CRM integration
 * (`<projects-related-list>` says it stopped working); updating the key in
 * `<zoho-projects-setup>` (its ZSC key form) brings it back, and the list works again. On one of
 * the administrator's own portals the integration runs on their own key (`side="crm"`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register/zsc-key-panel.js';
import '../../src/register/projects-related-list.js';
import '../../src/register/zoho-projects-setup.js';
import type { ZscKeyPanel } from '../../src/elements/zsc-key-panel/zsc-key-panel.js';
import type { ProjectsRelatedList } from '../../src/elements/projects-related-list/projects-related-list.js';
import type { ZohoProjectsSetup } from '../../src/elements/zoho-projects-setup/zoho-projects-setup.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { OTHER_PORTAL_OWNER } from '../../mocks/credentials.js';
import { API, fakeServer, fastBackend, until } from '../helpers.js';
import { folded, root, text } from '../dom.js';

const button = (scope: Element | ShadowRoot, name: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => folded(b.textContent) === name) ?? null;

function field(el: Element, label: string): HTMLInputElement {
  const l = [...root(el).querySelectorAll<HTMLLabelElement>('label[for]')].find((x) => folded(x.textContent) === label);
  if (!l) throw new Error(`No field "${label}" in: ${text(el)}`);
  return root(el).getElementById(l.htmlFor) as HTMLInputElement;
}
async function type(el: ZohoProjectsSetup, label: string, value: string) {
  const input = field(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const listWorks = (el: Element) => root(el).querySelectorAll('tbody tr').length === 2 && !root(el).querySelector('[part="key-invalid"]');
const listBroken = (el: Element) => !!root(el).querySelector('[part="key-invalid"]') && !root(el).querySelector('table');

/** Regenerates the Projects owner's key in the panel and reads the new key there ("Show key"). */
async function regenerate(panel: ZscKeyPanel): Promise<string> {
  await until(() => button(root(panel), 'Regenerate'), 5000, 'key panel');
  button(root(panel), 'Regenerate')!.click();
  const dialog = root(panel).querySelector('dialog')!;
  await until(() => dialog.open, 2000, 'warning');
  expect(folded(dialog.textContent)).to.contain('stop working until they are updated');
  button(dialog, 'Regenerate')!.click();
  await until(() => !dialog.open, 5000, 'regenerated');
  button(root(panel), 'Show key')!.click();
  await until(() => /^[0-9a-f]{32}$/.test(folded(root(panel).querySelector('[part="key-value"]')?.textContent)), 5000, 'new key shown');
  return folded(root(panel).querySelector('[part="key-value"]')!.textContent);
}

/** Updates the key through the setup element's ZSC key form ("Email address", "ZSC Key", "Save"). */
async function updateKey(setup: ZohoProjectsSetup, key: string, email: string = OTHER_PORTAL_OWNER.email) {
  await type(setup, 'Email address', email);
  await type(setup, 'ZSC Key', key);
  button(root(setup), 'Save')!.click();
}

describe('regenerate → broken → update → working', function () {
  this.timeout(60_000);

  it('each element on its own page (own store): the fake server carries the state between them', async () => {
    const { server } = await fakeServer('active');
    const list = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module="deals" record-id="deal-1"></projects-related-list>`);
    await until(() => listWorks(list), 5000, 'projects listed');

    // Projects side: the portal owner regenerates the key.
    const panel = await fixture<ZscKeyPanel>(html`<zsc-key-panel api-base=${API} side="projects"></zsc-key-panel>`);
    const newKey = await regenerate(panel);
    expect(newKey).to.not.equal(OTHER_PORTAL_OWNER.zscKey);
    expect(server.db.status.state).to.equal('key-invalid');

    // CRM record page, opened again: the integration stopped working.
    const page = list.parentElement!;
    list.remove();
    page.append(list);
    await until(() => listBroken(list), 5000, 'broken-key message');
    expect(text(list)).to.contain('An administrator must update the ZSC key');
    await expect(list).to.be.accessible();

    // CRM settings page: the broken-key state with its update form.
    const setup = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup api-base=${API}></zoho-projects-setup>`);
    await until(() => text(setup).includes('stopped working') && root(setup).querySelector('form'), 5000, 'setup shows the broken key');
    // The old key is refused at the field.
    await updateKey(setup, OTHER_PORTAL_OWNER.zscKey);
    await until(() => root(setup).querySelector('[aria-invalid="true"]'), 5000, 'old key refused');
    expect(server.db.status.state).to.equal('key-invalid');
    // The new one brings the integration back.
    await updateKey(setup, newKey);
    await until(() => text(setup).includes('the integration works again'), 5000, 'key updated');
    expect(server.db.status.state).to.equal('active');

    // CRM record page again: the projects are back.
    list.remove();
    page.append(list);
    await until(() => listWorks(list), 5000, 'projects listed again');
  });

  it('the three elements sharing one store follow each other without a reload', async () => {
    const { server } = await fakeServer('active');
    const store = new IntegrationStore(fastBackend());
    const wrap = await fixture<HTMLElement>(html`<div>
      <zoho-projects-setup .store=${store}></zoho-projects-setup>
      <projects-related-list .store=${store} module="deals" record-id="deal-1"></projects-related-list>
      <zsc-key-panel .store=${store} side="projects"></zsc-key-panel>
    </div>`);
    const setup = wrap.querySelector('zoho-projects-setup')!;
    const list = wrap.querySelector('projects-related-list')!;
    const panel = wrap.querySelector('zsc-key-panel')!;
    await until(() => listWorks(list) && store.state.setup.status?.state === 'active', 5000, 'all loaded');

    const newKey = await regenerate(panel);
    await until(() => listBroken(list), 5000, 'the list shows the broken key');
    await until(() => text(setup).includes('stopped working'), 5000, 'the setup shows the broken key');

    await updateKey(setup, newKey);
    await until(() => listWorks(list), 5000, 'the list works again');
    expect(server.db.status.state).to.equal('active');
    expect(text(setup)).to.contain('the integration works again');
    // The key never entered the shared store.
    expect(JSON.stringify(store.state)).to.not.contain(newKey);
  });

  it("on the administrator's own portal: regenerating their own key (side crm) breaks it; their new key brings it back", async () => {
    const { server } = await fakeServer('active');
    const own = server.db.ownPortals[0]!;
    server.db.status = { ...server.db.status, portal: { ...own, source: 'own' } };
    server.db.integrationKey = { email: server.db.adminEmail, zscKey: 'own' };

    const panel = await fixture<ZscKeyPanel>(html`<zsc-key-panel api-base=${API} side="crm"></zsc-key-panel>`);
    const newKey = await regenerate(panel);
    expect(server.db.status.state).to.equal('key-invalid');

    const setup = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup api-base=${API}></zoho-projects-setup>`);
    await until(() => text(setup).includes('stopped working') && root(setup).querySelector('form'), 5000, 'setup shows the broken key');
    // Another user's key is refused: the portal is the administrator's own.
    await updateKey(setup, OTHER_PORTAL_OWNER.zscKey, OTHER_PORTAL_OWNER.email);
    await until(() => root(setup).querySelector('[aria-invalid="true"]'), 5000, 'wrong owner refused');
    await updateKey(setup, newKey, server.db.adminEmail);
    await until(() => text(setup).includes('the integration works again'), 5000, 'key updated');
    expect(server.db.status.state).to.equal('active');
  });
});
