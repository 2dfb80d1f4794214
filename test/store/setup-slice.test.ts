import { expect } from '@open-wc/testing';
import type { IntegrationStatus, SetupStep } from '../../src/schemas/entities.js';
import {
  SETUP_STEPS, SETUP_STEP_LABELS, canOpenStep, firstOpenStep, nextStep, setupView, shownStep, stepState, trialDaysLeft,
} from '../../src/store/slices/setup.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { OTHER_PORTAL_OWNER } from '../../mocks/credentials.js';
import { fakeServer, fastBackend } from '../helpers.js';

const status = (over: Partial<IntegrationStatus> = {}): IntegrationStatus => ({
  state: 'configuring', isAdmin: true, edition: 'enterprise', trial: null, portal: null,
  completedSteps: [], clientMapping: 'pending', ...over,
});
const done = (...steps: SetupStep[]) => status({ completedSteps: steps });

describe('setup slice: pure helpers', () => {
  it('names the four steps in order', () => {
    expect(SETUP_STEPS.map((s) => SETUP_STEP_LABELS[s])).to.deep.equal([
      'Portal configuration', 'Field mapping', 'Permissions for CRM users', 'Client account mapping',
    ]);
    expect(nextStep('portal')).to.equal('fields');
    expect(nextStep('clients')).to.equal(null);
  });

  it('opens a step only when every step before it is done', () => {
    expect(canOpenStep(done(), 'portal')).to.equal(true);
    expect(canOpenStep(done(), 'fields')).to.equal(false);
    expect(canOpenStep(done('portal'), 'fields')).to.equal(true);
    expect(canOpenStep(done('portal'), 'permissions')).to.equal(false);
    // Done out of order does not unlock what follows a missing step.
    expect(canOpenStep(done('portal', 'permissions'), 'clients')).to.equal(false);
    expect(firstOpenStep(done('portal', 'fields'))).to.equal('permissions');
    expect(firstOpenStep(done(...SETUP_STEPS))).to.equal(null);
  });

  it('shows the asked step when allowed, else the first step not done (no skipping)', () => {
    expect(shownStep(done(), null)).to.equal('portal');
    expect(shownStep(done(), 'clients')).to.equal('portal');
    expect(shownStep(done('portal', 'fields'), 'portal')).to.equal('portal');
    expect(shownStep(done('portal', 'fields'), 'clients')).to.equal('permissions');
    expect(shownStep(done(...SETUP_STEPS), null)).to.equal('clients');
  });

  it('marks each step of the list', () => {
    const s = done('portal');
    expect(SETUP_STEPS.map((step) => stepState(s, step, 'fields'))).to.deep.equal(['complete', 'current', 'locked', 'locked']);
    expect(SETUP_STEPS.map((step) => stepState(done('portal', 'fields'), step, 'portal')))
      .to.deep.equal(['current', 'complete', 'available', 'locked']);
  });

  it('derives the view from the status flags', () => {
    expect(setupView(status({ isAdmin: false, state: 'active' }))).to.equal('not-admin');
    expect(setupView(status({ state: 'not-enabled' }))).to.equal('not-enabled');
    const free = { edition: 'free' as const, state: 'not-enabled' as const };
    expect(setupView(status({ ...free, trial: { state: 'not-started', daysLeft: 0, endsAt: null } }))).to.equal('trial-offer');
    expect(setupView(status({ ...free, trial: { state: 'active', daysLeft: 3, endsAt: '2026-12-01' } }))).to.equal('not-enabled');
    expect(setupView(status({ edition: 'free', state: 'active', trial: { state: 'expired', daysLeft: 0, endsAt: '2026-10-01' } }))).to.equal('trial-expired');
    expect(setupView(status({ state: 'key-invalid' }))).to.equal('key-invalid');
  });

  it('tells the days left only while a Free Edition trial runs', () => {
    expect(trialDaysLeft(status())).to.equal(null);
    expect(trialDaysLeft(status({ edition: 'free', trial: { state: 'active', daysLeft: 9, endsAt: '2026-11-30' } }))).to.equal(9);
    expect(trialDaysLeft(status({ edition: 'free', trial: { state: 'expired', daysLeft: 0, endsAt: '2026-10-01' } }))).to.equal(null);
  });
});

describe('setup slice: actions against the fake server', () => {
  it("finds another user's portals without keeping the key, and forgets them on demand", async () => {
    await fakeServer('fresh');
    const store = new IntegrationStore(fastBackend());
    const found = await store.setup.lookupOtherPortals({ ...OTHER_PORTAL_OWNER });
    expect(found.ok).to.equal(true);
    expect(store.state.setup.otherPortals?.map((p) => p.name)).to.deep.equal(['Owner Portal One', 'Owner Portal Two']);
    expect(JSON.stringify(store.state)).not.to.contain(OTHER_PORTAL_OWNER.zscKey);
    store.setup.clearOtherPortals();
    expect(store.state.setup.otherPortals).to.equal(null);
    expect(store.state.setup.otherPortalsEmail).to.equal(null);
  });

  it('a wrong key/email pair is an invalid-input error on the key field', async () => {
    await fakeServer('fresh');
    const store = new IntegrationStore(fastBackend());
    const result = await store.setup.lookupOtherPortals({ email: OTHER_PORTAL_OWNER.email, zscKey: 'a'.repeat(32) });
    expect(result.ok).to.equal(false);
    const error = store.request('lookupOtherPortals').error!;
    expect(error.kind).to.equal('invalid-input');
    expect(error.fieldErrors['zscKey']).to.contain('do not match');
    expect(store.state.setup.otherPortals).to.equal(null);
  });

  it('associates a portal once; the whole flow ends active; deactivating allows another portal', async () => {
    const { server } = await fakeServer('fresh');
    const store = new IntegrationStore(fastBackend());
    await store.setup.load();
    await store.setup.startSetup();
    const [a, b] = await Promise.all([
      store.setup.associatePortal('portal-own-1', 'own'),
      store.setup.associatePortal('portal-own-1', 'own'),
    ]);
    expect(a).to.equal(b);
    expect(server.log.filter((e) => e.operation === 'associatePortal')).to.have.length(1);
    expect(store.state.setup.status?.completedSteps).to.deep.equal(['portal']);
    await store.fieldMapping.load();
    await store.fieldMapping.save(store.state.fieldMapping.doc!.mapping);
    await store.permissions.load();
    await store.permissions.save([]);
    await store.clientMapping.skip();
    expect(store.state.setup.status).to.include({ state: 'active', clientMapping: 'skipped' });
    await store.setup.deactivate();
    expect(store.state.setup.status).to.include({ state: 'not-enabled', portal: null, clientMapping: 'pending' });
    await store.setup.startSetup();
    const again = await store.setup.associatePortal('portal-own-2', 'own');
    expect(again.ok).to.equal(true);
    expect(store.state.setup.status?.portal?.name).to.equal('Acme Field Services');
  });
});
