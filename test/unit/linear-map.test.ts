import { expect } from '@open-wc/testing';
import { linearMap } from '../../src/layout/linear-map.js';

describe('linearMap (time ↔ pixels, piecewise)', () => {
  // Two stretches: 0–100 over 0–10 px, then 100–1100 over 10–20 px (a collapsed gap).
  const map = linearMap([0, 100, 1100], [0, 10, 20]);

  it('maps each stretch onto its pixels', () => {
    expect(map(50)).to.equal(5);
    expect(map(100)).to.equal(10);
    expect(map(600)).to.equal(15);
  });

  it('goes on beyond the ends along the first and last stretches', () => {
    expect(map(-100)).to.equal(-10);
    expect(map(2100)).to.equal(30);
  });

  it('reads backwards with invert, on either stretch and beyond', () => {
    for (const time of [-100, 0, 30, 100, 600, 1100, 2100]) expect(map.invert(map(time))).to.be.closeTo(time, 1e-9);
  });

  it('maps a stretch of no length to its middle, as d3 does', () => {
    expect(linearMap([5, 5], [0, 10])(5)).to.equal(5);
  });
});
