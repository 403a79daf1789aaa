import { expect } from '@open-wc/testing';
import { EDGE, GAP, placePopover } from '../../src/element/place-popover.js';

const viewport = { width: 1000, height: 700 };
const popover = { width: 300, height: 200 };
const anchorAt = (x: number, y: number) => ({ left: x - 10, right: x + 10, top: y - 10, bottom: y + 10 });

describe('placePopover', () => {
  it('goes above its event, centred on it, with room to spare', () => {
    const place = placePopover(anchorAt(500, 400), popover, viewport);
    expect(place.side).to.equal('top');
    expect(place.x).to.equal(350);
    expect(place.y).to.equal(390 - GAP - 200);
  });

  it('flips below an event near the top of the viewport', () => {
    const place = placePopover(anchorAt(500, 60), popover, viewport);
    expect(place.side).to.equal('bottom');
    expect(place.y).to.equal(70 + GAP);
  });

  it('slides along its side to stay inside the viewport near an edge', () => {
    expect(placePopover(anchorAt(20, 400), popover, viewport).x).to.equal(EDGE);
    expect(placePopover(anchorAt(990, 400), popover, viewport).x).to.equal(1000 - EDGE - 300);
  });

  it('goes beside an event when neither above nor below has room, no taller than the viewport', () => {
    const tall = { width: 300, height: 650 };
    const place = placePopover(anchorAt(200, 350), tall, viewport);
    expect(place.side).to.equal('right');
    expect(place.x).to.equal(210 + GAP);
    // As tall as it is (the viewport would allow 684 px).
    expect(place.maxHeight).to.equal(650);
    expect(place.y).to.equal(350 - 650 / 2);
  });

  it('is never allowed taller than it measured, so it cannot grow down over its event', () => {
    // Measured at 448 px (its styles' limit) with 519 px of room above: a 519 px limit would let
    // its 505 px of content grow 57 px below where it was placed, over the event.
    const capped = { width: 400, height: 448 };
    const place = placePopover(anchorAt(500, 547), capped, viewport);
    expect(place.side).to.equal('top');
    expect(place.maxHeight).to.equal(448);
    expect(place.y + place.maxHeight).to.be.at.most(537 - GAP);
  });

  it('stays in view, at the nearest edge, for an event scrolled out of view', () => {
    const place = placePopover(anchorAt(300, 1500), popover, viewport);
    expect(place.side).to.equal('top');
    expect(place.y).to.equal(700 - GAP - 200);
  });

  it('caps its height by the room on the side it takes, when nothing fits', () => {
    const huge = { width: 990, height: 690 };
    const place = placePopover(anchorAt(500, 500), huge, viewport);
    expect(place.side).to.equal('top');
    expect(place.maxHeight).to.equal(490 - GAP - EDGE);
    expect(place.y).to.equal(EDGE);
  });

  it('stays in view, over its event, where no side has the room (a page pinch-zoomed to a few hundred pixels)', () => {
    const seen = { width: 400, height: 300 };
    const wide = { width: 384, height: 260 };
    for (const [x, y] of [[380, 150], [20, 150], [200, 20], [200, 280]] as const) {
      const place = placePopover(anchorAt(x, y), wide, seen);
      expect(place.x, `${x},${y}: left`).to.be.at.least(EDGE);
      expect(place.x + wide.width, `${x},${y}: right`).to.be.at.most(seen.width - EDGE);
      expect(place.y, `${x},${y}: top`).to.be.at.least(EDGE);
      expect(place.y + Math.min(wide.height, place.maxHeight), `${x},${y}: bottom`).to.be.at.most(seen.height - EDGE);
    }
  });

  it('scrolls above or below its event, where neither holds it whole, rather than covering the event', () => {
    const seen = { width: 740, height: 360 };
    const tall = { width: 416, height: 448 };
    const event = anchorAt(370, 150);
    const place = placePopover(event, tall, seen);
    expect(place.side).to.equal('bottom');
    expect(place.maxHeight).to.equal(360 - 160 - GAP - EDGE);
    expect(place.y, 'below the event').to.be.at.least(event.bottom);
  });
});
