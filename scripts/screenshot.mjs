// node scripts/screenshot.mjs URL OUT.png [JS expression]: a headless Chromium screenshot of a page (for reviewing the demo).
import puppeteer from 'puppeteer-core';
const [url, out, evalExpr] = process.argv.slice(2);
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage();
p.on('console', (m) => console.log('console:', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror:', e.message));
await p.setViewport({ width: 1400, height: 1000 });
await p.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 1500));
if (evalExpr) console.log('eval:', JSON.stringify(await p.evaluate(evalExpr)));
await p.screenshot({ path: out, fullPage: true });
await b.close();
