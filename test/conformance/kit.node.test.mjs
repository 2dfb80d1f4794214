// node --test test/conformance/: the conformance kit passes against the fake server over real HTTP,
// and each of its checks fails against the broken server's defect aimed at it (so no check can
// pass vacuously). Every server here is a fresh one on its own port.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { loadTs } from '../../scripts/load-ts.mjs';
import { sendJson, sendResponse, toRequest } from '../../scripts/fake-api-node.mjs';

const { FakeServer } = await loadTs('mocks/fake-server.ts');
const { answer } = await loadTs('mocks/http-api.ts');
const { DEFECTS, brokenAnswer } = await loadTs('mocks/broken-server.ts');
const { CRM_IMPORT_ACCOUNT } = await loadTs('mocks/credentials.ts');
const { runKit } = await loadTs('src/conformance/kit.ts');
const { CHECKS } = await loadTs('src/conformance/checks.ts');

const BASE = '/api/zoho-projects';
const TOKEN = 'conformance-secret';

/** A fresh `active` fake server over HTTP, healthy or with one defect. */
async function serve(defect) {
  const server = new FakeServer('active');
  const http = createServer(async (req, res) => {
    const request = toRequest(req, res, 'http://127.0.0.1');
    const response = defect
      ? await brokenAnswer(server, request, BASE, defect, { token: TOKEN })
      : await answer(server, request, BASE, { token: TOKEN });
    await (response ? sendResponse(res, response) : sendJson(res, 404, { error: { code: 'not-found', message: '' } }));
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${http.address().port}${BASE}`, close: () => new Promise((r) => http.close(r)) };
}

async function kit(url, only) {
  const lines = [];
  const failures = await runKit({
    baseUrl: url, headers: { Authorization: `Bearer ${TOKEN}` }, timeoutMs: 10_000,
    credentials: { ...CRM_IMPORT_ACCOUNT }, only,
  }, (line) => lines.push(line));
  return { failures, lines };
}

test('the fake server passes every check', async () => {
  const api = await serve();
  try {
    const { failures, lines } = await kit(api.url);
    assert.equal(failures, 0, lines.join('\n'));
    assert.equal(lines.filter((l) => l.startsWith('PASS')).length, CHECKS.length, lines.join('\n'));
    assert.match(lines.at(-1), new RegExp(`${CHECKS.length} checks passed, 0 failed, 0 skipped`));
  } finally {
    await api.close();
  }
});

/** What the kit must say about each defect: it failed for that reason, not another. */
const WHY = {
  'missing-field': /broke the contract: state/,
  'undocumented-error': /'not-allowed', which the contract does not list/,
  'auth-ignored': /expected 401 'unauthenticated', got a success/,
  'lost-session': /importClients with the new session: 409 'session-expired'/,
  'credentials-401': /expected 422 'credentials-mismatch', got 401/,
  'session-ignored': /expected 409 'session-expired', got a success/,
  'no-input-validation': /expected 422 'invalid-input', got 422 'credentials-mismatch'/,
  'no-replay': /answered differently/,
  'reused-key-replays': /expected 422 'idempotency-key-reused', got a success/,
  'no-batch-limit': /expected 422 'invalid-input', got a success/,
  'no-version-check': /expected 409 'version-conflict', got a success/,
};

const READ_DEFECTS = CHECKS.filter((c) => c.name.startsWith('shape ') && c.name !== 'shape getStatus')
  .map((c) => [`malformed:${c.name.slice('shape '.length).replace(/ \(.*\)$/, '')}`, c.name]);
const TARGETS = [...Object.entries(DEFECTS).map(([name, d]) => [name, d.check]), ...READ_DEFECTS];

test('every check has a defect aimed at it', () => {
  const targeted = new Set(TARGETS.map(([, check]) => check));
  assert.deepEqual(CHECKS.map((c) => c.name).filter((n) => !targeted.has(n)), []);
});

for (const [defect, check] of TARGETS) {
  test(`defect ${defect} fails '${check}'`, async () => {
    const api = await serve(defect);
    try {
      const { failures, lines } = await kit(api.url, [check]);
      const line = lines.find((l) => l.includes(`  ${check}: `));
      assert.ok(line, `no line for '${check}':\n${lines.join('\n')}`);
      assert.match(line, /^FAIL/, line);
      assert.match(line, WHY[defect] ?? /broke the contract/, line);
      assert.ok(failures >= 1);
    } finally {
      await api.close();
    }
  });
}
