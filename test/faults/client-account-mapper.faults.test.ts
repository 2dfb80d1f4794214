import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/register/client-account-mapper.js';
import type { ClientAccountMapper } from '../../src/elements/client-account-mapper/client-account-mapper.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API, until } from '../helpers.js';
import { root, text } from '../dom.js';
import { MESSAGES, SLOW_MS, expectFlakyFailures, expectRetryReplayed, mountFaulty, lateRequests, norm, throughFaults, type Setting } from './support.js';

type El = ClientAccountMapper;

const one = (el: El, selector: string) => root(el).querySelector<HTMLElement>(selector);
const buttonNamed = (el: El, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => norm(b.textContent) === name);
const clientRows = (el: El) => [...root(el).querySelectorAll('[part="client-table"] [role="row"]:not(.head)')].map((r) => norm(r.textContent));

async function open(scenario: Setting) {
  const mounted = await mountFaulty<El>('client-account-mapper', scenario, { active: true, clientMapping: 'pending' });
  const done: CustomEvent[] = [];
  mounted.el.addEventListener('zp-client-mapping-done', (e) => done.push(e));
  return { ...mounted, done };
}

/** Accounts are mapped to one client each; the exact-name matches are mapped; the step is done. */
function expectMappedOnce(server: FakeServer) {
  const linked = server.db.clients.map((c) => c.accountId).filter((id): id is string => !!id);
  expect(new Set(linked).size, 'no account mapped to two clients').to.equal(linked.length);
  expect(server.db.clients.find((c) => c.name === 'Zylker Corp')!.accountId).to.equal('acc-1');
  expect(server.db.clients.find((c) => c.name === 'Globex Corporation')!.accountId).to.equal(null);
  expect(server.db.status.clientMapping).to.equal('done');
}

describe('<client-account-mapper> under faults', () => {
  it('flaky: "Yes, Map matching records", then a custom mapping, through failed, dropped and hanging requests; every failure offers Retry; saved once', async () => {
    const { el, server, done } = await open('flaky');
    const failures = await throughFaults(el, () => buttonNamed(el, 'Yes, Map matching records'), { what: 'the intro' });
    failures.push(...await throughFaults(el, () => one(el, '#cam-report-title'), { click: buttonNamed(el, 'Yes, Map matching records'), what: 'the report' }));
    expect(text(el)).to.contain('6 mapped');
    buttonNamed(el, 'Map the remaining clients by hand')!.click();
    // The list shows what the run mapped (not the clients as they were before it).
    failures.push(...await throughFaults(el, () => clientRows(el).length === 12 && clientRows(el).includes('Zylker Corp Zylker Corp'), { what: 'the mapped clients' }));
    failures.push(...await throughFaults(el, () => buttonNamed(el, 'Choose Initech Consulting LLC'), { click: buttonNamed(el, 'Initech'), what: 'the suggestions' }));
    buttonNamed(el, 'Choose Initech Consulting LLC')!.click();
    await el.updateComplete;
    failures.push(...await throughFaults(el, () => text(el).includes('Mapped to Initech Consulting LLC'), {
      click: buttonNamed(el, 'Save mapping'),
      what: 'the custom mapping',
      kept: () => expect(norm(one(el, '[part="chosen"]')?.textContent)).to.contain('Initech Consulting LLC'),
    }));
    expectFlakyFailures(failures, 2);
    await lateRequests();
    expectMappedOnce(server);
    expect(server.db.clients.find((c) => c.name === 'Initech')!.accountId).to.equal('acc-16');
    expect(done.map((e) => e.detail.outcome)).to.deep.equal(['mapped']);
  });

  it('slow: "Yes" past the time limit says so with Retry; the run done late by the server is not done twice', async () => {
    const { el, server } = await open('slow');
    const loading = await throughFaults(el, () => buttonNamed(el, 'Yes, Map matching records'), { what: 'the intro', beforeRetry: () => { server.latencyMs = 0; } });
    expect(loading.map((f) => f.message).join()).to.contain(MESSAGES.timeout);
    server.latencyMs = SLOW_MS;
    buttonNamed(el, 'Yes, Map matching records')!.click();
    const failures = await throughFaults(el, () => one(el, '#cam-report-title'), {
      what: 'the report',
      beforeRetry: () => { server.latencyMs = 0; },
      kept: () => expect(buttonNamed(el, 'Yes, Map matching records')).to.exist,
    });
    expect(failures.length).to.be.at.least(1);
    expect(failures.every((f) => f.action === 'Retry')).to.equal(true);
    expect(failures[0]!.message).to.contain(MESSAGES.timeout);
    expect(text(el)).to.contain('6 mapped');
    await lateRequests();
    const runs = server.log.filter((e) => e.operation === 'runClientMapping');
    expect(new Set(runs.map((e) => e.idempotencyKey)).size).to.equal(1);
    expect(runs.some((e) => e.replayed)).to.equal(true);
    expectMappedOnce(server);
  });

  it('malformed: a run done by the server whose answer breaks the contract: Retry replays it (same Idempotency-Key) and shows its report; healed, the clients list shows its result', async () => {
    const { el, server, heal, errors } = await open('malformed');
    await throughFaults(el, () => buttonNamed(el, 'Yes, Map matching records'), { what: 'the intro' });
    buttonNamed(el, 'Yes, Map matching records')!.click();
    const failures = await throughFaults(el, () => one(el, '#cam-report-title'), { what: 'the report' });
    expectRetryReplayed(server, failures, 'runClientMapping');
    expect(errors.map((e) => `${e.detail.kind} ${e.detail.operation}`)).to.include('unexpected-response runClientMapping');
    // The clients list still breaks the contract until healed: said with Retry, then it loads.
    buttonNamed(el, 'Map the remaining clients by hand')!.click();
    heal();
    await throughFaults(el, () => clientRows(el).length === 12, { what: 'the clients' });
    expect(clientRows(el)).to.include('Zylker Corp Zylker Corp');
    expectMappedOnce(server);
  });

  it('after "Yes", reloading the clients and the status fails: each is said with Retry, and Retry shows the result of the run', async () => {
    const { el, server, worker } = await open('healthy');
    await throughFaults(el, () => buttonNamed(el, 'Yes, Map matching records'), { what: 'the intro' });
    await until(() => ['getStatus', 'listClients', 'listAccounts'].every((op) => server.log.some((e) => e.operation === op)), 3_000, 'the first reads answered');
    // The run goes through; the reads after it are dropped once each. The dropping starts when the
    // run arrives: the first reads were answered before, so none of them can take it.
    worker.use(http.post(`${API}/crm/client-mapping/run`, ({ request, params }) => {
      worker.use(
        http.get(`${API}/crm/clients`, () => Response.error(), { once: true }),
        http.get(`${API}/crm/integration`, () => Response.error(), { once: true }),
      );
      return server.respond('runClientMapping', request, params);
    }, { once: true }));
    buttonNamed(el, 'Yes, Map matching records')!.click();
    await throughFaults(el, () => one(el, '#cam-report-title'), { what: 'the report' });
    buttonNamed(el, 'Map the remaining clients by hand')!.click();
    await el.updateComplete;
    // The list and the status as they were before the run are not shown without a word: each failure is said, with Retry.
    const failures = await throughFaults(el, () => clientRows(el).includes('Zylker Corp Zylker Corp') && !one(el, '[part="error"]'), { what: 'the mapped clients' });
    expect(failures).to.have.length(2);
    expect(failures.every((f) => f.action === 'Retry' && f.message.includes(MESSAGES.network))).to.equal(true);
    // The status was read again: closing the report shows the step done, not "Yes" again.
    buttonNamed(el, 'Automatic mapping')!.click();
    await el.updateComplete;
    buttonNamed(el, 'Close report')!.click();
    await until(() => text(el).includes('Automatic mapping has been done'), 3_000, 'the step shown done');
    expect(buttonNamed(el, 'Yes, Map matching records')).to.equal(undefined);
    expectMappedOnce(server);
  });
});
