import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import { http, HttpResponse } from 'msw';
import '../../src/register/zsc-key-panel.js';
import { ZscKeyPanel } from '../../src/elements/zsc-key-panel/zsc-key-panel.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { CRM_ADMIN_ZSC_KEY } from '../../mocks/record-seed.js';
import { OTHER_PORTAL_OWNER } from '../../mocks/credentials.js';
import { API, fakeServer, fastBackend, until } from '../helpers.js';
import { folded, root, stubClipboard, text } from '../dom.js';

const button = (el: Element, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => folded(b.textContent) === name) ?? null;
const keyValue = (el: Element) => folded(root(el).querySelector('[part="key-value"]')?.textContent);
const dialog = (el: Element) => root(el).querySelector('dialog')!;
const dialogButton = (el: Element, name: string) =>
  [...dialog(el).querySelectorAll('button')].find((b) => folded(b.textContent) === name)!;

async function mount(scenario: string, side = 'crm', withStore = false) {
  const fake = await fakeServer(scenario);
  const store = withStore ? new IntegrationStore(fastBackend()) : undefined;
  const events: CustomEvent[] = [];
  const el = withStore
    ? await fixture<ZscKeyPanel>(html`<zsc-key-panel side=${side} .store=${store}></zsc-key-panel>`)
    : await fixture<ZscKeyPanel>(html`<zsc-key-panel side=${side} api-base=${API}></zsc-key-panel>`);
  for (const name of ['zp-key-generated', 'zp-key-regenerated', 'zp-error']) el.addEventListener(name, (e) => events.push(e as CustomEvent));
  await until(() => !root(el).querySelector('[part="loading"]') && text(el).length > 80, 5000, 'panel loaded');
  return { el, store, events, ...fake };
}

describe('<zsc-key-panel>', () => {
  it('is accessible and shows the key masked, with its email; "Show key" reveals it and hides it again', async () => {
    const { el, server } = await mount('active');
    await expect(el).to.be.accessible();
    expect(folded(root(el).querySelector('h2')!.textContent)).to.equal('Zoho Service Communication (ZSC) Key');
    expect(text(el)).to.contain(server.db.crmZscKey.email);
    expect(text(el)).to.not.contain(CRM_ADMIN_ZSC_KEY);
    expect(keyValue(el)).to.contain('hidden');
    const show = button(el, 'Show key')!;
    expect(show.getAttribute('aria-pressed')).to.equal('false');
    show.click();
    await until(() => keyValue(el) === CRM_ADMIN_ZSC_KEY, 3000, 'key shown');
    expect(show.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
    show.click();
    await el.updateComplete;
    expect(text(el)).to.not.contain(CRM_ADMIN_ZSC_KEY);
    expect(show.getAttribute('aria-pressed')).to.equal('false');
    // Only a POST asked for the key; no URL ever holds it.
    const reveal = server.log.filter((e) => e.operation === 'revealZscKey');
    expect(reveal.map((e) => e.method)).to.deep.equal(['POST']);
    expect(server.log.some((e) => e.url.includes(CRM_ADMIN_ZSC_KEY))).to.equal(false);
  });

  it('keeps the key out of the store, and hides it by itself after a while', async () => {
    const before = ZscKeyPanel.revealMs;
    ZscKeyPanel.revealMs = 300;
    try {
      const { el, store } = await mount('active', 'crm', true);
      button(el, 'Show key')!.click();
      await until(() => keyValue(el) === CRM_ADMIN_ZSC_KEY, 3000, 'key shown');
      expect(JSON.stringify(store!.state)).to.not.contain(CRM_ADMIN_ZSC_KEY);
      await until(() => !text(el).includes(CRM_ADMIN_ZSC_KEY), 3000, 'hidden again');
      expect(button(el, 'Show key')!.getAttribute('aria-pressed')).to.equal('false');
    } finally {
      ZscKeyPanel.revealMs = before;
    }
  });

  it('"Copy key" writes the key to the clipboard without showing it', async () => {
    const copied: string[] = [];
    const restore = stubClipboard({ writeText: async (t: string) => { copied.push(t); } });
    try {
      const { el } = await mount('active');
      button(el, 'Copy key')!.click();
      await until(() => text(el).includes('copied to the clipboard'), 3000, 'copied message');
      expect(copied).to.deep.equal([CRM_ADMIN_ZSC_KEY]);
      expect(text(el)).to.not.contain(CRM_ADMIN_ZSC_KEY);
    } finally {
      restore();
    }
  });

  it('without a clipboard it says how to copy by hand, and asks the server for nothing', async () => {
    const restore = stubClipboard(undefined);
    try {
      const { el, server } = await mount('active');
      button(el, 'Copy key')!.click();
      await el.updateComplete;
      expect(text(el)).to.contain('Copying is not available in this browser');
      expect(server.log.some((e) => e.operation === 'revealZscKey')).to.equal(false);
    } finally {
      restore();
    }
  });

  it('a clipboard that refuses is reported', async () => {
    const restore = stubClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    try {
      const { el } = await mount('active');
      button(el, 'Copy key')!.click();
      await until(() => text(el).includes('did not allow copying'), 3000, 'refused message');
      expect(text(el)).to.not.contain(CRM_ADMIN_ZSC_KEY);
    } finally {
      restore();
    }
  });

  it('"Generate Now" when there is no key yet', async () => {
    const { el, server, events } = await mount('fresh');
    await expect(el).to.be.accessible();
    expect(text(el)).to.contain('You have not generated a ZSC key yet');
    expect(button(el, 'Show key')).to.equal(null);
    button(el, 'Generate Now')!.click();
    await until(() => button(el, 'Show key'), 3000, 'key exists');
    const key = server.db.crmZscKey.zscKey!;
    expect(key).to.match(/^[0-9a-f]{32}$/);
    expect(text(el)).to.contain('Your ZSC key was generated.');
    expect(events.map((e) => e.type)).to.deep.equal(['zp-key-generated']);
    expect(JSON.stringify(events[0]!.detail)).to.not.contain(key);
    expect(events[0]!.detail).to.deep.include({ side: 'crm', email: server.db.crmZscKey.email });
    await until(() => root(el).activeElement === button(el, 'Show key'), 2000, 'focus on Show key');
  });

  it('"Regenerate" warns first; cancelling changes nothing', async () => {
    const { el, server } = await mount('active', 'projects');
    expect(text(el)).to.contain(OTHER_PORTAL_OWNER.email);
    button(el, 'Regenerate')!.click();
    await until(() => dialog(el).open, 2000, 'dialog');
    await expect(el).to.be.accessible();
    const warning = folded(dialog(el).textContent);
    expect(warning).to.contain('Integrations that use the current key stop working until they are updated with the new key.');
    expect(warning).to.contain('Owner Portal One');
    dialogButton(el, 'Cancel').click();
    await until(() => !dialog(el).open, 2000, 'closed');
    expect(server.db.otherOwners[0]!.zscKey).to.equal(OTHER_PORTAL_OWNER.zscKey);
    expect(server.log.some((e) => e.operation === 'regenerateZscKey')).to.equal(false);
    await until(() => root(el).activeElement === button(el, 'Regenerate'), 2000, 'focus back on Regenerate');
  });

  it('regenerating the portal owner\'s key replaces it and breaks the CRM integration; the event has no key', async () => {
    const { el, server, events } = await mount('active', 'projects');
    button(el, 'Show key')!.click();
    await until(() => keyValue(el) === OTHER_PORTAL_OWNER.zscKey, 3000, 'old key shown');
    button(el, 'Regenerate')!.click();
    dialogButton(el, 'Regenerate').click();
    await until(() => !dialog(el).open, 3000, 'regenerated');
    const key = server.db.otherOwners[0]!.zscKey;
    expect(key).to.not.equal(OTHER_PORTAL_OWNER.zscKey);
    expect(server.db.status.state).to.equal('key-invalid');
    // The key shown before is dropped with the old key.
    expect(text(el)).to.not.contain(OTHER_PORTAL_OWNER.zscKey);
    expect(button(el, 'Show key')!.getAttribute('aria-pressed')).to.equal('false');
    expect(text(el)).to.contain('A new ZSC key was generated.');
    const regenerated = events.find((e) => e.type === 'zp-key-regenerated')!;
    expect(regenerated.bubbles && regenerated.composed).to.equal(true);
    expect(regenerated.detail.usedBy).to.have.length(1);
    expect(JSON.stringify(regenerated.detail)).to.not.contain(key).and.not.contain(OTHER_PORTAL_OWNER.zscKey);
  });

  it('a failed regenerate keeps the dialog open with the reason and "Retry"', async () => {
    const { el, server, worker } = await mount('active', 'crm');
    worker.use(http.post(`${API}/:side/zsc-key/regenerate`, () => HttpResponse.error(), { once: true }));
    button(el, 'Regenerate')!.click();
    dialogButton(el, 'Regenerate').click();
    await until(() => dialog(el).querySelector('[part="error"]'), 3000, 'error');
    expect(dialog(el).open).to.equal(true);
    expect(folded(dialog(el).textContent)).to.contain('Could not reach the server');
    dialogButton(el, 'Retry').click();
    await until(() => !dialog(el).open, 3000, 'regenerated on retry');
    expect(server.db.crmZscKey.zscKey).to.not.equal(CRM_ADMIN_ZSC_KEY);
  });

  it('non-administrators are told to ask their administrator, and see no key data', async () => {
    const { el } = await mount('non-admin', 'projects');
    await expect(el).to.be.accessible();
    expect(folded(root(el).querySelector('[part="not-admin"]')!.textContent)).to.contain('Ask your administrator.');
    expect(button(el, 'Show key')).to.equal(null);
    expect(button(el, 'Regenerate')).to.equal(null);
    expect(text(el)).to.not.contain(OTHER_PORTAL_OWNER.email);
  });

  it('keyboard only: Regenerate opens the warning with focus on "Cancel"; Escape closes it', async () => {
    const { el } = await mount('active', 'crm');
    button(el, 'Regenerate')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el).open, 2000, 'dialog');
    expect(root(el).activeElement).to.equal(dialogButton(el, 'Cancel'));
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open, 2000, 'closed');
    await until(() => root(el).activeElement === button(el, 'Regenerate'), 2000, 'focus back');
  });

  it('a failed load says why and offers "Retry"', async () => {
    const { worker } = await fakeServer('active');
    worker.use(http.get(`${API}/:side/zsc-key`, () => HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 503 }), { once: true }));
    const el = await fixture<ZscKeyPanel>(html`<zsc-key-panel side="crm" .backend=${fastBackend({ readRetries: 0 })}></zsc-key-panel>`);
    await until(() => button(el, 'Retry'), 3000, 'Retry');
    button(el, 'Retry')!.click();
    await until(() => button(el, 'Show key'), 3000, 'loaded on retry');
  });
});
