#!/usr/bin/env bash
# CI check: the package as a host gets it. Packs the tarball (building dist/ first if it is
# missing), checks its contents and package.json, installs it into a fresh app outside the
# repository (TypeScript and @types/react from the npm registry, or the npm cache: --prefer-offline),
# type-checks a TypeScript and a React 19 TSX file against the package's types (moduleResolution
# bundler and nodenext), resolves the package's entries from Node, loads the single-file bundle
# in Chromium (class names, exports, a translation), and runs `npm publish --dry-run`.
# Usage: bash scripts/check-package.sh   (CHROME_PATH: Chromium, default /usr/bin/chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
started=$(date +%s)
app=$(mktemp -d /tmp/host-app-XXXXXX)
trap 'rm -rf "$app"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

[ -f dist/index.js ] && [ -f dist/types/react.d.ts ] || npm run build >/dev/null 2>&1 || fail "npm run build failed"

echo "--- package.json"
node -e '
  const p = require("./package.json");
  const problems = [];
  if (p.private) problems.push("\"private\": true (npm publish refuses it)");
  for (const entry of [".", "./react", "./package.json", "./custom-elements.json", "./bundle.js"]) {
    if (!p.exports?.[entry]) problems.push(`exports has no "${entry}"`);
  }
  if (!p.exports?.["./react"]?.types) problems.push("exports[\"./react\"] has no types");
  if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
' || fail "package.json"

echo "--- npm pack"
tarball=$(npm pack --silent --pack-destination "$app")
tgz="$app/$tarball"
files=$(tar -tzf "$tgz")
count=$(echo "$files" | wc -l)
echo "$tarball: $(du -k "$tgz" | cut -f1) KB, $count files"
if echo "$files" | grep -E '\.png$'; then fail "screenshots in the tarball (above)"; fi
for f in package/dist/index.js package/dist/zoho-projects-widgets.bundle.js package/dist/react.js package/dist/types/index.d.ts \
  package/dist/types/react.d.ts package/custom-elements.json package/openapi/openapi.json package/README.md; do
  echo "$files" | grep -qx "$f" || fail "$f missing from the tarball"
done

echo "--- a fresh host app ($app)"
cd "$app"
cat > package.json <<'EOF'
{ "name": "host-app", "version": "1.0.0", "private": true, "type": "module" }
EOF
npm install --prefer-offline --no-audit --no-fund --loglevel=error "./$tarball" typescript@~5.9 @types/react@^19 >/dev/null \
  || fail "npm install of the tarball into the host app failed"

cat > host.ts <<'EOF'
// A TypeScript host: the main entry, an element entry, typed events, an adapter object.
import 'zoho-projects-integration-widgets/crm-user-import.js';
import {
  BackendError, HttpBackend, define, type CrmUserImport, type ProjectsImportBackend, type ZpErrorDetail,
} from 'zoho-projects-integration-widgets';
import manifest from 'zoho-projects-integration-widgets/custom-elements.json' with { type: 'json' };
import pkg from 'zoho-projects-integration-widgets/package.json' with { type: 'json' };

export const version: string = pkg.version;
export const modules: number = manifest.modules.length;
export const errors: ZpErrorDetail[] = [];
document.addEventListener('zp-error', (e) => errors.push(e.detail));
window.addEventListener('zp-import-complete', (e) => console.info(e.detail.imported));

export const backend: ProjectsImportBackend = {
  async getImportContext(_input, { signal } = {}) {
    signal?.throwIfAborted();
    return { isPortalAdmin: true, portalName: 'P', roles: [], projects: [], defaultRoleId: 'r', seats: { total: 1, used: 0 } };
  },
  async lookupCrmUsers(input, options) {
    options?.signal?.throwIfAborted();
    throw new BackendError('invalid-input', `no match for ${input.email}`, { operation: 'lookupCrmUsers', code: 'credentials-mismatch' });
  },
  lookupCrmAccounts: (input, options) => new HttpBackend({ baseUrl: '/api' }).lookupCrmAccounts(input, options),
  importUsers: async ({ items }) => ({ results: [], seats: { total: items.length, used: 0 } }),
  importClients: async () => ({ results: [] }),
};
const importer: CrmUserImport | null = document.querySelector('crm-user-import');
if (importer) importer.backend = backend;
define({ 'crm-user-import': 'acme-crm-user-import' });
EOF

cat > app.tsx <<'EOF'
// A React 19 host: every tag through the package's JSX types.
import { useMemo, useState } from 'react';
import 'zoho-projects-integration-widgets/crm-user-import.js';
import { HttpBackend } from 'zoho-projects-integration-widgets';
import type {} from 'zoho-projects-integration-widgets/react';

export function App({ baseUrl }: { baseUrl: string }) {
  const backend = useMemo(() => new HttpBackend({ baseUrl }), [baseUrl]);
  const [done, setDone] = useState(0);
  return (
    <>
      <crm-user-import backend={backend} batch-size={50} mode="portal-users"
        onzp-import-complete={(e) => setDone(e.detail.imported)} onzp-error={(e) => console.warn(e.detail.kind)} />
      <zoho-projects-setup api-base={baseUrl} onzp-step-change={(e) => console.info(e.detail.step)} />
      <field-mapper backend={backend} /><profile-perms backend={backend} /><client-account-mapper view="custom" />
      <projects-related-list module="deals" record-id="1" /><projects-tab onzp-tab-visibility={(e) => console.info(e.detail.visible)} /><zsc-key-panel side="crm" /><crm-client-info client-id="c" />
      {/* @ts-expect-error batch-size is a number */}
      <crm-user-import batch-size="many" />
      <p>{done}</p>
    </>
  );
}
EOF

for resolution in bundler nodenext; do
  module=$([ "$resolution" = bundler ] && echo ESNext || echo NodeNext)
  cat > "tsconfig.$resolution.json" <<EOF
{ "compilerOptions": { "target": "ES2022", "module": "$module", "moduleResolution": "$resolution", "lib": ["ES2022", "DOM", "DOM.Iterable"],
  "strict": true, "exactOptionalPropertyTypes": true, "noEmit": true, "jsx": "react-jsx", "resolveJsonModule": true,
  "skipLibCheck": true, "types": [] }, "files": ["host.ts", "app.tsx"] }
EOF
  echo "--- tsc (moduleResolution $resolution)"
  node_modules/.bin/tsc -p "tsconfig.$resolution.json" || fail "the host's TypeScript does not compile against the package ($resolution)"
done

echo "--- Node resolves the entries"
node --input-type=module -e '
  const r = (s) => import.meta.resolve(s);
  for (const s of ["zoho-projects-integration-widgets", "zoho-projects-integration-widgets/react", "zoho-projects-integration-widgets/package.json",
    "zoho-projects-integration-widgets/custom-elements.json", "zoho-projects-integration-widgets/bundle.js", "zoho-projects-integration-widgets/openapi.json"]) r(s);
  await import("zoho-projects-integration-widgets/react");
' || fail "an export does not resolve from Node"

echo "--- the bundle in Chromium"
cd "$repo"
node scripts/check-package-browser.mjs "$app/node_modules/zoho-projects-integration-widgets" || fail "the bundle in the browser"

echo "--- npm publish --dry-run"
npm publish --dry-run >/dev/null 2>"$app/publish.log" || { cat "$app/publish.log"; fail "npm publish --dry-run"; }

echo "check-package: ok in $(( $(date +%s) - started )) s"
