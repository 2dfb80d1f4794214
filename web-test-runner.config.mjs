import { defaultReporter } from '@web/test-runner';
import { mswWorkerMiddleware, plugins } from './web-server.shared.mjs';
import { summaryLineReporter } from './scripts/summary-line-reporter.mjs';
import { bundlePlugin } from './scripts/wtr-bundle-plugin.mjs';
import { examplesPlugin } from './scripts/wtr-examples-plugin.mjs';
import { cspMiddleware } from './scripts/csp-middleware.mjs';
import { fakeApiMiddleware } from './scripts/wtr-fake-api.mjs';
import { engineCommandsPlugin } from './scripts/wtr-engine-commands.mjs';
import { engineSetup } from './scripts/wtr-browsers.mjs';

// The engine comes from WTR_BROWSER (chromium by default; `npm run test:firefox`,
// `test:webkit` and `test:all` set it): the same files and middleware in every engine.
const { browsers, concurrency, browserStartTimeout } = await engineSetup();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency,
  browserStartTimeout,
  testsFinishTimeout: 240_000,
  middleware: [mswWorkerMiddleware, cspMiddleware, fakeApiMiddleware],
  plugins: [engineCommandsPlugin(), bundlePlugin(), examplesPlugin(), ...plugins],
  browsers,
  testFramework: { config: { timeout: 20_000 } },
  // Every test page loads the global guard (test/setup/guard.ts) right after mocha: a test fails
  // when an unhandled rejection, an uncaught error or a console.error escapes while it runs.
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head></head>
  <body>
    <script type="module">
      import '${testFramework}';
      import '/test/setup/guard.ts';
    </script>
  </body>
</html>`,
  reporters: [defaultReporter(), summaryLineReporter()],
};
