/**
 * Lit renders through a Trusted Types policy named `lit-html`. A page that
 * enforces Trusted Types must allow that name, and allow it twice when the
 * page's own Lit has already created it:
 *
 *   require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'
 *
 * When the policy is refused, Lit throws as it loads and no element is
 * defined; the browser's own message does not say what to change. Imported
 * first by the bundle entry (src/index.ts), before Lit, so its listener is in
 * place when Lit asks for the policy: it says once, in the console, which
 * directive the page needs.
 */
export const TRUSTED_TYPES_DIRECTIVE = "trusted-types lit-html 'allow-duplicates'";

if (typeof document !== 'undefined') {
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective !== 'trusted-types' || event.sample !== 'lit-html' || event.disposition !== 'enforce') return;
    // A violation of the page's own Lit, while ours loaded, is not ours to explain.
    if (customElements.get('tp-likert-scale')) return;
    document.removeEventListener('securitypolicyviolation', onViolation);
    console.error(
      `tyopari-forms: no element was defined, because the page's Content-Security-Policy refused the Trusted Types policy "lit-html" the elements render with. Add this directive to the policy: ${TRUSTED_TYPES_DIRECTIVE}`,
    );
  };
  document.addEventListener('securitypolicyviolation', onViolation);
}
