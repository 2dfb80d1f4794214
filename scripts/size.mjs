#!/usr/bin/env node
import { readdirSync, readFileSync } from 'node:fs';
// npm run size: gzipped sizes of what a host ships, a per-package breakdown of the single-file
// bundle, zod vs zod/mini, and the budgets (exit 1 when one is broken).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
import { typescript } from './rollup-esbuild-plugin.mjs';
import { englishTextBytes, thirdPartyBytes } from './size-floor.mjs';
import { nameFailedLocaleImports, templateTagsPerLocale, terserOptions } from '../rollup.config.mjs';

const TAGS = readdirSync('src/register').map((f) => f.replace(/\.ts$/, '')).sort();
// The spec's target (SPEC §7): what a page loads for its element (its entry). Not met yet: reported
// as OVER, and enforced only with --strict. (The whole library's 40 KB target, set for five elements,
// is retired with nine: the whole library has its ceiling only.)
const BUDGET_ELEMENT = 25 * 1024;
// Ceilings (size-ceilings.json, KB gzip): today's sizes plus a little. Always enforced, so the
// library cannot grow unnoticed while it is over the targets; lower them whenever a size drops.
const CEILINGS = JSON.parse(readFileSync('size-ceilings.json', 'utf8'));
const FORBIDDEN = /(node_modules\/(msw|axe-core|fast-check|@mswjs)\/|\/mocks\/|\/demo\/)/;

const VIRTUAL = {
  'virtual:core': `export { IntegrationStore } from './src/store/integration-store.ts';
export { StoreController } from './src/store/store-controller.ts';
export { HttpBackend } from './src/adapters/http-backend.ts';
export { LitElement, html, css } from 'lit';`,
};

function virtual() {
  return {
    name: 'virtual',
    resolveId: (id) => (id in VIRTUAL ? id : null),
    load: (id) => VIRTUAL[id] ?? null,
  };
}

function aliasZodToClassic() {
  return {
    name: 'zod-classic',
    async resolveId(source, importer) {
      if (source !== 'zod/mini') return null;
      return this.resolve('zod', importer, { skipSelf: true });
    },
  };
}

async function measure(input, { classicZod = false } = {}) {
  const bundle = await rollup({
    input,
    // As in the real bundle: the translation chunks import from the entry, which stays one file.
    preserveEntrySignatures: 'allow-extension',
    plugins: [virtual(), ...(classicZod ? [aliasZodToClassic()] : []), templateTagsPerLocale, nameFailedLocaleImports, typescript(), nodeResolve({ exportConditions: ['production'] })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser(terserOptions)] });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const chunk = chunks.find((o) => o.isEntry);
  const size = (code) => ({ bytes: gzipSync(code, { level: 9 }).length, raw: code.length });
  // Translations load on demand (one chunk per language), so they are not part of what every page loads.
  const isLocale = (o) => /\/locales\//.test(o.facadeModuleId ?? '');
  const locales = chunks.filter((o) => !o.isEntry && isLocale(o)).map((o) => ({
    name: o.facadeModuleId.match(/\/locales\/([a-z-]+)\//)[1], ...size(o.code),
  }));
  // Elements another element loads when it first needs them (the setup's steps), with what they share.
  const later = chunks.filter((o) => !o.isEntry && !isLocale(o));
  const onDemand = later.length ? { ...size(later.map((o) => o.code).join('\n')), count: later.length } : undefined;
  return { ...size(chunk.code), modules: chunk.modules, locales, onDemand };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
// --strict: the spec's targets fail too. --report: nothing but forbidden modules fails.
const strict = process.argv.includes('--strict');
const report = process.argv.includes('--report');
let failures = 0;
const row = (label, size, budget, ceilingKb) => {
  const over = budget && size.bytes > budget;
  const aboveCeiling = ceilingKb !== undefined && size.bytes > ceilingKb * 1024;
  if ((over && strict) || (aboveCeiling && !report)) failures++;
  const target = budget ? `   target ${kb(budget)}${over ? '  OVER' : ''}` : '';
  const ceiling = ceilingKb !== undefined ? `   ceiling ${ceilingKb} KB${aboveCeiling ? '  ABOVE CEILING' : ''}` : '';
  console.log(`  ${label.padEnd(44)} ${kb(size.bytes).padStart(9)} gzip  ${kb(size.raw).padStart(9)} min${target}${ceiling}`);
};

console.log('Sizes (minified with terser, gzip -9):');
const all = await measure('src/bundle.ts');
row('whole library (bundle.ts: all elements)', all, undefined, CEILINGS.library);
for (const l of all.locales) row(`  + translations ${l.name} (loaded on demand)`, l, undefined, CEILINGS.translations);
for (const tag of TAGS) {
  const entry = await measure(`src/register/${tag}.ts`);
  row(`element entry register/${tag}`, entry, BUDGET_ELEMENT, CEILINGS.elements[tag]);
  if (entry.onDemand) row(`  + its steps' elements, on demand (${entry.onDemand.count} files)`, entry.onDemand);
}
const core = await measure('virtual:core');
row('core: lit + zod/mini + store + HttpBackend', core);
const coreClassic = await measure('virtual:core', { classicZod: true });
row('core with classic zod instead of zod/mini', coreClassic);
const allClassic = await measure('src/bundle.ts', { classicZod: true });
row('whole library with classic zod', allClassic);

const floorThirdParty = await thirdPartyBytes(all.modules);
const floorText = englishTextBytes();
const floorRow = (label, bytes) => console.log(`  ${label.padEnd(66)} ${kb(bytes).padStart(9)}`);
console.log('\nFloor of the whole library, gzip (no implementation of this scope avoids it):');
floorRow('third-party code used (lit, zod/mini, @lit/localize, @lit/context)', floorThirdParty);
floorRow(`English text of the ${floorText.count} messages`, floorText.bytes);
floorRow(`together, before any element logic, markup, style, store or schema`, floorThirdParty + floorText.bytes);
floorRow('what all of that takes today', all.bytes - floorThirdParty - floorText.bytes);

console.log('\nWhole library by package (bytes after tree-shaking, before minification and gzip):');
const groups = new Map();
for (const [id, info] of Object.entries(all.modules)) {
  if (FORBIDDEN.test(id)) {
    failures++;
    console.log(`  FORBIDDEN module in bundle: ${id}`);
  }
  const m = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  const key = m ? m[1] : id.replace(/^.*?\/src\//, 'src/').replace(/\/[^/]+$/, '/');
  groups.set(key, (groups.get(key) ?? 0) + info.renderedLength);
}
for (const [key, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${key.padEnd(44)} ${kb(bytes).padStart(9)}`);

console.log(failures
  ? `\nsize check: ${failures} problem(s)`
  : `\nsize check: no forbidden module, nothing above its ceiling${strict ? ', every target met' : ' (targets not enforced without --strict)'}`);
process.exit(failures ? 1 : 0);
