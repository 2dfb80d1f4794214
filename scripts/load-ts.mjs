// Loads a TypeScript module of the repo in Node: esbuild bundles it (dependencies stay
// external, so zod is the same instance as the script's) into node_modules/.cache.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdirSync } from 'node:fs';

export async function loadTs(path) {
  const outdir = fileURLToPath(new URL('../node_modules/.cache/load-ts/', import.meta.url));
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}${path.replace(/[^\w]/g, '_')}.mjs`;
  await build({
    entryPoints: [fileURLToPath(new URL(`../${path}`, import.meta.url))],
    bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', outfile, logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
