// The prose of openapi/openapi.json (scripts/openapi.mjs): what a server must do beyond the
// shapes: errors, 409s, the import session, idempotency, limits, authentication.

const SESSION_OPENERS = ['lookupCrmUsers', 'lookupCrmAccounts'];
const SESSION_USERS = ['importUsers', 'importClients'];

/** The description of one operation: the protocol rules that apply to it. */
export function describeOperation(name, isWrite, limits) {
  const lines = [];
  if (SESSION_OPENERS.includes(name)) {
    lines.push('Opens an import session: the answer\'s `sessionId` stands for the CRM account behind the email address and ZSC key, '
      + `so the key is sent once and never kept by the widgets. The session lives at least ${limits.IMPORT_SESSION_IDLE_MINUTES} minutes after its last use `
      + '(each import request with it extends it). Wrong credentials: 422 `credentials-mismatch`.');
  }
  if (SESSION_USERS.includes(name)) {
    lines.push(`Needs the \`sessionId\` of a lookup. An unknown or expired session: 409 \`session-expired\` (nothing imported); the user looks up again. `
      + `At most ${limits.MAX_IMPORT_BATCH} items per request (more: 422 \`invalid-input\`, \`fieldErrors.items\`); the widgets send batches of 200 by default. `
      + 'Idempotent per record: a record imported before answers `existing` with the same id, never a second user or client.');
  }
  if (name === 'saveFieldMapping' || name === 'savePermissions') {
    lines.push('Optimistic concurrency: `version` is the version last read. When it is not the current one, 409 `version-conflict` and nothing is saved; a successful save answers the new version.');
  }
  if (isWrite) lines.push('A write: see the `Idempotency-Key` header.');
  return lines.join('\n\n') || undefined;
}

const table = (codes) => [
  '| code | status | meaning |',
  '| --- | --- | --- |',
  ...Object.entries(codes).map(([code, doc]) => `| \`${code}\` | ${doc.status} | ${doc.meaning.replace(/\|/g, '\\|')} |`),
].join('\n');

/** The document's description: the rules every operation shares, and every error code. */
export function describeContract(codes, limits) {
  return `What a host backend implements for the widgets' \`HttpBackend\`. Every response is validated by the widgets against these schemas.

## Responses
A success is 200 with the operation's JSON body. **Extra fields are allowed**: the widgets ignore fields they do not know (the response schemas are open); a missing or mistyped field is a contract break ("unexpected response" on screen, \`zp-error\` for the host).

## Errors
Every error is a JSON body \`{ "error": { "code", "message", "fieldErrors"? } }\` (\`ErrorBody\`) with the status of its code below; each operation lists the codes it may answer. The widgets word every known code themselves (localised) and show \`message\` only for a code they do not know; \`fieldErrors\` (input field → message) is shown at the fields.

- **401** \`unauthenticated\`: the host's authentication failed; **403**: signed in but not allowed (\`admin-required\`, \`portal-admin-required\`, \`permission-denied\`, trial codes).
- **409** means *not allowed in the current state of the data*: a stale write (\`version-conflict\`: read again, the widgets keep the user's draft and offer reload), an expired import session (\`session-expired\`: look up again), or a state the operation does not apply to (\`not-active\`, \`no-portal\`, \`portal-already-associated\`, …). A 409 never executed anything.
- **422**: the request is understood but refused: \`invalid-input\` (the schema), or a domain refusal such as \`credentials-mismatch\` (an email address and ZSC key that do not belong together is **always 422**, never 401/403: the user is signed in, what they typed is wrong).
- **404**: something named in the path or body does not exist.
- **503** \`unavailable\` and other 5xx: transient; the widgets retry reads (twice, with backoff) and offer Retry for writes, with the same \`Idempotency-Key\`.

${table(codes)}

## Import session
\`lookupCrmUsers\` / \`lookupCrmAccounts\` take the email address and ZSC key of the CRM account to import from and answer a \`sessionId\`. \`importUsers\` / \`importClients\` send that id, never the key. A session lives at least ${limits.IMPORT_SESSION_IDLE_MINUTES} minutes after its last use; an unknown or expired one gets 409 \`session-expired\`, and the user enters the credentials again.

## Idempotency
Every write (POST, PUT, DELETE) carries an \`Idempotency-Key\` header. The same key for the same operation and body within ${limits.IDEMPOTENCY_REPLAY_HOURS} hours replays the first successful answer without executing again (the widgets resend a write with its key after a timeout, a dropped connection or a 5xx); the same key with another body is 422 \`idempotency-key-reused\`.

## Limits
An import batch (\`items\` of \`importUsers\` / \`importClients\`) holds at most ${limits.MAX_IMPORT_BATCH} items. Input limits (lengths, formats) are in the request schemas.

## Authentication
The host's choice, outside this contract: a bearer token (\`bearerAuth\`: the page passes \`headers\` to \`HttpBackend\`) or the host's session cookie (\`cookieAuth\`: sent by the browser). Either way a failure is 401 \`unauthenticated\`.

A ZSC key is only ever sent in a request body (and by \`revealZscKey\` in a response body), never in a URL.`;
}
