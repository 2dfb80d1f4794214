// Tiny rollup plugin: TypeScript sources (imported with .js extensions) compiled by esbuild.
import { transform } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function typescript() {
  return {
    name: 'esbuild-typescript',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const source = /\/src\/schemas\//.test(id) ? markSchemasPure(code) : code;
      const result = await transform(source, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id });
      return { code: result.code, map: result.map };
    },
  };
}

/**
 * The schema modules build zod schemas at the top level (`z.object(…)`, `op(…)`): calls a
 * bundler must assume have side effects, so every entry would keep every schema. Building a
 * schema has none, so each such call is marked pure: an element entry keeps only the schemas of
 * the operations it can call.
 */
export function markSchemasPure(code) {
  return code.replace(/(?<![.\w])(z\.\w+|op)\(/g, '/* @__PURE__ */ $1(');
}

