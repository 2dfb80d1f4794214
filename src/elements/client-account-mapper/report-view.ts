/**
 * The mapping report (dry run or real): counts, outcome filter, CSV download and a
 * windowed table of every client. A controller of `<client-account-mapper>`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ClientMappingReport, ClientMappingReportRow } from '../../schemas/entities.js';
import { VirtualRows } from '../shared/virtual-rows.js';
import {
  CSV_FILE_NAME, OUTCOMES, OUTCOME_LABEL, countOutcomes, filterRows, reportToCsv,
  type OutcomeCounts, type OutcomeFilter,
} from './report.js';
import { ROW_HEIGHT } from './client-account-mapper.styles.js';
import { cssomStyle } from '../shared/cssom-style.js';

type Host = ReactiveControllerHost & HTMLElement;

export class ReportView implements ReactiveController {
  #filter: OutcomeFilter = 'all';
  #report: ClientMappingReport | null = null;
  #counts: OutcomeCounts | null = null;
  #rows: readonly ClientMappingReportRow[] = [];
  #csv: { report: ClientMappingReport; url: string } | null = null;
  readonly #virtual: VirtualRows;

  constructor(private readonly host: Host) {
    this.#virtual = new VirtualRows(host, { rowHeight: ROW_HEIGHT, overscan: 6 });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#revoke();
  }

  get filter(): OutcomeFilter {
    return this.#filter;
  }

  #use(report: ClientMappingReport): void {
    if (report === this.#report) return;
    this.#report = report;
    this.#counts = countOutcomes(report.rows);
    this.#rows = filterRows(report.rows, this.#filter);
    this.#virtual.reset(this.#scroller());
  }

  #setFilter(filter: OutcomeFilter): void {
    this.#filter = filter;
    if (this.#report) this.#rows = filterRows(this.#report.rows, filter);
    this.#virtual.reset(this.#scroller());
    this.host.requestUpdate();
  }

  #scroller(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.report .scroller') ?? null;
  }

  /** A Blob URL of the CSV, made once per report. */
  #csvUrl(report: ClientMappingReport): string {
    if (this.#csv?.report !== report) {
      this.#revoke();
      // The byte-order mark lets spreadsheet programs read the accents as UTF-8.
      const blob = new Blob(['\uFEFF', reportToCsv(report)], { type: 'text/csv;charset=utf-8' });
      this.#csv = { report, url: URL.createObjectURL(blob) };
    }
    return this.#csv.url;
  }

  #revoke(): void {
    if (this.#csv) URL.revokeObjectURL(this.#csv.url);
    this.#csv = null;
  }

  render(report: ClientMappingReport, headingId: string): TemplateResult {
    this.#use(report);
    const counts = this.#counts!;
    const dry = report.dryRun;
    return html`<div class="report" part="report">
      <h3 id=${headingId} tabindex="-1">${dry ? 'Preview: what “Yes, Map matching records” would do' : 'Mapping report'}</h3>
      ${dry
        ? html`<p class="notice info">Dry run: nothing has been saved. Choose “Yes, Map matching records” to map these clients, or “No, Skip”.</p>`
        : html`<p class="notice success">Matching clients are now mapped to their CRM accounts. The report was emailed to the administrators${
          report.emailedTo.length ? html` (${report.emailedTo.join(', ')})` : nothing}.</p>`}
      <ul class="counts" part="counts">
        <li><span class="count">${report.mappedCount}</span> ${dry ? 'would be mapped' : 'mapped'}</li>
        <li><span class="count">${report.unmappedCount}</span> ${dry ? 'would stay unmapped' : 'not mapped'}</li>
        <li><span class="count">${counts['already-mapped']}</span> already mapped</li>
        <li><span class="count">${report.contactsCreated}</span> client users ${dry ? 'would become' : 'became'} contacts of their account</li>
      </ul>
      <div class="report-tools">
        <fieldset class="filter">
          <legend>Show</legend>
          ${(['all', ...OUTCOMES] as OutcomeFilter[]).map((f) => html`<label class="chip">
            <input type="radio" name="report-filter" .checked=${this.#filter === f}
              @change=${() => this.#setFilter(f)} />
            ${f === 'all' ? 'All' : OUTCOME_LABEL[f]} (${counts[f]})
          </label>`)}
        </fieldset>
        <a class="button" part="download" href=${this.#csvUrl(report)} download=${CSV_FILE_NAME}>Download report (CSV)</a>
      </div>
      ${this.#renderTable()}
    </div>`;
  }

  #renderTable(): TemplateResult {
    const rows = this.#rows;
    const win = this.#virtual.window(rows.length);
    return html`<div class="table" role="table" aria-label="Clients and their mapping outcome"
        aria-rowcount=${rows.length + 1} part="report-table">
      <div class="row head report-cols" role="row" aria-rowindex="1">
        <span role="columnheader">Client</span>
        <span role="columnheader">Outcome</span>
        <span role="columnheader">CRM account</span>
        <span role="columnheader">Reason</span>
      </div>
      <div class="scroller" role="rowgroup" tabindex="0" @scroll=${this.#virtual.onScroll}>
        ${rows.length === 0
          ? html`<p class="muted empty">No clients with this outcome.</p>`
          : html`<div class="sizer" ${cssomStyle({ height: `${win.totalHeight}px` })}>
              <div class="window" ${cssomStyle({ transform: `translateY(${win.offset}px)` })}>
                ${rows.slice(win.start, win.end).map((r, k) => this.#row(r, win.start + k))}
              </div>
            </div>`}
      </div>
    </div>`;
  }

  #row(r: ClientMappingReportRow, position: number): TemplateResult {
    return html`<div class="row report-cols outcome-${r.outcome}" role="row" aria-rowindex=${position + 2}>
      <span role="cell" class="cell" title=${r.clientName}>${r.clientName}</span>
      <span role="cell" class="cell"><span class="badge ${r.outcome}">${OUTCOME_LABEL[r.outcome]}</span></span>
      <span role="cell" class="cell" title=${r.accountName ?? ''}>${r.accountName ?? '—'}</span>
      <span role="cell" class="cell" title=${r.reason}>${r.reason}</span>
    </div>`;
  }
}
