import type { ReactiveController } from 'lit';
import type { SetupStep } from '../../schemas/entities.js';
import { ZpStepChangeEvent } from '../../events/zp-step-change.js';
import type { FormHost } from './form-support.js';
import { screenKey, stepOf, type Screen } from './screen.js';

/**
 * Follows the screen the setup shows: `zp-step-change` when the step changes, and focus on the
 * new screen's heading, but only once the user has acted (a click or a key inside the element,
 * its hosted elements included): never on page load.
 */
export class ScreenTracker implements ReactiveController {
  #interacted = false;
  #lastKey: string | undefined;
  #lastStep: SetupStep | null = null;

  constructor(
    private readonly host: FormHost,
    private readonly shown: () => { screen: Screen; childOpen: boolean; completedSteps: readonly SetupStep[] },
  ) {
    host.addController(this);
    const acted = () => this.acted();
    host.addEventListener('click', acted);
    host.addEventListener('keydown', acted);
  }

  /** The user did something (focus may follow the screen it leads to). */
  acted(): void {
    this.#interacted = true;
  }

  focusHeading(): void {
    const root = this.host.renderRoot;
    (root.querySelector<HTMLElement>('#step-title') ?? root.querySelector<HTMLElement>('#zp-title'))?.focus();
  }

  hostUpdated(): void {
    const { screen, childOpen, completedSteps } = this.shown();
    const step = stepOf(screen);
    if (step && step !== this.#lastStep) {
      this.host.dispatchEvent(new ZpStepChangeEvent({ step, previousStep: this.#lastStep, completedSteps }));
    }
    this.#lastStep = step;
    const key = screenKey(screen, childOpen);
    if (key !== this.#lastKey) {
      if (this.#interacted && this.#lastKey !== undefined) this.focusHeading();
      this.#lastKey = key;
    }
  }
}
