#!/usr/bin/env node
// Writes src/react.ts, the JSX types of every tag for React 19, from custom-elements.json (run by
// `npm run manifest`, so CI's manifest check also sees a stale file). Names (attributes, events)
// come from the manifest; every type is taken from the element's or the event's class, so the
// typings follow the code. Shipped as dist/types/react.d.ts: `zoho-projects-integration-widgets/react`.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const OUT = new URL('../src/react.ts', import.meta.url);

/** `src/elements/x/x.ts` → `./elements/x/x.js` (relative to src/react.ts). */
const importPath = (module) => `./${module.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, module: m.path })))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const imports = new Map(); // module → Set of names
const use = (name, module) => imports.set(module, (imports.get(module) ?? new Set()).add(name));

/** Each element's props as [key, line for a given element type name]: a member every tag has goes to one base. */
const membersOf = (el) => {
  use(el.name, el.module);
  const members = [];
  const properties = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public'
    && !m.readonly && !m.attribute);
  for (const p of properties) {
    members.push({ field: p.name, line: (E) => `${doc(`${p.description ?? ''} Set as a property.`, '  ')}  ${quote(p.name)}?: ${E}['${p.name}'] | undefined;` });
  }
  for (const a of el.attributes ?? []) {
    members.push({ field: a.fieldName, line: (E) => `${doc(a.description, '  ')}  ${quote(a.name)}?: ${a.fieldName ? `${E}['${a.fieldName}']` : 'string'} | undefined;` });
  }
  for (const e of el.events ?? []) {
    const ref = e.type?.references?.[0];
    if (!ref) throw new Error(`<${el.tagName}> event ${e.name} has no class in custom-elements.json: run npm run manifest`);
    use(ref.name, ref.module);
    members.push({ line: () => `${doc(`\`${e.name}\`: ${e.description ?? ''}`, '  ')}  'on${e.name}'?: ((event: ${ref.name}) => void) | undefined;` });
  }
  return members;
};

const memberLists = elements.map(membersOf);
const sharedLines = memberLists[0].map((m) => m.line('E'))
  .filter((line) => memberLists.every((list) => list.some((m) => m.line('E') === line)));
const sharedFields = memberLists[0].filter((m) => m.field && sharedLines.includes(m.line('E'))).map((m) => `'${m.field}'`);

const base = `/** JSX props every tag of the library has: where its data comes from, and its language. */
export interface ZpElementProps<E extends HTMLElement & Record<${sharedFields.join(' | ') || 'never'}, unknown>> extends DetailedHTMLProps<HTMLAttributes<E>, E> {
${sharedLines.join('\n')}
}`;

const interfaces = elements.map((el, i) => {
  const own = memberLists[i].filter((m) => !sharedLines.includes(m.line('E'))).map((m) => m.line(el.name));
  return `/** JSX props of \`<${el.tagName}>\`: its attributes, its properties and \`on\` + its events' names. */
export interface ${el.name}Props extends ZpElementProps<${el.name}> {
${own.join('\n')}
}`;
});

const importLines = [...imports].sort(([a], [b]) => a.localeCompare(b))
  .map(([module, names]) => `import type { ${[...names].sort().join(', ')} } from '${importPath(module)}';`);

const source = `// Generated from custom-elements.json by scripts/react-types.mjs (npm run manifest): do not edit.
/**
 * JSX types of every tag of the library for React 19 (\`@types/react\` 19), with their default
 * names (a tag renamed with \`define()\` is not covered). Load them once in a host's TypeScript:
 *
 *     import type {} from 'zoho-projects-integration-widgets/react';
 *
 * React 19 passes a prop to a custom element as a property when the element has one of that name
 * (\`backend\`, \`store\`, \`mode\`), else as an attribute (\`api-base\`, \`batch-size\`), and turns
 * a function prop named \`on\` + an event's name into a listener (\`onzp-error\` → \`zp-error\`).
 * Register the tag before React first renders it, so that React sees its properties.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${importLines.join('\n')}

${base}

${interfaces.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': ${el.name}Props;`).join('\n')}
    }
  }
}
`;
writeFileSync(OUT, source);
console.log(`src/react.ts: JSX types of ${elements.length} tags`);
