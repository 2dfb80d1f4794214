/** Templates for the states every request can be in: loading, failed (with Retry), not connected. */
import { html, nothing, type TemplateResult } from 'lit';
import type { StoreError } from '../../store/errors.js';
import { isNotPermitted } from '../../store/errors.js';

export function renderLoading(label = 'Loading…'): TemplateResult {
  return html`<p class="muted" role="status" part="loading">${label}</p>`;
}

/**
 * A failed request: the reason, and "Retry" when trying again can help.
 * "Not permitted" failures get no Retry: trying again cannot help.
 */
export function renderRequestError(error: StoreError | null | undefined, onRetry?: () => void): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const retry = onRetry && !isNotPermitted(error) && error.kind !== 'invalid-input';
  return html`<div class="notice error" role="alert" part="error">
    <p>${error.message}</p>
    ${error.kind === 'conflict'
      ? html`<div class="actions"><button type="button" @click=${onRetry}>Reload</button></div>`
      : retry ? html`<div class="actions"><button type="button" @click=${onRetry}>Retry</button></div>` : nothing}
  </div>`;
}

export function renderNotPermitted(): TemplateResult {
  return html`<div class="notice warning" role="alert" part="not-permitted">
    <p>You are not permitted to see this. Ask your administrator for access.</p>
  </div>`;
}

export function renderNotConnected(tag: string): TemplateResult {
  return html`<div class="notice warning" part="not-connected">
    <p>Not connected: give <code>&lt;${tag}&gt;</code> an <code>api-base</code> attribute or a <code>backend</code> property,
      or place it inside <code>&lt;zoho-projects-setup&gt;</code>.</p>
  </div>`;
}
