/**
 * The automatic-mapping report as the element shows and exports it: outcome labels,
 * counts, filtering and CSV. Pure functions, no DOM.
 */
import type {
  ClientMappingOutcome, ClientMappingReport, ClientMappingReportRow,
} from '../../schemas/entities.js';

export const OUTCOMES: readonly ClientMappingOutcome[] = ['mapped', 'no-match', 'multiple-matches', 'already-mapped'];

export const OUTCOME_LABEL: Readonly<Record<ClientMappingOutcome, string>> = {
  mapped: 'Mapped',
  'no-match': 'No matching account',
  'multiple-matches': 'Several accounts match',
  'already-mapped': 'Already mapped',
};

export type OutcomeFilter = ClientMappingOutcome | 'all';

export type OutcomeCounts = Readonly<Record<OutcomeFilter, number>>;

export function countOutcomes(rows: readonly ClientMappingReportRow[]): OutcomeCounts {
  const counts: Record<OutcomeFilter, number> = { all: rows.length, mapped: 0, 'no-match': 0, 'multiple-matches': 0, 'already-mapped': 0 };
  for (const r of rows) counts[r.outcome]++;
  return counts;
}

export function filterRows(rows: readonly ClientMappingReportRow[], filter: OutcomeFilter): readonly ClientMappingReportRow[] {
  return filter === 'all' ? rows : rows.filter((r) => r.outcome === filter);
}

export const CSV_COLUMNS = ['Client ID', 'Client', 'Outcome', 'Account ID', 'Account', 'Candidate account IDs', 'Reason'] as const;

/**
 * One CSV cell: always quoted (quotes doubled), and a leading `= + - @` (or tab/CR) is
 * prefixed with an apostrophe so a spreadsheet shows the text instead of running a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The whole report (every row, whatever the filter) as RFC 4180 CSV with CRLF line ends. */
export function reportToCsv(report: ClientMappingReport): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const r of report.rows) {
    lines.push([
      r.clientId, r.clientName, r.outcome, r.accountId ?? '', r.accountName ?? '',
      r.candidateAccountIds.join(' '), r.reason,
    ].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const CSV_FILE_NAME = 'client-account-mapping-report.csv';
