// Test-runner plugin: serves the single-file bundle at /__bundle/zoho-projects-widgets.js, built in
// memory from src/bundle.ts on first request, so tests of the bundle need no build step.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { typescript } from './rollup-esbuild-plugin.mjs';

let built;

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
      if (context.path !== '/__bundle/zoho-projects-widgets.js') return undefined;
      built ??= buildBundle();
      return { body: await built, type: 'js' };
    },
  };
}
