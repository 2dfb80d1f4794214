import { type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CrmAccountForImport, CrmUser } from '../../schemas/entities.js';
import type { ClientImportRecord, ImportKind, ImportRun, UserImportRecord, UserImportState } from '../../store/slices/user-import.js';
import { percentDone, summarize, type ImportSummary } from '../../rules/import-plan.js';
import { ZpImportProgressEvent } from '../../events/zp-import-progress.js';
import { ZpImportCompleteEvent } from '../../events/zp-import-complete.js';
import { formatList, formatPercent } from '../../i18n/format.js';
import { VirtualRows } from '../shared/virtual-rows.js';
import { renderProgress } from './import-progress.js';
import { renderResults, summaryTexts, type ResultsPart } from './import-results.js';
import { isActive, modeOf, ROW_HEIGHT, type ImportParts } from './import-parts.js';

const EMPTY = new Map<string, never>();

/**
 * An import once started: its progress (with "Cancel import"), then its results (with "Retry
 * failed", "Continue import", "Back to the list"). Turns the store's run changes into
 * `zp-import-progress` / `zp-import-complete`, announcements every tenth and focus moves.
 */
export class ImportRunTracker implements ReactiveController, ResultsPart {
  readonly rows: VirtualRows;
  onlyFailed = false;
  #seen: Record<ImportKind, ImportRun | null> = { users: null, clients: null };
  #announcedStep: Record<ImportKind, number> = { users: 0, clients: 0 };
  #summary: { results: unknown; run: ImportRun; summary: ImportSummary } | null = null;
  #failed: { results: unknown; run: ImportRun; ids: readonly string[] } | null = null;

  constructor(
    private readonly parts: ImportParts,
    private readonly records: { users(): ReadonlyMap<string, CrmUser>; accounts(): ReadonlyMap<string, CrmAccountForImport>; backToList(): void },
  ) {
    this.rows = new VirtualRows(parts.host, { rowHeight: ROW_HEIGHT, initialVisibleRows: 10, overscan: 4 });
    parts.host.addController(this);
  }

  get users(): ReadonlyMap<string, CrmUser> {
    return this.records.users();
  }

  get accounts(): ReadonlyMap<string, CrmAccountForImport> {
    return this.records.accounts();
  }

  get userResults(): ReadonlyMap<string, UserImportRecord> {
    return this.parts.store()?.state.userImport.userResults ?? EMPTY;
  }

  get clientResults(): ReadonlyMap<string, ClientImportRecord> {
    return this.parts.store()?.state.userImport.clientResults ?? EMPTY;
  }

  /** The run of the kind shown, or null before an import. */
  run(): ImportRun | null {
    const s = this.parts.store()?.state.userImport;
    return (this.parts.kind() === 'users' ? s?.userRun : s?.clientRun) ?? null;
  }

  hostUpdate(): void {
    const s = this.parts.store()?.state.userImport;
    if (!s) return;
    this.#track('users', s.userRun, s);
    this.#track('clients', s.clientRun, s);
  }

  render(run: ImportRun): TemplateResult {
    const kind = this.parts.kind();
    return isActive(run) ? renderProgress({ run, kind, onCancel: this.onCancel }) : renderResults(this, run, kind);
  }

  /** An import starts: its progress gets focus, and its results list starts at the top with every record. */
  started(): void {
    this.parts.after.focus('#progress-title');
    this.rows.reset();
    this.onlyFailed = false;
  }

  summary(run: ImportRun): ImportSummary {
    const results = this.#results(run);
    const m = this.#summary;
    if (m && m.run === run && m.results === results) return m.summary;
    this.#summary = { run, results, summary: summarize(run.ids, results) };
    return this.#summary.summary;
  }

  shownIds(run: ImportRun): readonly string[] {
    if (!this.onlyFailed) return run.ids;
    const results = this.#results(run);
    const m = this.#failed;
    if (m && m.run === run && m.results === results) return m.ids;
    this.#failed = { run, results, ids: run.ids.filter((id) => results.get(id)?.outcome === 'failed') };
    return this.#failed.ids;
  }

  #results(run: ImportRun): ReadonlyMap<string, { outcome: 'imported' | 'existing' | 'failed' }> {
    return run.kind === 'users' ? this.userResults : this.clientResults;
  }

  readonly onToggleFailed = (e: Event): void => {
    this.onlyFailed = (e.target as HTMLInputElement).checked;
    this.rows.reset(this.parts.host.renderRoot.querySelector<HTMLElement>('.results .vbody'));
    this.parts.host.requestUpdate();
  };

  readonly onCancel = (): void => {
    this.parts.store()?.userImport.cancelImport(this.parts.kind());
  };

  readonly onRetryFailed = (): void => {
    const store = this.parts.store();
    if (!store) return;
    this.parts.after.focus('#progress-title');
    void store.userImport.retryFailed(this.parts.kind());
  };

  readonly onContinue = (): void => {
    const store = this.parts.store();
    if (!store) return;
    this.parts.after.focus('#progress-title');
    void store.userImport.continueImport(this.parts.kind());
  };

  readonly onBack = (): void => {
    const store = this.parts.store();
    if (!store) return;
    store.userImport.closeImport(this.parts.kind());
    this.onlyFailed = false;
    this.records.backToList();
  };

  readonly onChangeTicket = (): void => this.parts.changeTicket();

  /** Turns run changes into progress/complete events, announcements and focus moves. */
  #track(kind: ImportKind, run: ImportRun | null, s: UserImportState): void {
    const prev = this.#seen[kind];
    this.#seen[kind] = run;
    if (!run || run === prev) return;
    const mode = modeOf(kind);
    const samePass = prev?.pass === run.pass;
    if (!samePass) this.#announcedStep[kind] = 0;
    const active = isActive(run);
    if (run.processed !== (samePass ? prev!.processed : 0)) {
      const percent = percentDone(run.processed, run.total);
      this.parts.after.dispatch(new ZpImportProgressEvent({ mode, processed: run.processed, total: run.total, percent }));
      const step = Math.floor(percent / 10);
      if (active && step > this.#announcedStep[kind]) {
        this.#announcedStep[kind] = step;
        this.parts.announcer.announce(msg(str`Import ${formatPercent(percent / 100)} done.`, { id: 'import.announce.progress' }));
      }
    }
    const wasActive = !!prev && samePass && isActive(prev);
    if (!active && (wasActive || (!samePass && prev))) {
      const sum = summarize(run.ids, kind === 'users' ? s.userResults : s.clientResults);
      const cancelled = run.status === 'cancelled';
      this.parts.after.dispatch(new ZpImportCompleteEvent({ mode, total: run.ids.length, ...sum, cancelled }));
      const counts = formatList(summaryTexts(kind === 'users', sum).map(([, text]) => text));
      this.parts.announcer.announce(cancelled
        ? msg(str`Import cancelled: ${counts}.`, { id: 'import.announce.cancelled' })
        : msg(str`Import finished: ${counts}.`, { id: 'import.announce.finished' }));
      if (kind === this.parts.kind()) this.parts.after.focus('#results-title');
    }
  }
}
