/**
 * The automatic-mapping report as the element shows and exports it: outcome labels,
 * counts, filtering and CSV. Pure functions, no DOM.
 */
import { msg, str } from '@lit/localize';
import { formatNumber, plural } from '../../i18n/format.js';
import type {
  ClientMappingOutcome, ClientMappingReport, ClientMappingReportRow,
} from '../../schemas/entities.js';
import { wordsOf } from '../../i18n/words.js';

export const OUTCOMES: readonly ClientMappingOutcome[] = ['mapped', 'no-match', 'multiple-matches', 'already-mapped'];

/** An outcome as the admin reads it, in the active locale. */
export const outcomeLabel = wordsOf<ClientMappingOutcome>({
  mapped: () => msg('Mapped', { id: 'clients.outcome.mapped' }),
  'no-match': () => msg('No matching account', { id: 'clients.outcome.no-match' }),
  'multiple-matches': () => msg('Several accounts match', { id: 'clients.outcome.multiple-matches' }),
  'already-mapped': () => msg('Already mapped', { id: 'clients.outcome.already-mapped' }),
});

/**
 * Why a client got its outcome, in the active locale. The outcome (and its candidate accounts)
 * says it all, as an error code does: the widget's own sentence, not the server's English
 * `reason`, so the report and its CSV read in one language.
 */
export function reasonText(row: ClientMappingReportRow): string {
  const candidates = row.candidateAccountIds.length;
  switch (row.outcome) {
    case 'mapped': return msg('Exact name match.', { id: 'clients.reason.mapped' });
    case 'already-mapped': return msg('Already mapped to an account.', { id: 'clients.reason.already-mapped' });
    case 'multiple-matches': {
      if (candidates < 2) return msg('Several accounts have exactly this name.', { id: 'clients.reason.multiple' });
      const n = formatNumber(candidates);
      return plural(candidates, msg(str`${n} account has exactly this name.`, { id: 'clients.reason.multiple-count.one' }),
        msg(str`${n} accounts have exactly this name.`, { id: 'clients.reason.multiple-count.other' }));
    }
    case 'no-match':
      // An account of exactly this name that was not used: it belongs to another client already.
      return candidates
        ? msg('The matching account is already mapped to another client.', { id: 'clients.reason.taken' })
        : msg('No account has exactly this name.', { id: 'clients.reason.no-match' });
  }
}

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

/**
 * The CSV's column headers, in the active locale (the cells stay as the server sent them;
 * the Outcome column holds the outcome's code, the same in every language).
 */
export function csvColumns(): readonly string[] {
  return [
    msg('Client ID', { id: 'clients.csv.client-id' }),
    msg('Client', { id: 'clients.csv.client' }),
    msg('Outcome', { id: 'clients.csv.outcome' }),
    msg('Account ID', { id: 'clients.csv.account-id' }),
    msg('Account', { id: 'clients.csv.account' }),
    msg('Candidate account IDs', { id: 'clients.csv.candidates' }),
    msg('Reason', { id: 'clients.csv.reason' }),
  ];
}

/**
 * One CSV cell: always quoted (quotes doubled), and a leading `= + - @` (or tab/CR) is
 * prefixed with an apostrophe so a spreadsheet shows the text instead of running a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The whole report (every row, whatever the filter) as RFC 4180 CSV with CRLF line ends; headers
 * and reasons in the active locale, the Outcome column as the outcome's code.
 */
export function reportToCsv(report: ClientMappingReport): string {
  const lines = [csvColumns().map(csvCell).join(',')];
  for (const r of report.rows) {
    lines.push([
      r.clientId, r.clientName, r.outcome, r.accountId ?? '', r.accountName ?? '',
      r.candidateAccountIds.join(' '), reasonText(r),
    ].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const CSV_FILE_NAME = 'client-account-mapping-report.csv';
