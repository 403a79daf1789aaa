// A press lands on what the reader aims at: in a dense story, at the whole story and zoomed in,
// the centre of every mark in the plot belongs to that mark's own button (no neighbour's button,
// label or leader lies over it), and a real click on a single event's dot opens that event.
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, centre, generatedEvents, marks, mountTimeline, preferReducedMotion, settle, shadow } from '../support/helpers.js';

const DAY = 86_400_000;

/** 400 events over four years in two lanes: clusters and single marks side by side. */
function denseStory() {
  return {
    lanes: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    events: generatedEvents(400, { years: 4, seed: 3 }).map((event, i) => ({ ...event, lanes: [i % 3 === 0 ? 'b' : 'a'] })),
  };
}

/** The marks whose whole button is inside the plot, brought into the viewport. */
function marksInPlot(element: NewsTimeline): HTMLButtonElement[] {
  const plot = shadow(element).querySelector('.plot')!;
  plot.scrollIntoView({ block: 'nearest' });
  const box = plot.getBoundingClientRect();
  return marks(element).filter((mark) => {
    const r = mark.getBoundingClientRect();
    return r.width > 0 && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
  });
}

/** Marks whose centre a press would not reach: what lies on top there instead. */
function coveredCentres(element: NewsTimeline): string[] {
  const covered: string[] = [];
  for (const mark of marksInPlot(element)) {
    const { x, y } = centre(mark);
    const hit = shadow(element).elementFromPoint(x, y);
    if (hit?.closest('.mark') !== mark) {
      covered.push(`${mark.dataset.id} (${mark.dataset.count}) under ${hit ? `${hit.localName}.${hit.className} ${hit.closest<HTMLElement>('.mark')?.dataset.id ?? ''}` : 'nothing'}`);
    }
  }
  return covered;
}

describe('hit targets in a dense story', () => {
  let element: NewsTimeline;

  // A click near the plot's edge pans the selected event into view: without the glide, the
  // next dot is measured where it is clicked.
  let restoreMotion: () => void;
  beforeEach(async () => {
    restoreMotion = preferReducedMotion();
    element = await mountTimeline(denseStory());
  });

  afterEach(async () => {
    restoreMotion();
    await resetMouse();
  });

  it('keeps the centre of every mark its own, at the whole story and zoomed in', async () => {
    let checked = 0;
    const { start } = element.visibleRange!;
    for (const days of [0, 400, 120, 40]) {
      if (days) element.zoomTo(start.getTime() + 200 * DAY, start.getTime() + (200 + days) * DAY, { animate: false });
      await settle(element);
      expect(coveredCentres(element), `a ${days || 'whole'}-day view`).to.deep.equal([]);
      checked += marksInPlot(element).length;
    }
    // Enough marks side by side to have found an overlap, were there one.
    expect(checked).to.be.greaterThan(60);
  });

  it('opens the event whose dot is clicked', async () => {
    const { start } = element.visibleRange!;
    element.zoomTo(start.getTime() + 200 * DAY, start.getTime() + 600 * DAY, { animate: false });
    await settle(element);
    const singles = marksInPlot(element).filter((mark) => mark.dataset.count === '1');
    expect(singles.length, 'single events in view').to.be.at.least(5);
    for (const mark of singles.slice(0, 5)) {
      const id = mark.dataset.id!;
      const { x, y } = centre(mark);
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      await settle(element);
      expect(element.selected, `the dot of ${id}`).to.equal(id);
      expect(shadow(element).querySelector('[role="dialog"]'), `the popover of ${id}`).to.exist;
      element.select(undefined);
      await settle(element);
    }
  });
});

describe('hit targets at the plot’s ends', () => {
  it('keeps the first and last marks’ 24 px targets whole inside a phone’s 360 px plot', async () => {
    for (const spacing of ['auto', 'time']) {
      // Short enough that the stage scrolls: where scroll bars take room (Firefox, WebKit), the
      // plot is drawn in what the bar leaves, not under it.
      const element = await mountTimeline(await articleData(), { width: 360, attributes: { layout: 'horizontal', spacing } });
      element.style.height = '360px';
      await settle(element);
      const stage = shadow(element).querySelector<HTMLElement>('.stage')!;
      expect(stage.scrollHeight, 'the stage scrolls').to.be.greaterThan(stage.clientHeight);
      const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
      const seenRight = stage.getBoundingClientRect().left + stage.clientLeft + stage.clientWidth;
      const byX = marks(element).map((mark) => mark.getBoundingClientRect()).sort((a, b) => a.left - b.left);
      expect(byX[0]!.width, 'a 24 px target').to.be.closeTo(24, 0.5);
      expect(byX[0]!.left, `${spacing}: the first`).to.be.at.least(plot.left - 0.5);
      expect(byX.at(-1)!.right, `${spacing}: the last`).to.be.at.most(Math.min(plot.right, seenRight) + 0.5);
      expect(stage.scrollWidth, `${spacing}: nothing to scroll sideways`).to.equal(stage.clientWidth);
    }
  });

  it('keeps them whole at the ends of the years a timeline can draw, ±270,000', async () => {
    const events = [
      { id: 'first', title: 'The earliest year drawn', start: '-270000' },
      { id: 'middle', title: 'The article', start: '2019-04-13' },
      { id: 'last', title: 'The latest year drawn', start: '+270000-12-31' },
    ];
    for (const spacing of ['auto', 'time', 'equal']) {
      for (const story of [events.slice(0, 2), events.slice(1), events]) {
        const element = await mountTimeline({ events: story }, { width: 360, attributes: { layout: 'horizontal', spacing } });
        element.style.height = '800px';
        await settle(element);
        const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
        const byX = marks(element).map((mark) => mark.getBoundingClientRect()).sort((a, b) => a.left - b.left);
        const name = `${spacing}, ${story.map((e) => e.id).join(' + ')}`;
        expect(byX[0]!.left, `${name}: the first`).to.be.at.least(plot.left - 0.5);
        expect(byX.at(-1)!.right, `${name}: the last`).to.be.at.most(plot.right + 0.5);
      }
    }
  });
});

describe('a scroll bar that comes and goes in the stage', () => {
  it('keeps the range, and reports no change of it', async () => {
    const element = await mountTimeline(await articleData(), { width: 360, attributes: { layout: 'horizontal' } });
    element.style.height = '360px';
    await settle(element);
    const before = element.visibleRange!;
    const reported: unknown[] = [];
    element.addEventListener('nt-range-change', (event) => reported.push((event as CustomEvent).detail));
    // Taller: the bar goes (where scroll bars take room, the plot widens); shorter: it comes back.
    for (const height of ['800px', '360px', '800px']) {
      element.style.height = height;
      await settle(element);
    }
    expect(+element.visibleRange!.start, 'the same start').to.be.closeTo(+before.start, 1000);
    expect(+element.visibleRange!.end, 'the same end').to.be.closeTo(+before.end, 1000);
    expect(reported, 'nt-range-change').to.deep.equal([]);
  });
});
