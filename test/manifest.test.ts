/**
 * custom-elements.json (npm run manifest) must describe every public property, attribute and
 * event of every element, so editors, docs and framework wrappers see the whole API.
 */
import { expect } from '@open-wc/testing';
import type { LitElement, PropertyDeclaration } from 'lit';
import * as library from '../src/index.js';
import * as events from '../src/events/index.js';

interface ManifestDecl {
  customElement?: boolean;
  tagName?: string;
  name: string;
  members?: { name: string; kind: string; static?: boolean; privacy?: string }[];
  attributes?: { name: string }[];
  events?: { name: string; type?: { text: string }; detailType?: { text: string } }[];
  cssParts?: { name: string }[];
}

let declarations: ManifestDecl[] = [];

const elementClasses = Object.entries(library).filter(
  ([, value]) => typeof value === 'function' && (value as { prototype?: unknown }).prototype instanceof HTMLElement,
) as [string, typeof LitElement][];

describe('custom elements manifest', () => {
  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    declarations = manifest.modules.flatMap((m: { declarations?: ManifestDecl[] }) => m.declarations ?? []).filter((d: ManifestDecl) => d.customElement);
  });

  it('lists every exported element with its tag', () => {
    expect(elementClasses.length).to.be.greaterThan(4);
    for (const [name] of elementClasses) {
      const decl = declarations.find((d) => d.name === name);
      expect(decl, `${name} in custom-elements.json`).to.exist;
      expect(decl!.tagName, `${name} has a @tag`).to.be.a('string');
      expect(decl!.cssParts?.map((p) => p.name), `${name} documents part="base"`).to.include('base');
    }
  });

  it('has every public property and attribute', () => {
    for (const [name, cls] of elementClasses) {
      const decl = declarations.find((d) => d.name === name)!;
      const members = new Set((decl.members ?? []).map((m) => m.name));
      const attributes = new Set((decl.attributes ?? []).map((a) => a.name));
      const props = (cls as unknown as { elementProperties: Map<PropertyKey, PropertyDeclaration> }).elementProperties;
      for (const [prop, options] of props) {
        if (options.state || String(prop).startsWith('_')) continue;
        expect(members.has(String(prop)), `${name}.${String(prop)} in the manifest`).to.equal(true);
        if (options.attribute !== false) {
          const attr = typeof options.attribute === 'string' ? options.attribute : String(prop).toLowerCase();
          expect(attributes.has(attr), `${name} attribute "${attr}" in the manifest`).to.equal(true);
        }
      }
    }
  });

  it('has every event the library defines, on an element that fires it', () => {
    const documented = new Set(declarations.flatMap((d) => (d.events ?? []).map((e) => e.name)));
    const names = Object.values(events)
      .map((e) => (e as { eventName?: string }).eventName)
      .filter((n): n is string => typeof n === 'string');
    expect(names.length).to.be.greaterThan(10);
    for (const eventName of names) expect(documented.has(eventName), `${eventName} in the manifest`).to.equal(true);
  });

  it('names only real events, each with its class and the shape of its detail (no phantom events)', () => {
    const classes = new Map(Object.entries(events)
      .map(([name, value]) => [(value as { eventName?: string }).eventName, name] as const)
      .filter((e): e is readonly [string, string] => typeof e[0] === 'string'));
    for (const decl of declarations) {
      for (const event of decl.events ?? []) {
        expect(classes.has(event.name), `<${decl.tagName}> event "${event.name}" is one the library defines`).to.equal(true);
        expect(event.type?.text, `<${decl.tagName}> ${event.name} type`).to.equal(classes.get(event.name));
        expect(event.detailType?.text, `<${decl.tagName}> ${event.name} detail`).to.match(/^\{ \w+\??: .+ \}$/);
      }
    }
    const setup = declarations.find((d) => d.tagName === 'zoho-projects-setup')!;
    expect(setup.events!.map((e) => e.name)).to.not.include('portal');
  });

  it('docs/api.md gives every event\'s detail', async () => {
    const api = await (await fetch('/docs/api.md')).text();
    const rows = api.split('\n').filter((line) => /^\| `zp-[\w-]+` \|/.test(line));
    expect(rows.length).to.be.greaterThan(15);
    for (const row of rows) expect(row, row).to.match(/^\| `zp-[\w-]+` \| `\{ .+ \}` \| /);
  });
});
