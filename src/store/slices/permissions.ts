/**
 * Profile permissions on the Projects tab. The user's unsaved choices live here as a
 * draft (per profile), so nothing is lost when a save fails or the element re-renders.
 */
import type { Permission, PermissionSet, PermissionsDoc, PermissionsSaveResult } from '../../schemas/entities.js';
import {
  samePermissions, setPermission, toggleColumn, toggleRow,
} from '../../rules/permission-rules.js';
import type { Core } from '../state.js';
import type { StatusActions } from './status.js';
import { afterSave, currentDraft, discarded, draftInOrder, draftOnLoad, draftOnSave, type DraftSpec, type SaveOptions } from './draft-document.js';

export type PermissionDraft = Readonly<Record<string, PermissionSet>>;

export interface PermissionsState {
  readonly doc: PermissionsDoc | null;
  /** Counts the server reported for the last save. */
  readonly lastSave: { readonly pushedAsEmployee: number; readonly alreadyExisting: number } | null;
  /** The working copy shown to the user, by profile id; null until the first load. */
  readonly draft: PermissionDraft | null;
}

export const initialPermissionsState: PermissionsState = { doc: null, lastSave: null, draft: null };

export function setsOf(doc: PermissionsDoc): PermissionDraft {
  return Object.fromEntries(doc.profiles.map((p) => [p.profileId, p.permissions]));
}

/**
 * The draft moved onto a new server state: profiles the user changed keep the user's
 * whole set (so it stays consistent), every other profile takes the server's.
 */
export function rebasePermissions(draft: PermissionDraft, base: PermissionDraft, next: PermissionDraft): PermissionDraft {
  const result: Record<string, PermissionSet> = {};
  for (const [id, server] of Object.entries(next)) {
    const mine = draft[id];
    const was = base[id];
    result[id] = mine && was && !samePermissions(mine, was) ? mine : server;
  }
  return result;
}

const PERMISSIONS_DOC: DraftSpec<PermissionsDoc, PermissionSet> = { entriesOf: setsOf, rebase: rebasePermissions, idsOf: (doc) => doc.profiles.map((p) => p.profileId) };

/** Profile ids whose draft differs from what is saved. */
export function changedProfileIds(state: PermissionsState): string[] {
  if (!state.doc || !state.draft) return [];
  const draft = state.draft;
  return state.doc.profiles
    .filter((p) => draft[p.profileId] && !samePermissions(draft[p.profileId]!, p.permissions))
    .map((p) => p.profileId);
}

export class PermissionsActions {
  constructor(private readonly core: Core, private readonly setup: StatusActions) {}

  /** Loads the saved permissions; an existing draft keeps the user's changes. */
  load() {
    return this.core.run('getPermissions', {}, {
      onSuccess: (doc) => this.core.update('permissions', (s) => ({
        ...s,
        doc,
        draft: draftOnLoad(PERMISSIONS_DOC, s, doc),
      })),
    });
  }

  /** Turns one permission of one profile on or off, with its implications. */
  set(profileId: string, permission: Permission, on: boolean) {
    this.#edit((d) => (d[profileId] ? { ...d, [profileId]: setPermission(d[profileId], permission, on) } : d));
  }

  /** Whole-row toggle. */
  toggleRow(profileId: string) {
    this.#edit((d) => (d[profileId] ? { ...d, [profileId]: toggleRow(d[profileId]) } : d));
  }

  /** Whole-column toggle. */
  toggleColumn(permission: Permission) {
    this.#edit((d) => toggleColumn(d, permission));
  }

  /** Back to what is saved. */
  discard() {
    this.core.update('permissions', (s) => discarded(PERMISSIONS_DOC, s));
  }

  /** Saves every profile of the draft ("Save"). */
  saveDraft(options: SaveOptions<PermissionsSaveResult> = {}) {
    const sets = draftInOrder(PERMISSIONS_DOC, this.core.state.permissions);
    return this.save(sets.map(([profileId, permissions]) => ({ profileId, permissions })), options);
  }

  async save(profiles: readonly { profileId: string; permissions: PermissionSet }[], options: SaveOptions<PermissionsSaveResult> = {}) {
    const version = this.core.state.permissions.doc?.version ?? 0;
    const sent: Record<string, PermissionSet> = Object.fromEntries(profiles.map((p) => [p.profileId, p.permissions]));
    const result = await this.core.run('savePermissions', { profiles: [...profiles], version }, {
      onSuccess: ({ profiles: saved, version: v, pushedAsEmployee, alreadyExisting }) =>
        this.core.update('permissions', (s) => {
          const doc = { profiles: saved, version: v };
          return { doc, lastSave: { pushedAsEmployee, alreadyExisting }, draft: draftOnSave(PERMISSIONS_DOC, s, sent, doc) };
        }),
    });
    return afterSave(result, options, this.setup);
  }

  #edit(recipe: (draft: PermissionDraft) => PermissionDraft) {
    this.core.update('permissions', (s) => {
      if (!s.doc) return s;
      const draft = recipe(currentDraft(PERMISSIONS_DOC, s));
      return draft === s.draft ? s : { ...s, draft, lastSave: null };
    });
  }
}
