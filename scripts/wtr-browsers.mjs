// One launcher per engine, chosen by WTR_BROWSER (chromium | firefox | webkit); the test
// runner's config is shared. Each engine's quirks live here, not in the tests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';

export const engine = process.env.WTR_BROWSER ?? 'chromium';

/** How many test files run at once in each engine (see docs/decisions.md, "Three engines"). */
const concurrencyOf = { chromium: 2, firefox: 2, webkit: 1 };

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
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
  });
}

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  // Firefox writes a 40-90 MB profile per run: keep it in a folder removed when the run ends.
  const profiles = mkdtempSync(join(tmpdir(), 'zp-firefox-'));
  process.on('exit', () => rmSync(profiles, { recursive: true, force: true }));
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profiles,
      extraPrefsFirefox: {
        // No network chatter (there is no internet here) and no first-run pages.
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'app.update.enabled': false,
      },
    },
    createPage: ({ context }) => context.newPage({ type: 'window' }),
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, driver) {
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start within 10 s');
}

async function webkit() {
  if (!process.env.DISPLAY) {
    throw new Error('WebKit needs a display: run it through `npm run test:webkit` (which starts Xvfb).');
  }
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  // The runner starts the WebDriver server on a free port and stops it when it exits.
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { driver.kill(); process.exit(130); });
  await waitForDriver(port, driver);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      // No browserName: WebKitWebDriver refuses to match one for MiniBrowser.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  });
  // Its label comes from browserName, which this driver cannot take: name it for the reports.
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config) => {
    await initialize(config);
    launcher.name = 'WebKit';
  };
  return launcher;
}

const launchers = { chromium, firefox, webkit };

/** The launcher and concurrency for the engine WTR_BROWSER names. */
export async function engineSetup() {
  const make = launchers[engine];
  if (!make) throw new Error(`WTR_BROWSER=${engine}: expected one of ${Object.keys(launchers).join(', ')}`);
  return { browsers: [await make()], concurrency: concurrencyOf[engine] };
}
