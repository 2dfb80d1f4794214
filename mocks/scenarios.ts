/** Named starting states of the fake server (SPEC section 5). */
import type { OperationName } from '../src/schemas/contract.js';
import type { SeedOptions } from './seed.js';

export type Fault = 'network' | 'server' | 'timeout';

export interface Scenario {
  name: string;
  description: string;
  seed: SeedOptions;
  /** Delay before every response, in ms. */
  latencyMs?: number;
  /** Decides, per request number (1-based, all operations counted), whether it fails. */
  fault?: (requestNumber: number, operation: OperationName) => Fault | null;
  /** Operations whose responses break the contract. */
  malformed?: readonly OperationName[];
}

const LARGE: SeedOptions = {
  active: true, crmUsers: 10_000, clients: 10_000, accounts: 50_000, customFields: 300, profiles: 100,
  importAccounts: 2_000, clientMapping: 'pending', portalProjects: 20_000,
};

export const SCENARIOS = {
  fresh: { name: 'fresh', description: 'Administrator, paid edition, integration not enabled', seed: {} },
  'free-edition': { name: 'free-edition', description: 'Free Edition: the 15-day trial can be started', seed: { edition: 'free', trial: 'not-started' } },
  'trial-expired': { name: 'trial-expired', description: 'Free Edition whose trial has ended', seed: { edition: 'free', trial: 'expired' } },
  'non-admin': { name: 'non-admin', description: 'Signed in as a user without administrator privileges', seed: { isAdmin: false, isPortalAdmin: false } },
  active: { name: 'active', description: 'Integration active with "Owner Portal One"', seed: { active: true } },
  'key-invalid': { name: 'key-invalid', description: "The portal owner's ZSC key was regenerated: the integration stopped working", seed: { active: true, keyInvalid: true } },
  'client-mapping-skipped': { name: 'client-mapping-skipped', description: 'Active; automatic client mapping was skipped', seed: { active: true, clientMapping: 'skipped' } },
  large: { name: 'large', description: '10,000 CRM users, 10,000 clients, 50,000 accounts, 300 custom fields, 100 profiles, 20,000 projects', seed: LARGE },
  slow: { name: 'slow', description: 'Like fresh, every response takes 2 s', seed: {}, latencyMs: 2000 },
  flaky: {
    name: 'flaky',
    description: 'Like fresh; every 3rd request fails (server error or dropped connection), every 7th hangs past the timeout',
    seed: {},
    fault: (n) => (n % 7 === 0 ? 'timeout' : n % 3 === 0 ? (n % 2 ? 'server' : 'network') : null),
  },
  malformed: {
    name: 'malformed',
    description: 'Like fresh; some responses break the contract',
    seed: {},
    malformed: ['listOwnPortals', 'lookupOtherPortals', 'getFieldMapping', 'getPermissions', 'listClients', 'runClientMapping', 'lookupCrmUsers', 'importUsers'],
  },
  'record-pages': {
    name: 'record-pages',
    description: 'Active, with a fuller field mapping (dates, amounts, picklists) and a Projects field made required after the mapping was saved',
    seed: { active: true, recordPages: true },
  },
  'restricted-profile': {
    name: 'restricted-profile',
    description: 'Active; the signed-in CRM user has the "Support Agent" profile, without Tab Visibility or View for projects',
    seed: { active: true, isAdmin: false, isPortalAdmin: false, currentProfile: 'Support Agent' },
  },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;
export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

export function scenarioByName(name: string | null | undefined): Scenario {
  return (SCENARIOS as Record<string, Scenario>)[name ?? ''] ?? SCENARIOS.fresh;
}
