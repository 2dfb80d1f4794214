// Test-runner plugin: serves the single-file bundle at /__bundle/zoho-projects-widgets.js, built in
// memory from src/bundle.ts on first request, so tests of the bundle need no build step. It also
// answers /dist/zoho-projects-widgets.bundle.js (what examples/plain-html/index.html loads after
// `npm run build`), so that page is tested against the current sources, never a stale dist/.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { typescript } from './rollup-esbuild-plugin.mjs';
import { bundleChunkName, nameFailedLocaleImports, templateTagsPerLocale } from '../rollup.config.mjs';

let built;

const ENTRY = 'zoho-projects-widgets.bundle.js';
// The entry under two names; its translation chunks beside it under both directories.
// `/__bundle-alone/` is the bundle copied without its translation files (nothing else is served there).
const ALIASES = { '/__bundle/zoho-projects-widgets.js': ENTRY, '/__bundle-alone/zoho-projects-widgets.js': ENTRY };

async function buildBundle() {
  const bundle = await rollup({
    input: 'src/bundle.ts',
    preserveEntrySignatures: 'allow-extension',
    plugins: [templateTagsPerLocale, nameFailedLocaleImports, typescript(), nodeResolve({ exportConditions: ['production'] })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', entryFileNames: ENTRY, chunkFileNames: bundleChunkName });
  await bundle.close();
  return new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o.code]));
}

function fileFor(path) {
  if (ALIASES[path]) return ALIASES[path];
  const m = path.match(/^\/(?:__bundle|dist)\/(zoho-projects-widgets\.[^/]+\.js)$/);
  return m?.[1];
}

export function bundlePlugin() {
  return {
    name: 'serve-single-file-bundle',
    async serve(context) {
      const file = fileFor(context.path);
      if (!file) return undefined;
      built ??= buildBundle();
      const body = (await built).get(file);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
