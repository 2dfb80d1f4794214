// Test-runner plugin: serves the single-file bundle at /__bundle/zoho-projects-widgets.js, built in
// memory from src/bundle.ts on first request, so tests of the bundle need no build step. It also
// answers /dist/zoho-projects-widgets.bundle.js (what examples/plain-html/index.html loads after
// `npm run build`), so that page is tested against the current sources, never a stale dist/.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { typescript } from './rollup-esbuild-plugin.mjs';

let built;

const PATHS = new Set(['/__bundle/zoho-projects-widgets.js', '/dist/zoho-projects-widgets.bundle.js']);

async function buildBundle() {
  const bundle = await rollup({
    input: 'src/bundle.ts',
    plugins: [typescript(), nodeResolve({ exportConditions: ['production'] })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

export function bundlePlugin() {
  return {
    name: 'serve-single-file-bundle',
    async serve(context) {
      if (!PATHS.has(context.path)) return undefined;
      built ??= buildBundle();
      return { body: await built, type: 'js' };
    },
  };
}
