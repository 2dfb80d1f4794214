/**
 * What a CRM user sees of Zoho Projects on a Deal or Account record page: decided by the
 * integration's state and the permissions of the user's profile (set in `<profile-perms>`).
 * Pure: no DOM, no store.
 */
import type { IntegrationState, PermissionSet, RecordAccess } from '../schemas/entities.js';

export type RelatedListView =
  /** The integration is not set up (or being set up): a short note only. */
  | 'not-active'
  /** The profile lacks Tab Visibility or View: a not-permitted note, no data requested. */
  | 'not-permitted'
  /** The ZSC key is broken: the integration stopped working until an administrator updates it. */
  | 'key-invalid'
  | 'list';

export function relatedListView(access: RecordAccess): RelatedListView {
  if (!isSetUp(access.integration)) return 'not-active';
  if (!canView(access.permissions)) return 'not-permitted';
  return access.integration === 'key-invalid' ? 'key-invalid' : 'list';
}

const isSetUp = (state: IntegrationState) => state === 'active' || state === 'key-invalid';

/**
 * Whether CRM shows the Projects tab at all: the integration set up (deactivating removes the tab)
 * and Tab Visibility in the user's profile.
 */
export const showsProjectsTab = (access: RecordAccess): boolean => isSetUp(access.integration) && access.permissions.tabVisibility;

/** Seeing projects needs both Tab Visibility and View. */
export const canView = (p: PermissionSet): boolean => p.tabVisibility && p.view;

export interface ProjectActions {
  /** "New Project". */
  readonly create: boolean;
  readonly edit: boolean;
  readonly delete: boolean;
}

/** The actions a profile offers on the list (each needs View as well). */
export function projectActions(p: PermissionSet): ProjectActions {
  const view = canView(p);
  return { create: view && p.create, edit: view && p.edit, delete: view && p.delete };
}

/**
 * A link from the data that may be opened: http(s) only, so data never turns into a
 * `javascript:` link. Null for anything else.
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
