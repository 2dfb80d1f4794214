/**
 * Runs inside an iframe served with a strict Content-Security-Policy and Trusted Types
 * enforced (scripts/csp-middleware.mjs). Registers every element, runs its own fake server
 * and records every CSP violation; the test drives the elements from outside.
 * The parent page registers MSW's service worker first (registering is a Trusted Types
 * sink): this frame is then already controlled, and MSW reuses that worker.
 */
import { startFakeServer } from '../../mocks/browser.js';
import '../../src/register/zoho-projects-setup.js';
import '../../src/register/crm-user-import.js';
import '../../src/register/client-account-mapper.js';
import '../../src/register/field-mapper.js';
import '../../src/register/profile-perms.js';
import '../../src/register/projects-related-list.js';
import '../../src/register/projects-tab.js';
import '../../src/register/zsc-key-panel.js';
import '../../src/register/crm-client-info.js';
import type { FakeServer } from '../../mocks/fake-server.js';

declare global {
  interface Window {
    cspViolations: string[];
    cspStart: (scenario: string) => Promise<void>;
    cspServer: FakeServer;
    cspReady: boolean;
  }
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
});
window.cspStart = async (scenario: string) => {
  window.cspServer = (await startFakeServer({ scenario, latencyMs: 0 })).server;
};
window.cspReady = true;
