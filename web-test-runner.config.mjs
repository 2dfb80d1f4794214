import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { mswWorkerMiddleware, plugins } from './web-server.shared.mjs';
import { summaryLineReporter } from './scripts/summary-line-reporter.mjs';
import { bundlePlugin } from './scripts/wtr-bundle-plugin.mjs';
import { examplesPlugin } from './scripts/wtr-examples-plugin.mjs';
import { cspMiddleware } from './scripts/csp-middleware.mjs';
import { fakeApiMiddleware } from './scripts/wtr-fake-api.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 240_000,
  middleware: [mswWorkerMiddleware, cspMiddleware, fakeApiMiddleware],
  plugins: [bundlePlugin(), examplesPlugin(), ...plugins],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--no-first-run', '--disable-quic',
        ],
      },
      // Each test file in its own window: with concurrency > 1, a second tab would leave the
      // first one hidden (no requestAnimationFrame, no focus), so its tests stall or fail.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
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
