// The overview strip's window (src/element/overview-window.ts), driven as a reader would: real
// mouse presses and drags, then what the main view shows.
import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendMouse } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, mountTimeline, settle, shadow } from '../support/helpers.js';

/** A linear axis, zoomed to 2018-01 … 2019-06, and where a time falls on the overview strip. */
async function zoomedTimeline() {
  const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
  const whole = element.visibleRange!;
  element.zoomTo('2018-01-01', '2019-06-01', { animate: false });
  await settle(element);
  const strip = shadow(element).querySelector('svg.overview')!.getBoundingClientRect();
  const share = (time: number) => (time - whole.start.getTime()) / (whole.end.getTime() - whole.start.getTime());
  const timeAt = (x: number) => whole.start.getTime() + ((x - strip.left) / strip.width) * (whole.end.getTime() - whole.start.getTime());
  return { element, strip, xOf: (time: number) => strip.left + share(time) * strip.width, timeAt, y: Math.round(strip.top + strip.height / 2) };
}

function windowBox(element: NewsTimeline): DOMRect {
  return shadow(element).querySelector('.brush .selection')!.getBoundingClientRect();
}

async function drag(from: number, to: number, y: number): Promise<void> {
  await sendMouse({ type: 'move', position: [Math.round(from), y] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round((from + to) / 2), y] });
  await sendMouse({ type: 'move', position: [Math.round(to), y] });
  await sendMouse({ type: 'up' });
}

/** A real finger at (x, y) on the page (Chromium's DevTools); false where the engine offers none. */
function finger(type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number): Promise<unknown> {
  return executeServerCommand('touch', { type, points: type === 'touchEnd' ? [] : [[x, y]] });
}

describe('the overview window', () => {
  afterEach(() => resetMouse());

  it('widens the view when its left edge is dragged, keeping the right one', async () => {
    // Leftwards: the story has years before the window, and only a little room after it.
    const { element, y } = await zoomedTimeline();
    const before = element.visibleRange!;
    const box = windowBox(element);
    await drag(box.left, box.left - 80, y);
    await settle(element);
    expect(element.visibleRange!.end.getTime()).to.be.closeTo(before.end.getTime(), 86_400_000 * 60);
    expect(element.visibleRange!.start.getTime()).to.be.lessThan(before.start.getTime() - 86_400_000 * 180);
  });

  it('centres the window where the strip is pressed beside it, at the same width', async () => {
    const { element, strip, timeAt, y } = await zoomedTimeline();
    const width = windowBox(element).width;
    const at = strip.left + strip.width * 0.3;
    await sendMouse({ type: 'move', position: [Math.round(at), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    await settle(element);
    const box = windowBox(element);
    expect(box.left + box.width / 2).to.be.closeTo(Math.round(at), 2);
    expect(box.width).to.be.closeTo(width, 2);
    const { start, end } = element.visibleRange!;
    expect((start.getTime() + end.getTime()) / 2).to.be.closeTo(timeAt(Math.round(at)), 86_400_000 * 20);
  });

  it('draws a new window where the strip is dragged beside the old one', async () => {
    const { element, strip, timeAt, y } = await zoomedTimeline();
    const [from, to] = [strip.left + strip.width * 0.1, strip.left + strip.width * 0.25];
    await drag(from, to, y);
    await settle(element);
    const { start, end } = element.visibleRange!;
    expect(start.getTime()).to.be.closeTo(timeAt(Math.round(from)), 86_400_000 * 40);
    expect(end.getTime()).to.be.closeTo(timeAt(Math.round(to)), 86_400_000 * 40);
  });

  it('gives a finger the edge it lands beside: a 24 px target, not the mouse’s 6 px handle', async function () {
    const { element, y } = await zoomedTimeline();
    const before = element.visibleRange!;
    const box = windowBox(element);
    // 9 px right of the right edge, dragged 60 px further: the window widens to the right.
    const from = Math.round(box.right + 9);
    if (!(await finger('touchStart', from, y))) this.skip();
    await finger('touchMove', from + 30, y);
    await finger('touchMove', from + 60, y);
    await finger('touchEnd', from + 60, y);
    await settle(element);
    const after = element.visibleRange!;
    expect(after.start.getTime(), 'the left edge stays').to.be.closeTo(before.start.getTime(), 86_400_000 * 60);
    expect(after.end.getTime(), 'the right edge moves right').to.be.greaterThan(before.end.getTime() + 86_400_000 * 60);
  });

  it('moves a window too narrow for a finger to tell its edges from its middle', async function () {
    const { element, y } = await zoomedTimeline();
    element.zoomTo('2018-06-01', '2018-07-01', { animate: false });
    await settle(element);
    const box = windowBox(element);
    expect(box.width, 'narrower than two fingers’ reach').to.be.below(48);
    const from = Math.round(box.left + box.width / 2);
    if (!(await finger('touchStart', from, y))) this.skip();
    await finger('touchMove', from - 30, y);
    await finger('touchMove', from - 60, y);
    await finger('touchEnd', from - 60, y);
    await settle(element);
    const after = windowBox(element);
    expect(after.width, 'the same width').to.be.closeTo(box.width, 1.5);
    expect(after.left, 'moved with the finger').to.be.closeTo(box.left - 60, 2);
  });
});
