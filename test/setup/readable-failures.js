// Loaded before the tests on every test page (web-test-runner.config.mjs). A failed assertion on
// a DOM node (`expect(mark).to.equal(null)`) carries the node as its `actual`, and the runner
// copies a failure's `actual` and `expected` out of the page: for a node that walk never
// finished (it reaches the whole document), and the file timed out after 180 s with no message.
// The failure keeps the node's markup instead, which is also what a reader of the failure needs.
import { chai } from '@open-wc/testing';

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
