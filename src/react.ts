// Generated from custom-elements.json by scripts/react-types.mjs (npm run manifest): do not edit.
/**
 * JSX types of every tag of the library for React 19 (`@types/react` 19), with their default
 * names (a tag renamed with `define()` is not covered). Load them once in a host's TypeScript:
 *
 *     import type {} from 'zoho-projects-integration-widgets/react';
 *
 * React 19 passes a prop to a custom element as a property when the element has one of that name
 * (`backend`, `store`, `mode`), else as an attribute (`api-base`, `batch-size`), and turns
 * a function prop named `on` + an event's name into a listener (`onzp-error` → `zp-error`).
 * Register the tag before React first renders it, so that React sees its properties.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ClientAccountMapper } from './elements/client-account-mapper/client-account-mapper.js';
import type { CrmClientInfo } from './elements/crm-client-info/crm-client-info.js';
import type { CrmUserImport } from './elements/crm-user-import/crm-user-import.js';
import type { FieldMapper } from './elements/field-mapper/field-mapper.js';
import type { ProfilePerms } from './elements/profile-perms/profile-perms.js';
import type { ProjectsRelatedList } from './elements/projects-related-list/projects-related-list.js';
import type { ProjectsTab } from './elements/projects-tab/projects-tab.js';
import type { ZohoProjectsSetup } from './elements/zoho-projects-setup/zoho-projects-setup.js';
import type { ZscKeyPanel } from './elements/zsc-key-panel/zsc-key-panel.js';
import type { ZpClientMappedEvent } from './events/zp-client-mapped.js';
import type { ZpClientMappingDoneEvent } from './events/zp-client-mapping-done.js';
import type { ZpDeactivatedEvent } from './events/zp-deactivated.js';
import type { ZpErrorEvent } from './events/zp-error.js';
import type { ZpFieldMappingSavedEvent } from './events/zp-field-mapping-saved.js';
import type { ZpImportCompleteEvent } from './events/zp-import-complete.js';
import type { ZpImportProgressEvent } from './events/zp-import-progress.js';
import type { ZpIntegrationActivatedEvent } from './events/zp-integration-activated.js';
import type { ZpKeyGeneratedEvent } from './events/zp-key-generated.js';
import type { ZpKeyRegeneratedEvent } from './events/zp-key-regenerated.js';
import type { ZpKeyUpdatedEvent } from './events/zp-key-updated.js';
import type { ZpLookupDoneEvent } from './events/zp-lookup-done.js';
import type { ZpPermissionsSavedEvent } from './events/zp-permissions-saved.js';
import type { ZpPortalSavedEvent } from './events/zp-portal-saved.js';
import type { ZpProjectCreatedEvent } from './events/zp-project-created.js';
import type { ZpProjectDeletedEvent } from './events/zp-project-deleted.js';
import type { ZpProjectUpdatedEvent } from './events/zp-project-updated.js';
import type { ZpStepChangeEvent } from './events/zp-step-change.js';
import type { ZpTabVisibilityEvent } from './events/zp-tab-visibility.js';

/** JSX props every tag of the library has: where its data comes from, and its language. */
export interface ZpElementProps<E extends HTMLElement & Record<'store' | 'backend' | 'apiBase' | 'locale', unknown>> extends DetailedHTMLProps<HTMLAttributes<E>, E> {
  /** A store to use; wins over a provider above and over `backend` / `api-base`. Set as a property. */
  store?: E['store'] | undefined;
  /** An object implementing the backend operations this element uses (your own adapter or an HttpBackend). Set as a property. */
  backend?: E['backend'] | undefined;
  /** Base URL of a server implementing the REST contract (openapi/openapi.json). */
  'api-base'?: E['apiBase'] | undefined;
  /** Language of every element of the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works). The page-wide locale: the latest of this attribute on any element, `setLocale()` or a change of `<html lang>` wins. */
  locale?: E['locale'] | undefined;
}

/** JSX props of `<client-account-mapper>`: its attributes, its properties and `on` + its events' names. */
export interface ClientAccountMapperProps extends ZpElementProps<ClientAccountMapper> {
  /** `auto` (the one-time automatic mapping) or `custom`. Unset: `auto` while automatic mapping is pending or its report is open. When automatic mapping is done or skipped (and no report is open) only custom mapping is shown. */
  view?: ClientAccountMapper['view'] | undefined;
  /** `zp-client-mapping-done`: The one-time step finished: `detail.outcome` is `mapped` or `skipped`, with `mappedCount` and `unmappedCount`. */
  'onzp-client-mapping-done'?: ((event: ZpClientMappingDoneEvent) => void) | undefined;
  /** `zp-client-mapped`: A custom mapping was saved (`detail.accountId`) or removed (`accountId: null`). */
  'onzp-client-mapped'?: ((event: ZpClientMappedEvent) => void) | undefined;
  /** `zp-error`: A request failed (own store only; a provider above reports shared-store failures). */
  'onzp-error'?: ((event: ZpErrorEvent) => void) | undefined;
}

/** JSX props of `<crm-client-info>`: its attributes, its properties and `on` + its events' names. */
export interface CrmClientInfoProps extends ZpElementProps<CrmClientInfo> {
  /** The Projects client whose CRM information is shown. */
  'client-id'?: CrmClientInfo['clientId'] | undefined;
  /** `zp-error`: A request failed (standalone only; inside a provider the provider reports it). */
  'onzp-error'?: ((event: ZpErrorEvent) => void) | undefined;
}

/** JSX props of `<crm-user-import>`: its attributes, its properties and `on` + its events' names. */
export interface CrmUserImportProps extends ZpElementProps<CrmUserImport> {
  /** `portal-users` (default): CRM users become portal users; `client-users`: CRM accounts become clients. */
  mode?: CrmUserImport['mode'] | undefined;
  /** Records per import request (default 200). */
  'batch-size'?: CrmUserImport['batchSize'] | undefined;
  /** `zp-lookup-done`: The CRM account's users or accounts were looked up (counts only). */
  'onzp-lookup-done'?: ((event: ZpLookupDoneEvent) => void) | undefined;
  /** `zp-import-progress`: After each batch of an import (counts and percent). */
  'onzp-import-progress'?: ((event: ZpImportProgressEvent) => void) | undefined;
  /** `zp-import-complete`: An import, a retry or a continued import ended (counts per outcome). */
  'onzp-import-complete'?: ((event: ZpImportCompleteEvent) => void) | undefined;
  /** `zp-error`: A request failed (operation, kind and message; never a key or an email). */
  'onzp-error'?: ((event: ZpErrorEvent) => void) | undefined;
}

/** JSX props of `<field-mapper>`: its attributes, its properties and `on` + its events' names. */
export interface FieldMapperProps extends ZpElementProps<FieldMapper> {
  /** `zp-field-mapping-saved`: After "Done" saved the mapping; detail `{ mappedCount }`. */
  'onzp-field-mapping-saved'?: ((event: ZpFieldMappingSavedEvent) => void) | undefined;
  /** `zp-error`: When a request fails (standalone only; inside the setup the container reports it). */
  'onzp-error'?: ((event: ZpErrorEvent) => void) | undefined;
}

/** JSX props of `<profile-perms>`: its attributes, its properties and `on` + its events' names. */
export interface ProfilePermsProps extends ZpElementProps<ProfilePerms> {
  /** `zp-permissions-saved`: After "Save" saved; detail `{ pushedAsEmployee, alreadyExisting }`. */
  'onzp-permissions-saved'?: ((event: ZpPermissionsSavedEvent) => void) | undefined;
  /** `zp-error`: When a request fails (standalone only; inside the setup the container reports it). */
  'onzp-error'?: ((event: ZpErrorEvent) => void) | undefined;
}

/** JSX props of `<projects-related-list>`: its attributes, its properties and `on` + its events' names. */
export interface ProjectsRelatedListProps extends ZpElementProps<ProjectsRelatedList> {
  /** `deals` or `accounts`: the module of the record page. */
  module?: ProjectsRelatedList['module'] | undefined;
  /** The id of the Deal or Account. */
  'record-id'?: ProjectsRelatedList['recordId'] | undefined;
  /** `zp-project-created`: "New Project" created a project. Detail: `{ module, recordId, project }`. */
  'onzp-project-created'?: ((event: ZpProjectCreatedEvent) => void) | undefined;
  /** `zp-project-updated`: "Edit" saved a project. Detail: `{ module, recordId, project }`. */
  'onzp-project-updated'?: ((event: ZpProjectUpdatedEvent) => void) | undefined;
  /** `zp-project-deleted`: A project was deleted. Detail: `{ module, recordId, project: { id, name } }`. */
  'onzp-project-deleted'?: ((event: ZpProjectDeletedEvent) => void) | undefined;
  /** `zp-error`: A request failed (standalone only; inside a provider the provider reports it). */
  'onzp-error'?: ((event: ZpErrorEvent) => void) | undefined;
}

/** JSX props of `<projects-tab>`: its attributes, its properties and `on` + its events' names. */
export interface ProjectsTabProps extends ZpElementProps<ProjectsTab> {
  /** Read-only: whether CRM should show the tab (the integration set up, Tab Visibility in the profile); undefined until the access is read. */
  'tab-visible'?: ProjectsTab['tabVisible'] | undefined;
  /** `zp-tab-visibility`: Whether the tab should be shown, once known and whenever it changes. Detail: `{ visible }`. */
  'onzp-tab-visibility'?: ((event: ZpTabVisibilityEvent) => void) | undefined;
  /** `zp-project-created`: "New Project" created a project. Detail: `{ module, recordId, project }` (`module`/`recordId` null when linked to no record). */
  'onzp-project-created'?: ((event: ZpProjectCreatedEvent) => void) | undefined;
  /** `zp-project-updated`: "Edit" saved a project. Detail: `{ module, recordId, project }`. */
  'onzp-project-updated'?: ((event: ZpProjectUpdatedEvent) => void) | undefined;
  /** `zp-project-deleted`: A project was deleted. Detail: `{ module, recordId, project: { id, name } }`. */
  'onzp-project-deleted'?: ((event: ZpProjectDeletedEvent) => void) | undefined;
  /** `zp-error`: A request failed (standalone only; inside a provider the provider reports it). */
  'onzp-error'?: ((event: ZpErrorEvent) => void) | undefined;
}

/** JSX props of `<zoho-projects-setup>`: its attributes, its properties and `on` + its events' names. */
export interface ZohoProjectsSetupProps extends ZpElementProps<ZohoProjectsSetup> {
  /** `zp-step-change`: The step shown changed. Detail: `{ step, previousStep, completedSteps }`. */
  'onzp-step-change'?: ((event: ZpStepChangeEvent) => void) | undefined;
  /** `zp-portal-saved`: "Save" associated a portal. Detail: `{ portal }`. */
  'onzp-portal-saved'?: ((event: ZpPortalSavedEvent) => void) | undefined;
  /** `zp-integration-activated`: The last step is done: the integration is active. Detail: `{ portal, clientMapping }`. */
  'onzp-integration-activated'?: ((event: ZpIntegrationActivatedEvent) => void) | undefined;
  /** `zp-key-updated`: The ZSC key was updated. Detail: `{ portal, restored }` (never the key). */
  'onzp-key-updated'?: ((event: ZpKeyUpdatedEvent) => void) | undefined;
  /** `zp-deactivated`: The integration was deactivated. Detail: `{ portal }`. */
  'onzp-deactivated'?: ((event: ZpDeactivatedEvent) => void) | undefined;
  /** `zp-error`: A request failed (this element's or a hosted element's), for the host's logs. */
  'onzp-error'?: ((event: ZpErrorEvent) => void) | undefined;
}

/** JSX props of `<zsc-key-panel>`: its attributes, its properties and `on` + its events' names. */
export interface ZscKeyPanelProps extends ZpElementProps<ZscKeyPanel> {
  /** `crm` (Zoho CRM's Developer Space) or `projects` (Zoho Projects'). */
  side?: ZscKeyPanel['side'] | undefined;
  /** `zp-key-generated`: "Generate Now" created the first key. Detail: `{ side, email, generatedAt }` (never the key). */
  'onzp-key-generated'?: ((event: ZpKeyGeneratedEvent) => void) | undefined;
  /** `zp-key-regenerated`: "Regenerate" replaced the key. Detail: `{ side, email, generatedAt, usedBy }` (never the key). */
  'onzp-key-regenerated'?: ((event: ZpKeyRegeneratedEvent) => void) | undefined;
  /** `zp-error`: A request failed (standalone only; inside a provider the provider reports it). */
  'onzp-error'?: ((event: ZpErrorEvent) => void) | undefined;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'client-account-mapper': ClientAccountMapperProps;
      'crm-client-info': CrmClientInfoProps;
      'crm-user-import': CrmUserImportProps;
      'field-mapper': FieldMapperProps;
      'profile-perms': ProfilePermsProps;
      'projects-related-list': ProjectsRelatedListProps;
      'projects-tab': ProjectsTabProps;
      'zoho-projects-setup': ZohoProjectsSetupProps;
      'zsc-key-panel': ZscKeyPanelProps;
    }
  }
}
