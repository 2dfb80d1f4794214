/** Templates for the states every request can be in: loading, failed (with Retry), not connected. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { StoreError } from '../../store/errors.js';
import { isNotPermitted } from '../../store/errors.js';
import { errorText } from '../../i18n/error-text.js';

export function renderLoading(label = msg('Loading…', { id: 'shared.loading' })): TemplateResult {
  return html`<p class="muted" role="status" part="loading">${label}</p>`;
}

/**
 * A failed request: the reason, and "Retry" when trying again can help.
 * "Not permitted" failures get no Retry: trying again cannot help.
 * `text` replaces the generic reason where the element knows better what the error means there.
 */
export function renderRequestError(
  error: StoreError | null | undefined, onRetry?: () => void, text?: string,
): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const retry = onRetry && !isNotPermitted(error) && error.kind !== 'invalid-input';
  return html`<div class="notice error" role="alert" part="error">
    <p>${text ?? errorText(error)}</p>
    ${error.kind === 'conflict'
      ? html`<div class="actions"><button type="button" @click=${onRetry}>${msg('Reload', { id: 'shared.reload' })}</button></div>`
      : retry ? html`<div class="actions"><button type="button" @click=${onRetry}>${msg('Retry', { id: 'shared.retry' })}</button></div>` : nothing}
  </div>`;
}

export function renderNotPermitted(): TemplateResult {
  return html`<div class="notice warning" role="alert" part="not-permitted">
    <p>${msg('You are not permitted to see this. Ask your administrator for access.', { id: 'shared.not-permitted' })}</p>
  </div>`;
}

/** Markup and attribute names stay as written: they are code, the same in every language. */
export function renderNotConnected(tag: string): TemplateResult {
  const code = (s: string) => html`<code>${s}</code>`;
  return html`<div class="notice warning" part="not-connected">
    <p>${msg(html`Not connected: give ${code(`<${tag}>`)} an ${code('api-base')} attribute or a ${code('backend')} property,
      or place it inside ${code('<zoho-projects-setup>')}.`, { id: 'shared.not-connected' })}</p>
  </div>`;
}
