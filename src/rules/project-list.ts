/**
 * The Projects tab's list: search by name, filter by status and owner, sort by name, status or
 * dates. Pure: no DOM, no store. The per-list work (search keys, each sort's order) is done once
 * per list and kept in a `ProjectListIndex`, so a keystroke only scans strings, even over 20,000
 * projects.
 */
import type { PortalProject } from '../schemas/entities.js';
import { buildSearchIndex, filterIndex } from './import-plan.js';

export type ProjectSortKey = 'name' | 'status' | 'startDate' | 'endDate';

export interface ProjectListQuery {
  readonly text: string;
  /** Only projects with this status; null for all. */
  readonly status: string | null;
  /** Only projects of this owner; null for all. */
  readonly owner: string | null;
  readonly sort: ProjectSortKey;
  readonly descending: boolean;
}

export const DEFAULT_PROJECT_QUERY: ProjectListQuery = { text: '', status: null, owner: null, sort: 'name', descending: false };

/** The query after pressing a column's sort: the same column turns around, another starts ascending. */
export const toggleSort = (q: ProjectListQuery, sort: ProjectSortKey): ProjectListQuery =>
  ({ ...q, sort, descending: q.sort === sort ? !q.descending : false });

export class ProjectListIndex {
  readonly #search: readonly string[];
  readonly #orders = new Map<ProjectSortKey, Int32Array>();
  #owners: string[] | null = null;

  constructor(readonly projects: readonly PortalProject[], private readonly statuses: readonly string[], private readonly locale: string) {
    this.#search = buildSearchIndex(projects, (p) => [p.name]);
  }

  /** Owners of the listed projects, in name order (the owner filter's choices); worked out once. */
  owners(): string[] {
    this.#owners ??= [...new Set(this.projects.map((p) => p.owner))].sort(new Intl.Collator(this.locale).compare);
    return this.#owners;
  }

  /** Positions of the projects the query shows, in the order it asks for. */
  query(q: ProjectListQuery): number[] {
    const order = this.#order(q.sort);
    const hits = filterIndex(this.#search, q.text);
    const matched = hits ? new Uint8Array(this.projects.length) : null;
    if (hits && matched) for (const i of hits) matched[i] = 1;
    const out: number[] = [];
    const n = order.length;
    for (let k = 0; k < n; k++) {
      const i = order[q.descending ? n - 1 - k : k]!;
      const p = this.projects[i]!;
      if (matched && !matched[i]) continue;
      if (q.status !== null && p.status !== q.status) continue;
      if (q.owner !== null && p.owner !== q.owner) continue;
      out.push(i);
    }
    return out;
  }

  /** One sort's order, worked out the first time it is asked for. Projects without a date sort last. */
  #order(key: ProjectSortKey): Int32Array {
    let order = this.#orders.get(key);
    if (order) return order;
    const ps = this.projects;
    // The search keys (lower case, accents dropped) compare as plain strings: a collator's compare
    // takes several times as long, and the name order is what the first rows of 20,000 wait for.
    const keys = this.#search;
    const byName = (a: number, b: number) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b);
    const rank = new Map(this.statuses.map((s, i) => [s, i]));
    const date = (v: string | null) => v ?? '\uffff';
    const compare: Record<ProjectSortKey, (a: number, b: number) => number> = {
      name: byName,
      status: (a, b) => (rank.get(ps[a]!.status) ?? 1e9) - (rank.get(ps[b]!.status) ?? 1e9) || byName(a, b),
      startDate: (a, b) => (date(ps[a]!.startDate) < date(ps[b]!.startDate) ? -1 : date(ps[a]!.startDate) > date(ps[b]!.startDate) ? 1 : byName(a, b)),
      endDate: (a, b) => (date(ps[a]!.endDate) < date(ps[b]!.endDate) ? -1 : date(ps[a]!.endDate) > date(ps[b]!.endDate) ? 1 : byName(a, b)),
    };
    order = Int32Array.from(ps.keys()).sort(compare[key]);
    this.#orders.set(key, order);
    return order;
  }
}
