/** The result of an import: per record imported, already there, failed with the reason, or not sent. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ClientImportResult, CrmAccountForImport, CrmUser, UserImportResult } from '../../schemas/entities.js';
import type { ImportRun } from '../../store/slices/user-import.js';
import type { ImportSummary } from '../../rules/import-plan.js';
import type { VirtualRows } from '../shared/virtual-rows.js';
import { renderVirtualTable } from './virtual-table.js';
import { n } from './format.js';

export interface ResultsView {
  mode: 'portal-users' | 'client-users';
  run: ImportRun;
  summary: ImportSummary;
  rows: VirtualRows;
  users: ReadonlyMap<string, CrmUser>;
  accounts: ReadonlyMap<string, CrmAccountForImport>;
  userResults: ReadonlyMap<string, UserImportResult>;
  clientResults: ReadonlyMap<string, ClientImportResult>;
  /** The records listed: all of the import, or only the failed ones. */
  shownIds: readonly string[];
  onlyFailed: boolean;
  onToggleFailed: (e: Event) => void;
  onRetryFailed: () => void;
  onContinue: () => void;
  onBack: () => void;
  onChangeTicket: () => void;
}


function outcomeText(r: { outcome: string; reason: string | null } | undefined, existing: string, imported: string): TemplateResult {
  if (!r) return html`<span class="outcome not-sent">Not imported: the import was cancelled</span>`;
  if (r.outcome === 'imported') return html`<span class="outcome imported">${imported}</span>`;
  if (r.outcome === 'existing') return html`<span class="outcome existing">${existing}</span>`;
  return html`<span class="outcome failed">Failed: ${r.reason ?? 'no reason given'}</span>`;
}

export function renderResults(v: ResultsView): TemplateResult {
  const { run, summary: s } = v;
  const users = v.mode === 'portal-users';
  const existingLabel = users ? 'Already a portal user (role kept)' : 'Already a client';
  const ids = v.shownIds;
  return html`<div class="results" part="results">
    <h3 id="results-title" tabindex="-1">Import results</h3>
    <ul class="summary" part="summary">
      <li class="imported">${n(s.imported)} imported</li>
      <li class="existing">${n(s.existing)} ${users ? 'already portal users (role kept)' : 'already clients'}</li>
      <li class=${s.failed ? 'failed' : ''}>${n(s.failed)} failed</li>
      ${s.notImported ? html`<li class="not-sent">${n(s.notImported)} not imported (cancelled)</li>` : nothing}
    </ul>
    ${run.error && s.failed
      ? html`<div class="notice error" part="error"><p>Some records could not be imported: ${run.error.message}
          Use “Retry failed” to send just those again; nothing is imported twice.</p></div>`
      : nothing}
    ${run.status === 'cancelled' && s.notImported
      ? html`<div class="notice info" part="cancelled"><p>The import was cancelled: ${n(s.notImported)}
          ${s.notImported === 1 ? 'record was' : 'records were'} not sent.</p></div>`
      : nothing}
    <div class="actions">
      ${s.failed ? html`<button type="button" class="primary" part="retry" @click=${v.onRetryFailed}>Retry failed</button>` : nothing}
      ${run.notSent ? html`<button type="button" part="continue" @click=${v.onContinue}>Continue import</button>` : nothing}
      <button type="button" @click=${v.onBack}>Back to the list</button>
      <button type="button" class="link" part="change-ticket" @click=${v.onChangeTicket}>Change the ZSC Ticket</button>
    </div>
    ${s.failed || v.onlyFailed
      ? html`<label class="only-failed"><input type="checkbox" .checked=${v.onlyFailed} @change=${v.onToggleFailed}> Show only failed</label>`
      : nothing}
    ${renderVirtualTable({
      id: 'result-table',
      label: 'Import results',
      part: 'result-table',
      layout: users ? 'user-results-grid' : 'client-results-grid',
      columns: users
        ? [{ header: 'Name', className: 'c-name' }, { header: 'Email address', className: 'c-email' }, { header: 'Result', className: 'c-result' }]
        : [{ header: 'CRM account (client)', className: 'c-name' }, { header: 'Result', className: 'c-result' }],
      rows: v.rows,
      count: ids.length,
      keyAt: (pos) => ids[pos]!,
      focusableBody: true,
      cells: (pos) => {
        const id = ids[pos]!;
        if (users) {
          const u = v.users.get(id);
          return html`<div role="cell" class="cell c-name"><span class="text">${u?.name ?? id}</span></div>
            <div role="cell" class="cell c-email"><span class="text">${u?.email ?? ''}</span></div>
            <div role="cell" class="cell c-result"><span class="text">${outcomeText(v.userResults.get(id), existingLabel, 'Imported')}</span></div>`;
        }
        const a = v.accounts.get(id);
        const r = v.clientResults.get(id);
        const imported = r ? `Imported as a client, with ${n(r.contactsImported)} client ${r.contactsImported === 1 ? 'user' : 'users'}` : 'Imported';
        return html`<div role="cell" class="cell c-name"><span class="text">${a?.name ?? id}</span></div>
          <div role="cell" class="cell c-result"><span class="text">${outcomeText(r, existingLabel, imported)}</span></div>`;
      },
    })}
  </div>`;
}
