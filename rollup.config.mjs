// npm run build: ES modules (one entry per element, side-effect-free main entry) with
// lit and zod left to the host's bundler, plus one self-contained minified bundle that
// registers the default tags. Types come from tsc (tsconfig.build.json).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { typescript } from './scripts/rollup-esbuild-plugin.mjs';
import { readdirSync } from 'node:fs';

export const TAGS = readdirSync('src/register').map((f) => f.replace(/\.ts$/, '')).sort();

const external = (id) => /^(lit|@lit\/|zod)(\/|$)/.test(id);

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
      ...Object.fromEntries(TAGS.map((t) => [t, `src/register/${t}.ts`])),
    },
    external,
    plugins: [forbidOutsideSrc, typescript(), nodeResolve()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  {
    input: 'src/bundle.ts',
    plugins: [forbidOutsideSrc, typescript(), nodeResolve({ exportConditions: ['production'] })],
    output: {
      file: 'dist/zoho-projects-widgets.bundle.js',
      format: 'es',
      plugins: [terser({ module: true, format: { comments: false } })],
    },
  },
];
