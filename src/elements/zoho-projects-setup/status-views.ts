/** The parts of `<zoho-projects-setup>` that only show the status: trial, portal, notices. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { IntegrationStatus } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { renderRequestError } from '../shared/request-views.js';
import { busy, retryOrReload } from './form-support.js';
import { trialDaysLeft } from '../../store/slices/setup.js';
import { formatDate } from '../../i18n/format.js';
import { daysLeftText } from './setup-texts.js';

export function renderTrial(status: IntegrationStatus): TemplateResult | typeof nothing {
  const days = trialDaysLeft(status);
  if (days === null) return nothing;
  const ends = status.trial?.endsAt;
  const left = html`<strong>${daysLeftText(days)}</strong>`;
  return html`<p class="notice info" part="trial">${ends
    ? msg(html`Free trial of the Zoho Projects integration: ${left} (ends ${html`<time datetime=${ends}>${formatDate(ends)}</time>`}).`, { id: 'setup.trial.ends' })
    : msg(html`Free trial of the Zoho Projects integration: ${left}.`, { id: 'setup.trial' })}</p>`;
}

export function renderNotAdmin(): TemplateResult {
  return html`<div class="notice warning" part="not-admin">
    <p>${msg('Administrator privileges are required to set up or change the Zoho Projects integration.', { id: 'setup.not-admin' })}</p>
    <p>${msg('Ask an administrator of your Zoho CRM account.', { id: 'setup.not-admin.ask' })}</p>
  </div>`;
}

export function renderTrialExpired(): TemplateResult {
  return html`<div class="notice warning" part="trial-expired">
    <p>${msg('Your 15-day free trial of the Zoho Projects integration has ended.', { id: 'setup.trial-expired' })}</p>
    <p>${msg('Upgrade to a paid edition of Zoho CRM to use the integration again.', { id: 'setup.trial-expired.upgrade' })}</p>
  </div>`;
}

export function renderPortal(status: IntegrationStatus): TemplateResult | typeof nothing {
  const portal = status.portal;
  if (!portal) return nothing;
  return html`<dl class="portal" part="portal">
    <div><dt>${msg('Portal', { id: 'setup.portal' })}</dt><dd>${portal.name}</dd></div>
    <div><dt>${msg('Portal owner', { id: 'setup.portal-owner' })}</dt><dd>${portal.ownerEmail}</dd></div>
  </dl>`;
}

/** The step-1 summary once a portal is associated. */
export function renderAssociatedPortal(status: IntegrationStatus): TemplateResult | typeof nothing {
  if (!status.portal) return nothing;
  return html`<div part="portal">
    <p>${msg(html`Associated portal: ${html`<strong>${status.portal.name}</strong>`} ${html`<span class="muted">(${status.portal.ownerEmail})</span>`}`, { id: 'setup.associated-portal' })}</p>
    <p class="muted">${msg('Only one portal can be configured. To use another portal, deactivate the integration once it is set up, then set it up again.', { id: 'setup.one-portal' })}</p>
  </div>`;
}

export function renderKeyInvalidNotice(): TemplateResult {
  return html`<div class="notice error" role="alert" part="key-invalid">
    <p><strong>${msg('The Zoho Projects integration has stopped working.', { id: 'setup.key-invalid' })}</strong>
      ${msg('The ZSC key it uses is no longer valid: the portal owner changed, or the key was regenerated.', { id: 'setup.key-invalid.why' })}</p>
    <p>${msg('Update the ZSC key below to make the integration work again.', { id: 'setup.key-invalid.fix' })}</p>
  </div>`;
}

export function renderMappingSkipped(status: IntegrationStatus): TemplateResult | typeof nothing {
  return status.clientMapping === 'skipped'
    ? html`<p class="notice info">${msg('Automatic client mapping was skipped. It is available again only after the integration is deactivated and a portal associated again; clients can still be mapped to accounts one by one.', { id: 'setup.active.mapping-skipped' })}</p>`
    : nothing;
}

/** "Get Started" (starting the Free Edition's trial first, when offered). */
export function renderGetStarted(store: IntegrationStore, trialOffer: boolean, getStarted: () => void): TemplateResult {
  const trial = store.request('startTrial');
  const start = store.request('startSetup');
  const pending = trial.pending || start.pending;
  return html`<div class="intro" part="intro">
    <p>${msg('Connect Zoho CRM with Zoho Projects: create projects from deals and accounts, and see them in Zoho CRM.', { id: 'setup.intro' })}</p>
    ${trialOffer
      ? html`<p class="notice info" part="trial">${msg('You are using the Free Edition of Zoho CRM: you can try the Zoho Projects integration free for 15 days. “Get Started” starts your trial.', { id: 'setup.trial-offer' })}</p>`
      : nothing}
    ${renderRequestError(trial.error ?? start.error, retryOrReload(trial.error ?? start.error, getStarted, store))}
    <div class="actions">
      <button type="button" class="primary" aria-disabled=${busy(pending)} @click=${getStarted}>${msg('Get Started', { id: 'setup.get-started' })}</button>
      ${pending ? html`<span class="muted">${msg('Starting…', { id: 'setup.starting' })}</span>` : nothing}
    </div>
  </div>`;
}
