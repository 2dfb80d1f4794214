// Tiny rollup plugin: TypeScript sources (imported with .js extensions) compiled by esbuild.
import { transform } from 'esbuild';
import ts from 'typescript';
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
      const unindented = stripTemplateIndent(code, id);
      const source = /\/src\/schemas\//.test(id) ? markSchemasPure(unindented) : unindented;
      // A built library is not a development build: contract problems are logged only after setDebug(true) (src/debug.ts).
      const result = await transform(source, {
        loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id, define: { __ZP_DEV__: 'false' },
      });
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


/** Tags whose literal text is HTML, CSS or message text, where a line's leading indentation means nothing. */
const MARKUP_TAGS = new Set(['html', 'svg', 'css', 'str']);

/**
 * Drops the source indentation inside `html`, `svg`, `css` and `str` templates and in template
 * strings passed to `msg()`: terser keeps template text as written, and that indentation is
 * whitespace HTML and CSS collapse anyway. Line breaks stay, so source maps keep their lines.
 * (No `<pre>` or `white-space: pre` text is written in a template; textarea values are bound.)
 */
export function stripTemplateIndent(code, fileName) {
  if (!code.includes('`')) return code;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const ranges = [];
  const addLiteralParts = (template) => {
    const parts = ts.isNoSubstitutionTemplateLiteral(template)
      ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
    for (const part of parts) ranges.push([part.getStart(sf), part.end]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && MARKUP_TAGS.has(node.tag.text)) {
      addLiteralParts(node.template);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg'
      && node.arguments[0] && ts.isTemplateLiteral(node.arguments[0])) {
      addLiteralParts(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!ranges.length) return code;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += code.slice(at, start) + code.slice(start, end).replace(/\n[ \t]+/g, '\n');
    at = end;
  }
  return out + code.slice(at);
}
