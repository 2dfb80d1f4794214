import type { ZpClientMappedEvent } from './zp-client-mapped.js';
import type { ZpClientMappingDoneEvent } from './zp-client-mapping-done.js';
import type { ZpDeactivatedEvent } from './zp-deactivated.js';
import type { ZpErrorEvent } from './zp-error.js';
import type { ZpFieldMappingSavedEvent } from './zp-field-mapping-saved.js';
import type { ZpImportCompleteEvent } from './zp-import-complete.js';
import type { ZpImportProgressEvent } from './zp-import-progress.js';
import type { ZpIntegrationActivatedEvent } from './zp-integration-activated.js';
import type { ZpKeyGeneratedEvent } from './zp-key-generated.js';
import type { ZpKeyRegeneratedEvent } from './zp-key-regenerated.js';
import type { ZpKeyUpdatedEvent } from './zp-key-updated.js';
import type { ZpLookupDoneEvent } from './zp-lookup-done.js';
import type { ZpPermissionsSavedEvent } from './zp-permissions-saved.js';
import type { ZpPortalSavedEvent } from './zp-portal-saved.js';
import type { ZpProjectCreatedEvent } from './zp-project-created.js';
import type { ZpProjectDeletedEvent } from './zp-project-deleted.js';
import type { ZpProjectUpdatedEvent } from './zp-project-updated.js';
import type { ZpStepChangeEvent } from './zp-step-change.js';
import type { ZpTabVisibilityEvent } from './zp-tab-visibility.js';

/**
 * What every `zp-…` event is: it bubbles and crosses shadow roots (a host listens on any ancestor
 * of an element), and its detail is the event's own copy, never a live object of the store.
 * Each subclass names itself with `static readonly eventName` (scripts/event-types.mjs reads it
 * for the docs) and builds its detail in its constructor.
 */
export abstract class ZpEvent<Detail> extends CustomEvent<Detail> {
  protected constructor(name: string, detail: Detail) {
    super(name, { bubbles: true, composed: true, detail });
  }
}

/** The name a `zp-…` event class gives itself. */
export const nameOf = (eventClass: unknown): string => (eventClass as { eventName: string }).eventName;

/**
 * An event whose detail is handed over whole: it sends a shallow copy. The subclass only names
 * itself (`static readonly eventName`), which the constructor reads from the class being built.
 */
export abstract class ZpDetailEvent<Detail extends object> extends ZpEvent<Detail> {
  constructor(detail: Detail) {
    super(nameOf(new.target), { ...detail });
  }
}

// Every event file imports this one, so whoever sees an event sees the typed listeners too.
declare global {
  interface GlobalEventHandlersEventMap {
    'zp-client-mapped': ZpClientMappedEvent;
    'zp-client-mapping-done': ZpClientMappingDoneEvent;
    'zp-deactivated': ZpDeactivatedEvent;
    'zp-error': ZpErrorEvent;
    'zp-field-mapping-saved': ZpFieldMappingSavedEvent;
    'zp-import-complete': ZpImportCompleteEvent;
    'zp-import-progress': ZpImportProgressEvent;
    'zp-integration-activated': ZpIntegrationActivatedEvent;
    'zp-key-generated': ZpKeyGeneratedEvent;
    'zp-key-regenerated': ZpKeyRegeneratedEvent;
    'zp-key-updated': ZpKeyUpdatedEvent;
    'zp-lookup-done': ZpLookupDoneEvent;
    'zp-permissions-saved': ZpPermissionsSavedEvent;
    'zp-portal-saved': ZpPortalSavedEvent;
    'zp-project-created': ZpProjectCreatedEvent;
    'zp-project-deleted': ZpProjectDeletedEvent;
    'zp-project-updated': ZpProjectUpdatedEvent;
    'zp-step-change': ZpStepChangeEvent;
    'zp-tab-visibility': ZpTabVisibilityEvent;
  }
}
