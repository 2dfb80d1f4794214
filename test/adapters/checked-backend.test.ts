/**
 * One contract on every path: a host's own backend object is held to the same contract as
 * HttpBackend. Its broken answers end in "unexpected response" with the paths in `zp-error`,
 * its thrown errors keep their message, and with the debug switch on both are logged (never a key).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register/crm-user-import.js';
import type { CrmUserImport } from '../../src/elements/crm-user-import/crm-user-import.js';
import type { ProjectsImportBackend } from '../../src/adapters/backend.js';
import type { ZpErrorDetail } from '../../src/events/zp-error.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { setDebug } from '../../src/debug.js';
import * as z from 'zod/mini';
import { describeIssues } from '../../src/adapters/contract-issues.js';
import { UserImportResult } from '../../src/schemas/entities.js';
import { CRM_IMPORT_ACCOUNT } from '../../mocks/credentials.js';
import { fakeServer, fastBackend, until } from '../helpers.js';
import { typeInto, text } from '../dom.js';

const button = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);

/** A host's object over the fake server, with some methods replaced. */
async function hostBackend(overrides: Partial<ProjectsImportBackend>): Promise<ProjectsImportBackend> {
  await fakeServer('fresh');
  const http = fastBackend();
  const forward: ProjectsImportBackend = {
    getImportContext: (input, options) => http.getImportContext(input, options),
    lookupCrmUsers: (input, options) => http.lookupCrmUsers(input, options),
    lookupCrmAccounts: (input, options) => http.lookupCrmAccounts(input, options),
    importUsers: (input, options) => http.importUsers(input, options),
    importClients: (input, options) => http.importClients(input, options),
  };
  return { ...forward, ...overrides };
}

async function mount(backend: ProjectsImportBackend): Promise<{ el: CrmUserImport; errors: ZpErrorDetail[] }> {
  const errors: ZpErrorDetail[] = [];
  const el = await fixture<CrmUserImport>(html`<crm-user-import .backend=${backend} @zp-error=${(e: CustomEvent<ZpErrorDetail>) => errors.push(e.detail)}></crm-user-import>`);
  return { el, errors };
}

/** Records console.warn while `fn` runs (the debug log), without letting it through. */
async function capturingWarnings(fn: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => { lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')); };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return lines;
}

describe('a host backend object is held to the contract', function () {
  this.timeout(30_000);
  afterEach(() => setDebug(true));

  it('roles: null shows "unexpected response" with Retry and fires zp-error with the path; Retry recovers', async () => {
    let broken = true;
    const backend = await hostBackend({});
    const http = backend.getImportContext;
    backend.getImportContext = async (input, options) => {
      const context = await http(input, options);
      return broken ? { ...context, roles: null as never } : context;
    };
    let mounted!: Awaited<ReturnType<typeof mount>>;
    const warnings = await capturingWarnings(async () => {
      mounted = await mount(backend);
      await until(() => mounted.el.shadowRoot!.querySelector('[part=error]'), 5_000, 'the error state');
    });
    const { el, errors } = mounted;
    expect(text(el)).to.contain('The server sent an unexpected response');
    expect(el.shadowRoot!.querySelector('#email')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ operation: 'getImportContext', kind: 'unexpected-response' });
    expect(errors[0]!.issues).to.deep.equal(['roles: expected array, received null']);
    // Development build: the problem is on the console, naming the operation, the path and the expectation.
    expect(warnings.join('\n')).to.contain('getImportContext').and.contain('roles: expected array, received null');

    broken = false;
    button(el, 'Retry')!.click();
    await until(() => el.shadowRoot!.querySelector('#email'), 5_000, 'the credentials step');
    expect(text(el)).to.not.contain('unexpected response');
  });

  it('a missing field says its path and what was expected', async () => {
    const backend = await hostBackend({});
    const http = backend.getImportContext;
    backend.getImportContext = async (input, options) => {
      const { isPortalAdmin: _dropped, ...rest } = await http(input, options);
      return rest as never;
    };
    let mounted!: Awaited<ReturnType<typeof mount>>;
    await capturingWarnings(async () => {
      mounted = await mount(backend);
      await until(() => mounted.errors.length, 5_000, 'zp-error');
    });
    expect(mounted.errors[0]!.issues).to.deep.equal(['isPortalAdmin: expected boolean, received undefined']);
  });

  it('an adapter\'s own Error reaches zp-error\'s message, without the ZSC key it was given', async () => {
    const backend = await hostBackend({
      lookupCrmUsers: async ({ zscKey }) => { throw new Error(`CRM proxy refused key ${zscKey}: 502 Bad Gateway`); },
    });
    let mounted!: Awaited<ReturnType<typeof mount>>;
    const warnings = await capturingWarnings(async () => {
      mounted = await mount(backend);
      const { el } = mounted;
      await until(() => el.shadowRoot!.querySelector('#email'), 5_000, 'the credentials step');
      typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('#email')!, CRM_IMPORT_ACCOUNT.email);
      typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('#zsc-key')!, CRM_IMPORT_ACCOUNT.zscKey);
      button(el, 'Next Step')!.click();
      await until(() => mounted.errors.length, 5_000, 'zp-error');
    });
    const { el, errors } = mounted;
    expect(errors[0]).to.include({ operation: 'lookupCrmUsers', kind: 'server', message: 'CRM proxy refused key [redacted]: 502 Bad Gateway' });
    await until(() => el.shadowRoot!.querySelector('[part=error]'), 5_000, 'the error on screen');
    expect(button(el, 'Next Step')!.disabled).to.equal(false);
    const logged = warnings.join('\n');
    expect(logged).to.contain('lookupCrmUsers').and.contain('502 Bad Gateway').and.contain('"zscKey":"[redacted]"');
    expect(logged).to.not.contain(CRM_IMPORT_ACCOUNT.zscKey);
    expect(JSON.stringify(errors)).to.not.contain(CRM_IMPORT_ACCOUNT.zscKey);
  });

  it('logs a broken lookup answer with the input redacted, and nothing once debug is off', async () => {
    const backend = await hostBackend({
      lookupCrmUsers: async () => ({ sessionId: 's-1', users: [{ id: 'u1', name: 'Ana', email: 'ana@example.com', profile: 'Standard', role: 'Staff', inPortal: 'no' as never }] }),
    });
    const store = new IntegrationStore(backend);
    const on = await capturingWarnings(async () => {
      const result = await store.userImport.lookupUsers({ ...CRM_IMPORT_ACCOUNT });
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error.issues).to.deep.equal(['users.0.inPortal: expected boolean, received string']);
    });
    expect(on.join('\n')).to.contain('lookupCrmUsers').and.contain('users.0.inPortal: expected boolean, received string')
      .and.contain('[redacted]');
    expect(on.join('\n')).to.not.contain(CRM_IMPORT_ACCOUNT.zscKey);

    setDebug(false);
    const off = await capturingWarnings(async () => {
      const result = await store.userImport.lookupUsers({ ...CRM_IMPORT_ACCOUNT });
      expect(result.ok).to.equal(false);
    });
    expect(off).to.deep.equal([]);
  });

  it('an HttpBackend answer is checked once, with the same wording', async () => {
    const { worker } = await fakeServer('fresh');
    const { http: mswHttp, HttpResponse } = await import('msw');
    worker.use(mswHttp.get('*/projects/import/context', () => HttpResponse.json({ isPortalAdmin: true, portalName: 'p', roles: null })));
    const store = new IntegrationStore(fastBackend());
    const warnings = await capturingWarnings(async () => {
      const result = await store.userImport.loadContext();
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error.issues).to.include('roles: expected array, received null');
    });
    // Logged once: by the store, from HttpBackend's own check (not parsed a second time).
    expect(warnings.filter((w) => w.includes('roles: expected array'))).to.have.length(1);
  });

  it('words each kind of contract break with its path and expectation, never a value', () => {
    const answer = { crmUserId: '', outcome: 'maybe', reason: 42, extra: 'x' };
    const parsed = z.safeParse(z.strictObject(UserImportResult.shape), answer);
    expect(parsed.success).to.equal(false);
    const lines = describeIssues(parsed.error!.issues, answer);
    expect(lines).to.include.members([
      'crmUserId: expected length >= 1',
      'outcome: expected "imported" | "existing" | "failed", received another string',
      'reason: expected string, received number',
      'portalUserId: expected string, received undefined',
      '(root): unexpected keys extra',
    ]);
    expect(lines.join('\n')).to.not.contain('maybe').and.not.contain('42');
  });
});
