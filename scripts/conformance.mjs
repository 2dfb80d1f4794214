#!/usr/bin/env node
// npm run conformance -- --base-url URL …: the conformance kit (src/conformance/cli.ts) from the
// sources, without a build. The package's bin (dist/conformance.js) is the same code, built.
import { loadTs } from './load-ts.mjs';

await loadTs('src/conformance/cli.ts');
