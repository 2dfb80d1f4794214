import type { ReactiveControllerHost } from 'lit';
import type { IntegrationStore } from '../../store/integration-store.js';
import { USER_IMPORT_KEYS, type ImportKind, type ImportRun } from '../../store/slices/user-import.js';
import type { Announcer } from '../shared/announcer.js';
import type { AfterUpdate } from '../shared/after-update.js';

/**
 * What to import, as the element's `mode` attribute and its events name it. The store names the
 * same two things `ImportKind` (`users` / `clients`); both are public, so the element converts
 * at its edges only: `kindOf` where the attribute comes in, `modeOf` where an event goes out.
 */
export type ImportMode = 'portal-users' | 'client-users';

export const kindOf = (mode: ImportMode): ImportKind => (mode === 'client-users' ? 'clients' : 'users');
export const modeOf = (kind: ImportKind): ImportMode => (kind === 'users' ? 'portal-users' : 'client-users');

export const LOOKUP_KEY = USER_IMPORT_KEYS.lookup;

/** Fixed row height of the lists, in px (the styles use the same value). */
export const ROW_HEIGHT = 52;

export const isActive = (run: ImportRun | null | undefined): boolean => run?.status === 'running' || run?.status === 'cancelling';

/** The element as its controllers see it: the store, what is being imported, and the shared services. */
export interface ImportParts {
  readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  store(): IntegrationStore | undefined;
  kind(): ImportKind;
  /** Records per import request (the element's `batch-size`). */
  batchSize(): number;
  readonly announcer: Announcer;
  readonly after: AfterUpdate;
  /** "Change the ZSC Ticket": back to the credentials form, every part reset. */
  changeTicket(): void;
}
