import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
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
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';
import { folded, root, text } from '../dom.js';

const ZP_EVENTS = ['zp-step-change', 'zp-portal-saved', 'zp-integration-activated', 'zp-key-updated', 'zp-deactivated', 'zp-error'];

interface Mounted {
  el: ZohoProjectsSetup;
  store: IntegrationStore;
  server: FakeServer;
  worker: Awaited<ReturnType<typeof fakeServer>>['worker'];
  events: CustomEvent[];
}

/** The element on a fresh fake server, with its store passed in (so a test can play a hosted element's part). */
async function mount(scenario = 'fresh', options: { latencyMs?: number } = {}): Promise<Mounted> {
  const { server, worker } = await fakeServer(scenario, options);
  const store = new IntegrationStore(fastBackend());
  const events: CustomEvent[] = [];
  const el = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup .store=${store}></zoho-projects-setup>`);
  for (const name of ZP_EVENTS) el.addEventListener(name, (e) => events.push(e as CustomEvent));
  await until(() => store.state.setup.status || store.request('getStatus').error, 5_000, 'status');
  await el.updateComplete;
  return { el, store, server, worker, events };
}

const HOSTED = ['field-mapper', 'profile-perms', 'client-account-mapper'] as const;

/**
 * `expect(el).to.be.accessible()`; on screens hosting another element, axe checks this
 * element around it and leaves the hosted one out (that element's own tests check it).
 */
async function expectAccessible(el: HTMLElement): Promise<void> {
  const hosted = [...root(el).querySelectorAll(HOSTED.map((t) => tagName(t)).join(','))];
  if (!hosted.length) {
    await expect(el).to.be.accessible();
    return;
  }
  const axe = (window as unknown as { axe: typeof Axe }).axe;
  const { violations } = await axe.run({ include: [el], exclude: hosted }, { resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
}

function findButton(el: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...root(el).querySelectorAll('button')].find((b) => folded(b.textContent) === name);
}
function button(el: HTMLElement, name: string): HTMLButtonElement {
  const b = findButton(el, name);
  if (!b) throw new Error(`No button "${name}" in: ${text(el)}`);
  return b;
}
function field<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, label: string): T {
  const l = [...root(el).querySelectorAll('label')].find((x) => folded(x.textContent) === label);
  if (!l) throw new Error(`No field "${label}" in: ${text(el)}`);
  const control = (l.htmlFor ? root(el).getElementById(l.htmlFor) : l.querySelector('input')) as T | null;
  if (!control) throw new Error(`No control for "${label}"`);
  return control;
}
const hasField = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll('label')].some((x) => folded(x.textContent) === label);
function fieldError(el: HTMLElement, label: string): string {
  return folded(root(el).getElementById(`${field(el, label).id}-error`)?.textContent);
}
async function type(el: ZohoProjectsSetup, label: string, value: string) {
  const input = field(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: ZohoProjectsSetup, label: string, optionText: string) {
  const select = field<HTMLSelectElement>(el, label);
  const option = [...select.options].find((o) => folded(o.textContent) === optionText);
  if (!option) throw new Error(`No option "${optionText}" in ${label}`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function pickMode(el: ZohoProjectsSetup, label: string) {
  field(el, label).click();
  await el.updateComplete;
}
async function click(el: ZohoProjectsSetup, name: string) {
  button(el, name).click();
  await el.updateComplete;
}
/** Waits until no request of the store is in flight and the element has rendered. */
async function settle(m: Pick<Mounted, 'el' | 'store'>) {
  await until(() => !Object.values(m.store.state.requests).some((r) => r.pending), 5_000, 'requests to finish');
  await m.el.updateComplete;
  await m.el.updateComplete;
}
/** Types `value` into the field labelled `label`, presses `button` and lets the requests finish. */
async function submit(m: Pick<Mounted, 'el' | 'store'>, label: string, value: string, button: string) {
  await type(m.el, label, value);
  await click(m.el, button);
  await settle(m);
}
const heading = (el: HTMLElement) => folded(root(el).querySelector('#step-title')?.textContent);
const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
const currentStep = (el: HTMLElement) => folded(root(el).querySelector('[aria-current="step"] .label')?.textContent);
const ops = (server: FakeServer, op: string) => server.log.filter((e) => e.operation === op);

async function startConfiguring(m: Mounted) {
  await click(m.el, 'Get Started');
  await settle(m);
  await until(() => m.store.state.setup.ownPortals, 3_000, 'own portals');
  await settle(m);
}

/** Step 1 with "Use another user's portal(s)": the owner's email and key, then "Find Portals". */
async function findOtherPortals(m: Mounted) {
  await startConfiguring(m);
  await pickMode(m.el, "Use another user's portal(s)");
  await type(m.el, 'Email address', OTHER_PORTAL_OWNER.email);
  await submit(m, 'ZSC Key', OTHER_PORTAL_OWNER.zscKey, 'Find Portals');
}

describe('<zoho-projects-setup>', () => {
  describe('states before configuration', () => {
    it('is accessible while loading and when not enabled, with "Get Started"', async () => {
      const { server } = await fakeServer('slow', { latencyMs: 400 });
      const loading = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup api-base=${API}></zoho-projects-setup>`);
      expect(text(loading)).to.contain('Loading');
      await expect(loading).to.be.accessible();
      await until(() => text(loading).includes('Get Started'), 5_000, 'Get Started');
      expect(ops(server, 'getStatus')).to.have.length(1);

      const m = await mount();
      await expectAccessible(m.el);
      expect(folded(root(m.el).querySelector('h2')?.textContent)).to.equal('Zoho Projects Integration');
      expect(findButton(m.el, 'Get Started')).to.exist;
      expect(root(m.el).querySelector('nav')).to.equal(null);
      // Nothing steals focus on page load.
      expect(focused(m.el)).to.equal(null);
    });

    it('tells a non-administrator that administrator privileges are required, with no controls', async () => {
      const m = await mount('non-admin');
      expect(text(m.el)).to.contain('Administrator privileges are required');
      expect(root(m.el).querySelectorAll('button, input, select, textarea, a[href]')).to.have.length(0);
      await expectAccessible(m.el);
    });

    it('offers the Free Edition the 15-day trial; "Get Started" starts it and shows the days left', async () => {
      const m = await mount('free-edition');
      expect(text(m.el)).to.contain('free for 15 days');
      await expectAccessible(m.el);
      await click(m.el, 'Get Started');
      await settle(m);
      expect(ops(m.server, 'startTrial')).to.have.length(1);
      expect(ops(m.server, 'startSetup')).to.have.length(1);
      expect(text(m.el)).to.contain('15 days left');
      expect(heading(m.el)).to.contain('Portal configuration');
      await expectAccessible(m.el);
    });

    it('shows an upgrade notice when the trial has expired, and nothing to configure', async () => {
      const m = await mount('trial-expired');
      expect(text(m.el)).to.contain('trial of the Zoho Projects integration has ended');
      expect(text(m.el)).to.contain('Upgrade');
      expect(root(m.el).querySelectorAll('button, input, select, textarea, a[href]')).to.have.length(0);
      await expectAccessible(m.el);
    });

    it('stays at "Get Started" with the reason and "Retry" when starting fails', async () => {
      const m = await mount();
      m.worker.use(http.post(`${API}/crm/integration/start`, () => HttpResponse.json({ error: { code: 'unavailable', message: 'x' } }, { status: 503 }), { once: true }));
      await click(m.el, 'Get Started');
      await settle(m);
      expect(text(m.el)).to.contain('The server could not complete the request');
      expect(findButton(m.el, 'Get Started')).to.exist;
      await expectAccessible(m.el);
      await click(m.el, 'Retry');
      await settle(m);
      expect(heading(m.el)).to.contain('Portal configuration');
    });

    it('says "not permitted" and shows no data when the status is refused', async () => {
      const { worker } = await fakeServer();
      worker.use(http.get(`${API}/crm/integration`, () => HttpResponse.json({ error: { code: 'forbidden', message: 'No.' } }, { status: 403 })));
      const el = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup api-base=${API}></zoho-projects-setup>`);
      await until(() => text(el).includes('not permitted'), 5_000, 'not permitted');
      expect(findButton(el, 'Retry')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('offers "Retry" when the status cannot be loaded, and fires zp-error', async () => {
      const { worker } = await fakeServer();
      worker.use(http.get(`${API}/crm/integration`, () => HttpResponse.error(), { once: true }));
      const store = new IntegrationStore(fastBackend({ readRetries: 0 }));
      const errors: CustomEvent[] = [];
      const el = await fixture<ZohoProjectsSetup>(html`<zoho-projects-setup .store=${store} @zp-error=${(e: CustomEvent) => errors.push(e)}></zoho-projects-setup>`);
      await until(() => findButton(el, 'Retry'), 5_000, 'Retry');
      expect(text(el)).to.contain('Could not reach the server');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.operation).to.equal('getStatus');
      await expectAccessible(el);
      button(el, 'Retry').click();
      await until(() => findButton(el, 'Get Started'), 5_000, 'Get Started');
    });
  });

  describe('step list', () => {
    it('"Get Started" opens portal configuration: step list, current step marked, focus on its heading', async () => {
      const m = await mount();
      button(m.el, 'Get Started').focus();
      await startConfiguring(m);
      const nav = root(m.el).querySelector('nav[aria-label="Setup steps"]')!;
      expect(nav).to.exist;
      expect([...nav.querySelectorAll('li .label')].map((l) => folded(l.textContent))).to.deep.equal([
        'Portal configuration', 'Field mapping', 'Permissions for CRM users', 'Client account mapping',
      ]);
      expect(currentStep(m.el)).to.equal('Portal configuration');
      expect(heading(m.el)).to.contain('Portal configuration');
      expect(focused(m.el)?.id).to.equal('step-title');
      const change = m.events.find((e) => e.type === 'zp-step-change')!;
      expect(change.detail).to.deep.equal({ step: 'portal', previousStep: null, completedSteps: [] });
      expect(change.bubbles && change.composed).to.equal(true);
      await expectAccessible(m.el);
    });

    it('cannot skip a required step, and can go back to an earlier one', async () => {
      const m = await mount();
      await startConfiguring(m);
      // Later steps are text, not buttons, until the steps before them are done.
      expect(findButton(m.el, 'Field mapping')).to.equal(undefined);
      const items = [...root(m.el).querySelectorAll('nav li')];
      expect(items.slice(1).every((li) => !li.querySelector('button'))).to.equal(true);
      expect(folded(items[2]!.textContent)).to.contain('not available yet');
      // Even asked through the store's status, the element shows the first step not done.
      await choose(m.el, 'Portal Name', 'Acme Projects');
      await click(m.el, 'Save');
      await settle(m);
      expect(heading(m.el)).to.contain('Field mapping');
      expect(focused(m.el)?.id).to.equal('step-title');
      expect(folded(root(m.el).querySelector('nav li')?.textContent)).to.contain('(completed)');
      expect(root(m.el).querySelectorAll('nav li')[2]!.querySelector('button')).to.equal(null);

      // Back to the portal step: the associated portal is shown; "Continue" returns.
      root(m.el).querySelector<HTMLButtonElement>('nav li button')!.click();
      await m.el.updateComplete;
      await m.el.updateComplete;
      expect(currentStep(m.el)).to.equal('Portal configuration');
      expect(focused(m.el)?.id).to.equal('step-title');
      expect(text(m.el)).to.contain('Associated portal: Acme Projects');
      expect(hasField(m.el, 'Portal Name')).to.equal(false);
      await expectAccessible(m.el);
      await click(m.el, 'Continue');
      await m.el.updateComplete;
      expect(currentStep(m.el)).to.equal('Field mapping');
      expect(m.events.filter((e) => e.type === 'zp-step-change').map((e) => e.detail.step))
        .to.deep.equal(['portal', 'fields', 'portal', 'fields']);
    });
  });

  describe('portal configuration', () => {
    it('shows a portal name with markup as text: in the picklist, the saved message and the summary', async () => {
      const m = await mount();
      const markup = '<img src=x onerror=alert(1)> Portal';
      m.server.db.ownPortals[0]!.name = markup;
      await startConfiguring(m);
      expect([...field<HTMLSelectElement>(m.el, 'Portal Name').options].map((o) => folded(o.textContent))).to.include(markup);
      await choose(m.el, 'Portal Name', markup);
      await click(m.el, 'Save');
      await settle(m);
      expect(text(m.el)).to.contain(`Portal “${markup}” saved.`);
      expect(root(m.el).querySelector('img')).to.equal(null);
    });

    it("associates one of the admin's own portals from the \"Portal Name\" picklist", async () => {
      const m = await mount();
      await startConfiguring(m);
      const select = field<HTMLSelectElement>(m.el, 'Portal Name');
      expect([...select.options].map((o) => folded(o.textContent))).to.deep.equal(['Select a portal', 'Acme Projects', 'Acme Field Services']);
      // Save without a choice: a message at the field, nothing sent.
      await click(m.el, 'Save');
      expect(fieldError(m.el, 'Portal Name')).to.equal('Select a portal.');
      expect(ops(m.server, 'associatePortal')).to.have.length(0);
      await expectAccessible(m.el);
      await choose(m.el, 'Portal Name', 'Acme Field Services');
      expect(fieldError(m.el, 'Portal Name')).to.equal('');
      await click(m.el, 'Save');
      await settle(m);
      expect(m.store.state.setup.status?.portal).to.include({ id: 'portal-own-2', source: 'own' });
      const saved = m.events.find((e) => e.type === 'zp-portal-saved')!;
      expect(saved.detail.portal).to.deep.equal({ id: 'portal-own-2', name: 'Acme Field Services', ownerEmail: 'admin@acme.example', source: 'own' });
      expect(text(m.el)).to.contain('Portal “Acme Field Services” saved.');
    });

    it("uses another user's portals: a wrong key/email pair is an error at the form; the right pair lists their portals", async () => {
      const m = await mount();
      await startConfiguring(m);
      await pickMode(m.el, "Use another user's portal(s)");
      expect(hasField(m.el, 'Portal Name')).to.equal(false);
      expect(field(m.el, 'ZSC Key').type).to.equal('password');
      await expectAccessible(m.el);

      // Bad formats: messages at the fields, nothing sent.
      await type(m.el, 'Email address', 'not-an-email');
      await submit(m, 'ZSC Key', 'xyz', 'Find Portals');
      expect(fieldError(m.el, 'Email address')).to.contain('valid email address');
      expect(fieldError(m.el, 'ZSC Key')).to.contain('32 characters');
      expect(focused(m.el)?.id).to.equal(field(m.el, 'Email address').id);
      expect(ops(m.server, 'lookupOtherPortals')).to.have.length(0);

      // A well-formed but wrong pair.
      await type(m.el, 'Email address', OTHER_PORTAL_OWNER.email);
      await type(m.el, 'ZSC Key', '0123456789abcdef0123456789abcdef');
      const before = structuredClone(m.store.state.setup.status);
      await click(m.el, 'Find Portals');
      await settle(m);
      expect(fieldError(m.el, 'ZSC Key')).to.equal('The email address and ZSC key do not match.');
      expect(field(m.el, 'ZSC Key').getAttribute('aria-invalid')).to.equal('true');
      expect(hasField(m.el, 'Portal Name')).to.equal(false);
      expect(m.store.state.setup.status).to.deep.equal(before);
      expect(field(m.el, 'Email address').value).to.equal(OTHER_PORTAL_OWNER.email);
      await expectAccessible(m.el);

      // The right pair.
      await type(m.el, 'ZSC Key', OTHER_PORTAL_OWNER.zscKey);
      expect(fieldError(m.el, 'ZSC Key')).to.equal('');
      await click(m.el, 'Find Portals');
      await settle(m);
      const select = field<HTMLSelectElement>(m.el, 'Portal Name');
      expect([...select.options].map((o) => folded(o.textContent))).to.deep.equal(['Select a portal', 'Owner Portal One', 'Owner Portal Two']);
      await expectAccessible(m.el);
      await choose(m.el, 'Portal Name', 'Owner Portal Two');
      await click(m.el, 'Save');
      await settle(m);
      expect(m.store.state.setup.status?.portal).to.include({ id: 'portal-other-2', source: 'other' });
      expect(heading(m.el)).to.contain('Field mapping');
    });

    it('editing the email or key after finding portals hides the list until they are found again', async () => {
      const m = await mount();
      await findOtherPortals(m);
      expect(hasField(m.el, 'Portal Name')).to.equal(true);
      await type(m.el, 'Email address', 'someone.else@example.com');
      expect(hasField(m.el, 'Portal Name')).to.equal(false);
      expect(findButton(m.el, 'Save')).to.equal(undefined);
    });

    it('"Create New Portal" refuses empty, too long and taken names with a reason; the new portal is then in the picklist', async () => {
      const m = await mount();
      await startConfiguring(m);
      await pickMode(m.el, 'Create New Portal');
      await expectAccessible(m.el);

      await click(m.el, 'Create');
      expect(fieldError(m.el, 'Portal Name')).to.equal('This field is required.');
      await submit(m, 'Portal Name', 'x'.repeat(51), 'Create');
      expect(fieldError(m.el, 'Portal Name')).to.equal('Use at most 50 characters.');
      await submit(m, 'Portal Name', '<script>', 'Create');
      expect(fieldError(m.el, 'Portal Name')).to.contain('Start with a letter or digit');
      expect(ops(m.server, 'createPortal')).to.have.length(0);

      await submit(m, 'Portal Name', 'Zylker', 'Create');
      expect(fieldError(m.el, 'Portal Name')).to.equal('This portal name is already taken. Choose another.');
      expect(focused(m.el)?.id).to.equal(field(m.el, 'Portal Name').id);
      expect(field(m.el, 'Portal Name').value).to.equal('Zylker');
      await expectAccessible(m.el);

      await submit(m, 'Portal Name', 'Acme Delivery', 'Create');
      const select = field<HTMLSelectElement>(m.el, 'Portal Name');
      expect(select.tagName).to.equal('SELECT');
      expect(folded(select.selectedOptions[0]?.textContent)).to.equal('Acme Delivery');
      expect([...select.options].map((o) => folded(o.textContent))).to.include('Acme Delivery');
      await click(m.el, 'Save');
      await settle(m);
      expect(m.store.state.setup.status?.portal).to.include({ name: 'Acme Delivery', source: 'created' });
    });

    it('a request failing mid-flow keeps everything typed and offers "Retry"', async () => {
      const m = await mount();
      await findOtherPortals(m);
      await choose(m.el, 'Portal Name', 'Owner Portal One');
      m.worker.use(http.post(`${API}/crm/integration/portal`, () => HttpResponse.error(), { once: true }));
      await click(m.el, 'Save');
      await settle(m);
      expect(text(m.el)).to.contain('Could not reach the server');
      expect(heading(m.el)).to.contain('Portal configuration');
      expect(field(m.el, 'Email address').value).to.equal(OTHER_PORTAL_OWNER.email);
      expect(field(m.el, 'ZSC Key').value).to.equal(OTHER_PORTAL_OWNER.zscKey);
      expect(field<HTMLSelectElement>(m.el, 'Portal Name').value).to.equal('portal-other-1');
      expect(m.events.filter((e) => e.type === 'zp-error').map((e) => e.detail.operation)).to.deep.equal(['associatePortal']);
      await expectAccessible(m.el);
      await click(m.el, 'Retry');
      await settle(m);
      expect(m.store.state.setup.status?.portal?.id).to.equal('portal-other-1');
      expect(heading(m.el)).to.contain('Field mapping');
    });

    it('a portal associated elsewhere in the meantime: says so and "Reload" shows it', async () => {
      const m = await mount();
      await startConfiguring(m);
      await choose(m.el, 'Portal Name', 'Acme Projects');
      // Another administrator is quicker.
      const other = new IntegrationStore(fastBackend());
      expect((await other.setup.associatePortal('portal-own-2', 'own')).ok).to.equal(true);
      await click(m.el, 'Save');
      await settle(m);
      expect(text(m.el)).to.contain('A portal is already associated');
      expect(field<HTMLSelectElement>(m.el, 'Portal Name').value).to.equal('portal-own-1');
      await expectAccessible(m.el);
      await click(m.el, 'Reload');
      await settle(m);
      // The portal step is done now: on to the next one; going back shows the portal.
      expect(heading(m.el)).to.contain('Field mapping');
      expect(focused(m.el)?.id).to.equal('step-title');
      root(m.el).querySelector<HTMLButtonElement>('nav li button')!.click();
      await m.el.updateComplete;
      expect(text(m.el)).to.contain('Associated portal: Acme Field Services');
    });

    it('a double click on "Save" sends one request', async () => {
      const m = await mount();
      await startConfiguring(m);
      await choose(m.el, 'Portal Name', 'Acme Projects');
      m.server.latencyMs = 150;
      const save = button(m.el, 'Save');
      save.click();
      await m.el.updateComplete;
      expect(save.getAttribute('aria-disabled')).to.equal('true');
      save.click();
      save.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
      await settle(m);
      expect(ops(m.server, 'associatePortal')).to.have.length(1);
      expect(m.events.filter((e) => e.type === 'zp-portal-saved')).to.have.length(1);
      expect(m.events.filter((e) => e.type === 'zp-error')).to.have.length(0);
    });

    it('reports a response that breaks the contract and stays usable (malformed)', async () => {
      const m = await mount('malformed');
      await click(m.el, 'Get Started');
      await until(() => findButton(m.el, 'Retry'), 5_000, 'Retry');
      expect(text(m.el)).to.contain('unexpected response');
      const error = m.events.find((e) => e.type === 'zp-error')!;
      expect(error.detail.kind).to.equal('unexpected-response');
      expect(error.detail.operation).to.equal('listOwnPortals');
      await expectAccessible(m.el);
      // Another way still works.
      await pickMode(m.el, 'Create New Portal');
      await submit(m, 'Portal Name', 'Fresh Start', 'Create');
      expect(folded(field<HTMLSelectElement>(m.el, 'Portal Name').selectedOptions[0]?.textContent)).to.equal('Fresh Start');
    });

    it('keyboard only: completes portal configuration with sendKeys', async () => {
      const m = await mount();
      await sendKeys({ press: 'Tab' });
      expect(folded(focused(m.el)?.textContent)).to.equal('Get Started');
      await sendKeys({ press: 'Enter' });
      await until(() => focused(m.el)?.id === 'step-title', 5_000, 'focus on the step heading');
      await until(() => m.store.state.setup.ownPortals, 3_000, 'own portals');
      await m.el.updateComplete;
      // The three cases are a radio group: arrow keys move between them.
      await sendKeys({ press: 'Tab' });
      expect((focused(m.el) as HTMLInputElement).value).to.equal('own');
      await sendKeys({ press: 'ArrowRight' });
      await m.el.updateComplete;
      expect(hasField(m.el, 'Email address')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused(m.el)?.id).to.equal(field(m.el, 'Email address').id);
      await sendKeys({ type: OTHER_PORTAL_OWNER.email });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: OTHER_PORTAL_OWNER.zscKey });
      await sendKeys({ press: 'Enter' }); // submits "Find Portals"
      await until(() => focused(m.el)?.id === 'other-portal', 5_000, 'focus on the portal picklist');
      await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      expect(field<HTMLSelectElement>(m.el, 'Portal Name').value).to.equal('portal-other-1');
      await sendKeys({ press: 'Tab' });
      expect(folded(focused(m.el)?.textContent)).to.equal('Save');
      await sendKeys({ press: 'Enter' });
      await settle(m);
      expect(m.store.state.setup.status?.portal).to.include({ id: 'portal-other-1', source: 'other' });
      expect(focused(m.el)?.id).to.equal('step-title');
      expect(heading(m.el)).to.contain('Field mapping');
    });
  });

  describe('field mapping, permissions and client mapping', () => {
    async function configureToFields(): Promise<Mounted> {
      const m = await mount();
      await startConfiguring(m);
      await choose(m.el, 'Portal Name', 'Acme Projects');
      await click(m.el, 'Save');
      await settle(m);
      return m;
    }

    it('hosts the three elements through the shared store, advancing on their events, then shows the active integration on "Finish"', async () => {
      const m = await configureToFields();
      expect(heading(m.el)).to.contain('Field mapping');
      await expectAccessible(m.el);

      // "Map Now" opens <field-mapper>, which gets the shared store from context.
      await click(m.el, 'Map Now');
      const mapper = root(m.el).querySelector(tagName('field-mapper')) as HTMLElement & { store?: unknown };
      expect(mapper).to.exist;
      expect(focused(m.el)?.id).to.equal('step-title');
      await expectAccessible(m.el);
      // Playing <field-mapper>'s part: "Done" saves through the store, then it fires its event.
      await m.store.fieldMapping.load();
      const saved = await m.store.fieldMapping.save(m.store.state.fieldMapping.doc!.mapping);
      expect(saved.ok).to.equal(true);
      mapper.dispatchEvent(new CustomEvent('zp-field-mapping-saved', { bubbles: true, composed: true, detail: { mappedCount: 1 } }));
      await settle(m);
      expect(heading(m.el)).to.contain('Permissions for CRM users');
      expect(focused(m.el)?.id).to.equal('step-title');
      expect(text(m.el)).to.contain('Field mapping saved.');
      await expectAccessible(m.el);

      // "Setup" opens <profile-perms>; its "Save" returns with the counts.
      await click(m.el, 'Setup');
      // Each step's element loads when its step first shows (register/zoho-projects-setup.ts).
      await until(() => root(m.el).querySelector(tagName('profile-perms')), 3_000, '<profile-perms>');
      const perms = root(m.el).querySelector(tagName('profile-perms')) as HTMLElement;
      await m.store.permissions.load();
      const doc = m.store.state.permissions.doc!;
      const result = await m.store.permissions.save(doc.profiles.map((p) => ({ profileId: p.profileId, permissions: { ...p.permissions } })));
      expect(result.ok).to.equal(true);
      perms.dispatchEvent(new CustomEvent('zp-permissions-saved', { bubbles: true, composed: true, detail: { pushedAsEmployee: 4, alreadyExisting: 1 } }));
      await settle(m);
      expect(heading(m.el)).to.contain('Client account mapping');
      expect(text(m.el)).to.contain('4 CRM users were added to Zoho Projects as “Employee”; 1 user was already there');
      await expectAccessible(m.el);

      // <client-account-mapper>: "Yes, Map matching records", then its report stays until "Finish".
      const clients = root(m.el).querySelector(tagName('client-account-mapper')) as HTMLElement;
      expect(clients).to.exist;
      const run = await m.store.clientMapping.run();
      expect(run.ok).to.equal(true);
      clients.dispatchEvent(new CustomEvent('zp-client-mapping-done', {
        bubbles: true, composed: true, detail: { outcome: 'mapped', mappedCount: run.ok ? run.value.mappedCount : 0, unmappedCount: 3 },
      }));
      await settle(m);
      expect(m.store.state.setup.status?.state).to.equal('active');
      expect(root(m.el).querySelector(tagName('client-account-mapper'))).to.equal(clients);
      expect(text(m.el)).to.contain('Setup is complete');
      expect(findButton(m.el, 'Deactivate Zoho Projects')).to.equal(undefined);
      const activated = m.events.filter((e) => e.type === 'zp-integration-activated');
      expect(activated).to.have.length(1);
      expect(activated[0]!.detail).to.deep.equal({
        portal: { id: 'portal-own-1', name: 'Acme Projects', ownerEmail: 'admin@acme.example', source: 'own' }, clientMapping: 'done',
      });
      await expectAccessible(m.el);

      await click(m.el, 'Finish');
      await m.el.updateComplete;
      expect(text(m.el)).to.contain('Acme Projects');
      expect(findButton(m.el, 'Edit Configuration')).to.exist;
      expect(findButton(m.el, 'Deactivate Zoho Projects')).to.exist;
      expect(focused(m.el)?.id).to.equal('zp-title');
      expect(m.events.filter((e) => e.type === 'zp-step-change').map((e) => e.detail.step))
        .to.deep.equal(['portal', 'fields', 'permissions', 'clients']);
    });

    it('also follows the status when only the store tells the step is done ("No, Skip")', async () => {
      const m = await configureToFields();
      await m.store.fieldMapping.load();
      await m.store.fieldMapping.save(m.store.state.fieldMapping.doc!.mapping);
      await settle(m);
      // The field mapping is done: "Continue" goes on.
      await click(m.el, 'Continue');
      expect(heading(m.el)).to.contain('Permissions for CRM users');
      await m.store.permissions.load();
      await m.store.permissions.save([]);
      await settle(m);
      await click(m.el, 'Continue');
      expect(heading(m.el)).to.contain('Client account mapping');
      await m.store.clientMapping.skip();
      await settle(m);
      expect(text(m.el)).to.contain('Setup is complete');
      await click(m.el, 'Finish');
      expect(text(m.el)).to.contain('Automatic client mapping was skipped');
    });

    it('a hosted element reporting "saved" before the status shows it stays open until the status catches up', async () => {
      const m = await configureToFields();
      await click(m.el, 'Map Now');
      const mapper = root(m.el).querySelector(tagName('field-mapper'))!;
      // The event first (as <field-mapper> fires it before the status refresh)…
      mapper.dispatchEvent(new CustomEvent('zp-field-mapping-saved', { bubbles: true, composed: true, detail: { mappedCount: 1 } }));
      await settle(m);
      expect(heading(m.el)).to.contain('Field mapping');
      expect(root(m.el).querySelector(tagName('field-mapper'))).to.equal(mapper);
      expect(findButton(m.el, 'Map Now')).to.equal(undefined);
      // …then the save reaches the status: the next step, with the hosted element closed.
      await m.store.fieldMapping.load();
      await m.store.fieldMapping.save(m.store.state.fieldMapping.doc!.mapping);
      await settle(m);
      expect(heading(m.el)).to.contain('Permissions for CRM users');
      expect(root(m.el).querySelector(tagName('field-mapper'))).to.equal(null);
      expect(findButton(m.el, 'Setup')).to.exist;
      // Going back to a step shows its intro, not the hosted element left open there.
      root(m.el).querySelectorAll<HTMLButtonElement>('nav li button')[1]!.click();
      await m.el.updateComplete;
      await m.el.updateComplete;
      expect(findButton(m.el, 'Map Now')).to.exist;
    });

    it('"Close without saving" returns from a hosted element', async () => {
      const m = await configureToFields();
      await click(m.el, 'Map Now');
      expect(root(m.el).querySelector(tagName('field-mapper'))).to.exist;
      await click(m.el, 'Close without saving');
      expect(root(m.el).querySelector(tagName('field-mapper'))).to.equal(null);
      expect(findButton(m.el, 'Map Now')).to.exist;
      expect(heading(m.el)).to.contain('Field mapping');
    });
  });

  describe('active integration', () => {
    it('shows the portal, "Edit Configuration" reopening permissions, the key form and "Deactivate Zoho Projects"', async () => {
      const m = await mount('active');
      expect(text(m.el)).to.contain('Owner Portal One');
      expect(text(m.el)).to.contain('Active');
      await expectAccessible(m.el);

      await click(m.el, 'Edit Configuration');
      await m.el.updateComplete;
      expect(heading(m.el)).to.equal('Permissions for CRM users');
      expect(focused(m.el)?.id).to.equal('step-title');
      const perms = root(m.el).querySelector(tagName('profile-perms'))!;
      expect(perms).to.exist;
      await expectAccessible(m.el);
      perms.dispatchEvent(new CustomEvent('zp-permissions-saved', { bubbles: true, composed: true, detail: { pushedAsEmployee: 0, alreadyExisting: 2 } }));
      await m.el.updateComplete;
      await m.el.updateComplete;
      expect(findButton(m.el, 'Edit Configuration')).to.exist;
      expect(text(m.el)).to.contain('0 CRM users were added');
      expect(m.events.filter((e) => e.type === 'zp-step-change').map((e) => e.detail.step)).to.deep.equal(['permissions']);

      await click(m.el, 'Client account mapping');
      expect(root(m.el).querySelector(tagName('client-account-mapper'))).to.exist;
      await click(m.el, 'Back to integration');
      expect(findButton(m.el, 'Deactivate Zoho Projects')).to.exist;
    });

    it('updates the ZSC key: masked with a show/hide toggle, a wrong pair refused at the form', async () => {
      const m = await mount('active');
      const key = field(m.el, 'ZSC Key');
      expect(key.type).to.equal('password');
      expect(key.autocomplete).to.equal('off');
      const toggle = button(m.el, 'Show ZSC Key');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await m.el.updateComplete;
      expect(field(m.el, 'ZSC Key').type).to.equal('text');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      toggle.click();
      await m.el.updateComplete;
      expect(field(m.el, 'ZSC Key').type).to.equal('password');
      expect(field(m.el, 'Email address').value).to.equal(OTHER_PORTAL_OWNER.email);

      await click(m.el, 'Save');
      expect(fieldError(m.el, 'ZSC Key')).to.equal('This field is required.');
      expect(ops(m.server, 'updateKey')).to.have.length(0);

      await submit(m, 'ZSC Key', 'ffffffffffffffffffffffffffffffff', 'Save');
      expect(fieldError(m.el, 'ZSC Key')).to.contain('do not match');
      expect(field(m.el, 'ZSC Key').value).to.equal('ffffffffffffffffffffffffffffffff');
      await expectAccessible(m.el);

      await submit(m, 'ZSC Key', OTHER_PORTAL_OWNER.zscKey, 'Save');
      expect(text(m.el)).to.contain('ZSC key updated.');
      expect(field(m.el, 'ZSC Key').value).to.equal('');
      const updated = m.events.find((e) => e.type === 'zp-key-updated')!;
      expect(updated.detail.restored).to.equal(false);
      expect(updated.detail.portal.id).to.equal('portal-other-1');
    });

    it('deactivates after a confirmation listing the consequences; then another portal can be associated', async () => {
      const m = await mount('active');
      const open = button(m.el, 'Deactivate Zoho Projects');
      open.focus();
      open.click();
      await m.el.updateComplete;
      const dialog = root(m.el).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(folded(dialog.textContent)).to.contain('Projects tab is removed');
      expect(folded(dialog.textContent)).to.contain('disassociated');
      expect(folded(dialog.textContent)).to.contain('keep working in Zoho Projects');
      expect(dialog.contains(focused(m.el))).to.equal(true);
      await expectAccessible(m.el);

      // Cancel: nothing happens, focus back on the button.
      button(m.el, 'Cancel').click();
      await m.el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(focused(m.el)).to.equal(open);
      expect(ops(m.server, 'deactivate')).to.have.length(0);

      open.click();
      await m.el.updateComplete;
      await click(m.el, 'Deactivate');
      await settle(m);
      expect(ops(m.server, 'deactivate')).to.have.length(1);
      expect(findButton(m.el, 'Get Started')).to.exist;
      expect(root(m.el).querySelector('dialog')).to.equal(null);
      expect(focused(m.el)?.id).to.equal('zp-title');
      const deactivated = m.events.find((e) => e.type === 'zp-deactivated')!;
      expect(deactivated.detail.portal.name).to.equal('Owner Portal One');
      await expectAccessible(m.el);

      await startConfiguring(m);
      await choose(m.el, 'Portal Name', 'Acme Projects');
      await click(m.el, 'Save');
      await settle(m);
      expect(m.store.state.setup.status?.portal?.name).to.equal('Acme Projects');
      expect(heading(m.el)).to.contain('Field mapping');
    });

    it('keeps the dialog open with the reason and "Retry" when deactivation fails', async () => {
      const m = await mount('active');
      m.worker.use(http.post(`${API}/crm/integration/deactivate`, () => HttpResponse.json({ error: { code: 'x', message: 'down' } }, { status: 503 }), { once: true }));
      await click(m.el, 'Deactivate Zoho Projects');
      await click(m.el, 'Deactivate');
      await settle(m);
      const dialog = root(m.el).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(folded(dialog.textContent)).to.contain('could not complete the request');
      await click(m.el, 'Retry');
      await settle(m);
      expect(findButton(m.el, 'Get Started')).to.exist;
    });

    it('shows that automatic client mapping was skipped (client-mapping-skipped)', async () => {
      const m = await mount('client-mapping-skipped');
      expect(text(m.el)).to.contain('Automatic client mapping was skipped');
      await expectAccessible(m.el);
    });
  });

  describe('broken key', () => {
    it('says the integration stopped and the key must be updated; updating it brings the active state back', async () => {
      const m = await mount('key-invalid');
      expect(text(m.el)).to.contain('stopped working');
      expect(text(m.el)).to.contain('Update the ZSC key');
      expect(findButton(m.el, 'Edit Configuration')).to.equal(undefined);
      await expectAccessible(m.el);
      await submit(m, 'ZSC Key', OTHER_PORTAL_OWNER.zscKey, 'Save');
      expect(m.store.state.setup.status?.state).to.equal('active');
      expect(text(m.el)).not.to.contain('stopped working');
      expect(text(m.el)).to.contain('the integration works again');
      expect(findButton(m.el, 'Edit Configuration')).to.exist;
      expect(focused(m.el)?.id).to.equal('zp-title');
      expect(m.events.find((e) => e.type === 'zp-key-updated')!.detail.restored).to.equal(true);
      await expectAccessible(m.el);
    });
  });

  describe('events', () => {
    it('bubble out of the element, composed, and never carry the ZSC key', async () => {
      const m = await mount();
      const outside: string[] = [];
      const listener = (e: Event) => outside.push(e.type);
      for (const name of ZP_EVENTS) document.addEventListener(name, listener);
      try {
        await startConfiguring(m);
        await pickMode(m.el, "Use another user's portal(s)");
        await type(m.el, 'Email address', OTHER_PORTAL_OWNER.email);
        await submit(m, 'ZSC Key', '0123456789abcdef0123456789abcdef', 'Find Portals');
        await submit(m, 'ZSC Key', OTHER_PORTAL_OWNER.zscKey, 'Find Portals');
        await choose(m.el, 'Portal Name', 'Owner Portal One');
        await click(m.el, 'Save');
        await settle(m);
        // Finish the other steps through the store.
        await m.store.fieldMapping.load();
        await m.store.fieldMapping.save(m.store.state.fieldMapping.doc!.mapping);
        await m.store.permissions.load();
        await m.store.permissions.save([]);
        await settle(m);
        await click(m.el, 'Continue');
        await click(m.el, 'Continue');
        await m.store.clientMapping.run();
        await settle(m);
        await click(m.el, 'Finish');
        await submit(m, 'ZSC Key', OTHER_PORTAL_OWNER.zscKey, 'Save');
        await click(m.el, 'Deactivate Zoho Projects');
        await click(m.el, 'Deactivate');
        await settle(m);
      } finally {
        for (const name of ZP_EVENTS) document.removeEventListener(name, listener);
      }
      const types = new Set(m.events.map((e) => e.type));
      for (const name of ['zp-step-change', 'zp-portal-saved', 'zp-integration-activated', 'zp-key-updated', 'zp-deactivated', 'zp-error']) {
        expect(types.has(name), name).to.equal(true);
      }
      expect(new Set(outside)).to.deep.equal(types);
      for (const e of m.events) {
        expect(e.bubbles && e.composed, e.type).to.equal(true);
        const json = JSON.stringify(e.detail);
        expect(json, e.type).not.to.contain(OTHER_PORTAL_OWNER.zscKey);
        expect(json, e.type).not.to.contain('0123456789abcdef0123456789abcdef');
        expect(json.toLowerCase(), e.type).not.to.contain('zsckey');
      }
    });
  });
});
