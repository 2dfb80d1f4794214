// node scripts/walk.mjs BASE_URL OUT_DIR [filter]: the visual walk of the demo (docs/walk/).
// Every element of the demo, at a desktop (1280 × 900) and a phone (390 × 844) width, light and
// dark, English and German, plus the states the help pages' flows reach (the import's review list,
// the client mapping report). Each shot is one element's section of the page.
// It also reports what a reviewer would otherwise have to spot: the page scrolling sideways, the
// Events panel overlapping an element, text cut off with an ellipsis.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

const [base = 'http://localhost:8000', out = 'docs/walk', filter = ''] = process.argv.slice(2);
// PNG (the format the docs keep out of the package); WALK_SCALE=0.5 halves the pixels for docs/walk.
const scale = Number(process.env.WALK_SCALE ?? 1);
mkdirSync(out, { recursive: true });

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
// Each combination of width, theme and language appears; not every element in all eight.
const LOOKS = [
  ['desktop', 'light', 'en'], ['desktop', 'dark', 'de'], ['phone', 'light', 'de'], ['phone', 'dark', 'en'],
];
// The demo's "Import From CRM" credentials, as the demo page lists them (mocks/credentials.ts).
const CRM_IMPORT = { email: 'crm.admin@example.com', zscKey: '0a1b2c3d4e5f60718293a4b5c6d7e8f9' };

/** [file name, ?element=, scenario, what to do first (in the page)]. */
const SHOTS = [
  // The whole demo page as it opens (the viewport only): header, credentials, the Events panel beside or below.
  ['demo-page', '', 'fresh', null],
  ['setup', 'zoho-projects-setup', 'fresh', null],
  ['setup-active', 'zoho-projects-setup', 'active', null],
  ['field-mapper', 'field-mapper', 'active', null],
  ['profile-perms', 'profile-perms', 'active', null],
  ['client-account-mapper', 'client-account-mapper', 'active', null],
  ['client-account-mapper-report', 'client-account-mapper', 'large', 'preview'],
  ['crm-user-import-review', 'crm-user-import', 'fresh', 'lookup'],
  ['crm-user-import-clients', 'crm-user-import', 'fresh', 'lookup-clients'],
  ['projects-related-list', 'projects-related-list', 'record-pages', null],
  ['projects-tab', 'projects-tab', 'active', null],
  ['zsc-key-panel', 'zsc-key-panel', 'active', null],
  ['crm-client-info', 'crm-client-info', 'active', null],
];

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const findings = [];

for (const [name, element, scenario, action] of SHOTS) {
  if (filter && !name.includes(filter)) continue;
  for (const [size, theme, lang] of LOOKS) {
    const page = await browser.newPage();
    page.on('pageerror', (e) => findings.push(`${name} ${size} ${theme} ${lang}: page error ${e.message}`));
    await page.setViewport({ ...VIEWPORTS[size], deviceScaleFactor: scale });
    const query = new URLSearchParams({ scenario, ...(element ? { element } : {}), ...(theme === 'dark' ? { theme } : {}), ...(lang !== 'en' ? { lang } : {}) });
    await page.goto(`${base}/demo/index.html?${query}`, { waitUntil: 'networkidle0' });
    await sleep(1200);
    if (action) await page.evaluate(act, action, CRM_IMPORT);
    await sleep(1500);
    const problems = await page.evaluate(inspect);
    for (const p of problems) findings.push(`${name} ${size} ${theme} ${lang}: ${p}`);
    const section = element ? await page.$('#stage section.page') : null;
    const file = `${out}/${name}-${size}-${theme}-${lang}.png`;
    await (section ?? page).screenshot({ path: file });
    await page.close();
  }
}
await browser.close();
console.log(findings.length ? findings.join('\n') : 'No findings.');

// ---- in the page ----

/** Reaches a state: the import's review (users or accounts), or the mapping preview. */
async function act(action, creds) {
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  const until = async (get) => { for (let i = 0; i < 100; i++) { const v = get(); if (v) return v; await wait(100); } return null; };
  const el = document.querySelector('#stage section.page > :last-child');
  const root = el.shadowRoot;
  if (action === 'preview') {
    const b = await until(() => [...root.querySelectorAll('button')].find((x) => /dry run|Testlauf/.test(x.textContent)));
    b?.click();
    await until(() => root.querySelector('[part=report-table] [role=row]:not(.head)'));
    return;
  }
  if (action === 'lookup-clients') {
    (await until(() => root.querySelector('input[value=client-users]')))?.click();
    await wait(200);
  }
  const email = await until(() => root.querySelector('#email'));
  const key = root.querySelector('#zsc-key');
  const set = (input, value) => { input.value = value; input.dispatchEvent(new Event('input', { bubbles: true, composed: true })); };
  set(email, creds.email);
  set(key, creds.zscKey);
  [...root.querySelectorAll('button')].find((x) => x.type === 'submit' || /Next Step|Nächster Schritt/.test(x.textContent))?.click();
  await until(() => root.querySelector('#review-title'));
}

/** What a reviewer would flag: sideways scrolling, the Events panel over an element, cut-off text. */
function inspect() {
  const out = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > innerWidth) out.push(`the page scrolls sideways (${doc.scrollWidth} > ${innerWidth})`);
  const log = document.querySelector('.event-log').getBoundingClientRect();
  for (const section of document.querySelectorAll('#stage section.page')) {
    const r = section.getBoundingClientRect();
    const overlap = Math.min(r.right, log.right) - Math.max(r.left, log.left) > 0 && Math.min(r.bottom, log.bottom) - Math.max(r.top, log.top) > 0;
    if (overlap) out.push('the Events panel overlaps an element');
  }
  const cut = new Set();
  const walk = (root) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.shadowRoot) walk(node.shadowRoot);
      const s = getComputedStyle(node);
      if (node.classList.contains('visually-hidden') || node.getBoundingClientRect().width <= 1) continue;
      const clipsX = node.clientWidth && node.scrollWidth > node.clientWidth + 1 && s.overflowX !== 'auto' && s.overflowX !== 'scroll';
      const clipsY = node.clientHeight && node.scrollHeight > node.clientHeight + 1 && s.overflowY === 'hidden';
      if ((clipsX || clipsY) && node.textContent.trim() && node.children.length === 0) cut.add(`${node.localName}.${[...node.classList].join('.')} "${node.textContent.trim().slice(0, 40)}"`);
    }
  };
  walk(document);
  for (const c of cut) out.push(`cut off: ${c}`);
  return out;
}
