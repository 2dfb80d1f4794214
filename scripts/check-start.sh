#!/usr/bin/env bash
# CI check for the README's first command: `npm start` prints the demo's URL, and that URL serves
# the demo page, its script (compiled from TypeScript) and MSW's service worker; the root URL (the
# first one the server prints) redirects to the demo. Runs on its own
# port so it never meets the test runner's.
set -uo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8123}
log=$(mktemp)
# In its own process group: npm start runs wds as a grandchild, and the whole group stops at the end.
PORT=$port setsid npm start >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid >/dev/null 2>&1' EXIT

url=""
for _ in $(seq 1 60); do
  url=$(grep -oE "Demo: http://localhost:$port/demo/index.html" "$log" | head -n 1 | sed 's/^Demo: //')
  [ -n "$url" ] && break
  sleep 0.5
done
if [ -z "$url" ]; then
  echo "npm start printed no demo URL in 30 s:"; cat "$log"; exit 1
fi
echo "npm start printed $url"

status=0
fetch() { # fetch PATH EXPECTED_TEXT
  local body
  # Node's own fetch: a fresh machine has Node, not always curl.
  if ! body=$(node -e 'fetch(process.argv[1]).then(async (r) => { if (!r.ok) process.exit(1); process.stdout.write(await r.text()); }, () => process.exit(1))' "http://localhost:$port$1"); then echo "  $1: no answer or an error status"; status=1; return; fi
  if ! grep -qF -- "$2" <<<"$body"; then echo "  $1: answered without \"$2\""; status=1; return; fi
  echo "  $1: ok"
}
# The root URL (printed first by the server) redirects to the demo page, keeping the query.
root() {
  local where
  if ! where=$(node -e 'fetch(process.argv[1], { redirect: "manual" }).then((r) => { if (r.status < 300 || r.status > 399) process.exit(1); process.stdout.write(r.headers.get("location") ?? ""); }, () => process.exit(1))' "http://localhost:$port$1"); then echo "  $1: no redirect"; status=1; return; fi
  if [ "$where" != "$2" ]; then echo "  $1: redirects to \"$where\", not \"$2\""; status=1; return; fi
  echo "  $1: redirects to $2"
}
root / /demo/index.html
root '/?scenario=large' '/demo/index.html?scenario=large'
fetch / '<script type="module" src="/demo/demo.ts">'
fetch /demo/index.html '<script type="module" src="/demo/demo.ts">'
fetch /demo/demo.ts 'import'
fetch /mockServiceWorker.js 'addEventListener'
exit $status
