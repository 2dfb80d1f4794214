/**
 * Strict CSP with Trusted Types: every element walks its main flow inside a page served with
 * `script-src 'self'; style-src 'self'; … require-trusted-types-for 'script'; trusted-types lit-html`.
 * Any securitypolicyviolation fails the test.
 */
import { expect } from '@open-wc/testing';
import { CRM_IMPORT_ACCOUNT } from '../mocks/credentials.js';
import { fakeServer } from './helpers.js';
import { waitFor } from './examples/frame.js';
import type { FakeServer } from '../mocks/fake-server.js';

let frame: HTMLIFrameElement;
const win = () => frame.contentWindow as Window & typeof globalThis;
const doc = () => frame.contentDocument!;


type CspWindow = Window & { cspStart(s: string): Promise<void>; cspServer: FakeServer; cspViolations: string[] };
const csp = () => win() as unknown as CspWindow;

async function mount(tag: string, scenario: string, attrs: Record<string, string> = {}, prepare?: (s: FakeServer) => void): Promise<HTMLElement> {
  await csp().cspStart(scenario);
  prepare?.(csp().cspServer);
  const stage = doc().getElementById('stage')!;
  stage.replaceChildren();
  const el = doc().createElement(tag);
  el.setAttribute('api-base', '/api/zoho-projects');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  stage.append(el);
  return el;
}

const shadowText = (el: HTMLElement) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const buttonNamed = (el: HTMLElement, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(60_000);

  before(async () => {
    // The worker must be registered (by this page) and active before the frame loads: the frame
    // cannot register it under Trusted Types, but reuses the one that controls it.
    await fakeServer('fresh');
    frame = document.createElement('iframe');
    frame.src = '/test/csp/csp-page.html';
    frame.style.width = '1200px';
    frame.style.height = '900px';
    document.body.append(frame);
    // A cold dev server compiles every element for the frame on first load: allow for it.
    await waitFor(() => (win() as unknown as { cspReady?: boolean })?.cspReady, 'the CSP page', 45_000);
  });

  afterEach(() => {
    const v = csp().cspViolations;
    expect(v, v.join("\n")).to.deep.equal([]);
  });

  it('enforces the policy (a violation would be caught)', async () => {
    const response = await fetch('/test/csp/csp-page.html');
    expect(response.headers.get('Content-Security-Policy')).to.contain("require-trusted-types-for 'script'");
    expect(() => { doc().body.insertAdjacentHTML('beforeend', '<b>x</b>'); }).to.throw();
    const violations = (win() as unknown as { cspViolations: string[] }).cspViolations;
    await waitFor(() => violations.length > 0, 'the violation report');
    expect(violations[0]).to.contain('trusted-types');
    violations.length = 0;
  });

  it('<crm-user-import>: credentials → lookup → import', async () => {
    const el = await mount('crm-user-import', 'fresh');
    const email = await waitFor(() => el.shadowRoot?.querySelector<HTMLInputElement>('#email'), 'credentials form');
    type(email, CRM_IMPORT_ACCOUNT.email);
    type(el.shadowRoot!.querySelector<HTMLInputElement>('#zsc-key')!, CRM_IMPORT_ACCOUNT.zscKey);
    buttonNamed(el, 'Next Step')!.click();
    await waitFor(() => buttonNamed(el, 'Import Users Now'), 'the review list');
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.vbody input[type=checkbox]')].filter((b) => !b.disabled).slice(0, 3);
    boxes.forEach((b) => b.click());
    buttonNamed(el, 'Import Users Now')!.click();
    await waitFor(() => /imported/i.test(shadowText(el)) && buttonNamed(el, 'Change the ZSC Ticket'), 'results');
  });

  it('<zoho-projects-setup>: Get Started → own portal → Save', async () => {
    const el = await mount('zoho-projects-setup', 'fresh');
    (await waitFor(() => buttonNamed(el, 'Get Started'), 'Get Started')).click();
    const select = await waitFor(() => el.shadowRoot!.querySelector<HTMLSelectElement>('select'), 'portal picklist');
    await waitFor(() => select.options.length > 1, 'portals loaded');
    select.value = select.options[select.options.length - 1]!.value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    buttonNamed(el, 'Save')!.click();
    await waitFor(() => /Field mapping/.test(shadowText(el)) && buttonNamed(el, 'Map Now'), 'the field mapping step');
  });

  it('<field-mapper>: map a field, Done', async () => {
    const el = await mount('field-mapper', 'active');
    const before = csp().cspServer.db.mappingVersion;
    await waitFor(() => buttonNamed(el, 'Done') && el.shadowRoot!.querySelectorAll('select').length > 2, 'mapping rows');
    const select = [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')].find((s) => !s.value && s.options.length > 1)!;
    select.value = select.options[1]!.value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    buttonNamed(el, 'Done')!.click();
    await waitFor(() => csp().cspServer.db.mappingVersion > before, 'the mapping saved');
  });

  it('<profile-perms>: toggle a permission, Save', async () => {
    const el = await mount('profile-perms', 'active');
    const box = await waitFor(() => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
      .find((b) => (b.getAttribute('aria-label') ?? '').startsWith('View') && !b.checked), 'an unchecked View box');
    box.click();
    buttonNamed(el, 'Save')!.click();
    await waitFor(() => /pushed into Zoho Projects/.test(shadowText(el)), 'the push result');
  });

  it('<client-account-mapper>: preview, Yes, report', async () => {
    const el = await mount('client-account-mapper', 'active', {}, (server) => { server.db.status.clientMapping = 'pending'; });
    (await waitFor(() => buttonNamed(el, 'Preview (dry run)'), 'the intro')).click();
    (await waitFor(() => buttonNamed(el, 'Yes, Map matching records'), 'the preview')).click();
    await waitFor(() => csp().cspServer.db.status.clientMapping === 'done' && /emailed/i.test(shadowText(el)), 'the report');
  });

  it('<projects-related-list>: list, New Project form', async () => {
    const el = await mount('projects-related-list', 'record-pages', { module: 'deals', 'record-id': 'deal-1' });
    (await waitFor(() => buttonNamed(el, 'New Project'), 'the list')).click();
    await waitFor(() => el.shadowRoot!.querySelector('[part="project-form"] form'), 'the prefilled form');
  });

  it('<projects-tab>: list, search, a project, "New Project" linked to a deal', async () => {
    const el = await mount('projects-tab', 'record-pages');
    const search = await waitFor(() => el.shadowRoot!.querySelector<HTMLInputElement>('#pt-search'), 'the list');
    // The rows are moved into place through the CSSOM (no style attribute under style-src 'self').
    await waitFor(() => el.shadowRoot!.querySelectorAll('#pt-table [role="row"]').length > 5, 'the rows');
    type(search, 'website redesign');
    await waitFor(() => el.shadowRoot!.querySelectorAll('#pt-table .vbody [role="row"]').length === 2, 'the search');
    el.shadowRoot!.querySelector<HTMLButtonElement>('#pt-table .vbody button')!.click();
    await waitFor(() => el.shadowRoot!.querySelector('[part="fields"]'), 'the project');
    el.shadowRoot!.querySelector<HTMLButtonElement>('#pt-back')!.click();
    (await waitFor(() => buttonNamed(el, 'New Project'), 'the list again')).click();
    const option = await waitFor(() => el.shadowRoot!.querySelector<HTMLElement>('#pt-record-list [role="option"]'), 'the deals');
    option.click();
    (await waitFor(() => buttonNamed(el, 'Continue'), 'Continue')).click();
    await waitFor(() => el.shadowRoot!.querySelector('[part="project-form"] form'), 'the prefilled form');
  });

  it('<zsc-key-panel>: show the key', async () => {
    const el = await mount('zsc-key-panel', 'active', { side: 'crm' });
    const show = await waitFor(() => buttonNamed(el, 'Show key'), 'the key panel');
    show.click();
    await waitFor(() => show.getAttribute('aria-pressed') === 'true', 'the key shown');
  });

  it('<crm-client-info>: account and potentials', async () => {
    const el = await mount('crm-client-info', 'active', { 'client-id': 'client-12' });
    await waitFor(() => /Hooli/.test(shadowText(el)), 'the account');
  });
});
