#!/usr/bin/env node
// npm run bench [-- name ...]: runs each bench/<name>.bench.ts in headless Chromium against
// the fake server and prints its measurements. Numbers come from performance.now() in the page.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { mswWorkerMiddleware, plugins } from '../web-server.shared.mjs';

const only = process.argv.slice(2);
const names = readdirSync(new URL('../bench/', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((n) => !only.length || only.includes(n));

const server = await startDevServer({
  config: {
    rootDir: '.', port: 8765 + Math.floor(Math.random() * 500), nodeResolve: { exportConditions: ['production'] },
    middleware: [mswWorkerMiddleware], plugins,
  },
  readCliArgs: false, readFileConfig: false, logStartMessage: false,
});
const port = server.config.port;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const results = {};
let failed = 0;
try {
  for (const name of names) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const started = Date.now();
    await page.goto(`http://localhost:${port}/bench/runner.html?module=/bench/${name}.bench.ts`);
    await page.waitForFunction(() => window.__benchResult, { timeout: 300_000, polling: 200 });
    const result = await page.evaluate(() => window.__benchResult);
    await page.close();
    console.log(`\n${name}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (!result.ok) {
      failed++;
      console.log(`  FAILED: ${result.error}`);
      continue;
    }
    results[name] = result.values;
    for (const [k, v] of Object.entries(result.values)) {
      console.log(`  ${k.padEnd(48)} ${typeof v === 'number' ? (Number.isInteger(v) ? v : v.toFixed(2)) : v}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
mkdirSync(new URL('../bench-results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../bench-results/latest.json', import.meta.url), JSON.stringify(results, null, 2));
process.exit(failed ? 1 : 0);
