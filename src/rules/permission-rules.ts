/**
 * Profile permissions on the Projects tab: the implications between them and the
 * whole-row / whole-column toggles. Pure: no DOM, no store.
 *
 * - Create, Edit or Delete turn on View; View turns on Tab Visibility.
 * - Clearing View clears Create, Edit and Delete; clearing Tab Visibility clears all.
 */
import { PERMISSIONS, type Permission, type PermissionSet } from '../schemas/entities.js';

export { PERMISSIONS };

const ACTIONS: readonly Permission[] = ['create', 'edit', 'delete'];

export const NO_PERMISSIONS: PermissionSet = Object.freeze({
  tabVisibility: false, view: false, create: false, edit: false, delete: false,
});
export const ALL_PERMISSIONS: PermissionSet = Object.freeze({
  tabVisibility: true, view: true, create: true, edit: true, delete: true,
});

/** Turns one permission on or off, and everything it implies (or what depends on it) with it. */
export function setPermission(set: PermissionSet, permission: Permission, on: boolean): PermissionSet {
  const next = { ...set, [permission]: on };
  if (on) {
    if (ACTIONS.includes(permission)) next.view = true;
    if (next.view) next.tabVisibility = true;
  } else {
    if (permission === 'tabVisibility') return { ...NO_PERMISSIONS };
    if (permission === 'view') for (const a of ACTIONS) next[a] = false;
  }
  return next;
}

/** True when no permission is on without what it needs. */
export function isConsistent(set: PermissionSet): boolean {
  if (ACTIONS.some((a) => set[a]) && !set.view) return false;
  return !(set.view && !set.tabVisibility);
}

export function samePermissions(a: PermissionSet, b: PermissionSet): boolean {
  return PERMISSIONS.every((p) => a[p] === b[p]);
}

export type ToggleState = 'on' | 'off' | 'mixed';

/** State of a toggle over several checkboxes: all on, all off, or mixed. */
export function combinedState(values: readonly boolean[]): ToggleState {
  let on = 0;
  for (const v of values) if (v) on++;
  if (on === 0) return 'off';
  return on === values.length ? 'on' : 'mixed';
}

/** State of a profile's whole-row toggle. */
export function rowState(set: PermissionSet): ToggleState {
  return combinedState(PERMISSIONS.map((p) => set[p]));
}

/** State of a permission's whole-column toggle. */
export function columnState(sets: readonly PermissionSet[], permission: Permission): ToggleState {
  return combinedState(sets.map((s) => s[permission]));
}

/** Whole-row toggle: all on unless all are on already, then all off. */
export function toggleRow(set: PermissionSet): PermissionSet {
  return rowState(set) === 'on' ? { ...NO_PERMISSIONS } : { ...ALL_PERMISSIONS };
}

/**
 * Whole-column toggle: turns the permission on for every profile (with what it implies)
 * unless it is on for all already, then off for every profile (with what depends on it).
 */
export function toggleColumn<K extends string>(
  sets: Readonly<Record<K, PermissionSet>>, permission: Permission,
): Record<K, PermissionSet> {
  const on = columnState(Object.values(sets) as PermissionSet[], permission) !== 'on';
  const next = {} as Record<K, PermissionSet>;
  for (const key of Object.keys(sets) as K[]) next[key] = setPermission(sets[key], permission, on);
  return next;
}
