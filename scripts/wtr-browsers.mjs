// One launcher per engine, chosen by WTR_BROWSER (chromium | firefox | webkit); the test
// runner's config is shared. Each engine's quirks live here, not in the tests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';

export const engine = process.env.WTR_BROWSER ?? 'chromium';

/** How many test files run at once in each engine (see docs/decisions.md, "Three engines"). */
const concurrencyOf = { chromium: 2, firefox: 2, webkit: 1 };

/** How long a test page may take to open: WebKit drives one MiniBrowser over WebDriver, slower to navigate. */
const browserStartTimeoutOf = { chromium: 30_000, firefox: 30_000, webkit: 60_000 };

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

/**
 * MiniBrowser's path: Debian puts it under the machine's multiarch folder
 * (/usr/lib/x86_64-linux-gnu/… on amd64, /usr/lib/aarch64-linux-gnu/… on arm64), so look
 * instead of assuming one. A wrong path does not fail: WebKitWebDriver waits for a browser
 * that never comes.
 */
function miniBrowser() {
  if (process.env.WEBKIT_BROWSER) return process.env.WEBKIT_BROWSER;
  const folders = ['/usr/lib', '/usr/libexec'];
  for (const lib of folders) {
    const dirs = existsSync(lib) ? ['', ...readdirSync(lib).filter((d) => d.endsWith('-linux-gnu'))] : [];
    for (const dir of dirs) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
        const path = join(lib, dir, api, 'MiniBrowser');
        if (existsSync(path)) return path;
      }
    }
  }
  throw new Error('MiniBrowser not found (Debian: apt-get install webkit2gtk-driver); set WEBKIT_BROWSER to its path.');
}

const webkitCapabilities = () => ({
  // No browserName: WebKitWebDriver refuses to match one for MiniBrowser.
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': {
    binary: miniBrowser(),
    args: ['--automation'],
  },
});

/**
 * Opens and closes one browser session before the run: a fresh machine's first MiniBrowser start
 * (caches, GStreamer registry) happens here, and a browser that cannot start at all fails here
 * with the driver's answer instead of as a runner without results.
 */
async function probeSession(port, capabilities) {
  const base = `http://127.0.0.1:${port}/session`;
  const res = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': capabilities['webkitgtk:browserOptions'] } } }),
    signal: AbortSignal.timeout(60_000),
  }).catch((error) => {
    if (error.name !== 'TimeoutError') throw error;
    throw new Error(`WebKitWebDriver opened no ${capabilities['webkitgtk:browserOptions'].binary} within 60 s`);
  });
  const body = await res.json();
  const id = body.value?.sessionId;
  if (!res.ok || !id) throw new Error(`WebKitWebDriver could not open a session: ${JSON.stringify(body.value ?? body)}`);
  await fetch(`${base}/${id}`, { method: 'DELETE', signal: AbortSignal.timeout(30_000) });
}

/** Starts WebKitWebDriver on a free port (stopped when the runner exits) and checks it can open a browser. */
async function startWebKitDriver(capabilities) {
  const port = await freePort();
  // Its own output goes to the file scripts/test-engines.mjs shows when a run dies without a result.
  const log = process.env.ZP_DRIVER_LOG ? openSync(process.env.ZP_DRIVER_LOG, 'a') : 'ignore';
  // Without WebKit's bubblewrap sandbox, as Chromium runs with --no-sandbox here: a container
  // that refuses user namespaces would otherwise leave MiniBrowser without a web process (a
  // hang, not an error). The pages are the suite's own, served on localhost.
  const env = { ...process.env, WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1' };
  const driver = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`], { env, stdio: ['ignore', log, log] });
  process.on('exit', () => driver.kill());
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { driver.kill(); process.exit(130); });
  await waitForDriver(port, driver);
  await probeSession(port, capabilities);
  return port;
}

async function webkit() {
  if (!process.env.DISPLAY) {
    throw new Error('WebKit needs a display: run it through `npm run test:webkit` (which starts Xvfb).');
  }
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const capabilities = webkitCapabilities();
  const port = await startWebKitDriver(capabilities);
  const launcher = webdriverLauncher({ hostname: '127.0.0.1', port, logLevel: 'error', capabilities });
  // Its label comes from browserName, which this driver cannot take: name it for the reports.
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config) => {
    await initialize(config);
    launcher.name = 'WebKit';
  };
  return launcher;
}

const launchers = { chromium, firefox, webkit };

/**
 * A runner that ends early says who ended it. CI saw WebKit runs end mid-way with exit code 1
 * and nothing printed (web-test-runner exits 1 when its runner is stopped: a signal, its CLI,
 * or a stop without an error); this prints the signal or the stack that stopped it, so the
 * next such run can be explained. scripts/test-engines.mjs runs such a run once more.
 */
function explainEarlyExit() {
  const exit = process.exit.bind(process);
  process.exit = (code) => {
    if (code) console.error(`[${engine}] the test runner exits with code ${code}; from:\n${new Error().stack}`);
    return exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.prependListener(signal, () => console.error(`[${engine}] the test runner received ${signal}`));
  }
}

/** The launcher and concurrency for the engine WTR_BROWSER names. */
export async function engineSetup() {
  explainEarlyExit();
  const make = launchers[engine];
  if (!make) throw new Error(`WTR_BROWSER=${engine}: expected one of ${Object.keys(launchers).join(', ')}`);
  return { browsers: [await make()], concurrency: concurrencyOf[engine], browserStartTimeout: browserStartTimeoutOf[engine] };
}
