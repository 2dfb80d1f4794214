import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/register/crm-client-info.js';
import type { CrmClientInfo } from '../../src/elements/crm-client-info/crm-client-info.js';
import { API, fakeServer, fastBackend, until } from '../helpers.js';
import { folded, root, text } from '../dom.js';

/** The account's details as a user reads them: term → description. */
const details = (el: Element) => Object.fromEntries([...root(el).querySelectorAll('dl[part="account"] > div')].map((d) => {
  const dd = d.querySelector('dd')!.cloneNode(true) as HTMLElement;
  dd.querySelectorAll('.visually-hidden').forEach((x) => x.remove());
  return [folded(d.querySelector('dt')!.textContent), folded(dd.textContent)];
}));

async function mount(scenario: string, clientId: string) {
  const fake = await fakeServer(scenario);
  const el = await fixture<CrmClientInfo>(html`<crm-client-info api-base=${API} client-id=${clientId}></crm-client-info>`);
  await until(() => !root(el).querySelector('[part="loading"]') && text(el).length > 12, 5000, 'client info loaded');
  return { el, ...fake };
}

describe('<crm-client-info>', () => {
  it("is accessible and shows the linked CRM account's information and its open potentials", async () => {
    const { el, server } = await mount('active', 'client-12');
    await expect(el).to.be.accessible();
    const hooli = server.db.records.accounts.find((a) => a.name === 'Hooli')!;
    const d = details(el);
    expect(d['Account Name']).to.equal('Hooli');
    expect(d['Account Owner']).to.equal(hooli.values['Owner']);
    expect(d['Industry']).to.equal(hooli.values['Industry']);
    expect(d['Phone']).to.equal(hooli.values['Phone']);
    expect(d['Website']).to.equal(hooli.values['Website']);
    expect(d['Billing City']).to.equal(hooli.values['Billing_City']);
    const link = root(el).querySelector<HTMLAnchorElement>('dl a')!;
    expect(link.href).to.contain(`/Accounts/${hooli.id}`);
    expect(link.rel).to.contain('noopener');
    const potentials = [...root(el).querySelectorAll('[part="potentials"] tbody th')].map((th) => {
      const name = th.cloneNode(true) as HTMLElement;
      name.querySelectorAll('.visually-hidden').forEach((x) => x.remove());
      return folded(name.textContent);
    });
    expect(potentials).to.deep.equal(['Hooli — Data Platform', 'Hooli — Analytics Add-on']);
    // Closed deals are not open potentials.
    expect(text(el)).to.not.contain('Support Renewal');
    expect(root(el).querySelectorAll('[part="potentials"] tbody tr')).to.have.length(2);
    expect(text(el)).to.contain('Value Proposition');
  });

  it('a client without a linked account says so', async () => {
    const { el } = await mount('active', 'client-6');
    await expect(el).to.be.accessible();
    expect(folded(root(el).querySelector('[part="no-account"]')!.textContent)).to.equal('The client “Northwind Traders Inc.” is not linked to a Zoho CRM account.');
    expect(root(el).querySelector('[part="account"]')).to.equal(null);
  });

  it('a client name with markup is text', async () => {
    const { el } = await mount('active', 'client-8');
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(el)).to.contain('<img src=x onerror=alert(1)> Labs');
  });

  it('only portal administrators see it; others are told so and see no data', async () => {
    const { el } = await mount('non-admin', 'client-12');
    await expect(el).to.be.accessible();
    expect(folded(root(el).querySelector('[part="not-permitted"]')!.textContent)).to.contain('Only portal administrators');
    expect(text(el)).to.not.contain('Hooli');
    expect(root(el).querySelector('button')).to.equal(null);
  });

  it('when the portal is not integrated with Zoho CRM it says so', async () => {
    const { el } = await mount('fresh', 'client-12');
    expect(text(el)).to.contain('This portal is not integrated with Zoho CRM.');
    expect(root(el).querySelector('[part="account"]')).to.equal(null);
  });

  it('follows its client-id attribute', async () => {
    const { el } = await mount('active', 'client-6');
    el.clientId = 'client-12';
    await until(() => root(el).querySelector('[part="account"]'), 3000, 'the other client');
    expect(details(el)['Account Name']).to.equal('Hooli');
  });

  it('a failed load says why and offers "Retry"', async () => {
    const { worker } = await fakeServer('active');
    worker.use(http.get(`${API}/projects/clients/:clientId/crm-account`, () => HttpResponse.error(), { once: true }));
    const el = await fixture<CrmClientInfo>(html`<crm-client-info .backend=${fastBackend({ readRetries: 0 })} client-id="client-12"></crm-client-info>`);
    await until(() => root(el).querySelector('[part="error"]'), 3000, 'error');
    expect(text(el)).to.contain('Could not reach the server');
    const retry = [...root(el).querySelectorAll('button')].find((b) => folded(b.textContent) === 'Retry')!;
    retry.click();
    await until(() => root(el).querySelector('[part="account"]'), 3000, 'loaded on retry');
  });
});
