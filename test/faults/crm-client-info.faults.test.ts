import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/register/crm-client-info.js';
import type { CrmClientInfo } from '../../src/elements/crm-client-info/crm-client-info.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API } from '../helpers.js';
import { root, text } from '../dom.js';
import { MESSAGES, brokenAnswer, expectFlakyFailures, mountFaulty, norm, throughFaults, type Setting } from './support.js';

const open = (scenario: Setting, clientId: string) =>
  mountFaulty<CrmClientInfo>('crm-client-info', scenario, { active: true }, { 'client-id': clientId });

/** The client's CRM information is on screen: its linked account's name, or that it has none. */
function shows(el: Element, server: FakeServer, clientId: string): boolean {
  const client = server.db.clients.find((c) => c.id === clientId)!;
  const account = client.accountId ? server.db.accounts.find((a) => a.id === client.accountId)!.name : null;
  if (!text(el).includes(`The client “${client.name}”`)) return false;
  return account
    ? norm(root(el).querySelector('[part="account"] dd')?.textContent).startsWith(account)
    : !!root(el).querySelector('[part="no-account"]');
}

describe('<crm-client-info> under faults', () => {
  it('flaky: client after client through failed, dropped and hanging requests; Retry each time; each shows its own account', async () => {
    const ids = ['client-12', 'client-1', 'client-8', 'client-2', 'client-3', 'client-4', 'client-5', 'client-6'];
    const { el, server, errors } = await open('flaky', ids[0]!);
    const failures = [];
    for (const id of ids) {
      el.clientId = id;
      failures.push(...await throughFaults(el, () => shows(el, server, id), { what: `the information of ${id}` }));
    }
    expectFlakyFailures(failures, 3);
    expect(errors).to.have.length(failures.length);
    expect(errors.every((e) => e.detail.operation === 'getClientCrmInfo')).to.equal(true);
  });

  it('slow: past the time limit it says so with Retry; once the server is fast, Retry shows the account', async () => {
    const { el, server } = await open('slow', 'client-12');
    const failures = await throughFaults(el, () => shows(el, server, 'client-12'), {
      what: 'the account', beforeRetry: () => { server.latencyMs = 0; },
    });
    expect(failures.length).to.be.at.least(1);
    expect(failures.every((f) => f.action === 'Retry' && f.message.includes(MESSAGES.timeout))).to.equal(true);
    expect(root(el).querySelectorAll('[part="potentials"] tbody tr')).to.have.length(2);
  });

  it('an answer that breaks the contract says "unexpected response" with Retry, shows no data, and is reported; healed, Retry shows the account', async () => {
    const { el, server, worker, heal, errors } = await open('malformed', 'client-12');
    worker.use(http.get(`${API}/projects/clients/:clientId/crm-account`, brokenAnswer(server, 'getClientCrmInfo')));
    await throughFaults(el, () => root(el).querySelector('[part="error"]'), { what: 'the failure' });
    expect(text(el)).to.contain(MESSAGES.unexpected);
    expect(text(el)).to.not.contain('Hooli');
    expect(errors.map((e) => `${e.detail.kind} ${e.detail.operation}`)).to.deep.equal(['unexpected-response getClientCrmInfo']);
    heal();
    const failures = await throughFaults(el, () => shows(el, server, 'client-12'), { what: 'the account' });
    expect(failures.map((f) => f.action)).to.deep.equal(['Retry']);
  });
});
