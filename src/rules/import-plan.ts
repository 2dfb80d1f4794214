/**
 * Pure rules of the CRM import (`<crm-user-import>`): batch planning, the seat check,
 * search, selection and bulk choices, result summaries. No DOM, no store.
 */
import type { ImportOutcome, Seats, UserImportItem } from '../schemas/entities.js';
import { MAX_IMPORT_BATCH } from '../schemas/limits.js';

/** Records per import request. Big enough to finish 10,000 users in 50 requests, small enough to stay responsive. */
export const DEFAULT_BATCH_SIZE = 200;
/** The contract's limit per request (`maxItems` of an import batch). */
export const MAX_BATCH_SIZE = MAX_IMPORT_BATCH;

/** A usable batch size from whatever the host configured. */
export function batchSizeOf(value: unknown): number {
  const n = Math.floor(Number(value));
  if (!Number.isFinite(n) || n < 1) return DEFAULT_BATCH_SIZE;
  return Math.min(n, MAX_BATCH_SIZE);
}

/**
 * Splits items into batches, in order. The same items always give the same batches,
 * so a batch sent again after a lost response is the identical write (same idempotency key).
 */
export function planBatches<T>(items: readonly T[], size: number = DEFAULT_BATCH_SIZE): T[][] {
  const n = batchSizeOf(size);
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += n) batches.push(items.slice(i, i + n));
  return batches;
}

// ---- seats ----

export function availableSeats(seats: Seats): number {
  return Math.max(0, seats.total - seats.used);
}

/** Whether the portal has the seats an import needs (the element words a refusal: `seats-text.ts`). */
export interface SeatCheck { readonly ok: boolean; readonly needed: number; readonly available: number }

/** Users already in the portal take no seat; every new one takes one. */
export function checkSeats(seats: Seats, needed: number): SeatCheck {
  const available = availableSeats(seats);
  return { ok: needed <= available, needed, available };
}

/** How many of the selected users would take a new seat. */
export function newUsersNeeded(selected: Iterable<string>, isInPortal: (id: string) => boolean): number {
  let n = 0;
  for (const id of selected) if (!isInPortal(id)) n++;
  return n;
}

// ---- search ----

/** Case- and accent-insensitive form of a text for matching ("Chloé" matches "chloe"). */
export function normalizeForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Most emails and many names are plain ASCII: skip the (slow) Unicode decomposition for them.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** One normalized haystack per record, built once per list so each keystroke only scans strings. */
export function buildSearchIndex<T>(records: readonly T[], fields: (record: T) => readonly string[]): string[] {
  const index = new Array<string>(records.length);
  for (let i = 0; i < records.length; i++) index[i] = normalizeForSearch(fields(records[i]!).join('\n'));
  return index;
}

/**
 * Positions of the records whose name or email contains the query, in list order;
 * `null` when the query is blank (everything matches). Every word of the query must match.
 */
export function filterIndex(index: readonly string[], query: string): number[] | null {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const out: number[] = [];
  if (words.length === 1) {
    const w = words[0]!;
    for (let i = 0; i < index.length; i++) if (index[i]!.includes(w)) out.push(i);
    return out;
  }
  for (let i = 0; i < index.length; i++) {
    const text = index[i]!;
    if (words.every((w) => text.includes(w))) out.push(i);
  }
  return out;
}

// ---- selection and choices ----

export interface UserChoice {
  readonly roleId: string;
  readonly projectId: string | null;
}

export function choiceFor(choices: ReadonlyMap<string, UserChoice>, id: string, defaultRoleId: string): UserChoice {
  return choices.get(id) ?? { roleId: defaultRoleId, projectId: null };
}

/** Sets role and/or project for every selected user; the others keep theirs. */
export function setForSelected(
  choices: ReadonlyMap<string, UserChoice>, selected: Iterable<string>,
  patch: { roleId?: string; projectId?: string | null }, defaultRoleId: string,
): Map<string, UserChoice> {
  const next = new Map(choices);
  for (const id of selected) {
    const current = choiceFor(choices, id, defaultRoleId);
    next.set(id, {
      roleId: patch.roleId ?? current.roleId,
      projectId: patch.projectId === undefined ? current.projectId : patch.projectId,
    });
  }
  return next;
}

/**
 * A CRM user already in the portal, or a CRM account already a client, has nothing left to import:
 * it cannot be selected (an import would only answer "existing" for it).
 */
export const isImportableUser = (user: { readonly inPortal: boolean }): boolean => !user.inPortal;
export const isImportableAccount = (account: { readonly alreadyClient: boolean }): boolean => !account.alreadyClient;

/**
 * What the review step starts with: every record that can be imported is selected, so the help
 * page's flow ("assign a role and a project to each, click Import Users Now") imports them all.
 * More than the portal's free seats are still selected: the seat notice says so before anything is sent.
 */
export function defaultSelection<T extends { readonly id: string }>(records: Iterable<T>, importable: (record: T) => boolean): Set<string> {
  const selected = new Set<string>();
  for (const r of records) if (importable(r)) selected.add(r.id);
  return selected;
}

/** "Select all": adds every shown record to the selection (records hidden by a filter keep their state). */
export function selectAll(selected: ReadonlySet<string>, shownIds: Iterable<string>): Set<string> {
  const next = new Set(selected);
  for (const id of shownIds) next.add(id);
  return next;
}

export function toggle(selected: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** The import request items for the selected users, in list order. */
export function userImportItems(
  users: readonly { readonly id: string }[], selected: ReadonlySet<string>,
  choices: ReadonlyMap<string, UserChoice>, defaultRoleId: string,
): UserImportItem[] {
  const items: UserImportItem[] = [];
  for (const u of users) {
    if (!selected.has(u.id)) continue;
    const c = choiceFor(choices, u.id, defaultRoleId);
    items.push({ crmUserId: u.id, roleId: c.roleId, projectId: c.projectId });
  }
  return items;
}

// ---- progress and results ----

export function percentDone(processed: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.floor((processed / total) * 100));
}

export interface ImportSummary {
  imported: number;
  existing: number;
  failed: number;
  /** Records of the import that were never sent (cancelled). */
  notImported: number;
}

export function summarize(ids: readonly string[], results: ReadonlyMap<string, { readonly outcome: ImportOutcome }>): ImportSummary {
  const s: ImportSummary = { imported: 0, existing: 0, failed: 0, notImported: 0 };
  for (const id of ids) {
    const outcome = results.get(id)?.outcome;
    if (outcome === 'imported') s.imported++;
    else if (outcome === 'existing') s.existing++;
    else if (outcome === 'failed') s.failed++;
    else s.notImported++;
  }
  return s;
}
