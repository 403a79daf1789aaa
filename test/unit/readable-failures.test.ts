// The test pages' own setup (test/setup/readable-failures.js): a failed assertion about a DOM node
// reports the node's markup, which the runner can carry out of the page; the node itself made
// the runner hang until the file timed out, with no message.
import { expect, fixture, html } from '@open-wc/testing';

describe('a failed assertion about a DOM node', () => {
  it('carries the node’s markup as its actual value', () => {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('class', 'axis-break');
    let failure: { actual?: unknown; message?: string } | undefined;
    try {
      expect(rect).to.equal(null);
    } catch (error) {
      failure = error as typeof failure;
    }
    // A type first: without the setup, a failure naming the node would itself hang.
    expect(typeof failure?.actual).to.equal('string');
    expect(failure?.message).to.equal('expected <rect class="axis-break"></rect> to equal null');
    expect(failure?.actual).to.equal('<rect class="axis-break"></rect>');
  });
});

describe('the setup beside the tests', () => {
  // Loaded before mocha, it must leave @open-wc's cleanup of each test's fixture in place: once it
  // did not, and fixtures piled up down the page until pointer tests aimed past the viewport.
  it('draws a fixture', async () => {
    await fixture(html`<p id="fixture-left-behind">one test's fixture</p>`);
    expect(document.getElementById('fixture-left-behind')).to.exist;
  });

  it('finds the last test’s fixture gone', () => {
    expect(document.getElementById('fixture-left-behind') === null).to.equal(true);
  });
});
