/**
 * JSX types for `<crm-user-import>` in React 19.
 *
 * React 19 passes a prop to a custom element as a property when the element has that property
 * (`backend`, `store`, `mode`), else as an attribute (`api-base`, `batch-size`), and turns a
 * function prop named `on` + event name into an event listener: `onzp-lookup-done` listens to
 * `zp-lookup-done`. The element must be registered before React renders it, so that React
 * sees its properties.
 *
 * A host writes the same with the package's types:
 * `import type { CrmUserImport, ... } from 'zoho-projects-integration-widgets';`
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  CrmUserImport, ImportMode, IntegrationStore, PartialBackend,
  ZpErrorEvent, ZpImportCompleteEvent, ZpImportProgressEvent, ZpLookupDoneEvent,
} from '../../src/index.js';

export interface CrmUserImportProps extends DetailedHTMLProps<HTMLAttributes<CrmUserImport>, CrmUserImport> {
  /** Your adapter object or an `HttpBackend` (a property). Keep it stable: a new object means a new store. */
  backend?: PartialBackend | undefined;
  /** A shared `IntegrationStore` (a property); wins over `backend` and `api-base`. */
  store?: IntegrationStore | undefined;
  /** Base URL of a server implementing the REST contract (an attribute). */
  'api-base'?: string | undefined;
  mode?: ImportMode | undefined;
  /** Records per import request (an attribute). */
  'batch-size'?: number | undefined;
  'onzp-lookup-done'?: ((event: ZpLookupDoneEvent) => void) | undefined;
  'onzp-import-progress'?: ((event: ZpImportProgressEvent) => void) | undefined;
  'onzp-import-complete'?: ((event: ZpImportCompleteEvent) => void) | undefined;
  'onzp-error'?: ((event: ZpErrorEvent) => void) | undefined;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'crm-user-import': CrmUserImportProps;
    }
  }
}
