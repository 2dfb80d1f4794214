/**
 * Type-level test (checked by `tsc --noEmit -p .` with @types/react 19, not run): a React host's
 * JSX with every tag, through the shipped typings (src/react.ts, the package's
 * `zoho-projects-integration-widgets/react`). Typed attributes, properties and `onzp-…` event
 * props compile; a wrong type is an error (`@ts-expect-error` fails the check when the error is
 * gone). An unknown prop with a dash (`onzp-typo`) is not: TypeScript checks hyphenated JSX
 * attributes only when the type declares them (as for `data-*`).
 */
import type {} from '../../src/react.js';
import { useMemo, useRef } from 'react';
import {
  HttpBackend, type CrmUserImport, type IntegrationStore, type ProjectsImportBackend, type ZpErrorDetail,
} from '../../src/index.js';

export function EveryTag({ store, importBackend }: { store: IntegrationStore; importBackend: ProjectsImportBackend }) {
  const errors: ZpErrorDetail[] = [];
  const importer = useRef<CrmUserImport>(null);
  const http = useMemo(() => new HttpBackend({ baseUrl: '/api/zp' }), []);
  return (
    <>
      <zoho-projects-setup api-base="/api/zp" locale="de"
        onzp-step-change={(e) => e.detail.step satisfies 'portal' | 'fields' | 'permissions' | 'clients'}
        onzp-portal-saved={(e) => e.detail.portal.ownerEmail.toLowerCase()}
        onzp-integration-activated={(e) => e.detail.clientMapping}
        onzp-key-updated={(e) => e.detail.restored}
        onzp-deactivated={(e) => e.detail.portal?.name}
        onzp-error={(e) => errors.push(e.detail)} />
      <field-mapper store={store} onzp-field-mapping-saved={(e) => e.detail.mappedCount.toFixed()} />
      <profile-perms store={store} onzp-permissions-saved={(e) => e.detail.pushedAsEmployee + e.detail.alreadyExisting} />
      <client-account-mapper store={store} view="custom"
        onzp-client-mapping-done={(e) => e.detail.outcome} onzp-client-mapped={(e) => e.detail.accountId} />
      <crm-user-import ref={importer} backend={importBackend} mode="client-users" batch-size={50} className="wide"
        onzp-lookup-done={(e) => e.detail.alreadyInPortal}
        onzp-import-progress={(e) => e.detail.percent}
        onzp-import-complete={(e) => e.detail.imported + e.detail.failed}
        onzp-error={(e) => e.detail.issues.join()} />
      <projects-related-list backend={http} module="deals" record-id="d-1"
        onzp-project-created={(e) => e.detail.project.url}
        onzp-project-updated={(e) => e.detail.recordId}
        onzp-project-deleted={(e) => e.detail.project.name} />
      <zsc-key-panel backend={http} side="crm"
        onzp-key-generated={(e) => e.detail.generatedAt} onzp-key-regenerated={(e) => e.detail.usedBy.length} />
      <crm-client-info api-base="/api/zp" client-id="c-1" onzp-error={(e) => e.detail.kind} />
    </>
  );
}

export function WrongProps({ store }: { store: IntegrationStore }) {
  return (
    <>
      {/* @ts-expect-error batch-size is a number */}
      <crm-user-import batch-size="fifty" />
      {/* @ts-expect-error mode is 'portal-users' or 'client-users' */}
      <crm-user-import mode="everyone" />
      {/* @ts-expect-error backend is a backend object, not a URL (that is api-base) */}
      <crm-user-import backend="/api/zp" />
      {/* @ts-expect-error the store is an IntegrationStore */}
      <field-mapper store={{}} />
      {/* @ts-expect-error the listener of a known event gets that event (ZpStepChangeEvent has no `imported`) */}
      <zoho-projects-setup store={store} onzp-step-change={(e) => e.detail.imported} />
      {/* @ts-expect-error a zp-error listener gets a ZpErrorEvent, whose detail has no `imported` */}
      <crm-user-import onzp-error={(e) => e.detail.imported} />
      {/* @ts-expect-error side is an attribute's string */}
      <zsc-key-panel side={1} />
    </>
  );
}
