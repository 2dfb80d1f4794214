/** CRM-side integration status, portals, key update and deactivation. */
import { msg } from '@lit/localize';
import type { Credentials } from '../../schemas/inputs.js';
import type { IntegrationStatus, Portal, PortalSource, SetupStep } from '../../schemas/entities.js';
import { StatusActions } from './status.js';

export interface SetupState {
  readonly status: IntegrationStatus | null;
  readonly ownPortals: readonly Portal[] | null;
  /** Portals found under another user's email and key (the key itself is never kept). */
  readonly otherPortals: readonly Portal[] | null;
  readonly otherPortalsEmail: string | null;
}

export const initialSetupState: SetupState = {
  status: null, ownPortals: null, otherPortals: null, otherPortalsEmail: null,
};

export const SETUP_STEPS: readonly SetupStep[] = ['portal', 'fields', 'permissions', 'clients'];

/** The first step not completed yet: the furthest the user may go. */
export function firstOpenStep(status: IntegrationStatus): SetupStep | null {
  return SETUP_STEPS.find((s) => !status.completedSteps.includes(s)) ?? null;
}

/** A step can be opened when every step before it is complete. */
export function canOpenStep(status: IntegrationStatus, step: SetupStep): boolean {
  const index = SETUP_STEPS.indexOf(step);
  return SETUP_STEPS.slice(0, index).every((s) => status.completedSteps.includes(s));
}

/**
 * Visible names of the steps (the step list and the step headings), in the active locale:
 * each is read when it is shown.
 */
export const SETUP_STEP_LABELS: Readonly<Record<SetupStep, string>> = {
  get portal() { return msg('Portal configuration', { id: 'setup.step.portal' }); },
  get fields() { return msg('Field mapping', { id: 'setup.step.fields' }); },
  get permissions() { return msg('Permissions for CRM users', { id: 'setup.step.permissions' }); },
  get clients() { return msg('Client account mapping', { id: 'setup.step.clients' }); },
};

/** The step after `step`, or null after the last one. */
export function nextStep(step: SetupStep): SetupStep | null {
  return SETUP_STEPS[SETUP_STEPS.indexOf(step) + 1] ?? null;
}

/**
 * The step to show: the one the user asked for when every step before it is done,
 * otherwise the first one not done (a required step cannot be skipped); the last
 * step once all are done.
 */
export function shownStep(status: IntegrationStatus, requested: SetupStep | null): SetupStep {
  if (requested && canOpenStep(status, requested)) return requested;
  return firstOpenStep(status) ?? SETUP_STEPS[SETUP_STEPS.length - 1]!;
}

export type StepState = 'current' | 'complete' | 'available' | 'locked';

/** How the step list shows one step while `current` is open. */
export function stepState(status: IntegrationStatus, step: SetupStep, current: SetupStep): StepState {
  if (step === current) return 'current';
  if (status.completedSteps.includes(step)) return 'complete';
  return canOpenStep(status, step) ? 'available' : 'locked';
}

/** Days left of an active Free Edition trial, or null when no trial is running. */
export function trialDaysLeft(status: IntegrationStatus): number | null {
  return status.edition === 'free' && status.trial?.state === 'active' ? status.trial.daysLeft : null;
}

/** What an administrator can do right now, from the status flags. */
export type SetupView =
  | 'not-admin' | 'trial-offer' | 'trial-expired' | 'not-enabled' | 'configuring' | 'active' | 'key-invalid';

export function setupView(status: IntegrationStatus): SetupView {
  if (!status.isAdmin) return 'not-admin';
  if (status.edition === 'free' && status.trial?.state === 'expired') return 'trial-expired';
  if (status.edition === 'free' && status.trial?.state !== 'active' && status.state === 'not-enabled') return 'trial-offer';
  if (status.state === 'not-enabled') return 'not-enabled';
  return status.state;
}

/** The setup flow's writes; reading and refreshing the status is `StatusActions`. */
export class SetupActions extends StatusActions {
  startTrial() {
    return this.core.run('startTrial', {}, { onSuccess: this.setStatus });
  }

  startSetup() {
    return this.core.run('startSetup', {}, { onSuccess: this.setStatus });
  }

  loadOwnPortals() {
    return this.core.run('listOwnPortals', {}, {
      onSuccess: ({ portals }) => this.core.update('setup', (s) => ({ ...s, ownPortals: portals })),
    });
  }

  lookupOtherPortals(credentials: Credentials) {
    return this.core.run('lookupOtherPortals', credentials, {
      onSuccess: ({ portals }) =>
        this.core.update('setup', (s) => ({ ...s, otherPortals: portals, otherPortalsEmail: credentials.email.trim() })),
    });
  }

  /** Forgets another user's portals (their email or key was changed, or the step is done). */
  clearOtherPortals() {
    this.core.abort('lookupOtherPortals');
    this.core.clearError('lookupOtherPortals');
    this.core.update('setup', (s) => (s.otherPortals || s.otherPortalsEmail ? { ...s, otherPortals: null, otherPortalsEmail: null } : s));
  }

  createPortal(name: string) {
    return this.core.run('createPortal', { name }, {
      onSuccess: ({ portals }) => this.core.update('setup', (s) => ({ ...s, ownPortals: portals })),
    });
  }

  associatePortal(portalId: string, source: PortalSource, credentials?: Credentials) {
    return this.core.run('associatePortal', { portalId, source, ...(credentials ? { credentials } : {}) }, {
      onSuccess: (status) => {
        this.setStatus(status);
        // The portal is chosen: another user's portal list is not needed any more.
        this.core.update('setup', (s) => ({ ...s, otherPortals: null, otherPortalsEmail: null }));
      },
    });
  }

  updateKey(credentials: Credentials) {
    return this.core.run('updateKey', credentials, { onSuccess: this.setStatus });
  }

  deactivate() {
    return this.core.run('deactivate', {}, {
      onSuccess: (status) => {
        this.setStatus(status);
        // Everything tied to the old portal is gone with it.
        this.core.update('setup', (s) => ({ ...s, otherPortals: null, otherPortalsEmail: null }));
        this.core.update('fieldMapping', (s) => ({ ...s, doc: null }));
        this.core.update('permissions', (s) => ({ ...s, doc: null, lastSave: null }));
        this.core.update('clientMapping', (s) => ({ ...s, clients: null, report: null, preview: null }));
      },
    });
  }
}
