/**
 * Loaded first on the strict pages of tests/csp.test.ts (a file, since the
 * policy allows no inline script): records every console error and every
 * Content-Security-Policy violation of the page for the test to read.
 */
const page = window as unknown as { cspErrors: string[]; cspViolations: string[] };
page.cspErrors = [];
page.cspViolations = [];
const error = console.error.bind(console);
console.error = (...args: unknown[]) => {
  page.cspErrors.push(args.map(String).join(' '));
  error(...args);
};
document.addEventListener('securitypolicyviolation', (event) => {
  page.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
});
