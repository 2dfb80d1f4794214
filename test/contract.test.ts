/**
 * Contract test: every response of the fake server, in every scenario, validates
 * against its schema (HttpBackend validates each one). A request may be refused
 * (403 for a non-admin, 409 out of order, …) but never with a body that breaks the
 * contract — except the operations the `malformed` scenario breaks on purpose.
 */
import { expect } from '@open-wc/testing';
import { SCENARIO_NAMES, scenarioByName } from '../mocks/scenarios.js';
import { CRM_IMPORT_ACCOUNT, OTHER_PORTAL_OWNER } from '../mocks/credentials.js';
import { BackendError } from '../src/adapters/errors.js';
import type { OperationName } from '../src/schemas/contract.js';
import { fakeServer, fastBackend } from './helpers.js';

type Call = [OperationName, () => Promise<unknown>];

describe('contract: fake server responses validate in every scenario', function () {
  this.timeout(120_000);

  for (const name of SCENARIO_NAMES) {
    it(`scenario "${name}"`, async () => {
      const { server } = await fakeServer(name, { hangMs: 50 });
      const backend = fastBackend({ timeoutMs: 2_000, readRetries: 0 });
      const broken = new Set<OperationName>(scenarioByName(name).malformed ?? []);
      let sessionId = 'none';
      let firstUser = 'none';
      let firstAccount = 'none';
      let firstClient = 'none';
      let crmAccount = 'none';
      let firstProject = 'none';
      const calls: Call[] = [
        ['getStatus', () => backend.getStatus({})],
        ['startTrial', () => backend.startTrial({})],
        ['startSetup', () => backend.startSetup({})],
        ['listOwnPortals', () => backend.listOwnPortals({})],
        ['lookupOtherPortals', () => backend.lookupOtherPortals({ ...OTHER_PORTAL_OWNER })],
        ['createPortal', () => backend.createPortal({ name: 'Contract Test Portal' })],
        ['associatePortal', () => backend.associatePortal({ portalId: 'portal-own-1', source: 'own' })],
        ['getFieldMapping', () => backend.getFieldMapping({})],
        ['saveFieldMapping', async () => {
          const doc = server.db;
          return backend.saveFieldMapping({ mapping: doc.mapping, version: doc.mappingVersion });
        }],
        ['getPermissions', () => backend.getPermissions({})],
        ['savePermissions', () => backend.savePermissions({
          profiles: server.db.profiles.map((p) => ({ profileId: p.profileId, permissions: p.permissions })),
          version: server.db.permissionsVersion,
        })],
        ['listClients', async () => {
          const r = await backend.listClients({});
          firstClient = r.clients[0]?.id ?? 'none';
          return r;
        }],
        ['listAccounts', async () => {
          const r = await backend.listAccounts({});
          firstAccount = r.accounts.at(-1)?.id ?? 'none';
          return r;
        }],
        ['runClientMapping', () => backend.runClientMapping({ dryRun: true })],
        ['runClientMapping', () => backend.runClientMapping({ dryRun: false })],
        ['skipClientMapping', () => backend.skipClientMapping({})],
        ['mapClient', () => backend.mapClient({ clientId: firstClient, accountId: firstAccount })],
        ['unmapClient', () => backend.unmapClient({ clientId: firstClient })],
        ['updateKey', () => backend.updateKey({ ...OTHER_PORTAL_OWNER })],
        ['getImportContext', () => backend.getImportContext({})],
        ['lookupCrmUsers', async () => {
          const r = await backend.lookupCrmUsers({ ...CRM_IMPORT_ACCOUNT });
          sessionId = r.sessionId;
          firstUser = r.users.find((u) => !u.inPortal)?.id ?? 'none';
          return r;
        }],
        ['importUsers', () => backend.importUsers({ sessionId, items: [{ crmUserId: firstUser, roleId: 'role-employee', projectId: null }] })],
        ['lookupCrmAccounts', async () => {
          const r = await backend.lookupCrmAccounts({ ...CRM_IMPORT_ACCOUNT });
          sessionId = r.sessionId;
          crmAccount = r.accounts.at(-1)?.id ?? 'none';
          return r;
        }],
        ['importClients', () => backend.importClients({ sessionId, items: [{ accountId: crmAccount }] })],
        ['getRecordAccess', () => backend.getRecordAccess({})],
        ['listRecordProjects', async () => {
          const r = await backend.listRecordProjects({ module: 'deals', recordId: 'deal-1' });
          firstProject = r.projects[0]?.id ?? 'none';
          return r;
        }],
        ['getProjectForm', () => backend.getProjectForm({ module: 'accounts', recordId: 'acc-1' })],
        ['createRecordProject', () => backend.createRecordProject({
          module: 'deals', recordId: 'deal-2',
          values: {
            project_name: 'Contract Test Project',
            ...(server.db.projectsFields.some((f) => f.id === 'cf_cost_center') ? { cf_cost_center: 'CC-1' } : {}),
          },
        })],
        ['updateRecordProject', () => backend.updateRecordProject({
          module: 'deals', recordId: 'deal-1', projectId: firstProject, name: 'Renamed by the contract test', status: 'Active', startDate: null, endDate: null,
        })],
        ['deleteRecordProject', () => backend.deleteRecordProject({ module: 'deals', recordId: 'deal-1', projectId: firstProject })],
        ['listPortalProjects', async () => {
          const r = await backend.listPortalProjects({});
          firstProject = r.projects.find((p) => !p.link)?.id ?? firstProject;
          return r;
        }],
        ['getPortalProject', () => backend.getPortalProject({ projectId: firstProject })],
        ['listRecordChoices', () => backend.listRecordChoices({ module: 'deals' })],
        ['getPortalProjectForm', () => backend.getPortalProjectForm({})],
        ['createPortalProject', () => backend.createPortalProject({
          values: { project_name: 'Contract Test Tab Project', ...(server.db.projectsFields.some((f) => f.id === 'cf_cost_center') ? { cf_cost_center: 'CC-2' } : {}) },
        })],
        ['updatePortalProject', () => backend.updatePortalProject({
          projectId: firstProject,
          values: { project_name: 'Renamed in the tab', status: 'Active', ...(server.db.projectsFields.some((f) => f.id === 'cf_cost_center') ? { cf_cost_center: 'CC-3' } : {}) },
        })],
        ['deletePortalProject', () => backend.deletePortalProject({ projectId: firstProject })],
        ['getZscKey', () => backend.getZscKey({ side: 'crm' })],
        ['getZscKey', () => backend.getZscKey({ side: 'projects' })],
        ['generateZscKey', () => backend.generateZscKey({ side: 'crm' })],
        ['revealZscKey', () => backend.revealZscKey({ side: 'crm' })],
        ['regenerateZscKey', () => backend.regenerateZscKey({ side: 'crm' })],
        ['regenerateZscKey', () => backend.regenerateZscKey({ side: 'projects' })],
        ['getClientCrmInfo', () => backend.getClientCrmInfo({ clientId: 'client-12' })],
        ['deactivate', () => backend.deactivate({})],
      ];
      let answered = 0;
      for (const [op, call] of calls) {
        try {
          await call();
          expect(broken.has(op), `${op} should have broken the contract`).to.equal(false);
          answered++;
        } catch (error) {
          expect(error).to.be.instanceOf(BackendError);
          const e = error as BackendError;
          if (broken.has(op)) {
            expect(e.kind, `${op} in ${name}`).to.be.oneOf(['unexpected-response', 'forbidden', 'conflict', 'invalid-input']);
          } else {
            expect(e.kind, `${op} in ${name}: ${e.issues.join('; ')}`).to.not.equal('unexpected-response');
            answered++;
          }
        }
      }
      expect(answered).to.be.greaterThan(calls.length / 2);
    });
  }
});
