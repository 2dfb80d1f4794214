// The mapping report is read for its outcomes and reasons: at a desktop and a phone width, in the
// language with the longest words, every one is on screen in full (issue 17: they were cut off
// with an ellipsis at 1280 px).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '../viewport.js';
import '../../src/register/client-account-mapper.js';
import type { ClientAccountMapper } from '../../src/elements/client-account-mapper/client-account-mapper.js';
import { seed } from '../../mocks/seed.js';
import { API, fakeServer, until } from '../helpers.js';
import { useLocale } from '../i18n.js';

type El = ClientAccountMapper;

const all = (el: El, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** What of a report row's cell (or badge) is not on screen: wider than its box, ellipsis, or outside its row. */
function cutOff(node: HTMLElement, row: HTMLElement): string | null {
  const style = getComputedStyle(node);
  if (style.textOverflow === 'ellipsis' && style.overflow !== 'visible') return 'ellipsis';
  if (node.scrollWidth > node.clientWidth + 1) return `wider than its box (${node.scrollWidth} > ${node.clientWidth})`;
  const box = node.getBoundingClientRect();
  const rowBox = row.getBoundingClientRect();
  if (box.top < rowBox.top - 0.5 || box.bottom > rowBox.bottom + 0.5) return `outside its row (${box.top}–${box.bottom} in ${rowBox.top}–${rowBox.bottom})`;
  if (box.right > rowBox.right + 0.5) return 'past the row\'s right edge';
  return null;
}

async function openPreview(): Promise<El> {
  const { server } = await fakeServer('active');
  Object.assign(server.db, seed({ active: true, clientMapping: 'pending' }));
  const el = await fixture<El>(html`<client-account-mapper api-base=${API}></client-account-mapper>`);
  const preview = () => all(el, 'button').find((b) => /^(Preview \(dry run\)|Vorschau \(Testlauf\))$/.test(b.textContent!.trim()));
  await until(() => preview(), 5_000, 'the preview button');
  preview()!.click();
  await until(() => all(el, '[part="report-table"] [role="row"]:not(.head)').length === 12, 5_000, 'the report rows');
  return el;
}

describe('<client-account-mapper> report layout', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await useLocale('en');
  });

  for (const locale of ['en', 'de'] as const) {
    for (const [width, height, layout] of [[1280, 900, 'wide'], [390, 844, 'narrow']] as const) {
      it(`${locale}, ${width} px: every outcome, reason, client and account is readable in full (${layout} rows)`, async () => {
        await setViewport({ width, height });
        await useLocale(locale);
        const el = await openPreview();
        const rows = () => all(el, '[part="report-table"] [role="row"]:not(.head)');
        const problems = () => rows().flatMap((row) => [...row.querySelectorAll<HTMLElement>('[role="cell"]:not(.none), .badge')].map((cell) => {
          const problem = cutOff(cell, row);
          return problem ? `${cell.className} "${cell.textContent!.trim()}": ${problem}` : '';
        })).filter(Boolean);
        // The layout follows the element's width once it is known (a ResizeObserver): give it the time.
        await until(() => problems().length === 0, 3_000).catch(() => undefined);
        expect(problems()).to.deep.equal([]);
        expect(all(el, '[part="report-table"]')[0]!.classList.contains(layout)).to.equal(true);
        // The preview holds every kind of outcome, so every badge and reason text was measured.
        expect(rows()).to.have.length(12);
        expect(new Set(rows().map((row) => row.querySelector('.badge')!.className)).size).to.equal(4);
        // Nothing on the page reaches past its width (measured on the page's content: in WebKit
        // the window cannot be narrower than 447 px, so test/viewport.ts narrows the page instead).
        expect(document.body.scrollWidth).to.be.at.most(width);
        expect(el.getBoundingClientRect().right).to.be.at.most(width);
      });
    }
  }
});
