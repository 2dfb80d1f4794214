/**
 * The global guard, loaded on every test page (web-test-runner's `testRunnerHtml`, see
 * web-test-runner.config.mjs): a test fails when an error escapes while it runs — an
 * `unhandledrejection`, an uncaught `error`, or a `console.error` call.
 *
 * Mocha in the browser fails a test on an uncaught error, but ignores unhandled rejections and
 * console errors: a promise an element forgot to handle, or a library complaining on the console,
 * would pass unnoticed. Here every one of them is recorded, and a root `afterEach` hook fails the
 * test that was running if anything was recorded since the previous test's check.
 *
 * The hook marks the test itself as failed (state and error) rather than throwing: a throwing
 * root `afterEach` makes mocha skip every remaining test of the file, which would hide their results.
 * Something that escapes after the last test's check fails the file through a root `afterAll` hook.
 *
 * This module is evaluated right after the test framework's module, before mocha is set up and
 * before the test file is imported; it only uses the global `mocha` and `window`.
 */

export {};

interface Escaped {
  readonly kind: 'unhandledrejection' | 'error' | 'console.error';
  readonly text: string;
}

/**
 * Known harmless browser noise, never an element's fault: empty, as nothing has needed it. An
 * entry names the kind, a pattern and why it is harmless, e.g. Chromium's window error
 * "ResizeObserver loop completed with undelivered notifications" (a notice, not a failure):
 *   { kind: 'error', pattern: /^ResizeObserver loop completed/, why: '…' }
 * Keep it short and explicit: anything not listed fails the test.
 */
const ALLOWED: readonly { readonly kind: Escaped['kind']; readonly pattern: RegExp; readonly why: string }[] = [];

let recorded: Escaped[] = [];

function show(value: unknown): string {
  if (value instanceof Error) return value.stack && value.stack.includes(value.message) ? value.stack : `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function record(kind: Escaped['kind'], text: string): void {
  if (ALLOWED.some((a) => a.kind === kind && a.pattern.test(text))) return;
  recorded.push({ kind, text });
}

window.addEventListener('unhandledrejection', (event) => record('unhandledrejection', show(event.reason)));
window.addEventListener('error', (event) => record('error', event.error !== undefined && event.error !== null ? show(event.error) : event.message));

const originalConsoleError = console.error;
console.error = function guardedConsoleError(this: Console, ...args: unknown[]) {
  record('console.error', args.map(show).join(' '));
  return originalConsoleError.apply(this, args);
};

function take(): Escaped[] {
  const escaped = recorded;
  recorded = [];
  return escaped;
}

function report(escaped: readonly Escaped[], when: string): Error {
  const lines = escaped.map((e, i) => `  ${i + 1}. ${e.kind}: ${e.text.split('\n').slice(0, 6).join('\n     ')}`);
  return new Error(`${escaped.length === 1 ? 'An error' : `${escaped.length} errors`} escaped ${when}:\n${lines.join('\n')}`);
}

/** Fails the test that just ran when something escaped since the previous check. */
function checkAfterEach(this: Mocha.Context): void {
  const escaped = take();
  if (!escaped.length) return;
  const error = report(escaped, 'during this test (or after the previous one)');
  const test = this.currentTest;
  if (!test) throw error;
  if (test.state !== 'failed') {
    test.state = 'failed';
    test.err = error;
  }
}

function checkAfterAll(): void {
  const escaped = take();
  if (escaped.length) throw report(escaped, 'after the last test of the file');
}

mocha.rootHooks({
  beforeAll() {
    // Added when the run starts, so they come after every root hook a test file registered when
    // it was imported (e.g. @open-wc/testing's fixture cleanup): what an element does while
    // being removed from the page is checked with the test that created it.
    mocha.suite.afterEach('no error escaped', checkAfterEach);
    mocha.suite.afterAll('no error escaped after the last test', checkAfterAll);
  },
});
