/**
 * The elements' main flows through `HttpBackend` over real HTTP: the fake server runs in the test
 * runner's Node process (scripts/wtr-fake-api.mjs, the same FakeServer as `npm run serve:api`),
 * and this page never starts MSW, so every request is a real one, with real timeouts and aborts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register/crm-user-import.js';
import '../../src/register/zoho-projects-setup.js';
import { HttpBackend } from '../../src/adapters/http-backend.js';
import { CRM_IMPORT_ACCOUNT } from '../../mocks/credentials.js';
import { expectBackendError, until } from '../helpers.js';
import { root, text, button, typeInto, choose } from '../dom.js';

interface NodeLog {
  log: { operation: string; idempotencyKey: string | null; replayed: boolean }[];
  stats: { portalUsersCreated: number; requests: number };
}

/** A fresh fake server in the runner's Node process; its base URL on this page's origin. */
async function nodeServer(scenario = 'fresh', latencyMs = 0): Promise<{ baseUrl: string; seen: () => Promise<NodeLog> }> {
  const response = await fetch(`/fake-api/servers?scenario=${scenario}&latencyMs=${latencyMs}`, { method: 'POST' });
  const { baseUrl } = (await response.json()) as { baseUrl: string };
  return { baseUrl, seen: async () => (await (await fetch(`${baseUrl}/__log`)).json()) as NodeLog };
}

const ops = (seen: NodeLog, operation: string) => seen.log.filter((e) => e.operation === operation);

function click(el: Element, name: string): void {
  const b = button(el, name);
  if (!b) throw new Error(`No button "${name}" in: ${text(el).slice(0, 300)}`);
  b.click();
}

describe('the fake server over real HTTP (no service worker)', () => {
  it('this page runs no MSW: the requests reach the Node process', async () => {
    const api = await nodeServer('active');
    const status = await new HttpBackend({ baseUrl: api.baseUrl }).getStatus({});
    expect(status.state).to.equal('active');
    expect(ops(await api.seen(), 'getStatus')).to.have.length(1);
  });

  it('<crm-user-import>: lookup and import, with the contract\'s errors and one effect per user', async () => {
    const api = await nodeServer('fresh');
    const el = await fixture(html`<crm-user-import api-base=${api.baseUrl}></crm-user-import>`);
    await until(() => root(el).querySelector('#email'), 5_000, 'the credentials step');
    // A wrong key: 422 credentials-mismatch, shown at the form.
    typeInto(root(el).querySelector<HTMLInputElement>('#email')!, CRM_IMPORT_ACCOUNT.email);
    typeInto(root(el).querySelector<HTMLInputElement>('#zsc-key')!, 'ffffffffffffffffffffffffffffffff');
    click(el, 'Next Step');
    await until(() => text(el).includes('The email address and ZSC key do not match.'), 5_000, 'the mismatch message');
    typeInto(root(el).querySelector<HTMLInputElement>('#zsc-key')!, CRM_IMPORT_ACCOUNT.zscKey);
    click(el, 'Next Step');
    await until(() => root(el).querySelector('#review-title'), 10_000, 'the review step');
    const rowOf = (name: string) => [...root(el).querySelectorAll('.vbody [role=row]')].find((r) => r.querySelector('.c-name')?.textContent?.includes(name));
    // Importable users start selected: keep just these two.
    click(el, 'Select none');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    for (const name of ['Dmitri Álvarez', 'Eun-ji Álvarez']) rowOf(name)!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    click(el, 'Import Users Now');
    await until(() => root(el).querySelector('#results-title'), 10_000, 'the results');
    await until(() => text(el).includes('2 imported'), 5_000, 'the summary');
    expect(rowOf('Dmitri Álvarez')!.querySelector('.c-result')!.textContent!.trim()).to.equal('Imported');

    const seen = await api.seen();
    expect(ops(seen, 'lookupCrmUsers')).to.have.length(2);
    const imports = ops(seen, 'importUsers');
    expect(imports).to.have.length(1);
    expect(imports[0]!.idempotencyKey, 'a write carries its Idempotency-Key').to.be.a('string').and.not.empty;
    expect(seen.stats.portalUsersCreated).to.equal(2);
  });

  it('<zoho-projects-setup>: "Get Started", then a portal saved', async () => {
    const api = await nodeServer('fresh');
    const el = await fixture(html`<zoho-projects-setup api-base=${api.baseUrl}></zoho-projects-setup>`);
    await until(() => button(el, 'Get Started'), 5_000, '"Get Started"');
    click(el, 'Get Started');
    await until(() => root(el).querySelector('select option[value="portal-own-2"]'), 10_000, 'the own portals');
    choose(root(el).querySelector<HTMLSelectElement>('select')!, 'portal-own-2');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    click(el, 'Save');
    await until(() => text(el).includes('Portal “Acme Field Services” saved.'), 10_000, 'the saved message');

    const seen = await api.seen();
    expect(ops(seen, 'startSetup')).to.have.length(1);
    expect(ops(seen, 'associatePortal')).to.have.length(1);
    const status = await new HttpBackend({ baseUrl: api.baseUrl }).getStatus({});
    expect(status.portal).to.include({ id: 'portal-own-2', source: 'own' });
  });

  it('a real timeout: a server slower than the time limit', async () => {
    const api = await nodeServer('fresh', 3_000);
    const backend = new HttpBackend({ baseUrl: api.baseUrl, timeoutMs: 300, readRetries: 0 });
    const started = performance.now();
    await expectBackendError(backend.getStatus({}), 'timeout');
    expect(performance.now() - started).to.be.below(2_500);
  });

  it('a real abort: the caller cancels a request in flight', async () => {
    const api = await nodeServer('fresh', 3_000);
    const backend = new HttpBackend({ baseUrl: api.baseUrl, readRetries: 0 });
    const controller = new AbortController();
    const started = performance.now();
    const call = backend.listOwnPortals({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expectBackendError(call, 'aborted');
    expect(performance.now() - started).to.be.below(2_500);
  });

  it("answers the contract's errors: status, code and fields", async () => {
    const api = await nodeServer('fresh');
    const backend = new HttpBackend({ baseUrl: api.baseUrl });
    const mismatch = await expectBackendError(backend.lookupCrmUsers({ email: CRM_IMPORT_ACCOUNT.email, zscKey: '0'.repeat(32) }), 'invalid-input');
    expect([mismatch.status, mismatch.code]).to.deep.equal([422, 'credentials-mismatch']);
    expect(mismatch.fieldErrors).to.have.property('zscKey');
    const session = await expectBackendError(backend.importUsers({ sessionId: 'never-opened', items: [] }), 'conflict');
    expect([session.status, session.code]).to.deep.equal([409, 'session-expired']);
  });
});
