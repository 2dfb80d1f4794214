/** The result of an import: per record imported, already there, failed with the reason, or not sent. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CrmAccountForImport, CrmUser } from '../../schemas/entities.js';
import type { StoreError } from '../../store/errors.js';
import type { ClientImportRecord, ImportKind, ImportRun, UserImportRecord } from '../../store/slices/user-import.js';
import type { ImportSummary } from '../../rules/import-plan.js';
import type { VirtualRows } from '../shared/virtual-rows.js';
import { errorText } from '../../i18n/error-text.js';
import { formatNumber, plural } from '../../i18n/format.js';
import { renderVirtualTable } from '../shared/virtual-table.js';

/** What the results view reads and calls: the import-run tracker (import-run.ts). */
export interface ResultsPart {
  readonly rows: VirtualRows;
  /** "Show only failed" is on. */
  readonly onlyFailed: boolean;
  readonly users: ReadonlyMap<string, CrmUser>;
  readonly accounts: ReadonlyMap<string, CrmAccountForImport>;
  readonly userResults: ReadonlyMap<string, UserImportRecord>;
  readonly clientResults: ReadonlyMap<string, ClientImportRecord>;
  summary(run: ImportRun): ImportSummary;
  /** The records listed: all of the import, or only the failed ones. */
  shownIds(run: ImportRun): readonly string[];
  onToggleFailed(e: Event): void;
  onRetryFailed(): void;
  onContinue(): void;
  onBack(): void;
  onChangeTicket(): void;
}

/** Why a batch request failed, as said next to its records ("Retry failed" is right there). */
function batchErrorText(error: StoreError): string {
  // The contract's text for this code asks for the credentials again; here "Retry failed" comes first.
  if (error.code === 'session-expired') return msg('The import session has expired.', { id: 'import.reason.session-expired' });
  return errorText(error);
}

/** A failed record's reason: the server's own words, or why the widget could not send it. */
function failureReason(r: UserImportRecord | ClientImportRecord): string {
  if (r.failure) {
    const why = batchErrorText(r.failure.error);
    return r.failure.sent ? why : msg(str`Not sent: ${why}`, { id: 'import.reason.not-sent' });
  }
  return r.reason ?? msg('no reason given', { id: 'import.reason.none' });
}

function outcomeText(r: UserImportRecord | ClientImportRecord | undefined, existing: string, imported: string): TemplateResult {
  if (!r) return html`<span class="outcome not-sent">${msg('Not imported: the import was cancelled', { id: 'import.result.cancelled' })}</span>`;
  if (r.outcome === 'imported') return html`<span class="outcome imported">${imported}</span>`;
  if (r.outcome === 'existing') return html`<span class="outcome existing">${existing}</span>`;
  return html`<span class="outcome failed">${msg(str`Failed: ${failureReason(r)}`, { id: 'import.result.failed' })}</span>`;
}

function importedClientText(r: ClientImportRecord | undefined): string {
  if (!r) return msg('Imported', { id: 'import.result.imported' });
  const n = formatNumber(r.contactsImported);
  return plural(r.contactsImported,
    msg(str`Imported as a client, with ${n} client user`, { id: 'import.result.imported-client.one' }),
    msg(str`Imported as a client, with ${n} client users`, { id: 'import.result.imported-client.other' }));
}

/** The counts per outcome, each with its list class: for the summary, and for the announcement. */
export function summaryTexts(users: boolean, s: ImportSummary): [className: string, text: string][] {
  const count = (x: number) => formatNumber(x);
  const out: [string, string][] = [
    ['imported', msg(str`${count(s.imported)} imported`, { id: 'import.summary.imported' })],
    ['existing', users
      ? plural(s.existing,
        msg(str`${count(s.existing)} already a portal user (role kept)`, { id: 'import.summary.existing-users.one' }),
        msg(str`${count(s.existing)} already portal users (role kept)`, { id: 'import.summary.existing-users.other' }))
      : plural(s.existing,
        msg(str`${count(s.existing)} already a client`, { id: 'import.summary.existing-clients.one' }),
        msg(str`${count(s.existing)} already clients`, { id: 'import.summary.existing-clients.other' }))],
    [s.failed ? 'failed' : '', msg(str`${count(s.failed)} failed`, { id: 'import.summary.failed' })],
  ];
  if (s.notImported) out.push(['not-sent', msg(str`${count(s.notImported)} not imported (cancelled)`, { id: 'import.summary.not-imported' })]);
  return out;
}

export function renderResults(v: ResultsPart, run: ImportRun, kind: ImportKind): TemplateResult {
  const s = v.summary(run);
  const users = kind === 'users';
  const existingLabel = users
    ? msg('Already a portal user (role kept)', { id: 'import.result.existing-user' })
    : msg('Already a client', { id: 'import.result.existing-client' });
  const ids = v.shownIds(run);
  const count = (x: number) => formatNumber(x);
  const resultsLabel = msg('Import results', { id: 'import.results.title' });
  return html`<div class="results" part="results">
    <h3 id="results-title" tabindex="-1">${resultsLabel}</h3>
    <ul class="summary" part="summary">
      ${summaryTexts(users, s).map(([className, text]) => html`<li class=${className}>${text}</li>`)}
    </ul>
    ${run.error && s.failed
      ? html`<div class="notice error" part="error"><p>${msg(str`Some records could not be imported: ${batchErrorText(run.error)} Use “Retry failed” to send just those again; nothing is imported twice.`,
          { id: 'import.results.batch-failed' })}</p></div>`
      : nothing}
    ${run.status === 'cancelled' && s.notImported
      ? html`<div class="notice info" part="cancelled"><p>${plural(s.notImported,
          msg(str`The import was cancelled: ${count(s.notImported)} record was not sent.`, { id: 'import.results.cancelled.one' }),
          msg(str`The import was cancelled: ${count(s.notImported)} records were not sent.`, { id: 'import.results.cancelled.other' }))}</p></div>`
      : nothing}
    <div class="actions">
      ${s.failed ? html`<button type="button" class="primary" part="retry" @click=${v.onRetryFailed}>${msg('Retry failed', { id: 'import.retry-failed' })}</button>` : nothing}
      ${run.notSent ? html`<button type="button" part="continue" @click=${v.onContinue}>${msg('Continue import', { id: 'import.continue' })}</button>` : nothing}
      <button type="button" @click=${v.onBack}>${msg('Back to the list', { id: 'import.back-to-list' })}</button>
      <button type="button" class="link" part="change-ticket" @click=${v.onChangeTicket}>${msg('Change the ZSC Ticket', { id: 'import.change-ticket' })}</button>
    </div>
    ${s.failed || v.onlyFailed
      ? html`<label class="only-failed"><input type="checkbox" .checked=${v.onlyFailed} @change=${v.onToggleFailed}> ${msg('Show only failed', { id: 'import.only-failed' })}</label>`
      : nothing}
    ${renderVirtualTable({
      id: 'result-table',
      label: resultsLabel,
      part: 'result-table',
      layout: users ? 'user-results-grid' : 'client-results-grid',
      columns: users
        ? [
          { header: msg('Name', { id: 'import.col.name' }), className: 'c-name' },
          { header: msg('Email address', { id: 'import.email' }), className: 'c-email' },
          { header: msg('Result', { id: 'import.col.result' }), className: 'c-result' },
        ]
        : [
          { header: msg('CRM account (client)', { id: 'import.col.account' }), className: 'c-name' },
          { header: msg('Result', { id: 'import.col.result' }), className: 'c-result' },
        ],
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
            <div role="cell" class="cell c-result"><span class="text">${outcomeText(v.userResults.get(id), existingLabel, msg('Imported', { id: 'import.result.imported' }))}</span></div>`;
        }
        const a = v.accounts.get(id);
        const r = v.clientResults.get(id);
        return html`<div role="cell" class="cell c-name"><span class="text">${a?.name ?? id}</span></div>
          <div role="cell" class="cell c-result"><span class="text">${outcomeText(r, existingLabel, importedClientText(r))}</span></div>`;
      },
    })}
  </div>`;
}
