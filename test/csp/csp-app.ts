/**
 * Runs inside an iframe served with a strict Content-Security-Policy and Trusted Types
 * enforced (scripts/csp-middleware.mjs). Registers every element and records every CSP
 * violation; the test drives the elements from outside. The fake server runs in the
 * parent test page: MSW's worker answers an iframe's requests with the handlers of the
 * visible page that registered it (registering a worker is itself a Trusted Types sink).
 */
import '../../src/register/zoho-projects-setup.js';
import '../../src/register/crm-user-import.js';

declare global {
  interface Window {
    cspViolations: string[];
    cspReady: boolean;
  }
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
});
window.cspReady = true;
