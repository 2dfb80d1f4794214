import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import { http, HttpResponse } from 'msw';
import '../../src/register/client-account-mapper.js';
import type { ClientAccountMapper } from '../../src/elements/client-account-mapper/client-account-mapper.js';
import { reportToCsv, csvCell } from '../../src/elements/client-account-mapper/report.js';
import type { ClientMappingReport } from '../../src/schemas/entities.js';
import { seed } from '../../mocks/seed.js';
import { API, fakeServer, until } from '../helpers.js';
import { folded, root } from '../dom.js';

type El = ClientAccountMapper;

const all = <T extends Element = HTMLElement>(el: El, selector: string) => [...root(el).querySelectorAll<T>(selector)] as T[];
const one = <T extends Element = HTMLElement>(el: El, selector: string) => root(el).querySelector<T>(selector);
const text = (node: Element | null | undefined) => folded(node?.textContent);
const buttonNamed = (el: El, name: string | RegExp) =>
  all<HTMLButtonElement>(el, 'button').find((b) => (typeof name === 'string' ? text(b) === name : name.test(text(b))));
async function click(el: El, name: string | RegExp): Promise<void> {
  await until(() => buttonNamed(el, name), 5_000, `button ${name}`);
  buttonNamed(el, name)!.click();
  await el.updateComplete;
}
const dataRows = (el: El, table: string) => all(el, `${table} [role="row"]:not(.head)`);
const radioLabelled = (el: El, label: RegExp) =>
  all<HTMLLabelElement>(el, 'label.chip').find((l) => label.test(text(l)))!.querySelector('input')!;
async function type(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Active, before the one-time automatic mapping (only "Hooli", mapped by hand earlier, is linked). */
async function pendingActiveServer() {
  const fake = await fakeServer('active');
  Object.assign(fake.server.db, seed({ active: true, clientMapping: 'pending' }));
  return fake;
}

async function render(): Promise<El> {
  return fixture<El>(html`<client-account-mapper api-base=${API}></client-account-mapper>`);
}

describe('<client-account-mapper>', () => {
  describe('one-time automatic mapping', () => {
    it('explains the step and offers Yes / No (accessible intro)', async () => {
      await pendingActiveServer();
      const el = await render();
      await until(() => buttonNamed(el, 'Yes, Map matching records'), 5_000, 'intro');
      expect(buttonNamed(el, 'No, Skip')).to.exist;
      expect(text(one(el, '[part="intro"]'))).to.contain('one-time step');
      await expect(el).to.be.accessible();
    });

    it('dry run shows the report and saves nothing; then Yes maps and shows the full report', async () => {
      const { server } = await pendingActiveServer();
      const el = await render();
      await until(() => el.shadowRoot!.querySelector('[part="intro"]'), 5_000, 'intro');
      await until(() => server.log.some((l) => l.operation === 'listAccounts'));
      const before = JSON.stringify({ clients: server.db.clients, status: server.db.status });

      await click(el, 'Preview (dry run)');
      await until(() => one(el, '#cam-preview-title'), 5_000, 'preview');
      expect(text(one(el, '[part="report"]'))).to.contain('nothing has been saved');
      expect(text(one(el, '[part="counts"]'))).to.contain('6 would be mapped');
      expect(dataRows(el, '[part="report-table"]')).to.have.length(12);
      expect(one(el, '[part="report-table"]')!.getAttribute('aria-rowcount')).to.equal('13');
      expect(JSON.stringify({ clients: server.db.clients, status: server.db.status })).to.equal(before);
      expect(root(el).activeElement?.id).to.equal('cam-preview-title');
      await expect(el).to.be.accessible();

      const done = oneEvent(el, 'zp-client-mapping-done');
      await click(el, 'Yes, Map matching records');
      const event = await done;
      expect(event.detail).to.deep.equal({ outcome: 'mapped', mappedCount: 6, unmappedCount: 5 });
      await until(() => one(el, '#cam-report-title'), 5_000, 'report');
      const report = one(el, '[part="report"]')!;
      expect(text(report)).to.contain('The report was emailed to the administrators (admin@acme.example)');
      const counts = text(one(el, '[part="counts"]'));
      expect(counts).to.contain('6 mapped');
      expect(counts).to.contain('5 not mapped');
      expect(counts).to.contain('1 already mapped');
      expect(counts).to.contain('13 client users became contacts of their account');

      // Every client is listed, with every outcome of the seeded data and its reason.
      const rows = dataRows(el, '[part="report-table"]').map(text);
      expect(rows).to.have.length(12);
      const row = (client: string) => rows.find((r) => r.startsWith(client))!;
      expect(row('Zylker Corp')).to.contain('Mapped').and.contain('Exact name match');
      expect(row('Globex Corporation')).to.contain('Several accounts match').and.contain('2 accounts have exactly this name');
      expect(row('Hooli')).to.contain('Already mapped');
      expect(row('Initech')).to.contain('No matching account');
      expect(row('Crème Brûlée Studio')).to.contain('No matching account');
      expect(row('<img src=x onerror=alert(1)> Labs')).to.contain('Mapped');
      expect(root(el).querySelector('img')).to.equal(null);

      // Saved on the server: exact matches mapped, the step is done.
      expect(server.db.status.clientMapping).to.equal('done');
      expect(server.db.clients.find((c) => c.name === 'Zylker Corp')!.accountId).to.equal('acc-1');
      expect(server.db.clients.find((c) => c.name === 'Initech')!.accountId).to.equal(null);
      await expect(el).to.be.accessible();

      // Filter by outcome.
      radioLabelled(el, /^Several accounts match/).click();
      await el.updateComplete;
      expect(dataRows(el, '[part="report-table"]').map(text)).to.have.length(1);
      expect(text(dataRows(el, '[part="report-table"]')[0])).to.contain('Globex Corporation');
      expect(one(el, '[part="report-table"]')!.getAttribute('aria-rowcount')).to.equal('2');
      radioLabelled(el, /^No matching account/).click();
      await el.updateComplete;
      expect(dataRows(el, '[part="report-table"]')).to.have.length(4);

      // The CSV download is the whole report, whatever the filter.
      const link = one<HTMLAnchorElement>(el, 'a[part="download"]')!;
      expect(link.getAttribute('download')).to.equal('client-account-mapping-report.csv');
      expect(link.href).to.match(/^blob:/);
      const csv = (await (await fetch(link.href)).text()).replace(/^\uFEFF/, '');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines).to.have.length(13);
      expect(lines[0]).to.equal('"Client ID","Client","Outcome","Account ID","Account","Candidate account IDs","Reason"');
      expect(lines).to.include('"client-1","Zylker Corp","mapped","acc-1","Zylker Corp","acc-1","Exact name match."');
      expect(lines).to.include('"client-5","Globex Corporation","multiple-matches","","","acc-5 acc-6","2 accounts have exactly this name."');
    });

    it('builds CSV cells that stay text (quotes, commas, formulas, markup)', () => {
      expect(csvCell('a "quoted", name')).to.equal('"a ""quoted"", name"');
      expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
      expect(csvCell('<img src=x onerror=alert(1)>')).to.equal('"<img src=x onerror=alert(1)>"');
      const report: ClientMappingReport = {
        dryRun: false, mappedCount: 0, unmappedCount: 1, contactsCreated: 0, emailedTo: [],
        rows: [{ clientId: 'c1', clientName: 'Line\nBreak', outcome: 'no-match', accountId: null, accountName: null, candidateAccountIds: [], reason: 'No account.' }],
      };
      expect(reportToCsv(report)).to.equal(
        '"Client ID","Client","Outcome","Account ID","Account","Candidate account IDs","Reason"\r\n'
        // The reason is the element's sentence for the outcome (in the page's language), not the server's.
        + '"c1","Line\nBreak","no-match","","","","No account has exactly this name."\r\n',
      );
    });

    it('No, Skip: automatic mapping is gone, also after a reload', async () => {
      const { server } = await pendingActiveServer();
      const el = await render();
      await until(() => buttonNamed(el, 'No, Skip'), 5_000, 'intro');
      await until(() => server.log.some((l) => l.operation === 'listClients'));
      const done = oneEvent(el, 'zp-client-mapping-done');
      await click(el, 'No, Skip');
      expect((await done).detail).to.deep.equal({ outcome: 'skipped', mappedCount: 1, unmappedCount: 11 });
      await until(() => one(el, '[part="status-note"]'), 5_000, 'skipped note');
      expect(text(one(el, '[part="status-note"]'))).to.contain('skipped').and.contain('deactivated');
      expect(buttonNamed(el, 'Yes, Map matching records')).to.equal(undefined);
      expect(server.db.status.clientMapping).to.equal('skipped');
      expect(root(el).activeElement?.id).to.equal('cam-status-note');

      el.remove();
      const again = await render();
      await until(() => one(again, '[part="status-note"]'), 5_000, 'skipped note after reload');
      expect(text(one(again, '[part="status-note"]'))).to.contain('skipped');
      expect(buttonNamed(again, 'Yes, Map matching records')).to.equal(undefined);
      expect(buttonNamed(again, 'No, Skip')).to.equal(undefined);
      // Custom mapping is still there.
      await until(() => one(again, '[part="client-table"]'), 5_000, 'clients');
    });

    it('opens in the skipped state for the client-mapping-skipped scenario', async () => {
      await fakeServer('client-mapping-skipped');
      const el = await render();
      await until(() => one(el, '[part="status-note"]'), 5_000, 'note');
      expect(text(one(el, '[part="status-note"]'))).to.contain('Automatic mapping was skipped');
      expect(buttonNamed(el, 'Yes, Map matching records')).to.equal(undefined);
    });

    it('shows a failed run with Retry and keeps the intro', async () => {
      const { worker, server } = await pendingActiveServer();
      worker.use(http.post(`${API}/crm/client-mapping/run`, () => HttpResponse.json({ error: { code: 'x', message: 'Down' } }, { status: 503 })));
      const el = await render();
      await click(el, 'Yes, Map matching records');
      await until(() => one(el, '[part="error"]'), 5_000, 'error');
      expect(text(one(el, '[part="error"]'))).to.contain('could not complete');
      expect(buttonNamed(el, 'Yes, Map matching records')).to.exist;
      worker.resetHandlers(...server.handlers(API));
      await click(el, 'Retry');
      await until(() => one(el, '#cam-report-title'), 5_000, 'report after retry');
    });
  });

  describe('requests', () => {
    it('a double click on "Yes, Map matching records" sends one request', async () => {
      const { server } = await pendingActiveServer();
      const el = await render();
      await until(() => buttonNamed(el, 'Yes, Map matching records'), 5_000, 'intro');
      const yes = buttonNamed(el, 'Yes, Map matching records')!;
      yes.click();
      yes.click();
      await until(() => one(el, '#cam-report-title'), 5_000, 'report');
      expect(server.log.filter((l) => l.operation === 'runClientMapping')).to.have.length(1);
    });

    it('a response that breaks the contract: message, Retry, zp-error', async () => {
      const { worker, server } = await fakeServer('active');
      worker.use(http.get(`${API}/crm/clients`, () => HttpResponse.json({ clients: 'corrupted' })));
      const errors: CustomEvent[] = [];
      const el = document.createElement('client-account-mapper');
      el.addEventListener('zp-error', (e) => errors.push(e));
      el.apiBase = API;
      document.body.append(el);
      try {
        await until(() => one(el, '[part="error"]'), 10_000, 'error');
        expect(text(one(el, '[part="error"]'))).to.contain('unexpected response');
        expect(errors.map((e) => e.detail.operation)).to.include('listClients');
        worker.resetHandlers(...server.handlers(API));
        await click(el, 'Retry');
        await until(() => dataRows(el, '[part="client-table"]').length === 12, 5_000, 'clients after retry');
      } finally {
        el.remove();
      }
    });
  });

  describe('not permitted (401 / 403)', () => {
    const refuse = (status: 401 | 403) =>
      () => HttpResponse.json({ error: { code: status === 401 ? 'unauthorized' : 'admin-required', message: 'No.' } }, { status });
    const cases = [
      { what: '403 on the integration status', handler: http.get(`${API}/crm/integration`, refuse(403)), answered: [] },
      { what: '401 on the clients', handler: http.get(`${API}/crm/clients`, refuse(401)), answered: ['listAccounts'] },
      { what: '403 on the CRM accounts', handler: http.get(`${API}/crm/accounts`, refuse(403)), answered: ['listClients'] },
    ];
    for (const { what, handler, answered } of cases) {
      it(`${what}: "not permitted", no client, no account, no action, no Retry`, async () => {
        const { worker, server } = await fakeServer('active');
        worker.use(handler);
        const el = await render();
        // The fake server also answered the page's other list (the refused one never reaches it), so its data is here to leak.
        await until(() => answered.every((op) => server.log.some((l) => l.operation === op)), 5_000, 'the other requests');
        await until(() => one(el, '[part="not-permitted"]'), 5_000, 'not permitted');
        await new Promise((r) => setTimeout(r, 100));
        await el.updateComplete;
        expect(text(one(el, '[part="not-permitted"]'))).to.contain('You are not permitted to see this');
        const shown = text(root(el) as unknown as Element);
        for (const name of ['Zylker Corp', 'Hooli', 'Wayne Enterprises']) expect(shown, name).not.to.contain(name);
        expect(all(el, 'button').map((b) => text(b))).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('custom mapping', () => {
    it('maps a client through a suggestion, then removes the mapping (accessible)', async () => {
      const { server } = await fakeServer('active');
      const el = await render();
      await until(() => dataRows(el, '[part="client-table"]').length === 12, 5_000, 'clients');
      await expect(el).to.be.accessible();

      await type(one<HTMLInputElement>(el, '#cam-client-search')!, 'creme');
      await el.updateComplete;
      expect(dataRows(el, '[part="client-table"]').map(text)).to.deep.equal(['Crème Brûlée Studio Not mapped']);
      await click(el, 'Crème Brûlée Studio');
      await until(() => one(el, '[part="suggestions"] li'), 5_000, 'suggestions');
      expect(root(el).activeElement?.id).to.equal('cam-client-title');

      const suggestions = all(el, '[part="suggestions"] li').map(text);
      expect(suggestions[0]).to.contain('Creme Brulee Studio Ltd');
      expect(suggestions[0]).to.contain('Same name apart from accents and the legal suffix “Ltd”.');
      // Shown, never applied on its own.
      const client = () => server.db.clients.find((c) => c.name === 'Crème Brûlée Studio')!;
      expect(client().accountId).to.equal(null);
      expect(text(one(el, '[part="chosen"]'))).to.contain('none yet');
      await expect(el).to.be.accessible();

      await click(el, 'Choose Creme Brulee Studio Ltd');
      expect(text(one(el, '[part="chosen"]'))).to.contain('Creme Brulee Studio Ltd');
      expect(client().accountId).to.equal(null);

      const mapped = oneEvent(el, 'zp-client-mapped');
      await click(el, 'Save mapping');
      expect((await mapped).detail).to.deep.equal({ clientId: client().id, accountId: 'acc-8' });
      expect(client().accountId).to.equal('acc-8');
      await until(() => text(one(el, '[part="client-detail"]')).includes('Mapped to Creme Brulee Studio Ltd'));
      expect(dataRows(el, '[part="client-table"]').map(text)).to.deep.equal(['Crème Brûlée Studio Creme Brulee Studio Ltd']);

      const unmapped = oneEvent(el, 'zp-client-mapped');
      await click(el, 'Remove mapping');
      expect((await unmapped).detail.accountId).to.equal(null);
      expect(client().accountId).to.equal(null);
      await until(() => text(one(el, '[part="client-detail"]')).includes('Not mapped to a CRM account'));
    });

    it('ranks an accent/suffix variant first (Northwind Traders Inc.)', async () => {
      await fakeServer('active');
      const el = await render();
      await until(() => dataRows(el, '[part="client-table"]').length === 12, 5_000, 'clients');
      await click(el, 'Northwind Traders Inc.');
      await until(() => one(el, '[part="suggestions"] li'));
      const first = text(one(el, '[part="suggestions"] li'));
      expect(first).to.contain('Northwind Traders').and.contain('legal suffix “Inc”');
    });

    it('searches and picks an account with the keyboard', async () => {
      const { server } = await fakeServer('active');
      const el = await render();
      await until(() => dataRows(el, '[part="client-table"]').length === 12, 5_000, 'clients');
      await click(el, 'Umbrella Health');
      await until(() => one(el, '#cam-account-search'));
      expect(text(one(el, '[part="suggestions"]'))).to.contain('No account has a similar name');
      const search = one<HTMLInputElement>(el, '#cam-account-search')!;
      search.focus();
      await sendKeys({ type: 'wayne' });
      await el.updateComplete;
      const options = all(el, '[role="option"]');
      expect(options.map(text)).to.deep.equal(['Wayne Enterprises']);
      expect(options[0]!.getAttribute('aria-setsize')).to.equal('1');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(search.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(one(el, '[part="chosen"]'))).to.contain('Wayne Enterprises');
      expect(one(el, '[role="option"]')!.getAttribute('aria-selected')).to.equal('true');
      await click(el, 'Save mapping');
      await until(() => server.db.clients.find((c) => c.name === 'Umbrella Health')!.accountId === 'acc-12');
    });

    it('asks for an account before saving and sends nothing', async () => {
      const { server } = await fakeServer('active');
      const el = await render();
      await until(() => dataRows(el, '[part="client-table"]').length === 12, 5_000, 'clients');
      await click(el, 'Initech');
      await click(el, 'Save mapping');
      const input = one<HTMLInputElement>(el, '#cam-account-search')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('cam-account-error');
      expect(text(one(el, '#cam-account-error'))).to.contain('Choose an account');
      expect(root(el).activeElement).to.equal(input);
      expect(server.log.some((l) => l.operation === 'mapClient')).to.equal(false);
    });

    it('a failed save keeps the choice on screen and can be retried', async () => {
      const { server, worker } = await fakeServer('active');
      const el = await render();
      await until(() => dataRows(el, '[part="client-table"]').length === 12, 5_000, 'clients');
      await click(el, 'Initech');
      await until(() => one(el, '[part="suggestions"] li'));
      expect(text(one(el, '[part="suggestions"] li'))).to.contain('Initech Consulting LLC').and.contain('Shares the word “initech”');
      await click(el, 'Choose Initech Consulting LLC');
      worker.use(http.put(`${API}/crm/clients/:clientId/account`, () => HttpResponse.json({ error: { code: 'x', message: 'Down' } }, { status: 500 })));
      await click(el, 'Save mapping');
      await until(() => one(el, '[part="client-detail"] [part="error"]'), 5_000, 'error');
      expect(text(one(el, '[part="client-detail"] [part="error"]'))).to.contain('could not complete');
      expect(text(one(el, '[part="chosen"]'))).to.contain('Initech Consulting LLC');
      expect(server.db.clients.find((c) => c.name === 'Initech')!.accountId).to.equal(null);

      worker.resetHandlers(...server.handlers(API));
      await click(el, 'Retry');
      await until(() => server.db.clients.find((c) => c.name === 'Initech')!.accountId === 'acc-16', 5_000, 'saved');
      await until(() => !one(el, '[part="client-detail"] [part="error"]'));
    });

    it('refuses an account mapped to another client in the picker', async () => {
      const { server } = await fakeServer('active');
      const el = await render();
      await until(() => dataRows(el, '[part="client-table"]').length === 12, 5_000, 'clients');
      await click(el, 'Initech');
      await until(() => one(el, '#cam-account-search'), 5_000, 'picker');
      await type(one<HTMLInputElement>(el, '#cam-account-search')!, 'hooli');
      await el.updateComplete;
      const taken = all(el, '[role="option"]').find((o) => text(o) === 'Hooli (mapped to Hooli)')!;
      expect(taken.getAttribute('aria-disabled')).to.equal('true');
      taken.click();
      await el.updateComplete;
      expect(text(one(el, '[part="chosen"]'))).to.contain('none yet');
      expect(server.log.some((l) => l.operation === 'mapClient')).to.equal(false);
    });

    it('filters clients by mapped / not mapped and moves through rows with arrow keys', async () => {
      await fakeServer('active');
      const el = await render();
      await until(() => dataRows(el, '[part="client-table"]').length === 12, 5_000, 'clients');
      radioLabelled(el, /^Mapped \(/).click();
      await el.updateComplete;
      // The automatic run mapped the six exact-name matches; Hooli was mapped by hand before it.
      expect(dataRows(el, '[part="client-table"]').map((r) => text(r.querySelector('button')))).to.deep.equal([
        'Zylker Corp', 'Café Délices', 'Müller & Söhne GmbH', 'Blue Harbor Logistics', '<img src=x onerror=alert(1)> Labs', 'Soylent Foods', 'Hooli',
      ]);
      radioLabelled(el, /^Not mapped \(/).click();
      await el.updateComplete;
      expect(dataRows(el, '[part="client-table"]').map((r) => text(r.querySelector('button')))).to.deep.equal([
        'Globex Corporation', 'Northwind Traders Inc.', 'Crème Brûlée Studio', 'Initech', 'Umbrella Health',
      ]);
      radioLabelled(el, /^All \(/).click();
      await el.updateComplete;
      const first = one<HTMLButtonElement>(el, '[part="client-table"] button')!;
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(root(el).activeElement?.textContent).to.equal(text(all(el, '[part="client-table"] button')[1]));
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(text(root(el).activeElement)).to.equal('Hooli');
    });
  });

  describe('large portal (10,000 clients, 50,000 accounts)', () => {
    it('renders only visible rows, keeps aria-rowcount/rowindex right, and searches', async function () {
      this.timeout(60_000);
      await fakeServer('large');
      const el = await fixture<El>(html`<client-account-mapper api-base=${API} view="custom"></client-account-mapper>`);
      await until(() => dataRows(el, '[part="client-table"]').length > 0, 30_000, 'rows');
      const table = one(el, '[part="client-table"]')!;
      expect(table.getAttribute('aria-rowcount')).to.equal('10001');
      let rows = dataRows(el, '[part="client-table"]');
      expect(rows.length).to.be.below(200);
      expect(rows[0]!.getAttribute('aria-rowindex')).to.equal('2');

      const scroller = table.querySelector<HTMLElement>('.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
      scroller.dispatchEvent(new Event('scroll'));
      await until(() => dataRows(el, '[part="client-table"]').at(-1)?.getAttribute('aria-rowindex') === '10001', 3_000, 'last row');
      rows = dataRows(el, '[part="client-table"]');
      expect(rows.length).to.be.below(200);
      const indexes = rows.map((r) => Number(r.getAttribute('aria-rowindex')));
      expect(indexes).to.deep.equal(indexes.map((_, k) => indexes[0]! + k));

      await type(one<HTMLInputElement>(el, '#cam-client-search')!, 'unmatched');
      await el.updateComplete;
      const count = Number(table.getAttribute('aria-rowcount')) - 1;
      expect(count).to.be.above(0).and.below(10_000);
      // Counts are formatted for the locale (English groups thousands with ",").
      expect(text(one(el, '#cam-client-count'))).to.equal(`${new Intl.NumberFormat('en').format(count)} of 10,000 clients`);
      expect(dataRows(el, '[part="client-table"]').every((r) => /Unmatched/.test(text(r)))).to.equal(true);

      // An upper-cased "… Ltd" variant of an account gets it as first suggestion.
      await type(one<HTMLInputElement>(el, '#cam-client-search')!, ' ltd');
      await el.updateComplete;
      const variant = all<HTMLButtonElement>(el, '[part="client-table"] button').find((b) => /^[A-Z0-9 .]+ Ltd$/.test(text(b)) && !/\bLTD\b/.test(text(b)))
        ?? all<HTMLButtonElement>(el, '[part="client-table"] button')[0]!;
      variant.click();
      await until(() => one(el, '[part="suggestions"] li'), 10_000, 'suggestions');
      expect(text(one(el, '[part="suggestions"] li'))).to.match(/Same name apart from letter case|Exact name match/);
      expect(all(el, '[role="option"]').length).to.be.below(200);
      await expect(el).to.be.accessible();
    });
  });
});
