// The event that has focus is always in view (issue 18): arrow keys that walk to an event
// outside the window pan (or zoom in, out of a cluster) until its mark is inside the plot, also
// when a key comes while the view is still animating towards the last one.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, mountTimeline, preferReducedMotion, settle, shadow } from '../support/helpers.js';

/**
 * Waits until an animated pan or zoom has arrived: past its 350 ms (timed from its start, it
 * lands on the first frame after), then until the window stops changing. Stillness alone could
 * be a busy machine drawing no frame for a while.
 */
async function viewSettled(element: NewsTimeline): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 400));
  let last = '';
  let still = 0;
  await waitUntil(
    () => {
      const now = JSON.stringify(element.visibleRange);
      still = now === last ? still + 1 : 0;
      last = now;
      return still >= 3;
    },
    'the view did not settle',
    { interval: 60, timeout: 8000 },
  );
  await settle(element);
}

function focusedMark(element: NewsTimeline): HTMLElement {
  const active = shadow(element).activeElement as HTMLElement | null;
  expect(active?.classList.contains('mark'), 'focus is on a mark').to.equal(true);
  return active!;
}

/** Whether the mark's dot is inside the plot's box (a few pixels of the dot may show at an edge). */
function insidePlot(element: NewsTimeline, mark: HTMLElement): boolean {
  const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
  const dot = mark.querySelector('.dot')!.getBoundingClientRect();
  return dot.left >= plot.left && dot.right <= plot.right && dot.top >= plot.top && dot.bottom <= plot.bottom;
}

/** The event ids a mark stands for: its own, or its cluster's (named by its first). */
function holds(element: NewsTimeline, mark: HTMLElement, id: string): boolean {
  const count = Number(mark.dataset.count);
  const first = element.events.findIndex((e) => e.id === mark.dataset.id);
  return element.events.slice(first, first + count).some((e) => e.id === id);
}

describe('the focused event stays in view', function () {
  this.timeout(60_000);

  it('walks every event with the arrow keys from a zoomed-in view, each mark inside the plot', async () => {
    const element = await mountTimeline(await articleData());
    element.zoomTo('2019-03-10', '2019-03-20', { animate: false });
    await settle(element);
    shadow(element).querySelector<HTMLElement>('.mark[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Home' });
    await viewSettled(element);
    const walked: string[] = [];
    for (const event of element.events) {
      const mark = focusedMark(element);
      walked.push(event.id);
      expect(holds(element, mark, event.id), `focus on ${event.id}`).to.equal(true);
      expect(insidePlot(element, mark), `${event.id} in view`).to.equal(true);
      if (event !== element.events.at(-1)) {
        await sendKeys({ press: 'ArrowRight' });
        await viewSettled(element);
      }
    }
    expect(walked).to.have.length(12);
  });

  it('keeps the last event in view when a key comes while the view is still moving', async () => {
    const element = await mountTimeline(await articleData());
    element.zoomTo('2019-02-20', '2019-04-20', { animate: false });
    await settle(element);
    shadow(element).querySelector<HTMLElement>('.mark[tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await viewSettled(element);
    // Home starts a long animated pan back to 2003; End comes before its first frame, while the
    // view still shows the last event (keys sent by the page, in one task, so the timing is exact).
    const press = (key: string) =>
      focusedMark(element).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    press('Home');
    press('End');
    await viewSettled(element);
    const mark = focusedMark(element);
    expect(mark.dataset.id).to.equal('trump-april-14-tweet');
    expect(insidePlot(element, mark), 'the last event in view').to.equal(true);
  });

  it('keeps the focused event in view when + zooms in around the middle of the view', async () => {
    const element = await mountTimeline(await articleData());
    element.zoomTo('2019-02-20', '2019-04-20', { animate: false });
    await settle(element);
    const inView = () => [...shadow(element).querySelectorAll<HTMLElement>('.mark')].filter((mark) => insidePlot(element, mark));
    const leftmost = inView().sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)[0]!;
    const id = leftmost.dataset.id!;
    leftmost.focus();
    const before = element.visibleRange!;
    for (let press = 0; press < 3; press++) {
      await sendKeys({ press: '=' });
      await viewSettled(element);
    }
    const after = element.visibleRange!;
    expect(after.end.getTime() - after.start.getTime(), 'zoomed in').to.be.lessThan((before.end.getTime() - before.start.getTime()) / 4);
    const mark = focusedMark(element);
    expect(holds(element, mark, id), 'still the same event').to.equal(true);
    expect(insidePlot(element, mark), 'and in view').to.equal(true);
  });

  it('moves focus to the event in view nearest the focused one when the page moves the view away', async () => {
    const element = await mountTimeline(await articleData());
    element.zoomTo('2019-02-20', '2019-04-20', { animate: false });
    await settle(element);
    const first = shadow(element).querySelector<HTMLElement>('.mark[tabindex="0"]')!;
    first.focus();
    element.zoomTo('2018-04-01', '2018-07-01', { animate: false });
    await viewSettled(element);
    const mark = focusedMark(element);
    expect(insidePlot(element, mark), 'an event in view').to.equal(true);
    expect(mark.getAttribute('tabindex'), 'the Tab stop with it').to.equal('0');
    // 2019's events are after the new view: the nearest in time is the last one in it.
    const shownIds = [...shadow(element).querySelectorAll<HTMLElement>('.mark')].filter((m) => insidePlot(element, m)).map((m) => m.dataset.id);
    expect(mark.dataset.id).to.equal(shownIds.at(-1));
    await sendKeys({ press: 'ArrowLeft' });
    await viewSettled(element);
    expect(focusedMark(element).dataset.id, 'the arrow key moved on from it').not.to.equal(mark.dataset.id);
  });

  it('moves focus to the event in view nearest when Shift+arrow pans the focused event past the plot’s edge', async () => {
    // The second event some 40 px in from the left edge: a pan of the keys takes it past the
    // edge, where its mark is still drawn (the scene draws a little past each edge).
    const starts = ['2000-01-01', '2000-07-01', ...Array.from({ length: 9 }, (_, i) => `${2002 + i}-01-01`)];
    const element = await mountTimeline({ events: starts.map((start, i) => ({ id: `e${i}`, title: `Event ${i}`, start })) });
    shadow(element).querySelector<HTMLElement>('.mark[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await viewSettled(element);
    expect(focusedMark(element).dataset.id).to.equal('e1');
    // Shift+→ (WebKit's driver can press no key while holding another).
    const options = { key: 'ArrowRight', shiftKey: true, bubbles: true, composed: true, cancelable: true };
    shadow(element).activeElement!.dispatchEvent(new KeyboardEvent('keydown', options));
    await viewSettled(element);
    const mark = focusedMark(element);
    expect(insidePlot(element, mark), `${mark.dataset.id} in view`).to.equal(true);
  });

  it('closes an open popover when the arrow keys go on to another event', async () => {
    const element = await mountTimeline(await articleData());
    const start = shadow(element).querySelector<HTMLElement>('.mark[tabindex="0"]')!;
    start.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(shadow(element).querySelector('[role="dialog"]'), 'the popover open').to.not.equal(null);
    const opened = element.selected;
    // Back to the event from the popover, as Shift+Tab does, then on to the next.
    element.renderRoot.querySelector<HTMLElement>(`.mark[data-id="${opened}"]`)!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await viewSettled(element);
    expect(shadow(element).querySelector('[role="dialog"]'), 'the popover closed').to.equal(null);
    expect(element.selected, 'the event stays selected').to.equal(opened);
    expect(focusedMark(element).dataset.id).not.to.equal(opened);
  });

  it('goes on from the event an arrow key reached while a cluster was still parting, not from the cluster’s first', async () => {
    // A day each for four months: at the whole story's zoom, a few days share a mark.
    const days = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10));
    const element = await mountTimeline({ events: days.map((day) => ({ id: `d${day}`, title: `Day ${day}`, start: day })) });
    const cluster = shadow(element).querySelector<HTMLElement>('.mark[data-count]')!;
    const first = element.events.findIndex((e) => e.id === cluster.dataset.id);
    cluster.focus();
    // Enter starts the animated zoom that parts the cluster; the arrow key comes before it ends.
    const press = (key: string) =>
      (shadow(element).activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    press('Enter');
    press('ArrowRight');
    await viewSettled(element);
    const second = element.events[first + 1]!.id;
    expect(focusedMark(element).dataset.id, 'focus on the event the key reached').to.equal(second);
    press('ArrowRight');
    await viewSettled(element);
    expect(focusedMark(element).dataset.id, 'and the next key goes on from it').to.equal(element.events[first + 2]!.id);
  });
});

describe('the deepest zoom of a story told in days', () => {
  it('keeps labelled ticks on the axis, and a one-day story’s event whole inside the plot', async () => {
    for (const days of [['2019-06-12'], ['2020-02-29', '2020-03-01', '2020-03-02']]) {
      const element = await mountTimeline({ events: days.map((day) => ({ id: `d${day}`, title: `Vote ${day}`, start: day })) });
      // Each press lands at once, so the twelve reach the deepest zoom, where one more does nothing.
      const restoreMotion = preferReducedMotion();
      try {
        for (let press = 0; press < 12; press++) element.zoomIn();
        await settle(element);
        const deepest = JSON.stringify(element.visibleRange);
        element.zoomIn();
        await settle(element);
        expect(JSON.stringify(element.visibleRange), `${days.join()}: the deepest zoom`).to.equal(deepest);
      } finally {
        restoreMotion();
      }
      const root = shadow(element);
      const labels = [...root.querySelectorAll('.axis .tick text')].map((text) => text.textContent);
      expect(labels.length, `${days.join()}: tick labels ${labels.join(' · ')}`).to.be.at.least(days.length > 1 ? 2 : 1);
      const plot = root.querySelector('.plot')!.getBoundingClientRect();
      // (Where the view's edge falls on a day's start, a mark there is cut, as at any zoom.)
      const dot = days.length === 1 ? root.querySelector('.mark .dot')!.getBoundingClientRect() : undefined;
      element.remove();
      if (!dot) continue;
      expect(dot.left, 'the dot inside the plot').to.be.at.least(plot.left - 0.5);
      expect(dot.right, 'the dot inside the plot').to.be.at.most(plot.right + 0.5);
    }
  });
});
