import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { IntegrationStatus, SetupStep } from '../../schemas/entities.js';
import { SETUP_STEPS, SETUP_STEP_LABELS, stepState, type StepState } from '../../store/slices/setup.js';
import { formatNumber } from '../../i18n/format.js';
import { stepStateText } from './setup-texts.js';

/** The four steps, numbered, with their state; the ones that can be opened are buttons. */
export function renderStepList(status: IntegrationStatus, current: SetupStep, finishing: boolean, goTo: (step: SetupStep) => void): TemplateResult {
  return html`<nav aria-label=${msg('Setup steps', { id: 'setup.steps' })} part="steps">
    <ol class="steps">
      ${SETUP_STEPS.map((step, i) => {
        const state: StepState = finishing ? (step === current ? 'current' : 'complete') : stepState(status, step, current);
        const label = html`<span class="num" aria-hidden="true">${state === 'complete' ? '✓' : formatNumber(i + 1)}</span>
          <span class="label">${SETUP_STEP_LABELS[step]}</span><span class="visually-hidden">${stepStateText(state)}</span>`;
        // Steps that cannot be opened (yet, or while finishing) are text, not buttons.
        const clickable = !finishing && state !== 'locked';
        return html`<li class="step ${state}">${clickable
          ? html`<button type="button" class="step-item" aria-current=${state === 'current' ? 'step' : nothing}
              @click=${() => goTo(step)}>${label}</button>`
          : html`<span class="step-item" aria-current=${state === 'current' ? 'step' : nothing}>${label}</span>`}</li>`;
      })}
    </ol>
  </nav>`;
}
