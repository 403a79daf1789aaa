import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { GEOMETRY } from '../../src/layout/scene.js';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { generatedEvents, marks, PATIENCE, settle, shadow } from '../support/helpers.js';

const DAY = 86_400_000;
const COUNT = 100_000;

/** Events whose day overlaps [from, to). */
function eventsOverlapping(events: { start: string }[], from: number, to: number): number {
  let count = 0;
  for (const event of events) {
    const start = Date.parse(`${event.start}T00:00Z`);
    if (start < to && start + DAY > from) count++;
  }
  return count;
}

function drawnCount(element: NewsTimeline): number {
  return marks(element).reduce((sum, mark) => sum + Number(mark.dataset.count), 0);
}

function largestCluster(element: NewsTimeline): number {
  return Math.max(...marks(element).map((mark) => Number(mark.dataset.count)));
}

function nodeCount(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  while (walker.nextNode()) count++;
  return count;
}

describe('at 100,000 events', function () {
  this.timeout(60_000);
  const events = generatedEvents(COUNT, { years: 20, seed: 7 });
  let element: NewsTimeline;

  // One element for the whole suite (reading 100,000 events takes a while): mounted by hand,
  // because fixture() removes its elements after every test.
  const box = document.createElement('div');
  /** Animation frames the page drew while the element read the events. */
  let framesWhileReading = 0;
  /** When the loading state first showed, in ms after the data was given; undefined if it never did. */
  let loadingShownAfter: number | undefined;
  before(async () => {
    box.style.width = '760px';
    document.body.append(box);
    element = document.createElement('news-timeline');
    element.setAttribute('spacing', 'time');
    const loaded = oneEvent(element, 'nt-load');
    let reading = true;
    const count = () => {
      if (!reading) return;
      framesWhileReading++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const given = performance.now();
    element.data = { events };
    box.append(element);
    const loadingWatch = new MutationObserver(() => {
      if (loadingShownAfter === undefined && element.shadowRoot!.querySelector('.loading')) loadingShownAfter = performance.now() - given;
    });
    loadingWatch.observe(element.shadowRoot!, { childList: true, subtree: true });
    await loaded;
    loadingWatch.disconnect();
    reading = false;
    await settle(element);
  });
  after(() => box.remove());

  it('keeps every event', () => {
    expect(element.events).to.have.length(COUNT);
  });

  it('shows no loading state for the first 100 ms of the read, then one until the story is drawn', () => {
    // Reading 100,000 events takes longer than that in every browser; a short read shows none.
    expect(loadingShownAfter, 'the loading state showed').to.not.equal(undefined);
    // At least the 100 ms timer; Firefox's coarse clock may read 100.4 ms as 99.
    expect(loadingShownAfter).to.be.at.least(98);
  });

  it('leaves the page its frames while it reads them, a slice at a time', () => {
    // Read in one go, the page would draw no frame until the end (one, counted at the start);
    // how many more depends on the machine's speed.
    expect(framesWhileReading).to.be.at.least(2);
  });

  it('draws exactly the events in the visible window, singly or in clusters with the right counts', async () => {
    for (const [from, to] of [
      ['2003-01-01', '2003-03-01'],
      ['2010-06-01', '2010-06-20'],
      ['2000-01-01', '2020-01-01'],
    ] as const) {
      element.zoomTo(from, to, { animate: false });
      await settle(element);
      const { start, end } = element.visibleRange!;
      const pxPerMs = element.getBoundingClientRect().width / (end.getTime() - start.getTime());
      // The element draws a little past each edge (overscan), so marks slide in while panning.
      const margin = GEOMETRY.overscan / pxPerMs;
      expect(drawnCount(element), `${from} to ${to}`).to.equal(eventsOverlapping(events, start.getTime() - margin, end.getTime() + margin));
    }
  });

  it('splits clusters as it zooms in', async () => {
    element.zoomTo('2005-01-01', '2007-01-01', { animate: false });
    await settle(element);
    const before = largestCluster(element);
    element.zoomTo('2005-06-01', '2005-07-01', { animate: false });
    await settle(element);
    expect(largestCluster(element)).to.be.lessThan(before);
  });

  it('keeps the DOM small whatever is in view', async () => {
    element.fit({ animate: false });
    await settle(element);
    expect(nodeCount(shadow(element))).to.be.lessThan(3000);
    element.zoomTo('2012-01-01', '2012-02-01', { animate: false });
    await settle(element);
    expect(nodeCount(shadow(element))).to.be.lessThan(3000);
  });

  it('still visits events in time order with the keyboard', async () => {
    element.zoomTo('2000-01-01', '2000-02-01', { animate: false });
    await settle(element);
    shadow(element).querySelector<HTMLElement>('.mark[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Home' });
    const visited: string[] = [];
    for (let i = 0; i < 25; i++) {
      await waitUntil(() => shadow(element).activeElement?.classList.contains('mark'), 'focus left the events', PATIENCE);
      visited.push((element as unknown as { focusedId: string }).focusedId);
      await sendKeys({ press: 'ArrowRight' });
      await settle(element);
    }
    expect(visited).to.deep.equal(element.events.slice(0, 25).map((e) => e.id));
    await sendKeys({ press: 'End' });
    await settle(element);
    expect((element as unknown as { focusedId: string }).focusedId).to.equal(element.events.at(-1)!.id);
  });
});
