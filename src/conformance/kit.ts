/** The conformance kit's command line and its run: what `cli.ts` does, callable from a test. */
import { CHECKS, type KitOptions } from './checks.js';

export const USAGE = `Usage: zoho-projects-conformance --base-url URL [options]

  --base-url URL                  the contract's base URL (what api-base / HttpBackend's baseUrl is)
  --header 'Name: value'          a header for every request (authentication); repeatable
  --import-credentials EMAIL:KEY  the CRM account to import from (lookupCrmUsers): its users are imported
  --timeout MS                    per-request time limit (default 15000)
  --only NAME                     run only the checks whose name contains NAME; repeatable
`;

export function parseArgs(argv: readonly string[]): (KitOptions & { only: string[] }) | string {
  const options: KitOptions & { only: string[] } = { baseUrl: '', headers: {}, timeoutMs: 15_000, credentials: undefined, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') return USAGE;
    if (value === undefined) return `${flag} needs a value\n\n${USAGE}`;
    i++;
    if (flag === '--base-url') options.baseUrl = value;
    else if (flag === '--header') {
      const colon = value.indexOf(':');
      if (colon < 1) return `--header '${value}' is not 'Name: value'`;
      options.headers[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
    } else if (flag === '--import-credentials') {
      const [email, zscKey] = value.split(':');
      if (!email || !zscKey) return '--import-credentials is EMAIL:ZSCKEY';
      options.credentials = { email, zscKey };
    } else if (flag === '--timeout') options.timeoutMs = Number(value);
    else if (flag === '--only') options.only.push(value);
    else return `unknown option ${flag}\n\n${USAGE}`;
  }
  if (!options.baseUrl) return `--base-url is required\n\n${USAGE}`;
  return options;
}

/** Runs the checks and prints one line each; resolves to the number of failures. */
export async function runKit(options: KitOptions & { only?: string[] }, write: (line: string) => void): Promise<number> {
  const counts = { pass: 0, fail: 0, skip: 0 };
  const chosen = CHECKS.filter((c) => !options.only?.length || options.only.some((o) => c.name.includes(o)));
  for (const check of chosen) {
    let result;
    try {
      result = await check.run(options);
    } catch (error) {
      result = { status: 'fail' as const, detail: `the check itself failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    counts[result.status]++;
    write(`${result.status.toUpperCase().padEnd(4)}  ${check.name}: ${result.detail}`);
  }
  write(`conformance of ${options.baseUrl}: ${counts.pass} checks passed, ${counts.fail} failed, ${counts.skip} skipped`);
  return counts.fail;
}
