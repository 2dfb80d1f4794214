import type { SetupStep } from '../schemas/entities.js';
import { ZpEvent } from './zp-event.js';

export interface ZpStepChangeDetail {
  /** The step now shown. */
  step: SetupStep;
  /** The step shown before, or null when no step was shown. */
  previousStep: SetupStep | null;
  /** Steps done so far. */
  completedSteps: readonly SetupStep[];
}

/** Fired by `<zoho-projects-setup>` when the step it shows changes. */
export class ZpStepChangeEvent extends ZpEvent<ZpStepChangeDetail> {
  static readonly eventName = 'zp-step-change';
  constructor(detail: ZpStepChangeDetail) {
    super(ZpStepChangeEvent.eventName, { step: detail.step, previousStep: detail.previousStep, completedSteps: [...detail.completedSteps] });
  }
}
