// npm run build: ES modules (one entry per element, side-effect-free main entry) with
// lit and zod left to the host's bundler, plus one self-contained minified bundle that
// registers the default tags. Types come from tsc (tsconfig.build.json).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { typescript } from './scripts/rollup-esbuild-plugin.mjs';
import { readdirSync, readFileSync } from 'node:fs';

/** `src/locales/de/index.ts` → `zoho-projects-widgets.locale-de.js` (stable names: hosts may preload them). */
export function bundleChunkName(chunk) {
  const locale = chunk.facadeModuleId?.match(/\/locales\/([a-z-]+)\/index\.ts$/)?.[1];
  return locale ? `zoho-projects-widgets.locale-${locale}.js` : 'zoho-projects-widgets.[name]-[hash].js';
}

/**
 * Minification of the single-file bundle (and of what `npm run size` measures). Class names are
 * kept: `customElements.get('crm-user-import').name` is `CrmUserImport`, and errors, events and
 * elements read as themselves in a host's devtools and logs.
 */
export const terserOptions = { module: true, keep_classnames: true, format: { comments: false } };

/**
 * The translation chunks of the single-file bundle import nothing: each gets its own copy of
 * src/locales/template-tags.ts (two one-line tags), instead of a third shared file beside them or
 * bindings the bundle would have to export.
 */
export const templateTagsPerLocale = {
  name: 'template-tags-per-locale',
  resolveId(source, importer) {
    const locale = importer?.match(/\/src\/locales\/([a-z-]+)\/[^/]+\.ts$/)?.[1];
    if (!locale || source !== '../template-tags.js') return null;
    return importer.replace(/\/[a-z-]+\/[^/]+\.ts$/, `/template-tags.${locale}.ts`);
  },
  load(id) {
    const m = id.match(/^(.*\/src\/locales\/template-tags)\.[a-z-]+\.ts$/);
    return m ? readFileSync(`${m[1]}.ts`, 'utf8') : null;
  },
};

/**
 * A translation chunk of the single-file bundle that cannot be loaded is named in the error, in
 * every engine: Chromium and Firefox put the URL in a failed dynamic import's message, WebKit does
 * not ("Importing a module script failed."), so the import appends the URL itself. Only the
 * single-file bundle: the ES modules keep plain `import('./locales/de.js')` for hosts' bundlers.
 */
export const nameFailedLocaleImports = {
  name: 'name-failed-locale-imports',
  renderDynamicImport({ targetModuleId }) {
    if (!/\/src\/locales\/[a-z-]+\/index\.ts$/.test(targetModuleId ?? '')) return null;
    return {
      left: '((u) => import(u).catch((e) => { throw new Error(`${e && e.message} (${new URL(u, import.meta.url).href})`, { cause: e }); }))(',
      right: ')',
    };
  },
};

export const TAGS = readdirSync('src/register').map((f) => f.replace(/\.ts$/, '')).sort();

// @lit/localize is bundled, not shared: it holds one configuration per copy, and a host that
// configures its own (a Lit app with its own translations) must not collide with ours.
const external = (id) => /^(lit|@lit\/(?!localize)|zod)(\/|$)/.test(id);

/** Nothing of the fake server or the demo may reach the library. */
const forbidOutsideSrc = {
  name: 'forbid-mocks-and-demo',
  resolveId(source, importer) {
    if (/(^|\/)(mocks|demo|msw)(\/|$)/.test(source) && importer) {
      this.error(`${importer} imports ${source}: mocks, demo and msw must not enter the library`);
    }
    return null;
  },
};

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      // Types only (JSX of every tag): an empty module, so that importing the entry works at run time too.
      react: 'src/react.ts',
      ...Object.fromEntries(TAGS.map((t) => [t, `src/register/${t}.ts`])),
    },
    external,
    // dist/react.js is empty on purpose (see the input above).
    onwarn: (warning, warn) => (warning.code === 'EMPTY_BUNDLE' && warning.names?.includes('react') ? undefined : warn(warning)),
    plugins: [forbidOutsideSrc, typescript(), nodeResolve()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      chunkFileNames: (chunk) => (/\/locales\/[a-z-]+\/index\.ts$/.test(chunk.facadeModuleId ?? '')
        ? `locales/${chunk.facadeModuleId.match(/\/locales\/([a-z-]+)\//)[1]}.js` : 'chunks/[name]-[hash].js'),
    },
  },
  {
    input: 'src/bundle.ts',
    // The translation chunks import lit's `html` and `str` from the bundle itself, so the
    // bundle may export a few extra bindings instead of becoming a facade over a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [forbidOutsideSrc, templateTagsPerLocale, nameFailedLocaleImports, typescript(), nodeResolve({ exportConditions: ['production'] })],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'zoho-projects-widgets.bundle.js',
      // Translations load on demand from beside the bundle: zoho-projects-widgets.locale-de.js, …
      chunkFileNames: bundleChunkName,
      plugins: [terser(terserOptions)],
    },
  },
  {
    // The conformance kit's command (package.json `bin`), for Node: not an element entry, and no
    // element entry imports it.
    input: { conformance: 'src/conformance/cli.ts' },
    external: (id) => external(id) || id.startsWith('node:'),
    plugins: [forbidOutsideSrc, typescript(), nodeResolve()],
    output: { dir: 'dist', format: 'es', banner: '#!/usr/bin/env node', entryFileNames: '[name].js', chunkFileNames: 'conformance/[name]-[hash].js' },
  },
];
