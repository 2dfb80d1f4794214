/**
 * Runs inside an iframe served with a strict Content-Security-Policy and Trusted Types
 * enforced (see web-test-runner.config.mjs). Registers every element, starts the fake
 * server, records every CSP violation; the test drives the elements from outside.
 */
import { startFakeServer } from '../../mocks/browser.js';
import '../../src/register/zoho-projects-setup.js';
import '../../src/register/crm-user-import.js';

declare global {
  interface Window {
    cspViolations: string[];
    cspStart: (scenario: string) => Promise<void>;
    cspReady: boolean;
  }
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
});
window.cspStart = async (scenario: string) => {
  await startFakeServer({ scenario, latencyMs: 0 });
};
window.cspReady = true;
