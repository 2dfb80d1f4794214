import { expect, fixture, html } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/register/zsc-key-panel.js';
import type { ZscKeyPanel } from '../../src/elements/zsc-key-panel/zsc-key-panel.js';
import { API } from '../helpers.js';
import { root, stubClipboard, text } from '../dom.js';
import {
  MESSAGES, SLOW_MS, brokenAnswer, expectFlakyFailures, faultBackend, faulty, lateRequests, norm, throughFaults, type Setting,
} from './support.js';

const button = (el: Element, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => norm(b.textContent) === name) ?? null;
const keyValue = (el: Element) => norm(root(el).querySelector('[part="key-value"]')?.textContent);
const dialog = (el: Element) => root(el).querySelector('dialog')!;
const dialogButton = (el: Element, name: string) => [...dialog(el).querySelectorAll('button')].find((b) => norm(b.textContent) === name)!;

async function open(scenario: Setting, side: 'crm' | 'projects' = 'crm', data?: Parameters<typeof faulty>[1]) {
  const fault = await faulty(scenario, data);
  const events: CustomEvent[] = [];
  const el = await fixture<ZscKeyPanel>(html`<zsc-key-panel side=${side} .backend=${faultBackend(scenario)}
    @zp-error=${(e: CustomEvent) => events.push(e)} @zp-key-generated=${(e: CustomEvent) => events.push(e)}
    @zp-key-regenerated=${(e: CustomEvent) => events.push(e)}></zsc-key-panel>`);
  return { el, events, ...fault };
}

describe('<zsc-key-panel> under faults', () => {
  it('flaky: generate, show, copy and regenerate through failed, dropped and hanging requests; Retry each time; one key made per action', async () => {
    const copied: string[] = [];
    const restore = stubClipboard({ writeText: async (t: string) => { copied.push(t); } });
    try {
      const { el, server, events } = await open('flaky');
      const made = server.db.nextId;
      const failures = await throughFaults(el, () => button(el, 'Generate Now'), { what: 'the panel' });
      failures.push(...await throughFaults(el, () => button(el, 'Show key'), { click: button(el, 'Generate Now'), what: 'the generated key' }));
      failures.push(...await throughFaults(el, () => keyValue(el) === server.db.crmZscKey.zscKey, { click: button(el, 'Show key'), what: 'the key shown' }));
      button(el, 'Show key')!.click();
      await el.updateComplete;
      failures.push(...await throughFaults(el, () => text(el).includes('copied to the clipboard'), { click: button(el, 'Copy key'), what: 'the key copied' }));
      expect(copied).to.deep.equal([server.db.crmZscKey.zscKey]);
      const first = server.db.crmZscKey.zscKey;
      button(el, 'Regenerate')!.click();
      await el.updateComplete;
      failures.push(...await throughFaults(el, () => !dialog(el).open && text(el).includes('A new ZSC key was generated'), {
        click: dialogButton(el, 'Regenerate'),
        what: 'the regenerated key',
        kept: () => expect(dialog(el).open, 'the warning stays open with the reason').to.equal(true),
      }));
      failures.push(...await throughFaults(el, () => keyValue(el) === server.db.crmZscKey.zscKey, { click: button(el, 'Show key'), what: 'the new key shown' }));
      expectFlakyFailures(failures, 3);
      await lateRequests();
      // One key generated, one regenerated: two keys made, whatever was retried or hung.
      expect(server.db.nextId - made).to.equal(2);
      expect(server.db.crmZscKey.zscKey).to.not.equal(first);
      expect(keyValue(el)).to.equal(server.db.crmZscKey.zscKey);
      expect(events.filter((e) => e.type === 'zp-key-generated')).to.have.length(1);
      expect(events.filter((e) => e.type === 'zp-key-regenerated')).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('slow: a regenerate past the time limit keeps the warning open with Retry; the key regenerated late is regenerated once', async () => {
    const { el, server } = await open('slow', 'projects', { active: true });
    await throughFaults(el, () => button(el, 'Regenerate'), { what: 'the panel', beforeRetry: () => { server.latencyMs = 0; } });
    const made = server.db.nextId;
    button(el, 'Regenerate')!.click();
    await el.updateComplete;
    expect(norm(dialog(el).textContent)).to.contain('Owner Portal One');
    server.latencyMs = SLOW_MS;
    dialogButton(el, 'Regenerate').click();
    const failures = await throughFaults(el, () => !dialog(el).open && text(el).includes('A new ZSC key was generated'), {
      what: 'the regenerated key',
      kept: () => expect(dialog(el).open).to.equal(true),
      beforeRetry: () => { server.latencyMs = 0; },
    });
    expect(failures.length).to.be.at.least(1);
    expect(failures[0]!.message).to.contain(MESSAGES.timeout);
    await lateRequests();
    expect(server.db.nextId - made).to.equal(1);
    const sends = server.log.filter((e) => e.operation === 'regenerateZscKey');
    expect(new Set(sends.map((e) => e.idempotencyKey)).size).to.equal(1);
    expect(sends.some((e) => e.replayed)).to.equal(true);
    expect(server.db.status.state).to.equal('key-invalid');
  });

  it('answers that break the contract (the key page, the key) say "unexpected response" with Retry, show no key, and are reported; healed, the key shows', async () => {
    const { el, server, worker, heal, events } = await open('malformed', 'crm', { active: true });
    worker.use(http.get(`${API}/:side/zsc-key`, brokenAnswer(server, 'getZscKey')));
    await throughFaults(el, () => root(el).querySelector('[part="error"]'), { what: 'the failure' });
    expect(text(el)).to.contain(MESSAGES.unexpected);
    heal();
    await throughFaults(el, () => button(el, 'Show key'), { what: 'the panel' });
    worker.use(http.post(`${API}/:side/zsc-key/reveal`, brokenAnswer(server, 'revealZscKey')));
    button(el, 'Show key')!.click();
    await throughFaults(el, () => root(el).querySelector('[part="error"]'), { what: 'the failure' });
    expect(text(el)).to.contain(MESSAGES.unexpected);
    expect(text(el)).to.not.contain(server.db.crmZscKey.zscKey!);
    expect(events.map((e) => `${e.type} ${e.detail.kind} ${e.detail.operation}`)).to.deep.equal([
      'zp-error unexpected-response getZscKey', 'zp-error unexpected-response revealZscKey',
    ]);
    heal();
    await throughFaults(el, () => keyValue(el) === server.db.crmZscKey.zscKey, { what: 'the key shown' });
  });

  it('a key generated elsewhere meanwhile (409): says so, and "Reload" shows the key there is', async () => {
    const { el, server } = await open('healthy');
    await throughFaults(el, () => button(el, 'Generate Now'), { what: 'the panel' });
    // Another tab generated the key.
    server.db.crmZscKey = { ...server.db.crmZscKey, zscKey: '0123456789abcdef0123456789abcdef', generatedAt: new Date().toISOString() };
    button(el, 'Generate Now')!.click();
    const failures = await throughFaults(el, () => button(el, 'Show key'), { what: 'the existing key' });
    expect(failures.map((f) => f.action)).to.deep.equal(['Reload']);
    expect(failures[0]!.message).to.contain('A ZSC key exists already');
    expect(server.db.crmZscKey.zscKey).to.equal('0123456789abcdef0123456789abcdef');
    expect(server.log.filter((e) => e.operation === 'generateZscKey')).to.have.length(1);
  });

  it('a failed "Copy key" says why; Retry copies the key, and never shows it', async () => {
    const copied: string[] = [];
    const restore = stubClipboard({ writeText: async (t: string) => { copied.push(t); } });
    try {
      const { el, server, worker } = await open('healthy', 'crm', { active: true });
      await throughFaults(el, () => button(el, 'Copy key'), { what: 'the panel' });
      worker.use(http.post(`${API}/:side/zsc-key/reveal`, () => Response.error(), { once: true }));
      button(el, 'Copy key')!.click();
      const failures = await throughFaults(el, () => text(el).includes('copied to the clipboard'), {
        what: 'the key copied', kept: () => expect(keyValue(el)).to.contain('hidden'),
      });
      expect(failures.map((f) => f.action)).to.deep.equal(['Retry']);
      expect(failures[0]!.message).to.contain(MESSAGES.network);
      expect(copied).to.deep.equal([server.db.crmZscKey.zscKey]);
      expect(keyValue(el)).to.contain('hidden');
      expect(text(el)).to.not.contain(server.db.crmZscKey.zscKey!);
    } finally {
      restore();
    }
  });
});
