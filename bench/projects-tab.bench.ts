/**
 * Bench for <projects-tab> with 20,000 projects (`large` scenario), run in headless Chromium by
 * `npm run bench`. Measures, through the public surface only:
 * - dataToFirstRowsMs: from the projects landing in the store to the first list rows in the DOM;
 * - domRows: rows in the DOM with 20,000 projects listed;
 * - searchKeystrokeMs: the slowest of a few search keystrokes (input event to rendered list);
 * - sortMs: pressing a column's sort (start date) to the rendered list, the first time (the order is worked out then);
 * - openCloseMs: opening a project (its details read from the server) and going back to the list.
 */
import { startFakeServer, DEFAULT_API_BASE } from '../mocks/browser.js';
import { HttpBackend } from '../src/adapters/http-backend.js';
import { IntegrationStore } from '../src/store/integration-store.js';
import type { ProjectsTab } from '../src/elements/projects-tab/projects-tab.js';
import '../src/register/projects-tab.js';
import { frame, keystrokeTimes, round, until } from './support.js';

export default async function run(): Promise<Record<string, number | string>> {
  await startFakeServer({ scenario: 'large', latencyMs: 0 });
  const store = new IntegrationStore(new HttpBackend({ baseUrl: DEFAULT_API_BASE }));
  let dataAt = 0;
  let rowsAt = 0;
  const off = store.subscribe((s) => {
    if (!dataAt && s.projectsTab.list) dataAt = performance.now();
  });
  const el = document.createElement('projects-tab') as ProjectsTab;
  el.store = store;
  const root = () => el.shadowRoot!;
  const observer = new MutationObserver(() => {
    if (dataAt && !rowsAt && root().querySelector('#pt-table .vbody [role=row]')) rowsAt = performance.now();
  });
  (document.getElementById('stage') ?? document.body).append(el);
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  try {
    await until(() => rowsAt, 60_000, 'the first rows');
    off();
    observer.disconnect();
    await frame();
    const projects = store.state.projectsTab.list?.projects.length ?? 0;
    const domRows = root().querySelectorAll('[role=row]').length;

    const search = root().querySelector<HTMLInputElement>('#pt-search')!;
    const keystrokes = await keystrokeTimes(el, search, ['a', 'au', 'aud', 'audit', 'audit r', 'audit', '']);

    const sortButton = [...root().querySelectorAll<HTMLButtonElement>('[role=columnheader] button')][3]!;
    const sortStart = performance.now();
    sortButton.click();
    await el.updateComplete;
    const sortMs = performance.now() - sortStart;
    await frame();

    const openStart = performance.now();
    root().querySelector<HTMLButtonElement>('#pt-table .vbody button')!.click();
    await until(() => root().querySelector('[part="fields"]'), 10_000, 'the project');
    root().querySelector<HTMLButtonElement>('#pt-back')!.click();
    await until(() => root().querySelector('#pt-table .vbody [role=row]'), 10_000, 'the list again');
    const openCloseMs = performance.now() - openStart;

    return {
      projects,
      dataToFirstRowsMs: round(rowsAt - dataAt),
      domRows,
      searchKeystrokeMs: round(Math.max(...keystrokes)),
      searchKeystrokesMs: keystrokes.map(round).join(' / '),
      sortMs: round(sortMs),
      openCloseMs: round(openCloseMs),
    };
  } finally {
    el.remove();
  }
}
