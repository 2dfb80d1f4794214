/** The import running: a progress bar, the count, and "Cancel import" (takes effect between batches). */
import { html, nothing, type TemplateResult } from 'lit';
import type { ImportRun } from '../../store/slices/user-import.js';
import { percentDone } from '../../rules/import-plan.js';
import { n } from './format.js';

export interface ProgressView {
  run: ImportRun;
  noun: string;
  onCancel: () => void;
}


export function renderProgress(v: ProgressView): TemplateResult {
  const { run } = v;
  const pct = percentDone(run.processed, run.total);
  const cancelling = run.status === 'cancelling';
  const title = run.pass > 1 ? `Importing ${v.noun} again` : `Importing ${v.noun}`;
  return html`<div class="progress" part="progress">
    <h3 id="progress-title" tabindex="-1">${title}</h3>
    <progress part="progress-bar" max=${Math.max(run.total, 1)} .value=${run.processed} aria-label="Import progress"
      aria-valuetext=${`${pct}% (${n(run.processed)} of ${n(run.total)})`}></progress>
    <p class="progress-count" aria-hidden="true">${n(run.processed)} of ${n(run.total)} processed (${pct}%)</p>
    <p class="muted">You can keep working on this page while the import runs. Cancelling stops after the current batch.</p>
    <div class="actions">
      <button type="button" part="cancel" ?disabled=${cancelling} @click=${v.onCancel}>Cancel import</button>
      ${cancelling ? html`<span class="muted" role="status">Stopping after the current batch…</span>` : nothing}
    </div>
  </div>`;
}
