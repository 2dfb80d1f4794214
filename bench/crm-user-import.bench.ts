/**
 * Bench for <crm-user-import> with 10,000 CRM users (`large` scenario), run in headless
 * Chromium by `npm run bench`. Measures, through the public surface only:
 * - dataToFirstRowsMs: from the looked-up users landing in the store to the first list rows in the DOM;
 * - domRows: rows in the DOM with 10,000 users listed;
 * - filterKeystrokeMs: the slowest of a few filter keystrokes (input event to rendered list);
 * - longestTaskMs: the longest main-thread task (PerformanceObserver 'longtask') during a full
 *   10,000-user import; 0 when no task took over 50 ms.
 */
import { startFakeServer, DEFAULT_API_BASE } from '../mocks/browser.js';
import { CRM_IMPORT_ACCOUNT } from '../mocks/credentials.js';
import { HttpBackend } from '../src/adapters/http-backend.js';
import { IntegrationStore } from '../src/store/integration-store.js';
import type { CrmUserImport } from '../src/elements/crm-user-import/crm-user-import.js';
import '../src/register/crm-user-import.js';
import { frame, keystrokeTimes, round, typeInto, until } from './support.js';

function buttonNamed(root: ShadowRoot, name: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent!.replace(/\s+/g, ' ').trim() === name);
  if (!b) throw new Error(`bench: no "${name}" button`);
  return b;
}

export default async function run(): Promise<Record<string, number | string>> {
  const { server } = await startFakeServer({ scenario: 'large', latencyMs: 0 });
  const store = new IntegrationStore(new HttpBackend({ baseUrl: DEFAULT_API_BASE }));
  const el = document.createElement('crm-user-import') as CrmUserImport;
  el.store = store;
  (document.getElementById('stage') ?? document.body).append(el);
  try {
    const root = el.shadowRoot!;
    await until(() => root.querySelector('#email'), 10_000, 'the credentials step');

    // ---- lookup: data to first rows ----
    typeInto(root.querySelector<HTMLInputElement>('#email')!, CRM_IMPORT_ACCOUNT.email);
    typeInto(root.querySelector<HTMLInputElement>('#zsc-key')!, CRM_IMPORT_ACCOUNT.zscKey);
    let dataAt = 0;
    let rowsAt = 0;
    const observer = new MutationObserver(() => {
      if (dataAt && !rowsAt && root.querySelector('.vbody [role=row]')) rowsAt = performance.now();
    });
    observer.observe(root, { childList: true, subtree: true });
    const off = store.subscribe((s) => {
      if (!dataAt && s.userImport.users) dataAt = performance.now();
    });
    const clickedAt = performance.now();
    buttonNamed(root, 'Next Step').click();
    await until(() => rowsAt, 30_000, 'the first rows');
    off();
    observer.disconnect();
    await frame();
    const users = store.state.userImport.users?.length ?? 0;
    const table = root.querySelector('[role=table]')!;

    // ---- DOM size ----
    const domRows = root.querySelectorAll('[role=row]').length;

    // ---- filter keystrokes ----
    const filter = root.querySelector<HTMLInputElement>('#filter')!;
    const keystrokes = await keystrokeTimes(el, filter, ['z', 'zo', 'zoe', 'zo', '']);

    // ---- full import of every user ----
    buttonNamed(root, 'Select all').click();
    await el.updateComplete;
    await frame();
    let longest = 0;
    let longTasks = 0;
    const tasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        longTasks++;
        longest = Math.max(longest, e.duration);
      }
    });
    tasks.observe({ type: 'longtask' });
    performance.mark('crm-user-import:import-start');
    const importStart = performance.now();
    buttonNamed(root, 'Import Users Now').click();
    await until(() => root.querySelector('#results-title'), 300_000, 'the import results');
    const importMs = performance.now() - importStart;
    performance.mark('crm-user-import:import-end');
    await el.updateComplete;
    await frame();
    await new Promise((r) => setTimeout(r, 100));
    for (const e of tasks.takeRecords()) {
      longTasks++;
      longest = Math.max(longest, e.duration);
    }
    tasks.disconnect();

    return {
      users,
      ariaRowCount: Number(table.getAttribute('aria-rowcount')),
      lookupToFirstRowsMs: round(rowsAt - clickedAt),
      dataToFirstRowsMs: round(rowsAt - dataAt),
      domRows,
      filterKeystrokeMs: round(Math.max(...keystrokes)),
      filterKeystrokesMs: keystrokes.map(round).join(' / '),
      importMs: round(importMs),
      importedUsers: server.db.stats.portalUsersCreated,
      importRequests: server.log.filter((e) => e.operation === 'importUsers').length,
      longTasksDuringImport: longTasks,
      longestTaskMs: round(longest),
    };
  } finally {
    el.remove();
  }
}
