import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, centre, generatedEvents, markFor, marks, mount, mountTimeline, PATIENCE, preferReducedMotion, settle, shadow } from '../support/helpers.js';

/** What `run` says with console.warn, each call's arguments joined; the console stays quiet meanwhile. */
async function consoleWarnings(run: () => Promise<void>): Promise<string[]> {
  const warned: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warned.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warned;
}

const DAY = 86_400_000;

function plotBox(element: NewsTimeline): DOMRect {
  return shadow(element).querySelector('.plot')!.getBoundingClientRect();
}

/** Where a time falls in the plot, from the visible window (linear in `spacing="time"`). */
function expectedX(element: NewsTimeline, time: number): number {
  const { start, end } = element.visibleRange!;
  return ((time - start.getTime()) / (end.getTime() - start.getTime())) * plotBox(element).width;
}

function markX(element: NewsTimeline, mark: Element): number {
  return centre(mark).x - plotBox(element).left;
}

function span(element: NewsTimeline): number {
  const { start, end } = element.visibleRange!;
  return end.getTime() - start.getTime();
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

function expectNoOverlap(boxes: DOMRect[], what: string): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i]!, boxes[j]!), `${what} ${i} and ${j} overlap`).to.equal(false);
    }
  }
}

function visibleLabelBoxes(element: NewsTimeline): DOMRect[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('.mark .label')]
    .map((label) => label.getBoundingClientRect())
    .filter((box) => box.width > 0);
}

function tickLabelBoxes(element: NewsTimeline): DOMRect[] {
  return [...shadow(element).querySelectorAll('.axis .tick text')]
    .filter((text) => text.textContent !== '')
    .map((text) => text.getBoundingClientRect());
}

describe('the zoomable timeline', () => {
  // Zooms arrive at once: these tests check where the view ends up, not the glide.
  let restoreMotion: () => void;
  beforeEach(() => (restoreMotion = preferReducedMotion()));
  afterEach(() => restoreMotion());

  afterEach(() => resetMouse());

  it('draws a day-precision event at its day on the time scale', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    element.zoomTo('2018-01', '2019-01', { animate: false });
    await settle(element);
    const singapore = markFor(element, 'Singapore summit')!;
    expect(singapore, 'Singapore summit mark').to.exist;
    expect(markX(element, singapore)).to.be.closeTo(expectedX(element, Date.UTC(2018, 5, 12)), 1.5);
  });

  it("zooms on in to the story's days wherever the view is, its dense steps widened or not", async () => {
    const element = await mountTimeline(await articleData());
    const span = () => element.visibleRange!.end.getTime() - element.visibleRange!.start.getTime();
    // Windows inside one step between two events, where the axis has one scale: two true to time
    // (Iraq to Libya in 2003; late 2017 to April 2018), one inside a widened step (Bolton's 29 April
    // to Singapore's 12 June 2018, drawn a fixed share of the width).
    for (const [from, to] of [['2003-04', '2003-11'], ['2017-10', '2018-03'], ['2018-05-05', '2018-06-05']] as const) {
      element.zoomTo(from, to, { animate: false });
      await settle(element);
      for (let step = 0; step < 3; step++) {
        const before = span();
        element.zoomIn();
        await settle(element);
        expect(span(), `zoom in from ${from} (step ${step + 1})`).to.be.closeTo(before / 2, before / 100);
      }
    }
  });

  it('zooms deep enough on a phone to part a live blog’s entries a minute apart', async () => {
    const minute = (i: number) => `2020-11-03T21:${String(i).padStart(2, '0')}`;
    const events = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, title: `Entry ${i}`, start: minute(i) }));
    const element = await mountTimeline({ events }, { width: 360, attributes: { layout: 'horizontal', spacing: 'time' } });
    element.zoomTo(minute(10), minute(20), { animate: false });
    await settle(element);
    const { start, end } = element.visibleRange!;
    // 21:10 to the end of 21:20's minute, not the hour the view used to stop at.
    expect(end.getTime() - start.getTime()).to.be.closeTo(11 * 60_000, 30_000);
    const shown = marks(element).filter((mark) => {
      const box = mark.getBoundingClientRect();
      return box.right > 0 && box.left < element.getBoundingClientRect().right;
    });
    expect(shown.length).to.be.at.least(8);
    expect(shown.map((mark) => mark.dataset.count ?? '1')).to.deep.equal(shown.map(() => '1'));
  });

  it('zoomTo reads ISO values as whole periods, as the start and end attributes do: "2019-04" ends with April', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    // From the start of the one to the end of the other, also when one period holds the other.
    const cases = [['2019-03', '2019-04', 2], ['2019-04', '2019-03', 2], ['2019', '2019-04', 0], ['2019-04', '2019', 0]] as const;
    for (const [start, end, month] of cases) {
      element.zoomTo(start, end, { animate: false });
      await settle(element);
      const range = element.visibleRange!;
      expect(range.start.getTime(), `${start}–${end}`).to.be.closeTo(Date.UTC(2019, month, 1), 60_000);
      expect(range.end.getTime(), `${start}–${end}`).to.be.closeTo(Date.UTC(2019, 4, 1), 60_000);
    }
    element.zoomTo(new Date(Date.UTC(2019, 2, 1)), Date.UTC(2019, 3, 1), { animate: false });
    await settle(element);
    expect(element.visibleRange!.end.getTime(), 'a Date or a number is an instant').to.be.closeTo(Date.UTC(2019, 3, 1), 60_000);
  });

  it('never draws an era\'s name half nor over the next era: a name without room is left out, the rest stay', async () => {
    const story = {
      events: Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `${2000 + 2 * i}-03-01` })),
      eras: [
        { start: '2001', end: '2001', label: 'A first era whose name is long' },
        { start: '2002', end: '2005', label: 'The early years' },
        { start: '2022-03', end: '2022-06', label: 'A long era name that cannot fit before the edge' },
      ],
    };
    const element = await mountTimeline(story, { attributes: { spacing: 'time' } });
    const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
    const bands = [...shadow(element).querySelectorAll('.era')].map((band) => band.getBoundingClientRect());
    expect(bands, 'every era is drawn').to.have.length(3);
    expect(bands[1]!.left - bands[0]!.left, 'the first era has less room than its name needs').to.be.below(150);
    const names = [...shadow(element).querySelectorAll('.era-label')];
    expect(names.map((name) => name.textContent)).to.deep.equal(['The early years']);
    for (const name of names) expect(name.getBoundingClientRect().right).to.be.at.most(plot.right);
    expect(element.toSVG()).to.contain('The early years').and.not.contain('A long era name').and.not.contain('A first era');
  });

  it('keeps the whole story in view when the reader opens its first or last event from "Show all"', async () => {
    for (const spacing of ['auto', 'time']) {
      const element = await mountTimeline(await articleData(), { width: 1000, attributes: { spacing } });
      const whole = element.visibleRange!;
      const plot = plotBox(element);
      for (const id of ['us-invasion-of-iraq', 'trump-april-14-tweet']) {
        element.select(id);
        await settle(element);
        expect(element.visibleRange!.start.getTime(), `${spacing} ${id}`).to.equal(whole.start.getTime());
        expect(element.visibleRange!.end.getTime(), `${spacing} ${id}`).to.equal(whole.end.getTime());
        for (const mark of marks(element)) {
          expect(centre(mark).x, `${spacing} ${id}: ${mark.getAttribute('aria-label')}`).to.be.within(plot.left, plot.right);
        }
        element.select(undefined);
        await settle(element);
      }
      element.remove();
    }
  });

  it('draws a collapsed gap’s ≈ whole when the gap is dragged half out of view', async () => {
    // Six months of 2000, then six of 2010: the decade between is collapsed in the plot's middle.
    const months = (year: number) => Array.from({ length: 6 }, (_, i) => ({ id: `y${year}m${i}`, title: `${year} ${i + 1}`, start: `${year}-0${i + 1}-15` }));
    // Zoomed in on the gap's ends, so the view can be dragged.
    const element = await mountTimeline({ events: [...months(2000), ...months(2010)] }, { attributes: { start: '2000-04', end: '2010-03' } });
    const plot = plotBox(element);
    const gap = shadow(element).querySelector('.axis-break')!.getBoundingClientRect();
    // The gap's middle dragged onto the plot's left edge: half of it shows.
    const y = Math.round(plot.top + 8);
    const from = Math.round(plot.left + plot.width * 0.75);
    const to = from - Math.round((gap.left + gap.right) / 2 - plot.left);
    await sendMouse({ type: 'move', position: [from, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round((from + to) / 2), y] });
    await sendMouse({ type: 'move', position: [to, y] });
    await sendMouse({ type: 'up' });
    await settle(element);
    const shown = shadow(element).querySelector('.axis-break')!.getBoundingClientRect();
    expect(shown.left, 'the gap starts past the left edge').to.be.below(plot.left - 2);
    expect(shown.right, 'and ends inside it').to.be.above(plot.left + 2);
    const mark = shadow(element).querySelector('.axis-break-mark')!.getBoundingClientRect();
    expect(mark.width).to.be.above(0);
    expect(mark.left, 'the ≈ starts inside the plot').to.be.at.least(plot.left);
  });

  it('draws the gap mark (≈) and the axis legibly in the dark theme as in the light', async () => {
    /** WCAG's contrast ratio of two computed rgb() colours. */
    const contrast = (a: string, b: string) => {
      const luminance = (rgb: string) => {
        const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
          const v = Number(c) / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
      };
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const theme of ['light', 'dark']) {
      const element = await mountTimeline(await articleData(), { attributes: { theme } });
      const background = getComputedStyle(shadow(element).querySelector('.axis-break')!).fill;
      const mark = shadow(element).querySelector('.axis-break-mark')!;
      expect(mark.textContent).to.equal('≈');
      expect(contrast(getComputedStyle(mark).fill, background), `${theme}: ≈`).to.be.at.least(4.5);
      for (const tick of shadow(element).querySelectorAll('.axis text')) {
        expect(contrast(getComputedStyle(tick).fill, background), `${theme}: ${tick.textContent}`).to.be.at.least(4.5);
      }
    }
  });

  it('stays true to time inside a zoomed window of the default spacing, away from its breaks and widened steps', async () => {
    // One event in 2005 (the gap to 2015 is collapsed), then one a month, each far enough from the next to need no widening.
    const monthly = Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, title: `Month ${i + 1}`, start: `2015-${String(i + 1).padStart(2, '0')}-01` }));
    const element = await mountTimeline({ events: [{ id: 'then', title: 'Long before', start: '2005-06-01' }, ...monthly] });
    expect(shadow(element).querySelectorAll('.axis-break'), 'the gap is collapsed').to.have.length(1);
    element.zoomTo('2015-02-15', '2015-10-15', { animate: false });
    await settle(element);
    for (let month = 3; month <= 10; month++) {
      const mark = markFor(element, `Month ${month}`)!;
      expect(markX(element, mark), `month ${month}`).to.be.closeTo(expectedX(element, Date.UTC(2015, month - 1, 1)), 1.5);
    }
  });

  it('shows a year-precision date as a span over its whole year', async () => {
    // The article now dates Libya to the day from the record; as the article words it, it is a year.
    const article = (await articleData()) as { events: { id: string }[] };
    const libyaAsTheArticleSays = { id: 'libya-disarmament', title: 'Libya gives up its nuclear programme', start: '2003', lanes: ['libya'] };
    const events = article.events.map((event) => (event.id === 'libya-disarmament' ? libyaAsTheArticleSays : event));
    const element = await mountTimeline({ ...article, events }, { attributes: { spacing: 'time' } });
    const libya = markFor(element, 'Libya gives up its nuclear programme')!;
    const period = shadow(element).querySelector('.bar-period[data-id="libya-disarmament"]')!.getBoundingClientRect();
    const left = plotBox(element).left;
    expect(markX(element, libya)).to.be.closeTo(expectedX(element, Date.UTC(2003, 0, 1)), 1.5);
    expect(period.left - left).to.be.closeTo(expectedX(element, Date.UTC(2003, 0, 1)), 1.5);
    expect(period.right - left).to.be.closeTo(expectedX(element, Date.UTC(2004, 0, 1)), 1.5);
    expect(libya.getAttribute('aria-label')).to.equal('2003: Libya gives up its nuclear programme');
  });

  it('makes the article readable without zooming: the long gap before 2018 is collapsed', async () => {
    const element = await mountTimeline(await articleData());
    const bolton = markX(element, markFor(element, 'Bolton puts forward the Libya model')!);
    const last = Math.max(...marks(element).map((mark) => markX(element, mark)));
    // True to time, April 2018 to April 2019 would be a sixteenth of the width; collapsed, it gets a fair share.
    expect(last - bolton).to.be.greaterThan(plotBox(element).width * 0.3);
    expect(shadow(element).querySelectorAll('.axis-break')).to.have.length(1);
  });

  it('draws one labelled lane per lane, and ties an event to its other lanes', async () => {
    const element = await mountTimeline(await articleData());
    const labels = [...shadow(element).querySelectorAll('.lane-label')].map((l) => l.textContent?.trim());
    expect(labels).to.deep.equal(['United States', 'North Korea', 'Libya']);
    // Singapore (us, nk) and Libya (libya, us) are each drawn once and tied to their second lane.
    expect(marks(element).filter((m) => m.getAttribute('aria-label')?.endsWith(': Singapore summit'))).to.have.length(1);
    expect(shadow(element).querySelectorAll('.tie').length).to.be.at.least(2);
  });

  // The article is zoomed in around its busiest days (Hanoi, 27 February – 1 March 2019): around
  // the centre of the view, deep zooms would show only the empty years between 2003 and 2017.
  for (const [name, data, focus] of [
    ['the article', articleData, Date.UTC(2019, 1, 28)],
    ['500 dense generated events', async () => ({ events: generatedEvents(500, { years: 3 }) }), undefined],
  ] as const) {
    it(`never overlaps two labels, or a label and the axis, at any zoom (${name})`, async () => {
      const element = await mountTimeline(await data());
      if (focus !== undefined) {
        element.zoomTo(focus - 200 * 86_400_000, focus + 200 * 86_400_000, { animate: false });
        await settle(element);
      }
      for (let step = 0; step < 5; step++) {
        const labels = visibleLabelBoxes(element);
        expect(labels.length, 'some labels are shown').to.be.greaterThan(0);
        expectNoOverlap(labels, 'event labels');
        expectNoOverlap(tickLabelBoxes(element), 'tick labels');
        const axisTop = shadow(element).querySelector('.axis')!.getBoundingClientRect().top;
        for (const label of labels) expect(label.bottom).to.be.at.most(axisTop + 0.5);
        if (focus === undefined) {
          element.zoomIn();
          await settle(element);
        } else {
          const { start, end } = element.visibleRange!;
          const quarter = (end.getTime() - start.getTime()) / 4;
          element.zoomTo(focus - quarter, focus + quarter, { animate: false });
          await settle(element);
        }
      }
    });
  }

  it('shows the title of a first event under its lane’s name, in a small story of lanes', async () => {
    for (const width of [704, 1280]) {
      const element = await mountTimeline(
        {
          lanes: [
            { id: 'a', label: 'Abroad' },
            { id: 'b', label: 'Government' },
          ],
          events: [
            { id: 'x', title: 'Ruling on tariffs', start: '1961-02-25', lanes: ['a'] },
            { id: 'y', title: 'Protest summit', start: '1970-01-11', lanes: ['b'] },
          ],
        },
        { width },
      );
      const labels = [...shadow(element).querySelectorAll('[part~="event"]')].map((mark) => mark.querySelector('[part~="label"]')?.textContent?.trim());
      expect(labels, `at ${width} px`).to.deep.equal(['Ruling on tariffs', 'Protest summit']);
    }
  });

  it('zooms with Ctrl + wheel around the pointer', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const plot = shadow(element).querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const pointerX = box.left + box.width * 0.75;
    const before = element.visibleRange!;
    const timeAtPointer = before.start.getTime() + 0.75 * span(element);
    plot.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -300, ctrlKey: true, clientX: pointerX, clientY: box.top + 20, bubbles: true, cancelable: true }),
    );
    await settle(element);
    expect(span(element)).to.be.lessThan(before.end.getTime() - before.start.getTime());
    expect(expectedX(element, timeAtPointer)).to.be.closeTo(pointerX - box.left, 2);
  });

  it('leaves a plain wheel to the page and shows a hint, until the timeline has focus', async () => {
    const element = await mountTimeline(await articleData());
    const plot = shadow(element).querySelector<HTMLElement>('.plot')!;
    const before = span(element);
    const wheel = () =>
      plot.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: centre(plot).x, clientY: centre(plot).y, bubbles: true, cancelable: true }));
    wheel();
    // The hint is state, gone after 1.5 s: read it at the update, not frames later.
    await element.updateComplete;
    expect(shadow(element).querySelector('.wheel-hint')?.textContent).to.contain('Ctrl');
    await settle(element);
    expect(span(element)).to.equal(before);

    marks(element)[0]!.focus();
    wheel();
    await settle(element);
    expect(span(element)).to.be.lessThan(before);
  });

  it('pans when dragged: dragging right shows earlier times', async () => {
    const element = await mountTimeline(await articleData());
    element.zoomTo('2018-06', '2019-01', { animate: false });
    await settle(element);
    const before = element.visibleRange!.start.getTime();
    const box = plotBox(element);
    const y = Math.round(box.top + 8);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 200), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 300), y] });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 400), y] });
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(element.visibleRange!.start.getTime()).to.be.lessThan(before - 10 * DAY);
  });

  it('zooms with the buttons and keys, and fits the whole story again', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const whole = span(element);
    shadow(element).querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
    await settle(element);
    expect(span(element)).to.be.closeTo(whole / 2, whole * 0.01);

    // Zoomed into the empty years between 2003 and 2017, no mark is in view: the plot takes the keys.
    const plot = shadow(element).querySelector<HTMLElement>('.plot')!;
    plot.focus();
    expect(shadow(element).activeElement).to.equal(plot);
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, composed: true }));
    await settle(element);
    expect(span(element)).to.be.closeTo(whole / 4, whole * 0.01);

    shadow(element).querySelector<HTMLButtonElement>('[data-action="fit"]')!.click();
    await settle(element);
    expect(span(element)).to.be.closeTo(whole, whole * 0.001);
  });

  it('does not zoom out beyond the whole story', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const whole = span(element);
    element.zoomOut();
    await settle(element);
    expect(span(element)).to.be.closeTo(whole, whole * 0.001);
  });

  it('reports the window zoomTo asked for with nt-range-change, within a pixel', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const changed = oneEvent(element, 'nt-range-change');
    // The end day is whole, as an event's end is: the window runs to the start of 2 March.
    element.zoomTo('2019-02-01', '2019-03-01');
    const { detail } = await changed;
    const [start, end] = [Date.UTC(2019, 1, 1), Date.UTC(2019, 2, 2)];
    const pixel = (end - start) / plotBox(element).width;
    expect(detail.start.getTime() - start, 'start').to.be.within(-pixel, pixel);
    expect(detail.end.getTime() - end, 'end').to.be.within(-pixel, pixel);
    expect(element.visibleRange).to.deep.equal(detail);
  });

  it('keeps the overview window in sync with the main view, both ways', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    const whole = element.visibleRange!;
    const toOverview = (time: number) =>
      ((time - whole.start.getTime()) / (whole.end.getTime() - whole.start.getTime())) * overview.width;
    element.zoomTo('2018-01-01', '2019-06-01', { animate: false });
    await settle(element);
    const overview = shadow(element).querySelector('svg.overview')!.getBoundingClientRect();
    const selection = shadow(element).querySelector('.brush .selection')!.getBoundingClientRect();
    // The overview shows the whole story; its window covers what the main view shows.
    expect(selection.left - overview.left).to.be.closeTo(toOverview(Date.UTC(2018, 0, 1)), 1);
    expect(selection.right - overview.left).to.be.closeTo(toOverview(Date.UTC(2019, 5, 1)), 1);

    // Drag the window to the left: the main view moves earlier.
    const before = element.visibleRange!.start.getTime();
    const from = centre(shadow(element).querySelector('.brush .selection')!);
    await sendMouse({ type: 'move', position: [Math.round(from.x), Math.round(from.y)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(from.x - 60), Math.round(from.y)] });
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(element.visibleRange!.start.getTime()).to.be.lessThan(before - 30 * DAY);
  });

  it('spaces events evenly with spacing="equal"', async () => {
    const events = [
      { id: 'a', title: 'A', start: '1990-01-01' },
      { id: 'b', title: 'B', start: '1990-01-02' },
      { id: 'c', title: 'C', start: '2010-06-01' },
      { id: 'd', title: 'D', start: '2010-06-02' },
    ];
    const element = await mountTimeline({ events }, { attributes: { spacing: 'equal' } });
    const xs = ['A', 'B', 'C', 'D'].map((title) => markX(element, markFor(element, title)!));
    const steps = xs.slice(1).map((x, i) => x - xs[i]!);
    for (const step of steps) expect(step).to.be.closeTo(steps[0]!, 1);
    expect(shadow(element).querySelectorAll('.axis-break').length, 'the 20-year step is marked').to.be.at.least(1);
  });

  it('switches to a vertical list on a narrow screen', async () => {
    const element = await mountTimeline(await articleData(), { width: 375 });
    expect(shadow(element).querySelector('.plot')).to.equal(null);
    const titles = [...shadow(element).querySelectorAll('.list-title')].map((t) => t.textContent?.trim());
    expect(titles).to.have.length(12);
    // Libya's announcement of 19 December 2003 came after the invasion of Iraq.
    expect(titles.slice(0, 2)).to.deep.equal(['US-led invasion of Iraq', 'Libya gives up its nuclear programme']);
    expect(titles.at(-1)).to.equal('Trump praises Kim on Twitter');
    expect(element.getBoundingClientRect().width).to.be.at.most(375);
  });

  it('says in the console when an attribute takes a word it does not know, and draws with its default', async () => {
    const warned = await consoleWarnings(async () => {
      const element = await mountTimeline(await articleData(), { width: 900, attributes: { layout: 'diagonal', spacing: 'logarithmic' } });
      expect(shadow(element).querySelector('.plot'), 'drawn with layout="auto"').to.exist;
    });
    expect(warned).to.include('<news-timeline layout="diagonal">: layout is one of auto, horizontal, vertical; auto is used');
    expect(warned.some((line) => line.startsWith('<news-timeline spacing="logarithmic">: spacing is one of'))).to.equal(true);
  });

  it('takes its words in any case, as HTML takes its own (theme="DARK", spacing="Time")', async () => {
    const warned = await consoleWarnings(async () => {
      const element = await mountTimeline(await articleData(), { width: 900, attributes: { theme: 'DARK', spacing: 'Time' } });
      expect(element.theme).to.equal('dark');
      expect(element.spacing).to.equal('time');
      // Drawn dark: the light theme's background is white.
      expect(getComputedStyle(element).backgroundColor).not.to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(element).colorScheme).to.equal('dark');
    });
    expect(warned.filter((line) => line.includes('is one of'))).to.deep.equal([]);
  });

  it('reads a property set from script to a word it does not know as its default too, and says so', async () => {
    const warned = await consoleWarnings(async () => {
      const { el, errors } = await mount({ data: await articleData(), width: 900 });
      // As a framework's binding or a typo would: the element went on drawing, never into its error state.
      (el as unknown as { spacing: string }).spacing = 'timely';
      await settle(el);
      expect(errors).to.deep.equal([]);
      expect(el.spacing).to.equal('auto');
      expect(el.getAttribute('spacing')).to.equal('auto');
      expect(marks(el).length).to.be.greaterThan(0);
    });
    expect(warned.some((line) => line.startsWith('<news-timeline spacing="timely">: spacing is one of'))).to.equal(true);
  });

  it('shows clusters with a count that split when zoomed in', async () => {
    const element = await mountTimeline({ events: generatedEvents(300, { years: 20 }) });
    const clusters = () => marks(element).filter((m) => Number(m.dataset.count) > 1);
    const countShown = () => marks(element).reduce((sum, m) => sum + Number(m.dataset.count), 0);
    expect(clusters().length).to.be.greaterThan(0);
    expect(countShown()).to.equal(300);
    const cluster = clusters().sort((a, b) => Number(b.dataset.count) - Number(a.dataset.count))[0]!;
    const size = Number(cluster.dataset.count);
    cluster.click();
    await settle(element);
    // Zoomed to the cluster's events, none of them is lumped together as before.
    expect(marks(element).length).to.be.greaterThan(1);
    for (const rest of clusters()) expect(Number(rest.dataset.count)).to.be.lessThan(size);
  });
});

/** A single event's mark whose label is hidden or cut: the one the preview is for. */
function markWithCutLabel(element: NewsTimeline, among: (mark: HTMLButtonElement) => boolean = () => true): HTMLButtonElement | undefined {
  return marks(element).filter(among).find((mark) => {
    const label = mark.querySelector<HTMLElement>('.label');
    return Number(mark.dataset.count) === 1 && (!label || label.scrollWidth > label.clientWidth + 1);
  });
}

describe('the initial window and the hover preview', () => {
  // A failure midway would leave the pointer over the next test's timeline.
  afterEach(() => resetMouse());

  it('opens on the window given by the start and end attributes', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { start: '2019-02', end: '2019-04' } });
    const { start, end } = element.visibleRange!;
    expect(start.toISOString()).to.equal('2019-02-01T00:00:00.000Z');
    // "2019-04" ends with April.
    expect(end.toISOString()).to.equal('2019-05-01T00:00:00.000Z');
  });

  it('opens from the start of a lone start attribute to the story’s end, not to the end of its period', async () => {
    const whole = (await mountTimeline(await articleData(), { attributes: { spacing: 'time' } })).visibleRange!;
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time', start: '2019' } });
    const { start, end } = element.visibleRange!;
    expect(start.toISOString()).to.equal('2019-01-01T00:00:00.000Z');
    // The article's last event is in April 2019: the rest of that year would be empty.
    expect(end.getTime()).to.be.closeTo(whole.end.getTime(), 60_000);
  });

  it('previews the title and date of an event whose label is hidden or cut', async () => {
    // The article's titles all show whole now (issue 14); a story of 60 events still hides some.
    const element = await mountTimeline({ events: generatedEvents(60) });
    const cut = markWithCutLabel(element)!;
    expect(cut, 'some label is hidden or cut at this width').to.exist;
    cut.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settle(element);
    const preview = shadow(element).querySelector('.preview')!;
    const title = cut.getAttribute('aria-label')!.split(': ').slice(1).join(': ');
    expect(preview.textContent).to.contain(title);
    cut.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true }));
    await settle(element);
    expect(shadow(element).querySelector('.preview')).to.equal(null);
  });

  it('keeps the preview while the pointer rests on it, and Escape dismisses it (WCAG 1.4.13)', async () => {
    const element = await mountTimeline({ events: generatedEvents(60) });
    const cut = markWithCutLabel(element)!;
    const at = centre(cut);
    await sendMouse({ type: 'move', position: [Math.round(at.x), Math.round(at.y)] });
    await settle(element);
    const preview = () => shadow(element).querySelector('.preview');
    expect(preview(), 'shown on hover').to.exist;
    // Onto the preview itself: it stays, to be read or copied.
    const box = centre(preview()!);
    await sendMouse({ type: 'move', position: [Math.round(at.x), Math.round((at.y + box.y) / 2)] });
    await sendMouse({ type: 'move', position: [Math.round(box.x), Math.round(box.y)] });
    await settle(element);
    expect(preview(), 'kept under the pointer').to.exist;
    // Escape dismisses it without moving the pointer; so for a focused mark.
    cut.focus();
    await settle(element);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(preview(), 'dismissed').to.equal(null);
    await resetMouse();
  });

  it('previews the cut title of an event the arrow keys reach', async () => {
    const restoreMotion = preferReducedMotion();
    try {
      // A month told day by day, in long titles: each day its own mark, most titles hidden or cut.
      const long = 'The committee hears the last witnesses before it votes on its report, late into the night';
      const days = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, title: `${i + 1}. ${long}`, start: `2020-01-${String(i + 1).padStart(2, '0')}` }));
      const element = await mountTimeline({ events: days });
      // In by Tab from the toolbar, as a keyboard user comes.
      shadow(element).querySelector<HTMLElement>('[data-action="list"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement?.classList.contains('mark'), 'Tab reached the events').to.equal(true);
      // On from the first event until one whose title is cut has focus.
      let cut: HTMLButtonElement | undefined;
      for (let press = 0; press < 40 && !cut; press++) {
        await sendKeys({ press: 'ArrowRight' });
        await settle(element);
        const focused = shadow(element).activeElement as HTMLButtonElement;
        cut = markWithCutLabel(element, (mark) => mark === focused && mark.dataset.count === '1');
      }
      expect(cut, 'the keys reached a cut title').to.exist;
      const title = cut!.getAttribute('aria-label')!.split(': ').slice(1).join(': ');
      expect(shadow(element).querySelector('.preview')?.textContent).to.contain(title);
    } finally {
      restoreMotion();
    }
  });

  it('shows no preview when a tap on × hands focus back to the event (no key could dismiss it)', async function () {
    const restoreMotion = preferReducedMotion();
    try {
      const element = await mountTimeline({ events: generatedEvents(60) });
      const cut = markWithCutLabel(element)!;
      const tap = async ({ x, y }: { x: number; y: number }) => {
        const done = await executeServerCommand('touch', { type: 'touchStart', points: [[x, y]] });
        await executeServerCommand('touch', { type: 'touchEnd', points: [] });
        await settle(element);
        return done;
      };
      if (!(await tap(centre(cut.querySelector('.dot')!)))) this.skip();
      const close = shadow(element).querySelector<HTMLElement>('[role="dialog"] .close')!;
      expect(close, 'the popover opened').to.exist;
      await tap(centre(close));
      expect(shadow(element).querySelector('[role="dialog"]'), 'closed').to.equal(null);
      expect((shadow(element).activeElement as HTMLElement | null)?.dataset.id, 'focus back on the event').to.equal(cut.dataset.id);
      expect(shadow(element).querySelector('.preview'), 'no preview over the titles').to.equal(null);
    } finally {
      restoreMotion();
    }
  });
});

describe('zoomTo at the edges of what it can show', () => {
  const STORY = {
    title: 'Four months',
    events: ['2024-01-10', '2024-02-14', '2024-03-20', '2024-04-25'].map((start, i) => ({ id: `e${i}`, title: `Event ${i}`, start })),
  };
  const inView = (element: NewsTimeline) => {
    const { start, end } = element.visibleRange!;
    return element.events.filter((event) => event.start.time >= start.getTime() && event.start.time <= end.getTime()).length;
  };

  it('shows the story, not the empty time beside it, for a window wider than the story', async () => {
    const element = await mountTimeline(STORY, { width: 900 });
    for (const [start, end] of [['2024', '2024'], ['2023', '2025'], ['2024-03', '2024-12']]) {
      element.zoomTo(start!, end!, { animate: false });
      await settle(element);
      expect(inView(element), `${start}–${end}`).to.equal(4);
    }
    const { el } = await mount({ data: STORY, width: 900, attributes: { start: '2024', end: '2024' } });
    await settle(el);
    expect(inView(el), 'start="2024" end="2024"').to.equal(4);
  });

  it('leaves the view as it is for a value that is no time, says so, and keeps working', async () => {
    const element = await mountTimeline(STORY, { width: 900 });
    const errors: Event[] = [];
    element.addEventListener('nt-error', (event) => errors.push(event));
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => warned.push(args[0]);
    try {
      const before = element.visibleRange!;
      for (const bad of [NaN, new Date('x'), 'not a date', undefined, Infinity]) {
        expect(() => element.zoomTo(bad as never, '2024-02', { animate: false }), String(bad)).not.to.throw();
        await settle(element);
        expect(element.visibleRange, String(bad)).to.deep.equal(before);
      }
      expect(warned.length).to.equal(5);
      expect(String(warned[0])).to.contain('zoomTo');
    } finally {
      console.warn = warn;
    }
    expect(errors).to.deep.equal([]);
    element.zoomTo('2024-02', '2024-03', { animate: false });
    await settle(element);
    expect(inView(element)).to.equal(2);
  });
});


describe('a new width (a phone turned, a column resized)', () => {
  const EVENTS = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `${1900 + i * 2}-06-01` }));
  const plotWidth = (element: NewsTimeline) => shadow(element).querySelector('.plot')!.getBoundingClientRect().width;

  it('keeps the stretch of time in view, and the open popover by its event', async () => {
    await keepsItsPlace({ events: EVENTS }, 'time', ['1930-01-01', '1950-01-01'], 'e20', 'Event 20');
  });

  it('keeps it with the axis laid out anew for the width (spacing="auto": breaks, widened stretches)', async () => {
    await keepsItsPlace(await articleData(), 'auto', ['2018-04-20', '2018-06-21'], 'singapore-summit', 'Singapore summit');
  });

  async function keepsItsPlace(data: unknown, spacing: string, [from, to]: string[], id: string, title: string) {
    const { el } = await mount({ data, width: 768, attributes: { spacing } });
    await settle(el);
    el.zoomTo(from!, to!, { animate: false });
    await settle(el);
    el.selected = id;
    await settle(el);
    const before = el.visibleRange!;
    const span = before.end.getTime() - before.start.getTime();
    for (const width of [1024, 640, 768, 1000]) {
      const was = plotWidth(el);
      el.parentElement!.style.width = `${width}px`;
      await waitUntil(() => Math.abs(plotWidth(el) - was) > 1, `the plot at ${width} px`, PATIENCE);
      await settle(el);
      const now = el.visibleRange!;
      // Within 1 % of the span (the bug this guards against moved it by 46 %). Firefox, about one
      // run in four, ends 0.5–0.65 % off (~6 px at 1024 px) under spacing="auto", the same before
      // and after session 35's scroll-bar measure; its cause is not found yet (see the notes of
      // session 35).
      expect(now.start.getTime() - before.start.getTime(), `${width} px: the start`).to.be.closeTo(0, span * 0.01);
      expect(now.end.getTime() - before.end.getTime(), `${width} px: the end`).to.be.closeTo(0, span * 0.01);
      const popover = shadow(el).querySelector('[part~="popover"]');
      expect(popover, `${width} px: the popover stays open`).to.exist;
      const mark = markFor(el, title)!.getBoundingClientRect();
      const plot = shadow(el).querySelector('.plot')!.getBoundingClientRect();
      expect(mark.left + mark.width / 2, `${width} px: its event in the plot`).to.be.within(plot.left, plot.right);
    }
  }
});
