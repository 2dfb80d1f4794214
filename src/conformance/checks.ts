/**
 * The conformance kit's checks: the contract's rules, each tried against a live server through
 * `HttpBackend`. A check passes only on the answer the contract asks for; a server that cannot be
 * brought to the state a check needs fails it with the reason (never a silent pass).
 */
import type { InputOf, OperationName, OutputOf } from '../schemas/contract.js';
import { MAX_IMPORT_BATCH } from '../schemas/limits.js';
import { attempt, backend, describeFailure, notError, undocumented, type ProbeOptions } from './probe.js';

export interface KitOptions extends ProbeOptions {
  /** The CRM account to import from (`--import-credentials email:key`). */
  credentials: { email: string; zscKey: string } | undefined;
}

export interface CheckResult {
  status: 'pass' | 'fail' | 'skip';
  detail: string;
}

export interface Check {
  name: string;
  run(options: KitOptions): Promise<CheckResult>;
}

const pass = (detail: string): CheckResult => ({ status: 'pass', detail });
const fail = (detail: string): CheckResult => ({ status: 'fail', detail });
const verdict = (why: string | undefined, ok: string): CheckResult => (why ? fail(why) : pass(ok));

const call = <K extends OperationName>(options: KitOptions, name: K, input: InputOf<K>, tamper: Parameters<typeof backend>[1] = {}) =>
  attempt(() => backend(options, tamper).call(name, input) as Promise<OutputOf<K>>);

/** A key no server has seen: the kit's own writes never replay another run's. */
const freshKey = (what: string) => `conformance-${what}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
/** Well-formed credentials no account has: every server must refuse them as not matching. */
const NOBODY = { email: 'conformance.nobody@example.com', zscKey: '00000000000000000000000000000000' };
/** Items that name no CRM user: importing them changes nothing (each answers `failed`). */
const ghostUsers = (n: number, roleId: string) =>
  Array.from({ length: n }, (_, i) => ({ crmUserId: `conformance-ghost-${i}`, roleId, projectId: null }));

/** A read answers its success shape, or (where allowed) an error the contract lists for it. */
function readCheck<K extends OperationName>(label: string, name: K, input: InputOf<K>, mustSucceed: boolean): Check {
  return {
    name: `shape ${label}`,
    async run(options) {
      const outcome = await call(options, name, input);
      if (outcome.ok) return pass('200 with the contract\'s shape');
      const why = undocumented(name, outcome.error);
      if (why) return fail(why);
      return mustSucceed ? fail(`every server must answer it; got ${describeFailure(outcome.error)}`)
        : pass(`answered ${outcome.error.status} '${outcome.error.code}', which the contract lists for ${name}`);
    },
  };
}

/** The import page's setup: an open session, a role to import with, a CRM user not in the portal yet. */
type ImportSetup =
  | { error: string }
  | { error?: undefined; sessionId: string; roleId: string; user: OutputOf<'lookupCrmUsers'>['users'][number] | undefined };

async function importSetup(options: KitOptions): Promise<ImportSetup> {
  if (!options.credentials) return { error: 'needs --import-credentials EMAIL:ZSCKEY (the CRM account to import from)' };
  const context = await call(options, 'getImportContext', {});
  if (!context.ok) return { error: `getImportContext: ${describeFailure(context.error)}` };
  const lookup = await call(options, 'lookupCrmUsers', options.credentials);
  if (!lookup.ok) return { error: `lookupCrmUsers with the given credentials: ${describeFailure(lookup.error)}` };
  const roleId = context.value.defaultRoleId;
  const user = lookup.value.users.find((u) => !u.inPortal && u.email);
  return { sessionId: lookup.value.sessionId, roleId, user };
}

export const CHECKS: readonly Check[] = [
  readCheck('getStatus', 'getStatus', {}, true),
  readCheck('getImportContext', 'getImportContext', {}, true),
  readCheck('getRecordAccess', 'getRecordAccess', {}, true),
  readCheck('listOwnPortals', 'listOwnPortals', {}, false),
  readCheck('listPortalProjects', 'listPortalProjects', {}, false),
  readCheck('getFieldMapping', 'getFieldMapping', {}, false),
  readCheck('getPermissions', 'getPermissions', {}, false),
  readCheck('listClients', 'listClients', {}, false),
  readCheck('listAccounts', 'listAccounts', {}, false),
  readCheck('getZscKey (crm)', 'getZscKey', { side: 'crm' }, false),
  readCheck('getZscKey (projects)', 'getZscKey', { side: 'projects' }, false),
  {
    name: 'authentication',
    async run(options) {
      if (!Object.keys(options.headers).length) return { status: 'skip', detail: 'no --header given: the server needs no authentication' };
      const outcome = await call(options, 'getStatus', {}, { anonymous: true });
      return verdict(notError(outcome, 'unauthenticated'), "a request without the host's headers gets 401 'unauthenticated'");
    },
  },
  {
    name: 'lookup opens an import session',
    async run(options) {
      const setup = await importSetup(options);
      if (setup.error !== undefined) return fail(setup.error);
      const accounts = await call(options, 'lookupCrmAccounts', options.credentials!);
      if (!accounts.ok) return fail(`lookupCrmAccounts: ${describeFailure(accounts.error)}`);
      const clients = await call(options, 'importClients', { sessionId: accounts.value.sessionId, items: [{ accountId: 'conformance-ghost' }] });
      if (!clients.ok) return fail(`importClients with the new session: ${describeFailure(clients.error)}`);
      return pass('lookupCrmUsers and lookupCrmAccounts answer a sessionId that importClients accepts');
    },
  },
  {
    name: 'wrong credentials',
    async run(options) {
      for (const name of ['lookupCrmUsers', 'lookupCrmAccounts'] as const) {
        const why = notError(await call(options, name, NOBODY), 'credentials-mismatch', 'zscKey');
        if (why) return fail(`${name}: ${why}`);
      }
      return pass("422 'credentials-mismatch' with fieldErrors.zscKey");
    },
  },
  {
    name: 'unknown import session',
    async run(options) {
      const sessionId = freshKey('session');
      const users = await call(options, 'importUsers', { sessionId, items: ghostUsers(1, 'conformance-role') });
      const why = notError(users, 'session-expired')
        ?? notError(await call(options, 'importClients', { sessionId, items: [{ accountId: 'conformance-ghost' }] }), 'session-expired');
      return verdict(why, "409 'session-expired' for a sessionId the server never gave");
    },
  },
  {
    name: 'invalid input',
    async run(options) {
      const outcome = await call(options, 'lookupCrmUsers', NOBODY, { body: { email: 'not-an-email', zscKey: NOBODY.zscKey } });
      return verdict(notError(outcome, 'invalid-input', 'email'), "422 'invalid-input' naming the field (fieldErrors.email)");
    },
  },
  {
    name: 'idempotent replay',
    async run(options) {
      const setup = await importSetup(options);
      if (setup.error !== undefined) return fail(setup.error);
      if (!setup.user) return fail('no CRM user left to import (every user is in the portal already): use a fresh test account');
      const input = { sessionId: setup.sessionId, items: [{ crmUserId: setup.user.id, roleId: setup.roleId, projectId: null }] };
      const key = freshKey('replay');
      const first = await call(options, 'importUsers', input, { idempotencyKey: key });
      if (!first.ok) return fail(`first send: ${describeFailure(first.error)}`);
      const result = first.value.results[0];
      if (result?.outcome !== 'imported') return fail(`first send did not import the user (${result?.outcome ?? 'no result'}: ${result?.reason ?? ''})`);
      const again = await call(options, 'importUsers', input, { idempotencyKey: key });
      if (!again.ok) return fail(`the same write with the same key: ${describeFailure(again.error)}`);
      if (JSON.stringify(again.value) !== JSON.stringify(first.value)) {
        return fail(`the same write with the same key answered differently (executed again?): ${again.value.results[0]?.outcome}`);
      }
      const later = await call(options, 'importUsers', input, { idempotencyKey: freshKey('replay-check') });
      if (!later.ok) return fail(`the same import with a new key: ${describeFailure(later.error)}`);
      const after = later.value.results[0];
      if (after?.outcome !== 'existing' || after.portalUserId !== result.portalUserId) {
        return fail(`the user was not imported exactly once: a new key then answered ${after?.outcome} ${after?.portalUserId ?? ''}`);
      }
      return pass('one key, two sends: one effect, the same answer');
    },
  },
  {
    name: 'reused idempotency key',
    async run(options) {
      const setup = await importSetup(options);
      if (setup.error !== undefined) return fail(setup.error);
      const key = freshKey('reuse');
      const first = await call(options, 'importUsers', { sessionId: setup.sessionId, items: ghostUsers(1, setup.roleId) }, { idempotencyKey: key });
      if (!first.ok) return fail(`first send: ${describeFailure(first.error)}`);
      const other = await call(options, 'importUsers', { sessionId: setup.sessionId, items: ghostUsers(2, setup.roleId) }, { idempotencyKey: key });
      return verdict(notError(other, 'idempotency-key-reused'), "the key with another body gets 422 'idempotency-key-reused'");
    },
  },
  {
    name: 'import batch limit',
    async run(options) {
      const setup = await importSetup(options);
      if (setup.error !== undefined) return fail(setup.error);
      const full = await call(options, 'importUsers', { sessionId: setup.sessionId, items: ghostUsers(MAX_IMPORT_BATCH, setup.roleId) });
      if (!full.ok) return fail(`a batch of ${MAX_IMPORT_BATCH} was refused: ${describeFailure(full.error)}`);
      const over = await call(options, 'importUsers', { sessionId: setup.sessionId, items: ghostUsers(MAX_IMPORT_BATCH + 1, setup.roleId) });
      return verdict(notError(over, 'invalid-input', 'items'), `${MAX_IMPORT_BATCH} items accepted, ${MAX_IMPORT_BATCH + 1} refused with 422 'invalid-input' (fieldErrors.items)`);
    },
  },
  {
    name: 'stale write',
    async run(options) {
      const doc = await call(options, 'getFieldMapping', {});
      if (!doc.ok) return fail(`needs an integration with a portal (getFieldMapping: ${describeFailure(doc.error)})`);
      const stale = doc.value.version > 0 ? doc.value.version - 1 : doc.value.version + 1;
      const save = await call(options, 'saveFieldMapping', { mapping: doc.value.mapping, version: stale });
      return verdict(notError(save, 'version-conflict'), "saveFieldMapping with a version that is not the current one gets 409 'version-conflict'");
    },
  },
];
