export { IntegrationStore, initialState } from './integration-store.js';
export { StoreController, type StoreHost, type StoreControllerOptions } from './store-controller.js';
export { storeContext } from './context.js';
export type { AppState } from './state.js';
export type { RequestKey, RequestState } from './store-core.js';
export type { StoreError, StoreErrorKind } from './errors.js';
export type { Result } from './result.js';
export {
  firstOpenStep, canOpenStep, setupView, SETUP_STEPS, SETUP_STEP_LABELS, nextStep, shownStep, stepState, trialDaysLeft,
  type SetupView, type StepState,
} from './slices/setup.js';
