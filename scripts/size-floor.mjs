// The part of the whole library no implementation of this scope can avoid: the third-party code
// it uses (lit, zod/mini, @lit/localize, @lit/context, after tree-shaking) and the English text
// of its messages. `npm run size` prints it beside the 40 KB target (docs/decisions.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import ts from 'typescript';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Gzipped bytes of the bundle's third-party modules, each minified by esbuild, gzipped together. */
export async function thirdPartyBytes(modules) {
  const parts = [];
  for (const [id, info] of Object.entries(modules)) {
    if (!id.includes('/node_modules/') || !info.code) continue;
    parts.push((await transform(info.code, { minify: true, format: 'esm', loader: 'js' })).code);
  }
  return gzip(parts.join('\n'));
}

function sourceFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) { if (name !== 'locales') sourceFiles(path, out); }
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The literal text of a message (placeholders left out). */
function messageText(node) {
  if (ts.isTaggedTemplateExpression(node)) return messageText(node.template);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return '';
}

/** The English text of every `msg()` call under `src/` (not the translations), gzipped together. */
export function englishTextBytes(root = 'src') {
  const texts = [];
  for (const file of sourceFiles(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg' && node.arguments[0]) {
        texts.push(messageText(node.arguments[0]).replace(/\s+/g, ' '));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { count: texts.length, bytes: gzip(texts.join('\n')) };
}
