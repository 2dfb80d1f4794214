// The library's events as the TypeScript checker sees them (src/events/): each event class with
// its name (`static readonly eventName`), its module and the shape of its `detail`, written out
// for readers (docs/api.md, custom-elements.json). Used by custom-elements-manifest.config.mjs.
import ts from 'typescript';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EVENTS_DIR = fileURLToPath(new URL('../src/events/', import.meta.url));
const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

/** A detail's type for readers: unions and the library's own object types written out. */
function typeText(checker, type, depth) {
  if (type.flags & ts.TypeFlags.Boolean) return 'boolean';
  if (type.isUnion()) {
    const parts = type.types.map((t) => typeText(checker, t, depth));
    return [...parts.filter((t) => t !== 'null'), ...parts.filter((t) => t === 'null')].join(' | ');
  }
  const name = type.aliasSymbol?.name ?? type.symbol?.name ?? '';
  const ownObject = (type.flags & ts.TypeFlags.Object) && !checker.isArrayType(type) && (name === '__type' || /^Zp\w+$/.test(name));
  return ownObject && depth < 2 ? shape(checker, type, depth + 1) : checker.typeToString(type, undefined, FLAGS);
}

/** `{ a: string; b?: number }`. */
function shape(checker, type, depth = 0) {
  const props = checker.getPropertiesOfType(type).map((p) => {
    const decl = p.valueDeclaration ?? p.declarations?.[0];
    const propType = checker.getTypeOfSymbolAtLocation(p, decl);
    const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
    return `${p.name}${optional ? '?' : ''}: ${typeText(checker, optional ? checker.getNonNullableType(propType) : propType, depth)}`;
  });
  return `{ ${props.join('; ')} }`;
}

/** Map of event name → { className, module (repository path), detail (text) }. */
export function eventTypes() {
  const files = readdirSync(EVENTS_DIR).filter((f) => /^zp-.*\.ts$/.test(f)).map((f) => EVENTS_DIR + f);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], strict: true, noEmit: true, skipLibCheck: true, types: [],
  });
  const checker = program.getTypeChecker();
  const events = new Map();
  for (const file of files) {
    const source = program.getSourceFile(file);
    for (const node of source.statements) {
      if (!ts.isClassDeclaration(node) || !node.name) continue;
      const nameMember = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText(source) === 'eventName');
      if (!nameMember?.initializer || !ts.isStringLiteral(nameMember.initializer)) continue;
      const classType = checker.getTypeAtLocation(node);
      const detail = checker.getTypeOfSymbolAtLocation(checker.getPropertyOfType(classType, 'detail'), node);
      events.set(nameMember.initializer.text, {
        className: node.name.text,
        module: `src/events/${file.slice(EVENTS_DIR.length)}`,
        detail: shape(checker, detail),
      });
    }
  }
  return events;
}
