#!/usr/bin/env node
// Runs the browser tests in the engines named on the command line (chromium, firefox, webkit),
// one after the other, with the same config (web-test-runner.config.mjs, WTR_BROWSER picks the
// launcher). WebKit runs under Xvfb (xvfb-run -a), which this script starts and stops; the
// config starts WebKitWebDriver itself. Other arguments go to wtr (e.g. --files test/x.test.ts).
// Prints each engine's "N passed, N failed" line, then one line for all of them.
import { spawn } from 'node:child_process';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const argv = process.argv.slice(2).filter((a) => a !== '--');
const engines = argv.filter((a) => ENGINES.includes(a));
const wtrArgs = argv.filter((a) => !ENGINES.includes(a));
if (engines.length === 0) engines.push(...ENGINES);

function run(engine) {
  const wtr = ['wtr', '--config', 'web-test-runner.config.mjs', ...wtrArgs];
  const [command, args] = engine === 'webkit'
    ? ['xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'npx', ...wtr]]
    : ['npx', wtr];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, WTR_BROWSER: engine }, stdio: ['ignore', 'pipe', 'inherit'] });
    let last = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const match = String(chunk).match(/^(\d+) passed, (\d+) failed/m);
      if (match) last = match;
    });
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      const passed = last ? Number(last[1]) : 0;
      // A run that ended badly without a failing test to show for it counts as one failure.
      const failed = last ? Number(last[2]) + (code !== 0 && last[2] === '0' ? 1 : 0) : 1;
      resolve({ engine, passed, failed, seconds, code });
    });
  });
}

const results = [];
for (const engine of engines) {
  console.log(`\n::: ${engine}`);
  results.push(await run(engine));
}
console.log('');
for (const r of results) console.log(`${r.engine}: ${r.passed} passed, ${r.failed} failed in ${r.seconds} s`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
