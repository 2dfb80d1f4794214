import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/register/field-mapper.js';
import type { FieldMapper } from '../../src/elements/field-mapper/field-mapper.js';
import type { FakeServer } from '../../mocks/fake-server.js';
import { API } from '../helpers.js';
import { root, text } from '../dom.js';
import { MESSAGES, SLOW_MS, brokenAnswer, expectEachRoundSavedOnce, expectRetryReplayed, mountFaulty, lateRequests, throughFaults, type Setting } from './support.js';

type Module = 'Deals' | 'Accounts';
const sel = (el: Element, module: Module, label: string) =>
  root(el).querySelector<HTMLSelectElement>(`select[aria-label="${module} field for ${label}"]`);

async function choose(el: FieldMapper, module: Module, label: string, value: string) {
  const s = sel(el, module, label)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const open = (scenario: Setting) => mountFaulty<FieldMapper>('field-mapper', scenario, { active: true });

const saved = (server: FakeServer, field: string) => server.db.mapping.find((m) => m.projectsFieldId === field)!;
const done = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="done-button"]')!;
const loaded = (el: Element) => () => sel(el, 'Deals', 'Project Name');
const savedShown = (el: Element) => () => text(el).includes('Field mapping saved') && text(el).includes('No unsaved changes');

describe('<field-mapper> under faults', () => {
  it('flaky: four rounds of choices saved through failed, dropped and hanging requests; every failure offers Retry and keeps the choices; each round saved once', async () => {
    const { el, server } = await open('flaky');
    const version = server.db.mappingVersion;
    const failures = await throughFaults(el, loaded(el), { what: 'the rows' });
    const rounds: [Module, string, string][] = [
      ['Deals', 'Budget', 'Amount'],
      ['Accounts', 'Start Date', 'Customer_Since'],
      ['Deals', 'Description', 'Description'],
      ['Accounts', 'Budget', 'Annual_Revenue'],
    ];
    for (const [module, label, value] of rounds) {
      await choose(el, module, label, value);
      failures.push(...await throughFaults(el, savedShown(el), {
        click: done(el),
        what: `the save of ${module} ${label}`,
        kept: () => {
          expect(sel(el, module, label)!.value, 'the choice is still on screen').to.equal(value);
          expect(text(el)).to.contain('unsaved changes').and.not.contain('No unsaved changes');
        },
      }));
    }
    await expectEachRoundSavedOnce(server, failures, () => server.db.mappingVersion, version + 4);
    expect(saved(server, 'budget')).to.include({ deals: 'Amount', accounts: 'Annual_Revenue' });
    expect(saved(server, 'start_date').accounts).to.equal('Customer_Since');
    expect(saved(server, 'description').deals).to.equal('Description');
  });

  it('slow: a save past the time limit says so with Retry and keeps the choice; the late write is not made twice', async () => {
    const { el, server } = await open('slow');
    // Loading past the limit: "took too long", Retry; the answer is faster once the server is.
    const loading = await throughFaults(el, loaded(el), { what: 'the rows', beforeRetry: () => { server.latencyMs = 0; } });
    expect(loading.map((f) => f.message).join()).to.contain(MESSAGES.timeout);
    const version = server.db.mappingVersion;
    await choose(el, 'Deals', 'Budget', 'Amount');
    server.latencyMs = SLOW_MS;
    done(el).click();
    const failures = await throughFaults(el, savedShown(el), {
      what: 'the save',
      // The answer comes in time once the server is fast again (the late write has been done by then).
      beforeRetry: () => { server.latencyMs = 0; },
      kept: () => {
        expect(sel(el, 'Deals', 'Budget')!.value).to.equal('Amount');
        expect(text(el)).to.contain('Nothing you chose is lost');
      },
    });
    expect(failures.map((f) => f.message)).to.have.length.at.least(1);
    expect(failures[0]!.message).to.contain(MESSAGES.timeout);
    // The first attempt reaches the server after its retry was done: it is replayed, not saved again.
    await lateRequests();
    expect(server.db.mappingVersion).to.equal(version + 1);
    expect(saved(server, 'budget').deals).to.equal('Amount');
    const sends = server.log.filter((e) => e.operation === 'saveFieldMapping');
    expect(new Set(sends.map((e) => e.idempotencyKey)).size, 'every attempt is the same write').to.equal(1);
    expect(sends.some((e) => e.replayed)).to.equal(true);
  });

  it('malformed: a fields document that breaks the contract says "unexpected response" with Retry and reports it; healed, the mapping saves', async () => {
    const { el, server, heal, errors } = await open('malformed');
    await throughFaults(el, () => root(el).querySelector('[part="error"]'), { what: 'the failure' });
    expect(text(el)).to.contain(MESSAGES.unexpected);
    expect(errors.map((e) => [e.detail.kind, e.detail.operation])).to.deep.equal([['unexpected-response', 'getFieldMapping']]);
    expect(errors[0]!.detail.issues.length).to.be.above(0);
    heal();
    const failures = await throughFaults(el, loaded(el), { what: 'the rows' });
    expect(failures.map((f) => f.action)).to.deep.equal(['Retry']);
    await choose(el, 'Deals', 'Budget', 'Amount');
    done(el).click();
    await throughFaults(el, savedShown(el), { what: 'the save' });
    expect(saved(server, 'budget').deals).to.equal('Amount');
  });

  it('a save done by the server whose answer breaks the contract: Retry replays it (same Idempotency-Key) and shows it saved; nothing saved twice', async () => {
    const { el, server, worker } = await open('healthy');
    await throughFaults(el, loaded(el), { what: 'the rows' });
    const version = server.db.mappingVersion;
    worker.use(http.put(`${API}/crm/field-mapping`, brokenAnswer(server, 'saveFieldMapping'), { once: true }));
    await choose(el, 'Deals', 'Budget', 'Amount');
    await choose(el, 'Accounts', 'Start Date', 'Customer_Since');
    const kept = () => {
      expect(sel(el, 'Deals', 'Budget')!.value).to.equal('Amount');
      expect(sel(el, 'Accounts', 'Start Date')!.value).to.equal('Customer_Since');
    };
    done(el).click();
    const failures = await throughFaults(el, savedShown(el), { what: 'the save', kept });
    kept();
    expectRetryReplayed(server, failures, 'saveFieldMapping');
    expect(server.db.mappingVersion).to.equal(version + 1);
    expect(saved(server, 'budget').deals).to.equal('Amount');
    expect(saved(server, 'start_date').accounts).to.equal('Customer_Since');
  });
});
