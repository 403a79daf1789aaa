// Animated zoom without d3-transition (src/element/zoom-animation.ts): the buttons glide to
// their target over a few frames, reduced motion jumps there at once, and a reader's wheel
// takes over from a running animation.
import { expect, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, glideUnderway, mountTimeline, preferReducedMotion, settle, shadow } from '../support/helpers.js';

function span(element: NewsTimeline): number {
  const { start, end } = element.visibleRange!;
  return end.getTime() - start.getTime();
}

function zoomIn(element: NewsTimeline): void {
  shadow(element).querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
}

describe('the animated zoom', () => {
  it('glides to the target: nothing moves before the next frame, then it arrives', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const whole = span(element);
    zoomIn(element);
    await element.updateComplete;
    expect(span(element), 'moved before any frame').to.equal(whole);
    await waitUntil(() => Math.abs(span(element) - whole / 2) < whole * 0.001, 'did not arrive at half the story', { timeout: 5000 });
  });

  it('jumps straight to the target when the reader prefers reduced motion', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const whole = span(element);
    const restore = preferReducedMotion();
    try {
      zoomIn(element);
      await element.updateComplete;
      expect(span(element)).to.be.closeTo(whole / 2, whole * 0.001);
    } finally {
      restore();
    }
  });

  it('doubles for each of two quick presses: the second zooms from where the glide is going', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const whole = span(element);
    zoomIn(element);
    await waitUntil(() => span(element) < whole * 0.99, 'did not start gliding', { timeout: 5000 });
    zoomIn(element);
    await waitUntil(() => Math.abs(span(element) - whole / 4) < whole * 0.001, 'did not arrive at a quarter of the story', { timeout: 5000 });
    const zoomOut = () => shadow(element).querySelector<HTMLButtonElement>('[data-action="zoom-out"]')!.click();
    zoomOut();
    await waitUntil(() => span(element) > (whole / 4) * 1.01, 'did not start gliding out', { timeout: 5000 });
    zoomOut();
    await waitUntil(() => Math.abs(span(element) - whole) < whole * 0.001, 'did not arrive at the whole story', { timeout: 5000 });
  });

  it('glides on through a press on the plot that moves nothing (a click beside the events)', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const whole = span(element);
    await glideUnderway(element, whole);
    const plot = shadow(element).querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const at = { clientX: box.left + 5, clientY: box.top + 5, bubbles: true, composed: true, view: window };
    plot.dispatchEvent(new MouseEvent('mousedown', at));
    // Held down while the glide goes on: its frames come while the press is a gesture under way.
    await new Promise((resolve) => setTimeout(resolve, 80));
    window.dispatchEvent(new MouseEvent('mouseup', at));
    await waitUntil(() => Math.abs(span(element) - whole / 2) < whole * 0.001, 'stopped part-way', { timeout: 5000 });
  });

  it('stops when the reader zooms with the wheel, and never returns to the old target', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const whole = span(element);
    element.fit({ animate: false });
    zoomIn(element);
    const plot = shadow(element).querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    // Three notches in (×1.5 each), where the animation would have ended at ×2.
    plot.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -300, ctrlKey: true, clientX: box.left + box.width / 2, clientY: box.top + 20, bubbles: true, cancelable: true }),
    );
    // Frames until well past the animation's 350 ms: had it gone on, the view would be halved.
    const from = performance.now();
    while (performance.now() - from < 600) await new Promise((resolve) => requestAnimationFrame(resolve));
    await settle(element);
    expect(span(element)).to.be.closeTo(whole / 1.5 ** 3, whole * 0.005);
  });
});
