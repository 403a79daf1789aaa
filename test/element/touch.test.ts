import { expect, waitUntil } from '@open-wc/testing';
import { articleData, glideUnderway, mountTimeline, settle, shadow } from '../support/helpers.js';

/** Synthetic touches, where the engine can make them (Chromium; desktop Firefox and WebKitGTK cannot). */
const canTouch = (() => {
  try {
    new Touch({ identifier: 1, target: document.body, clientX: 0, clientY: 0 });
    return typeof TouchEvent === 'function';
  } catch {
    return false;
  }
})();

function touchEvent(type: string, target: Element, points: [number, number][]): TouchEvent {
  const touches = points.map(([x, y], i) => new Touch({ identifier: i + 1, target, clientX: x, clientY: y, pageX: x, pageY: y }));
  return new TouchEvent(type, {
    touches: type === 'touchend' ? [] : touches,
    targetTouches: type === 'touchend' ? [] : touches,
    changedTouches: touches,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
}

describe('touch', () => {
  before(function () {
    if (!canTouch) this.skip();
  });

  it('pans with a horizontal swipe and zooms with a pinch', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    element.zoomTo('2018-06', '2019-01', { animate: false });
    await settle(element);
    const plot = shadow(element).querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const y = box.top + 20;
    const span = () => element.visibleRange!.end.getTime() - element.visibleRange!.start.getTime();

    const before = element.visibleRange!.start.getTime();
    plot.dispatchEvent(touchEvent('touchstart', plot, [[box.left + 200, y]]));
    plot.dispatchEvent(touchEvent('touchmove', plot, [[box.left + 300, y]]));
    plot.dispatchEvent(touchEvent('touchmove', plot, [[box.left + 400, y]]));
    plot.dispatchEvent(touchEvent('touchend', plot, [[box.left + 400, y]]));
    await settle(element);
    expect(element.visibleRange!.start.getTime(), 'a swipe to the right shows earlier times').to.be.lessThan(before);

    const wide = span();
    plot.dispatchEvent(touchEvent('touchstart', plot, [[box.left + 300, y], [box.left + 340, y]]));
    plot.dispatchEvent(touchEvent('touchmove', plot, [[box.left + 250, y], [box.left + 390, y]]));
    plot.dispatchEvent(touchEvent('touchmove', plot, [[box.left + 200, y], [box.left + 440, y]]));
    plot.dispatchEvent(touchEvent('touchend', plot, [[box.left + 200, y], [box.left + 440, y]]));
    await settle(element);
    expect(span(), 'fingers apart zoom in').to.be.lessThan(wide / 2);
  });

  it('lets a glide end where it was going when a second tap comes during it', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const span = () => element.visibleRange!.end.getTime() - element.visibleRange!.start.getTime();
    const whole = span();
    await glideUnderway(element, whole);
    const plot = shadow(element).querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const finger: [number, number] = [box.left + 5, box.top + 5];
    plot.dispatchEvent(touchEvent('touchstart', plot, [finger]));
    // A tap's 40-80 ms down: the glide's frames come while the finger is down.
    await new Promise((resolve) => setTimeout(resolve, 80));
    plot.dispatchEvent(touchEvent('touchend', plot, [finger]));
    await waitUntil(() => Math.abs(span() - whole / 2) < whole * 0.001, 'stopped part-way', { timeout: 5000 });
  });

  it('leaves vertical swipes to the page: the timeline neither moves nor cancels them', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    element.zoomTo('2018-06', '2019-01', { animate: false });
    await settle(element);
    const plot = shadow(element).querySelector<HTMLElement>('.plot')!;
    expect(getComputedStyle(plot).touchAction).to.equal('pan-y');
    const box = plot.getBoundingClientRect();
    const x = box.left + 300;
    const before = element.visibleRange!;
    // Up, with a little drift sideways, as a thumb scrolls.
    plot.dispatchEvent(touchEvent('touchstart', plot, [[x, box.top + 150]]));
    const moves = [touchEvent('touchmove', plot, [[x + 4, box.top + 120]]), touchEvent('touchmove', plot, [[x + 9, box.top + 60]])];
    for (const move of moves) plot.dispatchEvent(move);
    plot.dispatchEvent(touchEvent('touchend', plot, [[x + 9, box.top + 60]]));
    await settle(element);
    expect(moves.map((move) => move.defaultPrevented), 'the page may scroll').to.deep.equal([false, false]);
    expect(element.visibleRange, 'the timeline stays').to.deep.equal(before);

    // Sideways with a little drift up or down is still the timeline's.
    const sideways = touchEvent('touchmove', plot, [[x + 120, box.top + 140]]);
    plot.dispatchEvent(touchEvent('touchstart', plot, [[x, box.top + 150]]));
    plot.dispatchEvent(sideways);
    plot.dispatchEvent(touchEvent('touchend', plot, [[x + 120, box.top + 140]]));
    await settle(element);
    expect(sideways.defaultPrevented, 'a pan').to.equal(true);
    expect(element.visibleRange!.start.getTime()).to.be.lessThan(before.start.getTime());
  });
});
