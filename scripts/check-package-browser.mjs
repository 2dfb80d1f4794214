#!/usr/bin/env node
// Part of scripts/check-package.sh: loads an installed package's single-file bundle in headless
// Chromium and checks what a plain-HTML host sees: every tag registered under its class's own
// name (not a minified one), the bundle exporting exactly the main entry's names (nothing
// internal), and a translation loading from beside the bundle.
// Usage: node scripts/check-package-browser.mjs <installed package directory>
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const pkg = process.argv[2];
if (!pkg) throw new Error('usage: check-package-browser.mjs <package directory>');

const EXPECTED_CLASSES = {
  'client-account-mapper': 'ClientAccountMapper', 'crm-client-info': 'CrmClientInfo', 'crm-user-import': 'CrmUserImport',
  'field-mapper': 'FieldMapper', 'profile-perms': 'ProfilePerms', 'projects-related-list': 'ProjectsRelatedList', 'projects-tab': 'ProjectsTab',
  'zoho-projects-setup': 'ZohoProjectsSetup', 'zsc-key-panel': 'ZscKeyPanel',
};

/** The names dist/index.js exports (its closing `export { a, b as c }`). */
async function indexExports() {
  const code = await readFile(join(pkg, 'dist/index.js'), 'utf8');
  return [...code.matchAll(/export\s*\{([^}]*)\}/g)]
    .flatMap((m) => m[1].split(',').map((s) => s.trim().split(/\s+as\s+/).pop()))
    .filter(Boolean).sort();
}

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body></body></html>');
    return;
  }
  try {
    const body = await readFile(join(pkg, path));
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'],
});
const problems = [];
try {
  const page = await browser.newPage();
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${origin}/`);
  const seen = await page.evaluate(async (tags) => {
    const lib = await import('/dist/zoho-projects-widgets.bundle.js');
    const classes = Object.fromEntries(tags.map((t) => [t, customElements.get(t)?.name ?? null]));
    await lib.setLocale('de');
    return { classes, exports: Object.keys(lib).sort(), locale: lib.getLocale() };
  }, Object.keys(EXPECTED_CLASSES));
  for (const [tag, name] of Object.entries(EXPECTED_CLASSES)) {
    if (seen.classes[tag] !== name) problems.push(`customElements.get('${tag}').name is ${JSON.stringify(seen.classes[tag])}, expected ${name}`);
  }
  const expected = await indexExports();
  const stray = seen.exports.filter((n) => !expected.includes(n));
  const missing = expected.filter((n) => !seen.exports.includes(n));
  if (stray.length) problems.push(`the bundle exports names the main entry does not: ${stray.join(', ')}`);
  if (missing.length) problems.push(`the bundle lacks exports of the main entry: ${missing.join(', ')}`);
  if (seen.locale !== 'de') problems.push(`setLocale('de') left the locale at ${seen.locale}`);
  if (failed.length) problems.push(`failed requests: ${failed.join(', ')}`);
  if (!problems.length) {
    console.log(`bundle: ${Object.keys(EXPECTED_CLASSES).length} tags with their class names, ${seen.exports.length} exports, German loaded`);
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
