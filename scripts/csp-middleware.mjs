// Serves the CSP test page with the strict policy of the hardening issue.
export const STRICT_CSP = [
  "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'",
  "require-trusted-types-for 'script'", "trusted-types lit-html 'allow-duplicates'",
].join('; ');

export async function cspMiddleware(ctx, next) {
  await next();
  if (ctx.path === '/test/csp/csp-page.html') ctx.set('Content-Security-Policy', STRICT_CSP);
}
