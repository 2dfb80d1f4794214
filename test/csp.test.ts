/**
 * Strict CSP with Trusted Types: every element walks its main flow inside a page served with
 * `script-src 'self'; style-src 'self'; … require-trusted-types-for 'script'; trusted-types lit-html`.
 * Any securitypolicyviolation fails the test.
 */
import { expect } from '@open-wc/testing';
import { CRM_IMPORT_ACCOUNT } from '../mocks/credentials.js';
import { fakeServer } from './helpers.js';

let frame: HTMLIFrameElement;
const win = () => frame.contentWindow as Window & typeof globalThis;
const doc = () => frame.contentDocument!;

async function waitFor<T>(get: () => T | null | undefined | false, what: string, ms = 8_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = get();
    if (v) return v;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function mount(tag: string, scenario: string): Promise<HTMLElement> {
  await fakeServer(scenario);
  const stage = doc().getElementById('stage')!;
  stage.replaceChildren();
  const el = doc().createElement(tag);
  el.setAttribute('api-base', '/api/zoho-projects');
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
    // The worker must be active before the frame loads, or the frame is not controlled by it.
    await fakeServer('fresh');
    frame = document.createElement('iframe');
    frame.src = '/test/csp/csp-page.html';
    frame.style.width = '1200px';
    frame.style.height = '900px';
    document.body.append(frame);
    await waitFor(() => (win() as unknown as { cspReady?: boolean })?.cspReady, 'the CSP page');
  });

  afterEach(() => {
    const v = (win() as unknown as { cspViolations: string[] }).cspViolations;
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
});
