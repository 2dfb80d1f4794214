/**
 * `<client-account-mapper>` with the `large` scenario (10,000 clients, 50,000 accounts).
 * Run by `npm run bench` in headless Chromium; every number is from performance.now().
 */
import { DEFAULT_API_BASE, startFakeServer } from '../mocks/browser.js';
import { HttpBackend } from '../src/adapters/http-backend.js';
import { IntegrationStore } from '../src/store/integration-store.js';
import { buildAccountIndex, suggestAccounts } from '../src/rules/name-match.js';
import '../src/register/client-account-mapper.js';
import { hasAccountIndex } from '../src/elements/client-account-mapper/lookups.js';
import type { ClientAccountMapper } from '../src/elements/client-account-mapper/client-account-mapper.js';
import { frame, round } from './support.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function typeInto(el: ClientAccountMapper, input: HTMLInputElement, value: string) {
  input.value = value;
  const started = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  const rendered = performance.now() - started;
  // Force style and layout, so the number includes what the browser must do before painting.
  void el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.offsetHeight;
  const laidOut = performance.now() - started;
  await frame();
  return { rendered, laidOut };
}

export default async function run(): Promise<Record<string, number | string>> {
  await startFakeServer({ scenario: 'large', latencyMs: 0 });
  const store = new IntegrationStore(new HttpBackend({ baseUrl: DEFAULT_API_BASE }));
  const loadStarted = performance.now();
  await store.setup.load();
  await Promise.all([store.clientMapping.loadClients(), store.clientMapping.loadAccounts()]);
  const loadMs = performance.now() - loadStarted;
  const { clients, accounts } = store.state.clientMapping;
  if (!clients || !accounts) throw new Error('clients or accounts did not load');

  // Data in the store → first rows in the DOM (the first element pays for cold code; then warm renders).
  const stage = document.getElementById('stage') ?? document.body;
  const mount = async () => {
    const el = document.createElement('client-account-mapper');
    el.view = 'custom';
    el.store = store;
    const started = performance.now();
    stage.append(el);
    await el.updateComplete;
    const rendered = performance.now() - started;
    void el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.offsetHeight;
    const laidOut = performance.now() - started;
    await frame();
    return { el, rendered, laidOut };
  };
  const cold = await mount();
  cold.el.remove();
  const warm: { rendered: number; laidOut: number }[] = [];
  for (let k = 0; k < 5; k++) {
    const m = await mount();
    warm.push(m);
    m.el.remove();
  }
  const { el } = await mount();
  const firstRows = cold.rendered;
  const firstRowsLaidOut = cold.laidOut;
  const root = el.shadowRoot!;
  const table = root.querySelector<HTMLElement>('[part="client-table"]')!;
  const rowsInDom = table.querySelectorAll('[role="row"]').length;
  if (!rowsInDom) throw new Error('no rows rendered');

  // Scrolled to the middle: still a bounded number of rows.
  const scroller = table.querySelector<HTMLElement>('.scroller')!;
  scroller.scrollTop = scroller.scrollHeight / 2;
  scroller.dispatchEvent(new Event('scroll'));
  await frame();
  await el.updateComplete;
  const rowsInDomScrolled = table.querySelectorAll('[role="row"]').length;

  // Let the idle warm-up (client search keys, then the account index in small steps) run, as it would while the admin reads.
  const idleStarted = performance.now();
  while (!hasAccountIndex(accounts) && performance.now() - idleStarted < 10_000) await new Promise((r) => setTimeout(r, 20));
  const idleIndexMs = performance.now() - idleStarted;

  // Client search, one keystroke at a time.
  const clientSearch = root.querySelector<HTMLInputElement>('#cam-client-search')!;
  const clientKeys: number[] = [];
  const clientLaidOut: number[] = [];
  for (const q of ['s', 'su', 'sum', 'summ', 'summi', 'summit', 'summit ', 'summit a', 'summit an']) {
    const t = await typeInto(el, clientSearch, q);
    clientKeys.push(t.rendered);
    clientLaidOut.push(t.laidOut);
  }
  const matches = Number(table.getAttribute('aria-rowcount')) - 1;
  await typeInto(el, clientSearch, '');

  // Select a client: its suggestions and the account picker.
  const selectStarted = performance.now();
  root.querySelector<HTMLButtonElement>('[part="client-table"] button')!.click();
  await el.updateComplete;
  const selectMs = performance.now() - selectStarted;

  // Account picker search over 50,000 accounts.
  const accountSearch = root.querySelector<HTMLInputElement>('#cam-account-search')!;
  const accountKeys: number[] = [];
  for (const q of ['a', 'ap', 'ape', 'apex', 'apex ', 'apex a', 'apex an', 'apex ana']) {
    accountKeys.push((await typeInto(el, accountSearch, q)).rendered);
  }
  const optionsInDom = root.querySelectorAll('[role="option"]').length;

  // The suggestion index, built from scratch (the element builds it once per account list).
  const indexStarted = performance.now();
  const index = buildAccountIndex(accounts);
  const indexMs = performance.now() - indexStarted;
  const someClient = clients.find((c) => / Ltd$/.test(c.name)) ?? clients[0]!;
  const suggestStarted = performance.now();
  const suggestions = suggestAccounts(index, someClient.name);
  const suggestMs = performance.now() - suggestStarted;

  el.remove();
  return {
    'clients': clients.length,
    'accounts': accounts.length,
    'load clients+accounts over HTTP (ms)': round(loadMs),
    'data → first rows rendered, first element (ms)': round(firstRows),
    'data → first rows rendered + laid out, first element (ms)': round(firstRowsLaidOut),
    'data → first rows rendered, next elements, median (ms)': round(median(warm.map((w) => w.rendered))),
    'data → first rows rendered + laid out, next elements, median (ms)': round(median(warm.map((w) => w.laidOut))),
    'rows in DOM (top)': rowsInDom,
    'rows in DOM (scrolled to middle)': rowsInDomScrolled,
    'client search keystroke, median (ms)': round(median(clientKeys)),
    'client search keystroke, max (ms)': round(Math.max(...clientKeys)),
    'client search keystroke incl. layout, median (ms)': round(median(clientLaidOut)),
    'client search keystroke incl. layout, max (ms)': round(Math.max(...clientLaidOut)),
    'clients matching "summit an"': matches,
    'select a client: suggestions + picker (ms)': round(selectMs),
    'account search keystroke (50,000), median (ms)': round(median(accountKeys)),
    'account search keystroke (50,000), max (ms)': round(Math.max(...accountKeys)),
    'options in DOM': optionsInDom,
    'build suggestion index, 50,000 accounts, in one go (ms)': round(indexMs),
    'idle, stepwise index build done after (ms, wall clock)': hasAccountIndex(accounts) ? round(idleIndexMs) : 'not finished',
    'suggestions for one client from the index (ms)': round(suggestMs),
    'first suggestion': suggestions[0] ? `${someClient.name} → ${suggestions[0].account.name} (${suggestions[0].reason.text})` : 'none',
  };
}
