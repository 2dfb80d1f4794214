/** What the forms of `<zoho-projects-setup>` share: their host, field focus, request messages. */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { IntegrationStore } from '../../store/integration-store.js';
import type { StoreError } from '../../store/errors.js';
import { renderRequestError } from '../shared/request-views.js';

export interface FormHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export type StoreGetter = () => IntegrationStore | undefined;

/** Focuses a field of the host's shadow root once the current update has rendered. */
export async function focusField(host: FormHost, id: string): Promise<void> {
  await host.updateComplete;
  (host.renderRoot.querySelector(`#${id}`) as HTMLElement | null)?.focus();
}

/**
 * The message of a failed request, unless it is only about fields the form shows
 * at the fields themselves (then the field messages say it all).
 */
export function renderFormError(
  error: StoreError | null | undefined,
  fieldsShown: readonly string[],
  onRetry: () => void,
  store: IntegrationStore | undefined,
): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const fields = Object.keys(error.fieldErrors);
  if (error.kind === 'invalid-input' && fields.length && fields.every((f) => fieldsShown.includes(f))) return nothing;
  return renderRequestError(error, retryOrReload(error, onRetry, store));
}

/**
 * What "Retry" does; for a conflict (409: changed elsewhere) the button says "Reload" and
 * reloads the status instead, which brings the element to where the integration really is.
 */
export function retryOrReload(error: StoreError | null | undefined, onRetry: () => void, store: IntegrationStore | undefined): () => void {
  return error?.kind === 'conflict' ? () => void store?.setup.load() : onRetry;
}

/** `aria-disabled` rather than `disabled`: the button keeps its place in the tab order while busy. */
export const busy = (pending: boolean): 'true' | 'false' => (pending ? 'true' : 'false');
