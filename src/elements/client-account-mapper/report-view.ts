/**
 * The mapping report (dry run or real): counts, outcome filter, CSV download and a
 * windowed table of every client. A controller of `<client-account-mapper>`.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ClientMappingReport, ClientMappingReportRow } from '../../schemas/entities.js';
import { VirtualRows, renderHeadRow, renderRowWindow } from '../shared/virtual-rows.js';
import {
  CSV_FILE_NAME, OUTCOMES, countOutcomes, filterRows, outcomeLabel, reasonText, reportToCsv,
  type OutcomeCounts, type OutcomeFilter,
} from './report.js';
import { REPORT_NARROW_BELOW, REPORT_ROW_NARROW, REPORT_ROW_WIDE } from './client-account-mapper.styles.js';
import { formatList, formatNumber, plural } from '../../i18n/format.js';
import { getLocale } from '../../i18n/locale.js';

type Host = ReactiveControllerHost & HTMLElement;

export class ReportView implements ReactiveController {
  #filter: OutcomeFilter = 'all';
  #report: ClientMappingReport | null = null;
  #counts: OutcomeCounts | null = null;
  #rows: readonly ClientMappingReportRow[] = [];
  #csv: { report: ClientMappingReport; locale: string; url: string } | null = null;
  readonly #virtual: VirtualRows;
  /** Narrow hosts stack each row's cells, so the reason gets the whole width (see the styles). */
  #narrow = false;
  #frame = 0;
  readonly #resize = new ResizeObserver((entries) => {
    const width = entries[entries.length - 1]!.contentRect.width;
    // Applied in the next frame: a layout change inside the observer's callback can resize the
    // element again in the same frame, which browsers report to the page as a window error
    // ("ResizeObserver loop completed with undelivered notifications").
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#setNarrow(width > 0 && width < REPORT_NARROW_BELOW));
  });

  constructor(private readonly host: Host) {
    this.#virtual = new VirtualRows(host, { rowHeight: REPORT_ROW_WIDE, overscan: 6 });
    host.addController(this);
  }

  hostConnected(): void {
    this.#resize.observe(this.host);
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#revoke();
  }

  #setNarrow(narrow: boolean): void {
    if (narrow === this.#narrow) return;
    this.#narrow = narrow;
    this.#virtual.setRowHeight(narrow ? REPORT_ROW_NARROW : REPORT_ROW_WIDE);
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

  /** A Blob URL of the CSV, made once per report and language (the column headers are translated). */
  #csvUrl(report: ClientMappingReport): string {
    const locale = getLocale();
    if (this.#csv?.report !== report || this.#csv.locale !== locale) {
      this.#revoke();
      // The byte-order mark lets spreadsheet programs read the accents as UTF-8.
      const blob = new Blob(['\uFEFF', reportToCsv(report)], { type: 'text/csv;charset=utf-8' });
      this.#csv = { report, locale, url: URL.createObjectURL(blob) };
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
      <h3 id=${headingId} tabindex="-1">${dry
        ? msg('Preview: what “Yes, Map matching records” would do', { id: 'clients.report.preview-title' })
        : msg('Mapping report', { id: 'clients.report.title' })}</h3>
      ${dry
        ? html`<p class="notice info">${msg('Dry run: nothing has been saved. Choose “Yes, Map matching records” to map these clients, or “No, Skip”.', { id: 'clients.report.dry-run' })}</p>`
        : html`<p class="notice success">${report.emailedTo.length
          ? msg(str`Matching clients are now mapped to their CRM accounts. The report was emailed to the administrators (${formatList(report.emailedTo)}).`, { id: 'clients.report.done-emailed' })
          : msg('Matching clients are now mapped to their CRM accounts. The report was emailed to the administrators.', { id: 'clients.report.done' })}</p>`}
      <ul class="counts" part="counts">${this.#renderCounts(report, counts['already-mapped'])}</ul>
      <div class="report-tools">
        <fieldset class="filter">
          <legend>${msg('Show', { id: 'clients.report.show' })}</legend>
          ${(['all', ...OUTCOMES] as OutcomeFilter[]).map((f) => html`<label class="chip">
            <input type="radio" name="report-filter" .checked=${this.#filter === f}
              @change=${() => this.#setFilter(f)} />
            ${msg(str`${f === 'all' ? msg('All', { id: 'clients.report.all' }) : outcomeLabel(f)} (${formatNumber(counts[f])})`, { id: 'clients.report.filter-option' })}
          </label>`)}
        </fieldset>
        <a class="button" part="download" href=${this.#csvUrl(report)} download=${CSV_FILE_NAME}>${msg('Download report (CSV)', { id: 'clients.report.download' })}</a>
      </div>
      ${this.#renderTable()}
    </div>`;
  }

  /** The counts at the top: each number in a `.count` span, inside a whole sentence per count and plural form. */
  #renderCounts(report: ClientMappingReport, alreadyMapped: number): TemplateResult {
    const dry = report.dryRun;
    const n = (count: number) => html`<span class="count">${formatNumber(count)}</span>`;
    const m = report.mappedCount;
    const u = report.unmappedCount;
    const c = report.contactsCreated;
    return html`
      <li>${dry
        ? plural(m, msg(html`${n(m)} would be mapped`, { id: 'clients.report.would-map.one' }), msg(html`${n(m)} would be mapped`, { id: 'clients.report.would-map.other' }))
        : plural(m, msg(html`${n(m)} mapped`, { id: 'clients.report.mapped.one' }), msg(html`${n(m)} mapped`, { id: 'clients.report.mapped.other' }))}</li>
      <li>${dry
        ? plural(u, msg(html`${n(u)} would stay unmapped`, { id: 'clients.report.would-stay.one' }), msg(html`${n(u)} would stay unmapped`, { id: 'clients.report.would-stay.other' }))
        : plural(u, msg(html`${n(u)} not mapped`, { id: 'clients.report.not-mapped.one' }), msg(html`${n(u)} not mapped`, { id: 'clients.report.not-mapped.other' }))}</li>
      <li>${plural(alreadyMapped, msg(html`${n(alreadyMapped)} already mapped`, { id: 'clients.report.already-mapped.one' }),
        msg(html`${n(alreadyMapped)} already mapped`, { id: 'clients.report.already-mapped.other' }))}</li>
      <li>${dry
        ? plural(c, msg(html`${n(c)} client user would become a contact of their account`, { id: 'clients.report.would-become.one' }),
          msg(html`${n(c)} client users would become contacts of their account`, { id: 'clients.report.would-become.other' }))
        : plural(c, msg(html`${n(c)} client user became a contact of their account`, { id: 'clients.report.became.one' }),
          msg(html`${n(c)} client users became contacts of their account`, { id: 'clients.report.became.other' }))}</li>`;
  }

  #renderTable(): TemplateResult {
    const rows = this.#rows;
    const win = this.#virtual.window(rows.length);
    return html`<div class="table report-table ${this.#narrow ? 'narrow' : 'wide'}" role="table" aria-label=${msg('Clients and their mapping outcome', { id: 'clients.report.table' })}
        aria-rowcount=${rows.length + 1} part="report-table">
      ${renderHeadRow([msg('Client', { id: 'clients.report.col.client' }), msg('Outcome', { id: 'clients.report.col.outcome' }),
        msg('CRM account', { id: 'clients.report.col.account' }), msg('Reason', { id: 'clients.report.col.reason' })], 'row head report-cols')}
      <div class="scroller" role="rowgroup" tabindex="0" @scroll=${this.#virtual.onScroll}>
        ${rows.length === 0
          ? html`<p class="muted empty">${msg('No clients with this outcome.', { id: 'clients.report.empty' })}</p>`
          : renderRowWindow(win, (i) => rows[i]!.clientId, (i) => this.#row(rows[i]!, i))}
      </div>
    </div>`;
  }

  #row(r: ClientMappingReportRow, position: number): TemplateResult {
    const reason = reasonText(r);
    return html`<div class="row report-cols outcome-${r.outcome}" role="row" aria-rowindex=${position + 2}>
      <span role="cell" class="cell client">${r.clientName}</span>
      <span role="cell" class="cell outcome"><span class="badge ${r.outcome}">${outcomeLabel(r.outcome)}</span></span>
      <span role="cell" class="cell account ${r.accountName ? '' : 'none'}">${r.accountName ?? '—'}</span>
      <span role="cell" class="cell reason">${reason}</span>
    </div>`;
  }
}
