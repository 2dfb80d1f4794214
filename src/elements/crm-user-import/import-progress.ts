/** The import running: a progress bar, the count, and "Cancel import" (takes effect between batches). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ImportKind, ImportRun } from '../../store/slices/user-import.js';
import { percentDone } from '../../rules/import-plan.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';

export interface ProgressView {
  run: ImportRun;
  /** What is imported: CRM users as portal users, or CRM accounts as clients. */
  kind: ImportKind;
  onCancel: () => void;
}

function titleOf(kind: ImportKind, again: boolean): string {
  if (kind === 'users') {
    return again
      ? msg('Importing portal users again', { id: 'import.progress.title.users-again' })
      : msg('Importing portal users', { id: 'import.progress.title.users' });
  }
  return again
    ? msg('Importing clients again', { id: 'import.progress.title.clients-again' })
    : msg('Importing clients', { id: 'import.progress.title.clients' });
}

export function renderProgress(v: ProgressView): TemplateResult {
  const { run } = v;
  const pct = formatPercent(percentDone(run.processed, run.total) / 100);
  const processed = formatNumber(run.processed);
  const total = formatNumber(run.total);
  const cancelling = run.status === 'cancelling';
  return html`<div class="progress" part="progress">
    <h3 id="progress-title" tabindex="-1">${titleOf(v.kind, run.pass > 1)}</h3>
    <progress part="progress-bar" max=${Math.max(run.total, 1)} .value=${run.processed}
      aria-label=${msg('Import progress', { id: 'import.progress.label' })}
      aria-valuetext=${msg(str`${pct} (${processed} of ${total})`, { id: 'import.progress.valuetext' })}></progress>
    <p class="progress-count" aria-hidden="true">${msg(str`${processed} of ${total} processed (${pct})`, { id: 'import.progress.count' })}</p>
    <p class="muted">${msg('You can keep working on this page while the import runs. Cancelling stops after the current batch.', { id: 'import.progress.note' })}</p>
    <div class="actions">
      <button type="button" part="cancel" ?disabled=${cancelling} @click=${v.onCancel}>${msg('Cancel import', { id: 'import.cancel' })}</button>
      ${cancelling ? html`<span class="muted" role="status">${msg('Stopping after the current batch…', { id: 'import.stopping' })}</span>` : nothing}
    </div>
  </div>`;
}
