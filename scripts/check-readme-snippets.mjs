#!/usr/bin/env node
// CI check: every ```ts / ```tsx / ```js block of README.md type-checks as a host would paste it, against
// the package's public types (`zoho-projects-integration-widgets` resolves to src/index.ts, its
// entry files to src/register/ and src/define.ts). Each block is its own ES module; ```js
// blocks are checked as JavaScript (checkJs: JSDoc types count), ```ts / ```tsx blocks as
// TypeScript (React 19 JSX: `zoho-projects-integration-widgets/react` is src/react.ts), all strict. What a host supplies itself (`myApi`, `crmApi`, `token`) is declared by the
// prelude below. Errors are reported at their README line. Exit 1 on any error.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE = 'zoho-projects-integration-widgets';
const LANGS = { ts: 'ts', typescript: 'ts', tsx: 'tsx', js: 'js', javascript: 'js' };

/** The host's own placeholders in the README's snippets, typed as the snippets use them. */
const PRELUDE = `/** The host's auth token (the HttpBackend example). */
declare function token(): string;
/** The host's own transport to the CRM side (the "every operation forwarded" example). */
declare const crmApi: {
  call(operation: import('${PACKAGE}').OperationName, input: unknown, options: { signal?: AbortSignal | undefined }): Promise<any>;
};
/** The host's own API on the Projects side (the "each method written out" example); null: not a matching pair. */
declare const myApi: {
  portalContext(signal?: AbortSignal): Promise<import('${PACKAGE}').ImportContext>;
  lookupUsers(email: string, zscKey: string, signal?: AbortSignal): Promise<import('${PACKAGE}').OutputOf<'lookupCrmUsers'> | null>;
  lookupAccounts(email: string, zscKey: string, signal?: AbortSignal): Promise<import('${PACKAGE}').OutputOf<'lookupCrmAccounts'> | null>;
  importUsers(sessionId: string, items: import('${PACKAGE}').InputOf<'importUsers'>['items'], signal?: AbortSignal):
    Promise<import('${PACKAGE}').OutputOf<'importUsers'>>;
  importClients(sessionId: string, items: import('${PACKAGE}').InputOf<'importClients'>['items'], signal?: AbortSignal):
    Promise<import('${PACKAGE}').OutputOf<'importClients'>>;
};
`;

/** Fenced blocks of the README in the languages above, de-indented, with the line each starts on. */
export function snippets(readme) {
  const found = [];
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^( *)```(\w+)\s*$/);
    if (!open) continue;
    const [, indent, lang] = open;
    const end = lines.findIndex((l, j) => j > i && l === `${indent}\`\`\``);
    if (end === -1) throw new Error(`README.md:${i + 1}: unclosed code block`);
    if (LANGS[lang]) {
      const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l));
      found.push({ ext: LANGS[lang], firstLine: i + 2, code: body.join('\n') });
    }
    i = end;
  }
  return found;
}

const blocks = snippets(readFileSync(join(root, 'README.md'), 'utf8'));
if (!blocks.length) {
  console.error('README.md: no ```ts or ```js block found');
  process.exit(1);
}
// Inside the repository, so that `react` resolves to its node_modules (@types/react).
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules/.cache/readme-snippets-'));
try {
  const files = blocks.map((b, n) => {
    const name = `snippet-${n + 1}.${b.ext}`;
    // `export {}` last: every block is a module (top-level await, no clashes between blocks) and its lines keep their numbers.
    writeFileSync(join(dir, name), `${b.code}\nexport {};\n`);
    return name;
  });
  writeFileSync(join(dir, 'host-prelude.d.ts'), PRELUDE);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true, allowJs: true, checkJs: true, noEmit: true, skipLibCheck: true, types: [],
      allowImportingTsExtensions: true, resolveJsonModule: true, jsx: 'react-jsx',
      paths: {
        [PACKAGE]: [join(root, 'src/index.ts')],
        [`${PACKAGE}/react`]: [join(root, 'src/react.ts')],
        [`${PACKAGE}/define.js`]: [join(root, 'src/define.ts')],
        [`${PACKAGE}/*`]: [join(root, 'src/register/*')],
      },
    },
    files: ['host-prelude.d.ts', ...files],
  }));
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'],
    { encoding: 'utf8', cwd: dir });
  const output = `${tsc.stdout}${tsc.stderr}`.replace(/(?:^|(?<=\n))(?:.*[\\/])?snippet-(\d+)\.(?:tsx|ts|js)\((\d+),(\d+)\)/g,
    (_, n, line, col) => `README.md:${blocks[n - 1].firstLine + Number(line) - 1}:${col}`);
  if (tsc.status !== 0) {
    console.error(output.trim());
    console.error(`README snippets: ${blocks.length} blocks, type errors above`);
    process.exitCode = 1;
  } else {
    console.log(`README snippets: ${blocks.length} blocks type-check (strict, checkJs)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
