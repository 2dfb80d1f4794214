/**
 * A host that makes its backend object again on every render (React creating it during
 * render) hands the element a new but equivalent object each time: the user's work stays.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register/crm-user-import.js';
import type { CrmUserImport } from '../../src/elements/crm-user-import/crm-user-import.js';
import type { ProjectsImportBackend } from '../../src/adapters/backend.js';
import { CRM_IMPORT_ACCOUNT } from '../../mocks/credentials.js';
import { fakeServer, fastBackend, until } from '../helpers.js';
import { typeInto } from '../dom.js';

const q = <T extends Element = HTMLElement>(el: CrmUserImport, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const click = (el: CrmUserImport, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name)!.click();

/** What a React component body does: a fresh object of the same methods, every render. */
function renderBackend(calls: string[], label: string): ProjectsImportBackend {
  const http = fastBackend();
  const via = <K extends keyof ProjectsImportBackend>(name: K) =>
    ((input: never, options: never) => {
      calls.push(`${label}:${name}`);
      return (http[name] as (i: never, o: never) => Promise<unknown>)(input, options);
    }) as ProjectsImportBackend[K];
  return {
    getImportContext: via('getImportContext'),
    lookupCrmUsers: via('lookupCrmUsers'),
    lookupCrmAccounts: via('lookupCrmAccounts'),
    importUsers: via('importUsers'),
    importClients: via('importClients'),
  };
}

/** Types the demo CRM account's credentials and asks for the next step. */
function enterCredentials(el: CrmUserImport): void {
  typeInto(q<HTMLInputElement>(el, '#email')!, CRM_IMPORT_ACCOUNT.email);
  typeInto(q<HTMLInputElement>(el, '#zsc-key')!, CRM_IMPORT_ACCOUNT.zscKey);
  click(el, 'Next Step');
}

describe('<crm-user-import> given a new equivalent backend', function () {
  this.timeout(30_000);

  it('keeps the step and the results, and sends later calls to the new object', async () => {
    const { server } = await fakeServer('fresh');
    const calls: string[] = [];
    const el = await fixture<CrmUserImport>(html`<crm-user-import .backend=${renderBackend(calls, 'first')}></crm-user-import>`);
    await until(() => q(el, '#email'), 5_000, 'the credentials step');
    enterCredentials(el);
    await until(() => q(el, '#review-title'), 10_000, 'the review step');
    click(el, 'Select all');
    await el.updateComplete;
    click(el, 'Import Users Now');
    await until(() => q(el, '#results-title'), 10_000, 'the results');
    const summary = q(el, '[part=summary]')!.textContent!.replace(/\s+/g, ' ');

    // The host re-renders (e.g. a state update in its zp-import-complete handler).
    el.backend = renderBackend(calls, 'second');
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '#results-title')).to.not.equal(null);
    expect(q(el, '[part=summary]')!.textContent!.replace(/\s+/g, ' ')).to.equal(summary);
    expect(calls.filter((c) => c.startsWith('second'))).to.deep.equal([]); // nothing loaded again

    click(el, 'Back to the list');
    await el.updateComplete;
    click(el, 'Change the ZSC Ticket');
    await el.updateComplete;
    enterCredentials(el);
    await until(() => q(el, '#review-title'), 10_000, 'the review step again');
    expect(calls.at(-1)).to.equal('second:lookupCrmUsers');
    expect(server.log.filter((e) => e.operation === 'getImportContext')).to.have.length(1);
  });

  it('starts over with a backend of other operations', async () => {
    await fakeServer('fresh');
    const calls: string[] = [];
    const el = await fixture<CrmUserImport>(html`<crm-user-import .backend=${renderBackend(calls, 'first')}></crm-user-import>`);
    await until(() => q(el, '#email'), 5_000, 'the credentials step');
    enterCredentials(el);
    await until(() => q(el, '#review-title'), 10_000, 'the review step');
    el.backend = fastBackend();
    await until(() => q(el, '#email'), 5_000, 'the credentials step of a new store');
  });
});
