/// <reference types="node" />
/**
 * `zoho-projects-conformance`: checks a live server against the REST contract through the same
 * `HttpBackend` the elements use. One line per check, a summary line, exit code 1 on a failure.
 * Run it against a test instance: it imports CRM users and saves the field mapping.
 */
import { parseArgs, runKit, USAGE } from './kit.js';

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n`);
    process.exitCode = parsed === USAGE ? 0 : 2;
    return;
  }
  const failures = await runKit(parsed, (line) => process.stdout.write(`${line}\n`));
  process.exitCode = failures ? 1 : 0;
}

void main();
