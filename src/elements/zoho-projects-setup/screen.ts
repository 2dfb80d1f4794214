/** What `<zoho-projects-setup>` shows, worked out from the status and the user's choices. */
import type { SetupStep } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { isNotPermitted, type StoreError } from '../../store/errors.js';
import { setupView, shownStep } from '../../store/slices/setup.js';
import type { ChildTag } from './child-loader.js';

/** One screen per state of the flow. */
export type Screen =
  | { kind: 'loading' }
  | { kind: 'load-error'; error: StoreError }
  | { kind: 'not-permitted' }
  | { kind: 'not-admin' }
  | { kind: 'trial-expired' }
  | { kind: 'get-started'; trialOffer: boolean }
  | { kind: 'steps'; step: SetupStep; finishing: boolean }
  | { kind: 'active' }
  | { kind: 'edit'; step: 'permissions' | 'clients' }
  | { kind: 'key-invalid' };

/** What the user chose: a step, the client report kept until "Finish", a part reopened. */
export interface ScreenChoice {
  step: SetupStep | null;
  finishing: boolean;
  editing: 'permissions' | 'clients' | null;
}

export function computeScreen(store: IntegrationStore | undefined, choice: ScreenChoice): Screen {
  const status = store?.state.setup.status;
  if (!store || !status) {
    const error = store?.request('getStatus').error;
    if (!error) return { kind: 'loading' };
    return isNotPermitted(error) ? { kind: 'not-permitted' } : { kind: 'load-error', error };
  }
  switch (setupView(status)) {
    case 'not-admin': return { kind: 'not-admin' };
    case 'trial-expired': return { kind: 'trial-expired' };
    case 'trial-offer': return { kind: 'get-started', trialOffer: true };
    case 'not-enabled': return { kind: 'get-started', trialOffer: false };
    case 'configuring': return { kind: 'steps', step: shownStep(status, choice.step), finishing: false };
    case 'key-invalid': return { kind: 'key-invalid' };
    case 'active':
      if (choice.finishing) return { kind: 'steps', step: 'clients', finishing: true };
      if (choice.editing) return { kind: 'edit', step: choice.editing };
      return { kind: 'active' };
  }
}

/** The step a screen shows (a setup step or a reopened part), if any. */
export const stepOf = (screen: Screen): SetupStep | null => (screen.kind === 'steps' || screen.kind === 'edit' ? screen.step : null);

/** The element a screen hosts, if any. */
export function hostedTag(screen: Screen): ChildTag | null {
  switch (stepOf(screen)) {
    case 'fields': return 'field-mapper';
    case 'permissions': return 'profile-perms';
    case 'clients': return 'client-account-mapper';
    default: return null;
  }
}

/** Changes when focus should move to the new screen's heading. */
export function screenKey(screen: Screen, childOpen: boolean): string {
  switch (screen.kind) {
    case 'steps': return `steps:${screen.step}${screen.finishing ? ':finishing' : childOpen ? ':open' : ''}`;
    case 'edit': return `edit:${screen.step}`;
    case 'get-started': return 'get-started';
    default: return screen.kind;
  }
}
