/**
 * The `debug` switch: contract problems (a backend's answer that breaks the contract, an
 * adapter that throws something other than a `BackendError`) are logged on the console with
 * the operation, the path and what was expected. On in development (the sources, as the demo
 * and the tests run them); off in the built library (`dist/`, the single-file bundle) until a
 * host calls `setDebug(true)`. Page-wide: every copy of the library on the page reads one flag.
 *
 * Nothing logged here ever holds a ZSC key: inputs are redacted before they are logged.
 */

// The library build defines this as `false` (scripts/rollup-esbuild-plugin.mjs); the sources leave it undefined.
declare const __ZP_DEV__: boolean | undefined;
const DEVELOPMENT = typeof __ZP_DEV__ === 'boolean' ? __ZP_DEV__ : true;

const FLAG = Symbol.for('zoho-projects-widgets.debug');
type WithFlag = { [FLAG]?: boolean };

/** Logs contract problems on the console (`console.warn`), page-wide; `setDebug(false)` turns it off. */
export function setDebug(on = true): void {
  (globalThis as WithFlag)[FLAG] = on;
}

export function isDebug(): boolean {
  return (globalThis as WithFlag)[FLAG] ?? DEVELOPMENT;
}

/** A problem a host developer should see: logged only with the debug switch on. */
export function debugWarn(message: string, ...details: unknown[]): void {
  if (isDebug()) console.warn(`[zoho-projects-widgets] ${message}`, ...details);
}

const REDACTED = '[redacted]';

/** A copy of an operation's input for a log line: every `zscKey` (at any depth) replaced; `found` collects them. */
export function redacted(input: unknown, found: string[] = []): unknown {
  if (Array.isArray(input)) return input.map((v) => redacted(v, found));
  if (!input || typeof input !== 'object') return input;
  return Object.fromEntries(Object.entries(input).map(([k, v]) => {
    if (k !== 'zscKey') return [k, redacted(v, found)];
    if (typeof v === 'string' && v.trim()) found.push(v.trim());
    return [k, REDACTED];
  }));
}

/** A text with the input's ZSC keys (and anything shaped like one: 32 hex digits) taken out. */
export function redactText(text: string, input: unknown): string {
  const keys: string[] = [];
  redacted(input, keys);
  return keys.reduce((t, key) => t.split(key).join(REDACTED), text).replace(/\b[0-9a-f]{32}\b/gi, REDACTED);
}
