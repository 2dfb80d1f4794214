/**
 * A saved document the user edits as a draft, entry by entry (the field mapping by Projects
 * field, the permissions by profile): load, edit, discard, save. Written once for both: the
 * user's unsaved changes survive a reload and a save (what changed meanwhile on the server is
 * taken, what the user changed is kept), and a save moves the setup flow on.
 */
import type { Result } from '../result.js';
import type { StatusActions } from './status.js';

export type Entries<E> = Readonly<Record<string, E>>;

/** How one kind of document is edited. */
export interface DraftSpec<Doc, E> {
  /** The editable entries of a saved document, by id. */
  entriesOf(doc: Doc): Entries<E>;
  /** The user's changes in `draft` (made against `base`) carried onto `next`. */
  rebase(draft: Entries<E>, base: Entries<E>, next: Entries<E>): Entries<E>;
  /** The entries' ids in the document's order (the order a save sends them in). */
  idsOf(doc: Doc): string[];
}

/** A slice's document and the working copy shown to the user (null until the first load). */
export interface DraftState<Doc, E> {
  readonly doc: Doc | null;
  readonly draft: Entries<E> | null;
}

export interface SaveOptions<T> {
  /**
   * Called once the save succeeded, before the status refresh that moves the setup flow on
   * (an element fires its "saved" event here, while the setup still hosts it).
   */
  onSaved?: (value: T) => void;
}

/** The working copy: the draft, or what is saved when nothing was changed yet. */
export function currentDraft<Doc, E>(spec: DraftSpec<Doc, E>, s: DraftState<Doc, E>): Entries<E> {
  return s.draft ?? (s.doc ? spec.entriesOf(s.doc) : {});
}

/** The working copy's entries in the document's order, for a save. */
export function draftInOrder<Doc, E>(spec: DraftSpec<Doc, E>, s: DraftState<Doc, E>): [id: string, entry: E][] {
  const entries = currentDraft(spec, s);
  const ids = s.doc ? spec.idsOf(s.doc) : Object.keys(entries);
  return ids.flatMap((id) => (entries[id] ? [[id, entries[id]] as [string, E]] : []));
}

/** The draft once `doc` is loaded: an existing draft keeps the user's changes. */
export function draftOnLoad<Doc, E>(spec: DraftSpec<Doc, E>, s: DraftState<Doc, E>, doc: Doc): Entries<E> {
  return s.draft && s.doc ? spec.rebase(s.draft, spec.entriesOf(s.doc), spec.entriesOf(doc)) : spec.entriesOf(doc);
}

/** The draft once a save of `sent` answered `doc`: changes made while the save was on its way stay. */
export function draftOnSave<Doc, E>(spec: DraftSpec<Doc, E>, s: DraftState<Doc, E>, sent: Entries<E>, doc: Doc): Entries<E> {
  const base = { ...(s.doc ? spec.entriesOf(s.doc) : {}), ...sent };
  return s.draft ? spec.rebase(s.draft, base, spec.entriesOf(doc)) : spec.entriesOf(doc);
}

/** Back to what is saved. */
export function discarded<Doc, E, S extends DraftState<Doc, E>>(spec: DraftSpec<Doc, E>, s: S): S {
  return s.doc ? { ...s, draft: spec.entriesOf(s.doc) } : s;
}

/** After a save: the caller's callback, then the setup status read again (a step may be done now). */
export async function afterSave<T>(result: Result<T>, options: SaveOptions<T>, setup: StatusActions): Promise<Result<T>> {
  if (result.ok) {
    options.onSaved?.(result.value);
    await setup.refresh();
  }
  return result;
}
