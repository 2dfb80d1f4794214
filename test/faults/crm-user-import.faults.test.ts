import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/register/crm-user-import.js';
import type { CrmUserImport } from '../../src/elements/crm-user-import/crm-user-import.js';
import { CRM_IMPORT_ACCOUNT } from '../../mocks/credentials.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API } from '../helpers.js';
import { root, typeInto } from '../dom.js';
import {
  MESSAGES, SLOW_MS, expectFlakyFailures, mountFaulty, healthyTwin, lateRequests, norm, throughFaults, type Setting,
} from './support.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel);
const button = (el: Element, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => norm(b.textContent) === name);
const summary = (el: Element) => norm(q(el, '[part=summary]')?.textContent);


const open = (scenario: Setting) => mountFaulty<CrmUserImport>('crm-user-import', scenario, undefined, { 'batch-size': '5' });

/** Types the CRM account's email and key and presses "Next Step". */
async function enterCredentials(el: CrmUserImport) {
  typeInto(q<HTMLInputElement>(el, '#email')!, CRM_IMPORT_ACCOUNT.email);
  typeInto(q<HTMLInputElement>(el, '#zsc-key')!, CRM_IMPORT_ACCOUNT.zscKey);
  button(el, 'Next Step')!.click();
  await el.updateComplete;
}

/** What was typed is still in the form. */
const credentialsKept = (el: Element) => () => {
  expect(q<HTMLInputElement>(el, '#email')!.value).to.equal(CRM_IMPORT_ACCOUNT.email);
  expect(q<HTMLInputElement>(el, '#zsc-key')!.value).to.equal(CRM_IMPORT_ACCOUNT.zscKey);
};

async function importAll(el: CrmUserImport) {
  button(el, 'Select all')!.click();
  await el.updateComplete;
  button(el, 'Import Users Now')!.click();
  await el.updateComplete;
}

/** 21 new portal users (the 3 already there cannot be selected), and the CRM user without an email address refused. */
const allImported = (el: Element) => () =>
  q(el, '#results-title') && summary(el).includes('21 imported') && summary(el).includes('0 already portal users') && summary(el).includes('1 failed');

/** Every CRM user with an email address is a portal user, created once. */
function expectImportedOnce(server: FakeServer) {
  expect(server.db.stats.portalUsersCreated).to.equal(21);
  expect(server.db.portalUsers.size).to.equal(24);
  expect(new Set(server.db.portalUsers.values()).size).to.equal(24);
}

describe('<crm-user-import> under faults', () => {
  it('flaky: lookup and a batched import through failed, dropped and hanging requests; "Retry"/"Retry failed" each time; no one created twice', async () => {
    const { el, server } = await open('flaky');
    const failures = await throughFaults(el, () => q(el, '#email'), { what: 'the credentials form' });
    await enterCredentials(el);
    failures.push(...await throughFaults(el, () => q(el, '#review-title'), { what: 'the review', kept: credentialsKept(el) }));
    await importAll(el);
    failures.push(...await throughFaults(el, allImported(el), { what: 'every user imported', ms: 15_000 }));
    expect(failures.map((f) => f.action)).to.include('Retry failed');
    expectFlakyFailures(failures, 2);
    await lateRequests();
    expectImportedOnce(server);
  });

  it('slow: the lookup and every batch past the time limit say so; once the server is fast, "Retry failed" finds every batch done and creates no one twice', async function () {
    this.timeout(40_000);
    const { el, server } = await open('slow');
    await throughFaults(el, () => q(el, '#email'), { what: 'the credentials form', beforeRetry: () => { server.latencyMs = 0; } });
    server.latencyMs = SLOW_MS;
    await enterCredentials(el);
    const lookup = await throughFaults(el, () => q(el, '#review-title'), {
      what: 'the review', kept: credentialsKept(el), beforeRetry: () => { server.latencyMs = 0; },
    });
    expect(lookup.length).to.be.at.least(1);
    expect(lookup.every((f) => f.action === 'Retry' && f.message.includes(MESSAGES.timeout))).to.equal(true);
    server.latencyMs = SLOW_MS;
    await importAll(el);
    // Five batches past the time limit, then "Retry failed": a budget for behaviour, not for speed.
    const imports = await throughFaults(el, allImported(el), {
      what: 'every user imported', ms: 20_000, beforeRetry: () => { server.latencyMs = 0; },
    });
    expect(imports.length).to.be.at.least(1);
    expect(imports.every((f) => f.action === 'Retry failed')).to.equal(true);
    expect(imports[0]!.message).to.contain(MESSAGES.timeout);
    await lateRequests();
    // Each of the five batches was done once, late; "Retry failed" sent each again as the same
    // write, answered from the idempotency store.
    const batches = server.log.filter((e) => e.operation === 'importUsers');
    const first = new Set(batches.slice(0, 5).map((e) => e.idempotencyKey));
    expect(first.size).to.equal(5);
    for (const key of first) expect(batches.filter((e) => e.idempotencyKey === key).length, 'each batch sent again').to.be.at.least(2);
    expect(batches.filter((e) => e.replayed).length).to.be.at.least(5);
    expectImportedOnce(server);
  });

  it('malformed: a lookup answer that breaks the contract says so with Retry, keeps the email and key, and is reported; healed, Retry goes on', async () => {
    const { el, heal, errors } = await open('malformed');
    await throughFaults(el, () => q(el, '#email'), { what: 'the credentials form' });
    await enterCredentials(el);
    await throughFaults(el, () => q(el, '[part=error]'), { what: 'the failure' });
    expect(norm(q(el, '[part=error]')!.textContent)).to.contain(MESSAGES.unexpected);
    credentialsKept(el)();
    expect(errors.map((e) => `${e.detail.kind} ${e.detail.operation}`)).to.deep.equal(['unexpected-response lookupCrmUsers']);
    expect(JSON.stringify(errors.map((e) => e.detail))).to.not.contain(CRM_IMPORT_ACCOUNT.zscKey);
    heal();
    const failures = await throughFaults(el, () => q(el, '#review-title'), { what: 'the review', kept: credentialsKept(el) });
    expect(failures.map((f) => f.action)).to.deep.equal(['Retry']);
  });

  it('malformed: import batches done by the server whose answers break the contract fail with "Retry failed"; healed, the retry replays them (same Idempotency-Keys) and creates no one twice', async () => {
    const { el, server, worker, heal } = await open('malformed');
    // The lookup answers well; the import's answers break the contract.
    const healthy = healthyTwin(server);
    worker.use(http.post(`${API}/projects/import/crm-users/lookup`, ({ request, params }) => healthy.respond('lookupCrmUsers', request, params)));
    await throughFaults(el, () => q(el, '#email'), { what: 'the credentials form' });
    await enterCredentials(el);
    await throughFaults(el, () => q(el, '#review-title'), { what: 'the review' });
    await importAll(el);
    await throughFaults(el, () => q(el, '#results-title'), { what: 'the results' });
    expect(summary(el)).to.contain('0 imported').and.contain('22 failed');
    expect(norm(q(el, '[part=error]')!.textContent)).to.contain(MESSAGES.unexpected).and.contain('Retry failed');
    expect(server.db.stats.portalUsersCreated).to.equal(21);
    heal();
    const failures = await throughFaults(el, () => q(el, '#results-title') && !q(el, '[part=error]') && summary(el).includes('1 failed'), { what: 'the retried import' });
    expect(failures.map((f) => f.action)).to.deep.equal(['Retry failed']);
    // "Retry failed" sent each batch again with its Idempotency-Key: the server answered from what it did.
    const batches = server.log.filter((e) => e.operation === 'importUsers');
    const retried = batches.filter((e) => e.replayed);
    expect(retried.length, 'every batch done by the server is replayed').to.be.at.least(1);
    for (const r of retried) expect(batches.filter((e) => e.idempotencyKey === r.idempotencyKey)).to.have.length(2);
    // The replayed answers are what the server did the first time: 21 created, 1 without an email.
    expect(summary(el)).to.contain('21 imported').and.contain('0 already portal users').and.contain('1 failed');
    expectImportedOnce(server);
  });
});
