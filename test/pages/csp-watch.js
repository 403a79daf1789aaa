// test/security/csp.test.ts: loaded first on test/pages/csp.html, before the bundle, to record every
// Content-Security-Policy violation on the page (including those inside shadow roots, whose
// events are composed and reach the document).
window.__violations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile,
      line: event.lineNumber,
    });
  },
  true,
);
