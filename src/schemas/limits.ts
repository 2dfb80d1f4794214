/**
 * Numbers of the REST contract that are not in a schema's shape: the size of an import batch,
 * how long an import session lives, how long an `Idempotency-Key` replays. The OpenAPI document,
 * the fake server and the conformance kit read them here; the elements import only what they
 * use (a constant, inlined by the build).
 */

/** Most items in one `importUsers` / `importClients` request; a larger batch is refused (422 `invalid-input`). */
export const MAX_IMPORT_BATCH = 1000;

/**
 * An import session (the `sessionId` a lookup returns) lives at least this long after its
 * last use; after that, or when unknown, a request with it gets 409 `session-expired`.
 */
export const IMPORT_SESSION_IDLE_MINUTES = 30;

/** A successful write's answer is replayed for the same `Idempotency-Key` for at least this long. */
export const IDEMPOTENCY_REPLAY_HOURS = 24;
