#!/usr/bin/env node
// Writes docs/api.md (every element's attributes, properties, events, parts, CSS properties)
// from custom-elements.json, so the reference cannot drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const esc = (s = '') => String(s).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const out = ['# Element reference', '', 'Generated from `custom-elements.json` by `npm run manifest`; do not edit by hand.', ''];
const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
for (const d of decls) {
  out.push(`## \`<${d.tagName}>\``, '', esc(d.summary ?? d.description ?? ''), '');
  const table = (title, head, rows) => {
    if (!rows.length) return;
    out.push(`### ${title}`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`), '');
  };
  table('Attributes', ['attribute', 'property', 'type', 'description'],
    (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', a.type?.text ?? '', a.description ?? '']));
  table('Properties', ['property', 'type', 'description'],
    (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.attribute)
      .map((m) => [`\`${m.name}\``, m.type?.text ?? '', m.description ?? '']));
  table('Events', ['event', 'detail', 'description'],
    (d.events ?? []).map((e) => [`\`${e.name}\``, e.detailType ? `\`${e.detailType.text}\`` : '', e.description ?? '']));
  table('CSS parts', ['part', 'description'], (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']));
  table('CSS custom properties', ['property', 'description'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']));
}
writeFileSync(new URL('../docs/api.md', import.meta.url), `${out.join('\n')}\n`);
console.log(`docs/api.md: ${decls.length} elements`);
