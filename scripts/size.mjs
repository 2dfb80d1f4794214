#!/usr/bin/env node
import { readdirSync } from 'node:fs';
// npm run size: gzipped sizes of what a host ships, a per-package breakdown of the single-file
// bundle, zod vs zod/mini, and the budgets (exit 1 when one is broken).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
import { typescript } from './rollup-esbuild-plugin.mjs';

const TAGS = readdirSync('src/register').map((f) => f.replace(/\.ts$/, '')).sort();
const BUDGET_ALL = 40 * 1024;
const BUDGET_ELEMENT = 25 * 1024;
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
    plugins: [virtual(), ...(classicZod ? [aliasZodToClassic()] : []), typescript(), nodeResolve({ exportConditions: ['production'] })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const chunk = chunks.find((o) => o.isEntry);
  const size = (code) => ({ bytes: gzipSync(code, { level: 9 }).length, raw: code.length });
  // Translations load on demand (one chunk per language), so they are not part of what every page loads.
  const locales = chunks.filter((o) => !o.isEntry).map((o) => ({
    name: o.facadeModuleId?.match(/\/locales\/([a-z-]+)\//)?.[1] ?? o.name, ...size(o.code),
  }));
  if (chunks.some((o) => !o.isEntry && !/\/locales\//.test(o.facadeModuleId ?? ''))) throw new Error(`${input}: unexpected extra chunk`);
  return { ...size(chunk.code), modules: chunk.modules, locales };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
// --report: print the budgets without failing on them (forbidden modules always fail).
const enforce = !process.argv.includes('--report');
let failures = 0;
const row = (label, size, budget) => {
  const over = budget && size.bytes > budget;
  if (over && enforce) failures++;
  console.log(`  ${label.padEnd(44)} ${kb(size.bytes).padStart(9)} gzip  ${kb(size.raw).padStart(9)} min${budget ? `   budget ${kb(budget)}${over ? '  OVER' : ''}` : ''}`);
};

console.log('Sizes (minified with terser, gzip -9):');
const all = await measure('src/bundle.ts');
row('whole library (bundle.ts: all elements)', all, BUDGET_ALL);
for (const l of all.locales) row(`  + translations ${l.name} (loaded on demand)`, l);
for (const tag of TAGS) row(`element entry register/${tag}`, await measure(`src/register/${tag}.ts`), BUDGET_ELEMENT);
const core = await measure('virtual:core');
row('core: lit + zod/mini + store + HttpBackend', core);
const coreClassic = await measure('virtual:core', { classicZod: true });
row('core with classic zod instead of zod/mini', coreClassic);
const allClassic = await measure('src/bundle.ts', { classicZod: true });
row('whole library with classic zod', allClassic);

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

console.log(failures ? `\nsize check: ${failures} problem(s)` : '\nsize check: within budget');
process.exit(failures ? 1 : 0);
