// Loaded before the tests on every test page (web-test-runner.config.mjs). A failed assertion on
// a DOM node (`expect(mark).to.equal(null)`) carries the node as its `actual`, and the runner
// copies a failure's `actual` and `expected` out of the page: for a node that walk never
// finished (it reaches the whole document), and the file timed out after 180 s with no message.
// The failure keeps the node's markup instead, which is also what a reader of the failure needs.
//
// chai itself, not through @open-wc/testing: imported before the test framework, that would
// register its fixtures' cleanup before mocha exists, and every test's fixture would stay in the
// page (the same chai module: @open-wc/testing re-exports it).
import chai from '@esm-bundle/chai';

const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (...args) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    for (const key of ['actual', 'expected']) {
      if (error && error[key] instanceof Node) error[key] = describe(error[key]);
    }
    throw error;
  }
};

function describe(node) {
  const markup = node instanceof Element ? node.outerHTML : String(node.textContent);
  return markup.length > 200 ? `${markup.slice(0, 200)}…` : markup;
}
