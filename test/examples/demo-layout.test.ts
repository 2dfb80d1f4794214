/**
 * The demo page's layout, the first thing designers see (issue 17): at 1280 px the Events panel
 * sits beside the elements and never over them, even over `<crm-user-import>`'s wide review table;
 * at 390 px the page does not scroll sideways (the credentials table wraps).
 */
import { expect } from '@open-wc/testing';
import { CRM_IMPORT_ACCOUNT } from '../../mocks/credentials.js';
import { fakeServer } from '../helpers.js';
import { openFrame, submitCredentials, waitFor } from './frame.js';

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;

describe('demo page layout', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement | undefined;
  const doc = () => frame!.contentDocument!;

  before(async () => {
    await fakeServer('fresh');
  });

  afterEach(() => frame?.remove());

  it('1280 × 900: the Events panel does not cover <crm-user-import> or its review table', async () => {
    frame = await openFrame('/demo/index.html?element=crm-user-import', { width: 1280, height: 900 });
    const importer = await waitFor(() => doc().querySelector<HTMLElement>('#stage crm-user-import'), 'the element', 20_000);
    await waitFor(() => importer.shadowRoot?.querySelector('#email'), 'the credentials form', 20_000);
    submitCredentials(importer, CRM_IMPORT_ACCOUNT);
    const table = await waitFor(() => importer.shadowRoot!.querySelector<HTMLElement>('#user-table'), 'the review table', 20_000);
    const log = doc().querySelector<HTMLElement>('.event-log')!.getBoundingClientRect();
    for (const box of [importer, table, doc().querySelector<HTMLElement>('#stage section.page')!]) {
      expect(overlap(box.getBoundingClientRect(), log), `${box.localName}#${box.id} under the Events panel`).to.equal(false);
    }
    expect(doc().documentElement.scrollWidth).to.be.at.most(1280);
  });

  it('390 × 844: nothing makes the page scroll sideways; the credentials wrap', async () => {
    frame = await openFrame('/demo/index.html', { width: 390, height: 844 });
    await waitFor(() => doc().querySelector('#stage crm-user-import')?.shadowRoot?.querySelector('#email'), 'the demo', 20_000);
    await waitFor(() => doc().querySelectorAll('#credentials code').length >= 4 || undefined, 'the credentials');
    const widest = [...doc().querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > 390 + 1)
      .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
    expect(widest).to.deep.equal([]);
    expect(doc().documentElement.scrollWidth).to.be.at.most(390);
  });
});
