#!/usr/bin/env bash
# CI check: `npm run serve:api` serves the fake server over HTTP, and the conformance kit passes
# against it: the built bin (dist/conformance.js, what `npx zoho-projects-conformance` runs) when
# the build is there, else the kit from the sources. With a bearer token, so the authentication
# check runs too. Its own port, so it never meets the demo's or the test runner's.
set -uo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8124}
token="ci-$RANDOM$RANDOM"
log=$(mktemp)
# In its own process group: npm runs node as a child, and the whole group stops at the end.
setsid npm run --silent serve:api -- --port "$port" --scenario active --token "$token" >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid >/dev/null 2>&1' EXIT

base=""
for _ in $(seq 1 60); do
  base=$(grep -oE "http://127\.0\.0\.1:$port/api/zoho-projects" "$log" | head -n 1)
  [ -n "$base" ] && break
  sleep 0.5
done
if [ -z "$base" ]; then
  echo "npm run serve:api printed no URL in 30 s:"; cat "$log"; exit 1
fi
credentials=$(grep -oE 'import from: [^;]+' "$log" | sed 's/^import from: //')
kit=scripts/conformance.mjs
[ -f dist/conformance.js ] && kit=dist/conformance.js
echo "serve:api at $base; kit: $kit"
node "$kit" --base-url "$base" --header "Authorization: Bearer $token" --import-credentials "$credentials"
