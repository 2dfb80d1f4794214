#!/usr/bin/env node
// Runs the browser tests in the engines named on the command line (chromium, firefox, webkit),
// one after the other, with the same config (web-test-runner.config.mjs, WTR_BROWSER picks the
// launcher). WebKit runs under Xvfb (xvfb-run -a), which this script starts and stops; the
// config starts WebKitWebDriver itself. Other arguments go to wtr (e.g. --files test/x.test.ts).
// Prints each engine's "N passed, N failed" line, then one line for all of them.
//
// A run whose runner ends without its summary line (the browser or its driver died: no test
// result to show for it) is run once more, and said so; what it printed last is shown, and
// for WebKit the WebDriver server's own log (see scripts/wtr-browsers.mjs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const argv = process.argv.slice(2).filter((a) => a !== '--');
const engines = argv.filter((a) => ENGINES.includes(a));
const wtrArgs = argv.filter((a) => !ENGINES.includes(a));
if (engines.length === 0) engines.push(...ENGINES);

const SUMMARY = /^(\d+) passed, (\d+) failed/;

function tail(text, lines) {
  return text.split('\n').filter((l) => l.trim()).slice(-lines).join('\n');
}

function runOnce(engine) {
  const wtr = ['wtr', '--config', 'web-test-runner.config.mjs', ...wtrArgs];
  const [command, args] = engine === 'webkit'
    ? ['xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'npx', ...wtr]]
    : ['npx', wtr];
  const driverLog = join(tmpdir(), `zp-${engine}-driver-${process.pid}.log`);
  const started = Date.now();
  return new Promise((resolve) => {
    const env = { ...process.env, WTR_BROWSER: engine, ZP_DRIVER_LOG: driverLog };
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (stream) => (chunk) => {
      stream.write(chunk);
      output += String(chunk);
    };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    child.on('close', (code, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      // The reporter's own line (scripts/summary-line-reporter.mjs), read from whole lines only.
      const summary = output.split('\n').map((l) => l.trim().match(SUMMARY)).filter(Boolean).pop();
      const driver = existsSync(driverLog) ? readFileSync(driverLog, 'utf8') : '';
      rmSync(driverLog, { force: true });
      resolve({ engine, summary, code, signal, seconds, output, driver });
    });
  });
}

async function run(engine) {
  let attempt = await runOnce(engine);
  let seconds = attempt.seconds;
  if (!attempt.summary) {
    console.log(`\n${engine}: the runner ended without a result (exit code ${attempt.code}, signal ${attempt.signal ?? 'none'}) after ${attempt.seconds} s.`);
    console.log(`${engine}: what it printed last:\n${tail(attempt.output, 30)}`);
    if (attempt.driver) console.log(`${engine}: the WebDriver server's log:\n${tail(attempt.driver, 30)}`);
    console.log(`${engine}: running it once more`);
    attempt = await runOnce(engine);
    seconds += attempt.seconds;
  }
  const { summary, code } = attempt;
  const passed = summary ? Number(summary[1]) : 0;
  // A run that ended badly without a failing test to show for it counts as one failure.
  const failed = summary ? Number(summary[2]) + (code !== 0 && summary[2] === '0' ? 1 : 0) : 1;
  const note = summary ? '' : ` (no result: exit code ${attempt.code}, signal ${attempt.signal ?? 'none'})`;
  return { engine, passed, failed, seconds, note, attempt };
}

const results = [];
for (const engine of engines) {
  console.log(`\n::: ${engine}`);
  results.push(await run(engine));
}
console.log('');
for (const r of results) {
  if (r.failed === 0) continue;
  // What failed, again at the end, where a long log's reader looks.
  const lines = r.attempt.output.split('\n');
  const picked = [];
  lines.forEach((line, i) => {
    if (/❌|✖|Error:|timed out|did not|failed to|Failed to/.test(line)) picked.push(...lines.slice(i, i + 3));
  });
  console.log(`::: what failed in ${r.engine}`);
  console.log((picked.length ? picked.slice(0, 60).join('\n') : tail(r.attempt.output, 30)) + '\n');
  if (!r.attempt.summary && r.attempt.driver) console.log(`${r.engine}: the WebDriver server's log:\n${tail(r.attempt.driver, 30)}\n`);
}
for (const r of results) console.log(`${r.engine}: ${r.passed} passed, ${r.failed} failed in ${r.seconds} s${r.note}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
