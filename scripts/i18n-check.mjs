#!/usr/bin/env node
// npm run i18n:check (also part of npm test): every msg() in src/ has an explicit id, every id
// has a German and a Japanese translation, no translation is left over, and a translation uses
// only the placeholders its source has. Reads the sources with the TypeScript parser.
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = ['de', 'ja'];
const problems = [];
const files = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
});
const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
const where = (sf, node) => `${sf.fileName}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

/** Placeholders of a source template: a plain string has none, str`` / html`` one per ${}. */
function placeholders(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return 0;
  if (ts.isTaggedTemplateExpression(node)) {
    return ts.isNoSubstitutionTemplateLiteral(node.template) ? 0 : node.template.templateSpans.length;
  }
  return -1;
}

const sources = new Map(); // id -> { count, at, text }
for (const file of files('src').filter((f) => !f.startsWith('src/locales/'))) {
  const sf = parse(file);
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const [template, options] = node.arguments;
      const idProp = options && ts.isObjectLiteralExpression(options)
        ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(sf) === 'id') : undefined;
      const id = idProp && ts.isStringLiteral(idProp.initializer) ? idProp.initializer.text : undefined;
      const count = template ? placeholders(template) : -1;
      if (!id) problems.push(`${where(sf, node)}: msg() without a literal { id: '…' }`);
      else if (count < 0) problems.push(`${where(sf, node)}: msg('${id}') needs a literal string, str\`\` or html\`\``);
      else {
        const text = template.getText(sf);
        const known = sources.get(id);
        if (known && known.text !== text) problems.push(`${where(sf, node)}: id '${id}' is used for two texts (also ${known.at})`);
        sources.set(id, { count, at: where(sf, node), text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

for (const locale of LOCALES) {
  const seen = new Set();
  for (const file of files(`src/locales/${locale}`).filter((f) => !f.endsWith('index.ts'))) {
    const sf = parse(file);
    const visit = (node) => {
      if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
        const id = ts.isStringLiteral(node.name) || ts.isIdentifier(node.name) ? node.name.text : node.name.getText(sf);
        if (seen.has(id)) problems.push(`${where(sf, node)}: '${id}' translated twice in ${locale}`);
        seen.add(id);
        const source = sources.get(id);
        if (!source) problems.push(`${where(sf, node)}: '${id}' has no msg() in src/ (left over?)`);
        const value = node.initializer;
        if (ts.isTaggedTemplateExpression(value) && !ts.isNoSubstitutionTemplateLiteral(value.template)) {
          for (const span of value.template.templateSpans) {
            const n = ts.isNumericLiteral(span.expression) ? Number(span.expression.text) : NaN;
            if (!(n >= 0 && n < (source?.count ?? 0))) problems.push(`${where(sf, node)}: '${id}' uses placeholder \${${span.expression.getText(sf)}}, the source has ${source?.count ?? 0}`);
          }
        } else if (placeholders(value) !== 0) problems.push(`${where(sf, node)}: '${id}' must be a string or a str\`\`/html\`\` template`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  for (const [id, s] of sources) if (!seen.has(id)) problems.push(`${s.at}: '${id}' has no ${locale} translation`);
}

for (const p of problems) console.log(p);
console.log(`i18n check: ${sources.size} messages, ${LOCALES.length} translations each; ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
