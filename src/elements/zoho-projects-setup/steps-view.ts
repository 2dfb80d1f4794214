/** The setup's steps: the step list, the current step's panel, and a configuration part reopened. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { IntegrationStatus, SetupStep } from '../../schemas/entities.js';
import { SETUP_STEPS, SETUP_STEP_LABELS, canOpenStep, nextStep, type SetupState } from '../../store/slices/setup.js';
import { formatNumber } from '../../i18n/format.js';
import type { ChildLoader, ChildTag } from './child-loader.js';
import type { PortalStep } from './portal-step.js';
import { renderStepList } from './step-list.js';
import { renderAssociatedPortal } from './status-views.js';

/** What the step views read and call on `<zoho-projects-setup>` (one object, made once by the element). */
export interface StepsActions {
  readonly portal: PortalStep;
  readonly children: ChildLoader;
  /** "Map Now" / "Setup" opened the current step's element. */
  childOpen(): boolean;
  goTo(step: SetupStep): void;
  openChild(): void;
  closeChild(): void;
  finish(): void;
  backToIntegration(): void;
}

export function renderSteps(a: StepsActions, status: IntegrationStatus, setup: SetupState, step: SetupStep, finishing: boolean): TemplateResult {
  const index = SETUP_STEPS.indexOf(step);
  const next = nextStep(step);
  const canContinue = !finishing && status.completedSteps.includes(step) && next && canOpenStep(status, next);
  return html`${renderStepList(status, step, finishing, (s) => a.goTo(s))}
    <section class="panel" part="step">
      <h3 id="step-title" tabindex="-1"><span class="muted">${msg(str`Step ${formatNumber(index + 1)} of ${formatNumber(SETUP_STEPS.length)}:`, { id: 'setup.step-of' })}</span>
        ${SETUP_STEP_LABELS[step]}</h3>
      ${renderStepBody(a, status, setup, step)}
      ${finishing
        ? html`<div class="notice success" part="setup-complete">
            <p>${msg('Setup is complete: the Zoho Projects integration is active.', { id: 'setup.complete' })}</p>
            <div class="actions"><button type="button" class="primary" @click=${() => a.finish()}>${msg('Finish', { id: 'setup.finish' })}</button></div>
          </div>`
        : nothing}
      ${canContinue
        ? html`<div class="actions step-nav">
            <button type="button" class="primary" @click=${() => a.goTo(next)}>${msg('Continue', { id: 'setup.continue' })}</button>
            <span class="muted">${msg(str`Next: ${SETUP_STEP_LABELS[next]}`, { id: 'setup.next-step' })}</span>
          </div>`
        : nothing}
    </section>`;
}

function renderStepBody(a: StepsActions, status: IntegrationStatus, setup: SetupState, step: SetupStep): TemplateResult | typeof nothing {
  switch (step) {
    case 'portal':
      return status.portal
        ? renderAssociatedPortal(status)
        : html`<p>${msg('Choose the Zoho Projects portal to connect with Zoho CRM. Only one portal can be configured.', { id: 'setup.portal.intro' })}</p>
          ${a.portal.render(status, setup)}`;
    case 'fields':
      return renderHostedStep(a, 'field-mapper', status.completedSteps.includes('fields'), {
        intro: msg('Map the fields of Zoho Projects to fields of Deals and Accounts, so a project created from a deal or an account is filled in.', { id: 'setup.fields.intro' }),
        saved: msg('The field mapping is saved; “Map Now” changes it.', { id: 'setup.fields.saved' }),
        open: msg('Map Now', { id: 'setup.map-now' }),
      });
    case 'permissions':
      return renderHostedStep(a, 'profile-perms', status.completedSteps.includes('permissions'), {
        intro: msg('Choose which CRM profiles see the Projects tab and what they may do with projects. Users of those profiles are added to Zoho Projects as “Employee”.', { id: 'setup.permissions.intro' }),
        saved: msg('The permissions are saved; “Setup” changes them.', { id: 'setup.permissions.saved' }),
        open: msg('Setup', { id: 'setup.open-permissions' }),
      });
    case 'clients':
      return a.children.render('client-account-mapper');
  }
}

/** A step done in a hosted element: what it is for and a button that opens it; open, the element and "Close without saving". */
function renderHostedStep(a: StepsActions, tag: ChildTag, done: boolean, words: { intro: string; saved: string; open: string }): TemplateResult {
  if (a.childOpen()) {
    return html`${a.children.render(tag)}
      <div class="actions"><button type="button" @click=${() => a.closeChild()}>${msg('Close without saving', { id: 'setup.close-child' })}</button></div>`;
  }
  return html`<p>${words.intro}</p>
    ${done ? html`<p class="muted">${words.saved}</p>` : nothing}
    <div class="actions"><button type="button" class=${done ? '' : 'primary'} @click=${() => a.openChild()}>${words.open}</button></div>`;
}

/** "Edit Configuration" / "Client account mapping" of an active integration: the part's element and "Back to integration". */
export function renderEdit(a: StepsActions, step: 'permissions' | 'clients'): TemplateResult {
  return html`<section class="panel" part="step">
    <h3 id="step-title" tabindex="-1">${SETUP_STEP_LABELS[step]}</h3>
    ${a.children.render(step === 'permissions' ? 'profile-perms' : 'client-account-mapper')}
    <div class="actions"><button type="button" @click=${() => a.backToIntegration()}>${msg('Back to integration', { id: 'setup.back' })}</button></div>
  </section>`;
}
