import { expect, fixture, html } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/register/zoho-projects-setup.js';
import '../../src/register/field-mapper.js';
// The hosted elements registered up front: this file tests the flow; loading them when a step
// first shows is tested in test/elements/zoho-projects-setup-loading.test.ts.
import '../../src/register/profile-perms.js';
import '../../src/register/client-account-mapper.js';
import type { ZohoProjectsSetup } from '../../src/elements/zoho-projects-setup/zoho-projects-setup.js';
import { OTHER_PORTAL_OWNER } from '../../mocks/credentials.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { API, until } from '../helpers.js';
import { root, text } from '../dom.js';
import {
  MESSAGES, SLOW_MS, expectFlakyFailures, faultBackend, faulty, lateRequests, norm, throughFaults, type Setting,
} from './support.js';
import type { SeedOptions } from '../../mocks/seed.js';

type El = ZohoProjectsSetup;

const button = (el: El, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => norm(b.textContent) === name) ?? null;
const byId = <T extends HTMLElement = HTMLInputElement>(el: El, id: string) => root(el).querySelector<T>(`#${id}`);
const heading = (el: El) => norm(byId(el, 'step-title')?.textContent);

async function open(scenario: Setting, data?: SeedOptions) {
  const fault = await faulty(scenario, data);
  const events: CustomEvent[] = [];
  const el = await fixture<El>(html`<zoho-projects-setup .backend=${faultBackend(scenario)}
    @zp-error=${(e: CustomEvent) => events.push(e)} @zp-portal-saved=${(e: CustomEvent) => events.push(e)}
    @zp-key-updated=${(e: CustomEvent) => events.push(e)} @zp-deactivated=${(e: CustomEvent) => events.push(e)}></zoho-projects-setup>`);
  return { el, events, ...fault };
}

async function type(el: El, id: string, value: string) {
  const input = byId(el, id)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: El, id: string, value: string) {
  const select = byId<HTMLSelectElement>(el, id)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** "Use another user's portal(s)" with the owner's email address and key typed in. */
async function otherUsersPortals(el: El) {
  const mode = [...root(el).querySelectorAll<HTMLInputElement>('input[name="portal-mode"]')].find((i) => i.value === 'other')!;
  mode.click();
  await el.updateComplete;
  await type(el, 'other-email', OTHER_PORTAL_OWNER.email);
  await type(el, 'other-key', OTHER_PORTAL_OWNER.zscKey);
}

const typedKept = (el: El) => () => {
  expect(byId(el, 'other-email')!.value, 'the email address typed').to.equal(OTHER_PORTAL_OWNER.email);
  expect(byId(el, 'other-key')!.value, 'the ZSC key typed').to.equal(OTHER_PORTAL_OWNER.zscKey);
};

/** The portal is associated once, with the owner's key; the portal step alone is done. */
function expectAssociated(server: FakeServer, portalId: string) {
  expect(server.db.status.portal).to.include({ id: portalId, source: 'other' });
  expect(server.db.status.completedSteps).to.deep.equal(['portal']);
  expect(server.db.integrationKey).to.deep.equal({ email: OTHER_PORTAL_OWNER.email, zscKey: OTHER_PORTAL_OWNER.zscKey });
}

describe('<zoho-projects-setup> under faults', () => {
  it("flaky: Get Started, another user's portals and Save through failed, dropped and hanging requests; Retry each time, nothing typed lost; associated once", async () => {
    const { el, server, events } = await open('flaky');
    const failures = await throughFaults(el, () => button(el, 'Get Started'), { what: '"Get Started"' });
    failures.push(...await throughFaults(el, () => byId(el, 'own-portal'), { click: button(el, 'Get Started'), what: 'the own portals' }));
    await otherUsersPortals(el);
    failures.push(...await throughFaults(el, () => byId(el, 'other-portal'), { click: button(el, 'Find Portals'), what: "the owner's portals", kept: typedKept(el) }));
    await choose(el, 'other-portal', 'portal-other-2');
    failures.push(...await throughFaults(el, () => heading(el).includes('Field mapping'), {
      click: button(el, 'Save'),
      what: 'the next step',
      kept: () => {
        typedKept(el)();
        expect(byId<HTMLSelectElement>(el, 'other-portal')!.value).to.equal('portal-other-2');
      },
    }));
    expectFlakyFailures(failures, 2);
    await lateRequests();
    expectAssociated(server, 'portal-other-2');
    expect(events.filter((e) => e.type === 'zp-portal-saved')).to.have.length(1);
    expect(events.filter((e) => e.type === 'zp-error')).to.have.length(failures.length);
  });

  it('flaky: ZSC key updates and "Deactivate" through failed, dropped and hanging requests; the key form keeps the key, the dialog stays open; each done once', async () => {
    const { el, server, events } = await open('flaky', { active: true });
    const failures = await throughFaults(el, () => byId(el, 'key-key'), { what: 'the key form' });
    // The portal's owner regenerates their key in Zoho Projects, three times; each time the new key is entered here.
    for (const newKey of ['a'.repeat(32), 'b'.repeat(32), 'c'.repeat(32)]) {
      server.db.otherOwners[0]!.zscKey = newKey;
      await type(el, 'key-key', newKey);
      failures.push(...await throughFaults(el, () => text(el).includes('ZSC key updated.') && !byId(el, 'key-key')!.value, {
        click: (root(el).querySelector('[part="key-form"] button[type="submit"]') as HTMLButtonElement),
        what: 'the key updated', kept: () => expect(byId(el, 'key-key')!.value).to.equal(newKey),
      }));
      expect(server.db.integrationKey).to.deep.equal({ email: OTHER_PORTAL_OWNER.email, zscKey: newKey });
    }
    button(el, 'Deactivate Zoho Projects')!.click();
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    failures.push(...await throughFaults(el, () => button(el, 'Get Started'), {
      click: [...dialog.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Deactivate'),
      what: 'the deactivated state', kept: () => expect(dialog.open).to.equal(true),
    }));
    expectFlakyFailures(failures, 2);
    await lateRequests();
    expect(server.db.status).to.include({ state: 'not-enabled', portal: null });
    expect(server.db.integrationKey).to.equal(null);
    expect(events.filter((e) => e.type === 'zp-key-updated')).to.have.length(3);
    expect(events.filter((e) => e.type === 'zp-deactivated')).to.have.length(1);
  });

  it('slow: "Save" past the time limit says so with Retry and keeps everything typed; the portal associated late is associated once', async () => {
    const { el, server } = await open('slow');
    await throughFaults(el, () => button(el, 'Get Started'), { what: '"Get Started"', beforeRetry: () => { server.latencyMs = 0; } });
    button(el, 'Get Started')!.click();
    await throughFaults(el, () => byId(el, 'own-portal'), { what: 'the own portals' });
    await otherUsersPortals(el);
    button(el, 'Find Portals')!.click();
    await throughFaults(el, () => byId(el, 'other-portal'), { what: "the owner's portals" });
    await choose(el, 'other-portal', 'portal-other-1');
    server.latencyMs = SLOW_MS;
    button(el, 'Save')!.click();
    const failures = await throughFaults(el, () => heading(el).includes('Field mapping'), {
      what: 'the next step', kept: typedKept(el), beforeRetry: () => { server.latencyMs = 0; },
    });
    expect(failures.length).to.be.at.least(1);
    expect(failures.every((f) => f.action === 'Retry')).to.equal(true);
    expect(failures[0]!.message).to.contain(MESSAGES.timeout);
    await lateRequests();
    expectAssociated(server, 'portal-other-1');
    const saves = server.log.filter((e) => e.operation === 'associatePortal');
    expect(new Set(saves.map((e) => e.idempotencyKey)).size).to.equal(1);
    expect(saves.some((e) => e.replayed)).to.equal(true);
  });

  it('malformed: portal lists that break the contract say "unexpected response" with Retry, keep what was typed, and are reported; healed, the portal is saved', async () => {
    const { el, server, heal, events } = await open('malformed');
    await throughFaults(el, () => button(el, 'Get Started'), { what: '"Get Started"' });
    button(el, 'Get Started')!.click();
    await throughFaults(el, () => root(el).querySelector('[part="error"]'), { what: 'the own portals failure' });
    expect(text(el)).to.contain(MESSAGES.unexpected);
    await otherUsersPortals(el);
    button(el, 'Find Portals')!.click();
    await throughFaults(el, () => root(el).querySelector('[part="portal-lookup"] [part="error"]'), { what: 'the lookup failure' });
    expect(norm(root(el).querySelector('[part="portal-lookup"]')!.textContent)).to.contain(MESSAGES.unexpected);
    typedKept(el)();
    expect(events.map((e) => `${e.detail.kind} ${e.detail.operation}`)).to.deep.equal([
      'unexpected-response listOwnPortals', 'unexpected-response lookupOtherPortals',
    ]);
    expect(JSON.stringify(events.map((e) => e.detail))).to.not.contain(OTHER_PORTAL_OWNER.zscKey);
    heal();
    const failures = await throughFaults(el, () => byId(el, 'other-portal'), { what: "the owner's portals", kept: typedKept(el) });
    expect(failures.map((f) => f.action)).to.deep.equal(['Retry']);
    await choose(el, 'other-portal', 'portal-other-1');
    button(el, 'Save')!.click();
    await throughFaults(el, () => heading(el).includes('Field mapping'), { what: 'the next step' });
    expectAssociated(server, 'portal-other-1');
  });

  it('hosted <field-mapper>: "Done" saves, then reading the status fails: said with Retry; Retry moves the flow on', async () => {
    const { server, worker } = await faulty('healthy');
    const store = new IntegrationStore(faultBackend('healthy'));
    await store.setup.load();
    await store.setup.startSetup();
    await store.setup.associatePortal('portal-own-1', 'own');
    const el = await fixture<El>(html`<zoho-projects-setup .store=${store}></zoho-projects-setup>`);
    await until(() => button(el, 'Map Now'), 5_000, '"Map Now"');
    button(el, 'Map Now')!.click();
    const mapper = () => root(el).querySelector('field-mapper');
    const budget = () => mapper()?.shadowRoot?.querySelector<HTMLSelectElement>('select[aria-label="Deals field for Budget"]');
    await until(() => budget(), 5_000, 'the hosted mapper');
    budget()!.value = 'Amount';
    budget()!.dispatchEvent(new Event('change', { bubbles: true }));
    // A status read sent before the save would take the dropped answer, and the read after the save
    // (which never shares an earlier read's answer) would succeed: let it end first.
    await until(() => !store.request('getStatus').pending, 5_000, 'the status read');
    worker.use(http.get(`${API}/crm/integration`, () => Response.error(), { once: true }));
    mapper()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="done-button"]')!.click();
    const failures = await throughFaults(el, () => heading(el).includes('Permissions for CRM users'), { what: 'the permissions step' });
    expect(failures.length).to.be.at.least(1);
    expect(failures.every((f) => f.action === 'Retry' && f.message.includes(MESSAGES.network))).to.equal(true);
    expect(server.db.mapping.find((m) => m.projectsFieldId === 'budget')!.deals).to.equal('Amount');
    expect(server.db.status.completedSteps).to.deep.equal(['portal', 'fields']);
    expect(server.log.filter((e) => e.operation === 'saveFieldMapping')).to.have.length(1);
  });
});
