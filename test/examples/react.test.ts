/**
 * The React 19 host page (examples/react): loaded in an iframe as a host would serve it (its
 * main.tsx bundled by the examples plugin), running its own fake server: the frame is then the
 * worker's client for its own requests, whatever other test pages are open. The lookup and import
 * go through the real `<crm-user-import>`; the assertions read what React rendered from its state.
 */
import { expect } from '@open-wc/testing';
import { CRM_IMPORT_ACCOUNT } from '../../mocks/credentials.js';
import { fakeServer } from '../helpers.js';
import { buttonNamed, openFrame, selectNewRows, shadowText, submitCredentials, waitFor } from './frame.js';

describe('React 19 page (examples/react)', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement;
  let el: HTMLElement & { backend?: unknown; mode?: unknown };
  const doc = () => frame.contentDocument!;
  const count = (name: string) => doc().querySelector(`[data-count="${name}"]`)?.textContent?.trim();
  const lastEvent = () => doc().getElementById('last-event')?.textContent ?? '';

  before(async () => {
    // The worker must control this page before the frame loads, so it controls the frame too.
    await fakeServer('fresh');
    frame = await openFrame('/examples/react/index.html?scenario=fresh&latency=0');
    el = await waitFor(() => doc().querySelector<HTMLElement>('crm-user-import'), 'React to render <crm-user-import>', 20_000);
    await waitFor(() => el.shadowRoot?.querySelector('#email'), 'the credentials form');
  });

  after(() => frame.remove());

  it('passes backend as a property and batch-size as an attribute', () => {
    // React 19 sets a prop the element has as a property: never a "[object Object]" attribute.
    expect(el.hasAttribute('backend')).to.equal(false);
    expect(el.backend, 'backend property').to.be.an('object');
    expect((el.backend as Record<string, unknown>)['lookupCrmUsers']).to.be.a('function');
    expect(el.getAttribute('batch-size')).to.equal('50');
    expect([count('lookups'), count('imports'), count('errors')]).to.deep.equal(['0', '0', '0']);
  });

  it('keeps zp-error, zp-lookup-done and zp-import-complete in React state', async () => {
    // A key that does not belong to the email address: the lookup fails, the element fires zp-error.
    submitCredentials(el, { email: CRM_IMPORT_ACCOUNT.email, zscKey: 'ffffffffffffffffffffffffffffffff' });
    await waitFor(() => count('errors') === '1', 'React to count the zp-error');
    expect(lastEvent()).to.contain('lookupCrmUsers');
    expect(count('lookups')).to.equal('0');

    submitCredentials(el, CRM_IMPORT_ACCOUNT);
    await waitFor(() => buttonNamed(el, 'Import Users Now'), 'the review list');
    await waitFor(() => count('lookups') === '1', 'React to count the zp-lookup-done');
    expect(lastEvent()).to.match(/^Lookup: \d+ found, \d+ already in the portal\.$/);

    expect(await selectNewRows(el, 2)).to.equal(2);
    buttonNamed(el, 'Import Users Now')!.click();
    await waitFor(() => count('imports') === '1', 'React to count the zp-import-complete');
    expect(lastEvent()).to.equal('Import: 2 imported, 0 existing, 0 failed.');
    expect(shadowText(el)).to.match(/imported/i);
    expect(count('errors')).to.equal('1');
  });
});
