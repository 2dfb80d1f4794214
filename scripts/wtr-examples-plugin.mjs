// Test-runner plugin: serves the framework examples built in memory, so their tests need no build
// step. `/examples/react/main.js` (what examples/react/index.html loads) is examples/react/main.tsx
// bundled by esbuild on first request: the JSX, the element sources and React itself (CommonJS,
// converted by esbuild) in one ES module. A failed build is not cached, so a fix is picked up by
// the next request.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Served path → entry point, relative to the repository root. */
export const EXAMPLE_ENTRIES = {
  '/examples/react/main.js': 'examples/react/main.tsx',
};

const built = new Map();

/**
 * package.json's `sideEffects` lists dist/ only, so esbuild would drop a bare
 * `import '…/src/register/<tag>.js'` of the sources: those files register the tags and must run.
 */
const registerRuns = {
  name: 'register-modules-have-side-effects',
  setup(build) {
    build.onResolve({ filter: /\/register\/[\w-]+\.js$/ }, async (args) => {
      if (args.pluginData === registerRuns) return undefined;
      const { path, namespace, errors } = await build.resolve(args.path, {
        kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: registerRuns,
      });
      return errors.length ? { errors } : { path, namespace, sideEffects: true };
    });
  },
};

async function bundle(entry) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    tsconfig: 'tsconfig.json',
    // React's CommonJS entry points pick their build from NODE_ENV.
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [registerRuns],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export function examplesPlugin() {
  return {
    name: 'serve-framework-examples',
    async serve(context) {
      const entry = EXAMPLE_ENTRIES[context.path];
      if (!entry) return undefined;
      if (!built.has(entry)) {
        const pending = bundle(entry);
        built.set(entry, pending);
        pending.catch(() => built.delete(entry));
      }
      return { body: await built.get(entry), type: 'js' };
    },
  };
}
