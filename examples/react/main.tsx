/**
 * A React 19 host page for the Projects portal: embeds `<crm-user-import>`, gives it its backend
 * as a property and keeps what the element's events report in React state.
 *
 * Not part of the library. A host imports the package instead of the sources:
 *   import 'zoho-projects-integration-widgets/crm-user-import.js';
 *   import { HttpBackend } from 'zoho-projects-integration-widgets';
 *   import type {} from 'zoho-projects-integration-widgets/react'; // JSX types of every tag
 * (src/react.ts here).
 *
 * Run by the test runner (scripts/wtr-examples-plugin.mjs bundles this file with esbuild and
 * serves it as ./main.js); the page starts the fake server (MSW) the demo page uses.
 */
import { StrictMode, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/register/crm-user-import.js'; // registers the tag before React renders it
import type {} from '../../src/react.js';
import {
  HttpBackend, type PartialBackend, type ZpErrorEvent, type ZpImportCompleteEvent, type ZpLookupDoneEvent,
} from '../../src/index.js';

export interface EventCounts {
  lookups: number;
  imports: number;
  errors: number;
}

export function ImportUsersPage({ backend }: { backend: PartialBackend }) {
  const [counts, setCounts] = useState<EventCounts>({ lookups: 0, imports: 0, errors: 0 });
  const [last, setLast] = useState('Nothing yet.');

  const onLookupDone = (e: ZpLookupDoneEvent) => {
    setCounts((c) => ({ ...c, lookups: c.lookups + 1 }));
    setLast(`Lookup: ${e.detail.count} found, ${e.detail.alreadyInPortal} already in the portal.`);
  };
  const onImportComplete = (e: ZpImportCompleteEvent) => {
    setCounts((c) => ({ ...c, imports: c.imports + 1 }));
    setLast(`Import: ${e.detail.imported} imported, ${e.detail.existing} existing, ${e.detail.failed} failed.`);
  };
  const onError = (e: ZpErrorEvent) => {
    setCounts((c) => ({ ...c, errors: c.errors + 1 }));
    setLast(`Error in ${e.detail.operation}: ${e.detail.kind}.`);
  };

  return (
    <main className="host">
      <h1>Acme Projects — Users</h1>
      <crm-user-import
        backend={backend}
        batch-size={50}
        onzp-lookup-done={onLookupDone}
        onzp-import-complete={onImportComplete}
        onzp-error={onError}
      />
      <section className="host-log" aria-labelledby="log-title">
        <h2 id="log-title">Seen by React</h2>
        <dl>
          <dt>zp-lookup-done</dt>
          <dd data-count="lookups">{counts.lookups}</dd>
          <dt>zp-import-complete</dt>
          <dd data-count="imports">{counts.imports}</dd>
          <dt>zp-error</dt>
          <dd data-count="errors">{counts.errors}</dd>
        </dl>
        <p id="last-event" role="status">{last}</p>
      </section>
    </main>
  );
}

/**
 * Renders the page into `container`. The backend is created once, outside the component:
 * a new backend object on every render would give the element a new store each time.
 */
export function mount(container: Element, backend: PartialBackend): Root {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <ImportUsersPage backend={backend} />
    </StrictMode>,
  );
  return root;
}

// The page (index.html): the fake server answers /api/zoho-projects, as on the demo page.
// `?scenario=` picks its starting state, `?latency=` its delay in ms.
const container = document.getElementById('app');
if (container) {
  const params = new URLSearchParams(location.search);
  const { startFakeServer, DEFAULT_API_BASE } = await import('../../mocks/browser.js');
  await startFakeServer({ scenario: params.get('scenario') ?? 'fresh', latencyMs: Number(params.get('latency') ?? 200) });
  mount(container, new HttpBackend({ baseUrl: DEFAULT_API_BASE }));
}
