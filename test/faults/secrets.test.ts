/**
 * Secrets sweep: after every flow that uses a ZSC key, the key is in no URL requested, no web
 * storage or cookie, no new IndexedDB database, no detail of any zp-* event, and no console output.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register/zoho-projects-setup.js';
import '../../src/register/crm-user-import.js';
import '../../src/register/zsc-key-panel.js';
import * as Events from '../../src/events/index.js';
import { CRM_IMPORT_ACCOUNT, OTHER_PORTAL_OWNER } from '../../mocks/credentials.js';
import { CRM_ADMIN_ZSC_KEY } from '../../mocks/record-seed.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API, fakeServer, until } from '../helpers.js';
import { root, stubClipboard, text } from '../dom.js';
import { norm } from './support.js';

/** A well-formed key that matches no account: typed by mistake, it is a secret too. */
const WRONG_KEY = '0123456789abcdef0123456789abcdef';

/** Every zp-* event name the library defines (src/events). */
const ZP_EVENT_NAMES = Object.values(Events)
  .map((v) => (typeof v === 'function' && 'eventName' in v ? String((v as { eventName: unknown }).eventName) : null))
  .filter((n): n is string => !!n && n.startsWith('zp-'));

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed', 'assert', 'count', 'timeLog'] as const;

function show(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  if (value instanceof Node) return value instanceof Element ? value.outerHTML : String(value.textContent);
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '').sort();
}

function storageText(storage: Storage): string {
  let all = '';
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    all += `${key}=${storage.getItem(key)}\n`;
  }
  return all;
}

interface Sweep {
  /** Details of every zp-* event heard on document. */
  heard: CustomEvent[];
  /** Every zp-* event dispatched anywhere (so one that does not reach document is seen too). */
  dispatched: Event[];
  consoleOutput: string[];
  databasesBefore: string[];
  resourcesBefore: number;
  stop: () => void;
}

/** Starts listening: zp-* events on document (and wherever dispatched), console output, the databases that exist. */
async function startSweep(): Promise<Sweep> {
  const sweep: Sweep = {
    heard: [], dispatched: [], consoleOutput: [], databasesBefore: await databaseNames(),
    resourcesBefore: performance.getEntriesByType('resource').length, stop: () => undefined,
  };
  const onEvent = (e: Event) => sweep.heard.push(e as CustomEvent);
  for (const name of ZP_EVENT_NAMES) document.addEventListener(name, onEvent, { capture: true });
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function recordingDispatch(this: EventTarget, event: Event) {
    if (event.type.startsWith('zp-')) sweep.dispatched.push(event);
    return dispatch.call(this, event);
  };
  const originals = new Map<string, unknown>();
  const con = console as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of CONSOLE_METHODS) {
    const original = con[method]!;
    originals.set(method, original);
    con[method] = function recordingConsole(this: Console, ...args: unknown[]) {
      sweep.consoleOutput.push(`${method}: ${args.map(show).join(' ')}`);
      return original.apply(this, args);
    };
  }
  sweep.stop = () => {
    for (const name of ZP_EVENT_NAMES) document.removeEventListener(name, onEvent, { capture: true });
    EventTarget.prototype.dispatchEvent = dispatch;
    for (const [method, original] of originals) con[method] = original as (...args: unknown[]) => unknown;
  };
  return sweep;
}

/** The keys are nowhere they must not be. */
async function expectNowhere(sweep: Sweep, server: FakeServer, secrets: readonly string[], expectedEvents: readonly string[]) {
  sweep.stop();
  const lower = secrets.map((s) => s.toLowerCase());
  const leaks = (where: string, value: string) => {
    const v = value.toLowerCase();
    for (const s of lower) expect(v.includes(s), `a ZSC key in ${where}: ${value.slice(0, 200)}`).to.equal(false);
  };
  // URLs: every request the fake server answered, and every resource the page loaded.
  expect(server.log.length).to.be.above(0);
  for (const entry of server.log) leaks('a URL requested', decodeURIComponent(entry.url));
  for (const r of performance.getEntriesByType('resource').slice(sweep.resourcesBefore)) leaks('a resource URL', decodeURIComponent(r.name));
  // Web storage and cookies.
  leaks('localStorage', storageText(localStorage));
  leaks('sessionStorage', storageText(sessionStorage));
  leaks('document.cookie', document.cookie);
  // IndexedDB: no database was created by the flow.
  expect(await databaseNames(), 'IndexedDB databases').to.deep.equal(sweep.databasesBefore);
  // Events: the flow's zp-* events were heard on document, none carries a key.
  const types = new Set(sweep.heard.map((e) => e.type));
  for (const name of expectedEvents) expect(types.has(name), `${name} heard on document`).to.equal(true);
  expect(sweep.dispatched.map((e) => e.type).every((t) => ZP_EVENT_NAMES.includes(t)), 'every zp-* event is one of the library').to.equal(true);
  expect(sweep.dispatched.every((e) => sweep.heard.includes(e as CustomEvent)), 'every zp-* event reaches document').to.equal(true);
  for (const e of sweep.dispatched) leaks(`the detail of ${e.type}`, JSON.stringify((e as CustomEvent).detail ?? null));
  // Console output.
  for (const line of sweep.consoleOutput) leaks('the console', line);
}

const button = (el: Element, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => norm(b.textContent) === name) ?? null;
const byId = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => root(el).querySelector<T>(`#${id}`)!;

async function type(el: Element & { updateComplete: Promise<unknown> }, id: string, value: string) {
  const input = byId(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('secrets: the ZSC key after every flow that uses it', () => {
  let sweep: Sweep | undefined;
  afterEach(() => sweep?.stop());

  it("<zoho-projects-setup>: another user's portals (a wrong key, then the right one) and Save", async () => {
    const { server } = await fakeServer('fresh');
    sweep = await startSweep();
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<zoho-projects-setup api-base=${API}></zoho-projects-setup>`);
    await until(() => button(el, 'Get Started'), 5_000, '"Get Started"');
    button(el, 'Get Started')!.click();
    await until(() => root(el).querySelector('#own-portal'), 5_000, 'the portal step');
    root(el).querySelector<HTMLInputElement>('input[name="portal-mode"][value="other"]')!.click();
    await el.updateComplete;
    await type(el, 'other-email', OTHER_PORTAL_OWNER.email);
    await type(el, 'other-key', WRONG_KEY);
    button(el, 'Find Portals')!.click();
    await until(() => text(el).includes('do not match'), 5_000, 'the mismatch');
    await type(el, 'other-key', OTHER_PORTAL_OWNER.zscKey);
    button(el, 'Find Portals')!.click();
    await until(() => root(el).querySelector('#other-portal'), 5_000, "the owner's portals");
    const select = byId<HTMLSelectElement>(el, 'other-portal');
    select.value = 'portal-other-1';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    button(el, 'Save')!.click();
    await until(() => text(el).includes('saved.'), 5_000, 'the portal saved');
    expect(server.db.integrationKey?.zscKey).to.equal(OTHER_PORTAL_OWNER.zscKey);
    await expectNowhere(sweep, server, [OTHER_PORTAL_OWNER.zscKey, WRONG_KEY], ['zp-step-change', 'zp-error', 'zp-portal-saved']);
  });

  it('<zoho-projects-setup>: the ZSC key update (a wrong key, then the right one)', async () => {
    const { server } = await fakeServer('key-invalid');
    sweep = await startSweep();
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<zoho-projects-setup api-base=${API}></zoho-projects-setup>`);
    await until(() => root(el).querySelector('#key-key'), 5_000, 'the key form');
    const submit = () => (root(el).querySelector('[part="key-form"] button[type="submit"]') as HTMLButtonElement).click();
    await type(el, 'key-key', WRONG_KEY);
    submit();
    await until(() => text(el).includes('do not match'), 5_000, 'the mismatch');
    await type(el, 'key-key', OTHER_PORTAL_OWNER.zscKey);
    submit();
    await until(() => text(el).includes('ZSC key updated'), 5_000, 'the key updated');
    expect(server.db.status.state).to.equal('active');
    await expectNowhere(sweep, server, [OTHER_PORTAL_OWNER.zscKey, WRONG_KEY], ['zp-error', 'zp-key-updated']);
  });

  it('<crm-user-import>: the CRM account lookup, for portal users (a wrong key, then the right one) and for client users', async () => {
    const { server } = await fakeServer('fresh');
    sweep = await startSweep();
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<crm-user-import api-base=${API}></crm-user-import>`);
    await until(() => root(el).querySelector('#email'), 5_000, 'the credentials form');
    const lookup = async (key: string) => {
      await type(el, 'email', CRM_IMPORT_ACCOUNT.email);
      await type(el, 'zsc-key', key);
      button(el, 'Next Step')!.click();
    };
    await lookup(WRONG_KEY);
    await until(() => root(el).querySelector('[part=form-error]'), 5_000, 'the mismatch');
    await lookup(CRM_IMPORT_ACCOUNT.zscKey);
    await until(() => root(el).querySelector('#review-title'), 5_000, 'the users');
    root(el).querySelector<HTMLInputElement>('input[name="mode"][value="client-users"]')!.click();
    await until(() => root(el).querySelector('#email'), 5_000, 'the credentials form for client users');
    await lookup(CRM_IMPORT_ACCOUNT.zscKey);
    await until(() => root(el).querySelector('#review-title'), 5_000, 'the accounts');
    expect(server.log.filter((e) => e.operation === 'lookupCrmAccounts')).to.have.length(1);
    await expectNowhere(sweep, server, [CRM_IMPORT_ACCOUNT.zscKey, WRONG_KEY], ['zp-error', 'zp-lookup-done']);
  });

  for (const side of ['crm', 'projects'] as const) {
    it(`<zsc-key-panel side="${side}">: show, copy, regenerate, then show and copy the new key`, async () => {
      const { server } = await fakeServer('active');
      const keyOf = () => (side === 'crm' ? server.db.crmZscKey.zscKey! : server.db.otherOwners[0]!.zscKey);
      const old = keyOf();
      expect(old).to.equal(side === 'crm' ? CRM_ADMIN_ZSC_KEY : OTHER_PORTAL_OWNER.zscKey);
      const copied: string[] = [];
      const restore = stubClipboard({ writeText: async (t: string) => { copied.push(t); } });
      try {
        sweep = await startSweep();
        const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<zsc-key-panel side=${side} api-base=${API}></zsc-key-panel>`);
        const shown = () => norm(root(el).querySelector('[part="key-value"]')?.textContent);
        await until(() => button(el, 'Show key'), 5_000, 'the panel');
        button(el, 'Show key')!.click();
        await until(() => shown() === old, 5_000, 'the key shown');
        button(el, 'Show key')!.click();
        await el.updateComplete;
        button(el, 'Copy key')!.click();
        await until(() => copied.length === 1, 5_000, 'the key copied');
        button(el, 'Regenerate')!.click();
        await el.updateComplete;
        [...root(el).querySelector('dialog')!.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Regenerate')!.click();
        await until(() => text(el).includes('A new ZSC key was generated'), 5_000, 'the new key');
        const fresh = keyOf();
        expect(fresh).to.not.equal(old);
        button(el, 'Show key')!.click();
        await until(() => shown() === fresh, 5_000, 'the new key shown');
        button(el, 'Copy key')!.click();
        await until(() => copied.length === 2, 5_000, 'the new key copied');
        expect(copied).to.deep.equal([old, fresh]);
        button(el, 'Show key')!.click();
        await el.updateComplete;
        await expectNowhere(sweep, server, [old, fresh], ['zp-key-regenerated']);
      } finally {
        restore();
      }
    });
  }
});
