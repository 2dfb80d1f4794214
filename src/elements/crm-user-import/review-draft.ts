/**
 * What the administrator is choosing in the review step (selection, filter, per-user
 * role and project), kept in the element until "Import Users Now".
 *
 * The search index (one normalized string per record) is built in small slices in the
 * background right after the first rows are shown, so neither the first rows nor a
 * filter keystroke waits for it; a keystroke that comes first finishes it at once.
 */
import { defaultSelection, normalizeForSearch, filterIndex, type UserChoice } from '../../rules/import-plan.js';

export interface ReviewDraft<T extends { readonly id: string }> {
  readonly source: readonly T[];
  fields(r: T): readonly string[];
  /** Whether a record can be selected (see `isImportableUser` / `isImportableAccount`). */
  importable(r: T): boolean;
  /** Normalized haystacks, filled up to `indexed`. */
  readonly index: string[];
  indexed: number;
  byIdCache: Map<string, T> | null;
  query: string;
  /** Positions in `source` that match the filter; null when there is no filter. */
  shown: number[] | null;
  selected: ReadonlySet<string>;
  choices: ReadonlyMap<string, UserChoice>;
}

/**
 * A draft for a looked-up list: every importable record starts selected. A draft made for a
 * changed list (`keep`: an import closed and marked records) keeps its filter, choices and the
 * selection of the records that can still be imported.
 */
export function newDraft<T extends { readonly id: string }>(
  source: readonly T[], fields: (r: T) => readonly string[], importable: (r: T) => boolean, keep?: ReviewDraft<T> | null,
): ReviewDraft<T> {
  const draft: ReviewDraft<T> = {
    source,
    fields,
    importable,
    index: new Array<string>(source.length),
    indexed: 0,
    byIdCache: null,
    query: '',
    shown: null,
    selected: keep ? new Set() : defaultSelection(source, importable),
    choices: keep?.choices ?? new Map(),
  };
  if (keep) {
    const byId = byIdOf(draft);
    draft.selected = new Set([...keep.selected].filter((id) => {
      const r = byId.get(id);
      return r !== undefined && importable(r);
    }));
    if (keep.query) setQuery(draft, keep.query);
  }
  return draft;
}

/** The shown records that can be selected ("Select all" selects these). */
export function* shownImportableIds<T extends { readonly id: string }>(d: ReviewDraft<T>): Generator<string> {
  const count = shownCount(d);
  for (let pos = 0; pos < count; pos++) {
    const r = shownAt(d, pos);
    if (d.importable(r)) yield r.id;
  }
}

/** The nearest shown position from `from` (inclusive) in direction `step` whose record can be selected, or -1. */
export function nearestImportable<T extends { readonly id: string }>(d: ReviewDraft<T>, from: number, step: 1 | -1): number {
  const count = shownCount(d);
  for (let pos = from; pos >= 0 && pos < count; pos += step) if (d.importable(shownAt(d, pos))) return pos;
  return -1;
}

export function byIdOf<T extends { readonly id: string }>(d: ReviewDraft<T>): ReadonlyMap<string, T> {
  if (!d.byIdCache) {
    const m = new Map<string, T>();
    for (const r of d.source) m.set(r.id, r);
    d.byIdCache = m;
  }
  return d.byIdCache;
}

/** Indexes up to `limit` more records; returns true when the index is complete. */
export function indexSome<T extends { readonly id: string }>(d: ReviewDraft<T>, limit = Infinity): boolean {
  const end = Math.min(d.source.length, d.indexed + limit);
  for (let i = d.indexed; i < end; i++) d.index[i] = normalizeForSearch(d.fields(d.source[i]!).join('\n'));
  d.indexed = end;
  return end >= d.source.length;
}

/** Builds the rest of the index a slice per task, so the page stays responsive. */
export function indexInBackground<T extends { readonly id: string }>(d: ReviewDraft<T>, slice = 2_000): void {
  if (indexSome(d, 0)) return;
  const step = () => {
    if (!indexSome(d, slice)) setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

export function setQuery<T extends { readonly id: string }>(draft: ReviewDraft<T>, query: string): void {
  draft.query = query;
  if (!query.trim()) {
    draft.shown = null;
    return;
  }
  indexSome(draft);
  draft.shown = filterIndex(draft.index, query);
}

export function shownCount<T extends { readonly id: string }>(d: ReviewDraft<T>): number {
  return d.shown ? d.shown.length : d.source.length;
}

export function shownAt<T extends { readonly id: string }>(d: ReviewDraft<T>, pos: number): T {
  return d.source[d.shown ? d.shown[pos]! : pos]!;
}
