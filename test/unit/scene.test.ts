// Everything the horizontal view draws, in pixels (src/layout/scene.ts): the lanes' bands and
// their label rows, each mark where its date falls, bars for ranges and coarse dates, ties to
// an event's other lanes, eras, and the axis below the lanes; at the whole story and zoomed.
import { expect } from '@open-wc/testing';
import type { AxisBreak } from '../../src/layout/axis-scale.js';
import { indexLanes } from '../../src/layout/lane-index.js';
import { GEOMETRY, allotRows, buildScene, laneBands, laneLookup, type Scene } from '../../src/layout/scene.js';
import type { Timeline } from '../../src/model/types.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { seededRandom } from '../support/seeded-random.js';

const DAY = 86_400_000;
const START = Date.UTC(2020, 0, 1);
/** 2020 (366 days) across 732 px: two pixels a day. */
const WIDTH = 732;
const END = START + 366 * DAY;
const px = (iso: string) => ((Date.parse(`${iso}T00:00:00Z`) - START) / DAY) * 2;

function story(): Timeline {
  const { timeline, problems } = parseTimeline({
    lanes: [
      { id: 'us', label: 'United States' },
      { id: 'nk', label: 'North Korea' },
    ],
    eras: [{ label: 'Talks', start: '2020-03-01', end: '2020-06-30' }],
    events: [
      { id: 'visit', title: 'Visit', start: '2020-02-15', lanes: ['us'] },
      { id: 'summit', title: 'Summit', start: '2020-06-12', lanes: ['us', 'nk'] },
      { id: 'talks', title: 'Talks', start: '2020-03-01', end: '2020-04-10', lanes: ['nk'] },
      { id: 'letter', title: 'Letter', start: '2020-10-01', lanes: ['nk'] },
      { id: 'season', title: 'Season', start: '2020-09' },
    ],
  });
  expect(problems).to.deep.equal([]);
  return timeline!;
}

/** The scene at zoom `k` with the view's left edge at `left` (a date), as the element builds it. */
function sceneOf(
  timeline: Timeline,
  { k = 1, left = START, height, breaks = [] }: { k?: number; left?: number; height?: number; breaks?: AxisBreak[] } = {},
): Scene {
  const lanes = laneBands(timeline.lanes, timeline.events, height);
  const laneOf = laneLookup(lanes);
  const shift = ((left - START) / DAY) * 2 * k;
  return buildScene({
    timeline,
    domain: [START, END],
    range: [-shift, WIDTH * k - shift],
    breaks,
    width: WIDTH,
    lanes,
    laneEvents: indexLanes(timeline.events, lanes.length, (event) => laneOf(event.lanes[0])),
    // Nothing is filtered: an event is drawn in its first lane and tied to the others.
    tiedLanes: (event) => event.lanes.slice(1),
    height,
    // Seven pixels a character: labels of a known width.
    measureLabel: (text) => text.length * 7,
    tickLabel: (tick) => new Date(tick.time).toISOString().slice(0, 7),
    clusterLabel: (count) => `${count} events`,
  });
}

/** Positions to a thousandth of a pixel: the axis maps times in floating point. */
const r = (x: number) => Math.round(x * 1000) / 1000;

const markOf = (scene: Scene, id: string) => scene.marks.find((mark) => mark.items.some((event) => event.id === id));

describe('laneBands: the lanes, top to bottom', () => {
  const { rowHeight, rows, markBand, laneGap, axisHeight } = GEOMETRY;

  it('one band per lane, and "Other" for events in no lane, each with its rows above its marks', () => {
    const bands = laneBands(story().lanes, story().events);
    const height = rows * rowHeight + markBand;
    expect(bands.map((band) => [band.id, band.label, band.top, band.height, band.baseline, band.rows])).to.deep.equal([
      ['us', 'United States', 0, height, height - markBand / 2, rows],
      ['nk', 'North Korea', height + laneGap, height, 2 * height + laneGap - markBand / 2, rows],
      [undefined, 'Other', 2 * (height + laneGap), height, 3 * height + 2 * laneGap - markBand / 2, rows],
    ]);
  });

  it('a single unnamed band for a story without lanes', () => {
    const { timeline } = parseTimeline({ events: [{ id: 'a', title: 'A', start: '2020' }] });
    const bands = laneBands(timeline!.lanes, timeline!.events);
    expect(bands.map((band) => [band.id, band.label, band.top])).to.deep.equal([[undefined, undefined, 0]]);
  });

  it('given the plot’s height, fills it exactly, the axis included', () => {
    for (const height of [260, 400, 631]) {
      const bands = laneBands(story().lanes, story().events, height);
      const last = bands.at(-1)!;
      expect(last.top + last.height + laneGap + axisHeight, `${height} px`).to.be.closeTo(height, 1e-9);
      for (let i = 1; i < bands.length; i++) expect(bands[i]!.top).to.be.closeTo(bands[i - 1]!.top + bands[i - 1]!.height + laneGap, 1e-9);
    }
  });
});

describe('allotRows: label rows shared by need', () => {
  it('one row each, then each next row to the lane with the most events a row', () => {
    expect(allotRows([10, 2, 0], 6)).to.deep.equal([4, 1, 1]);
    expect(allotRows([4, 4], 6)).to.deep.equal([3, 3]);
  });

  it('never more rows than events, nor than the most a lane may have', () => {
    expect(allotRows([2, 1], 20)).to.deep.equal([2, 1]);
    expect(allotRows([500], 40)).to.deep.equal([GEOMETRY.maxRows]);
  });

  it('one more for a named lane, whose top row its name shares, when there is room', () => {
    expect(allotRows([1, 1], 6, [true, true])).to.deep.equal([2, 2]);
    expect(allotRows([2, 1], 20, [false, true])).to.deep.equal([2, 2]);
  });

  it('still one row each when there is no room', () => {
    expect(allotRows([3, 3, 3], 0)).to.deep.equal([1, 1, 1]);
  });
});

describe('buildScene: the whole story', () => {
  const scene = sceneOf(story());

  it('puts each mark at its date, in the lane it is drawn in (its first)', () => {
    const at = Object.fromEntries(scene.marks.map((mark) => [mark.items.map((e) => e.id).join(), [r(mark.x), scene.lanes[mark.lane]!.id]]));
    expect(at).to.deep.equal({
      visit: [px('2020-02-15'), 'us'],
      summit: [px('2020-06-12'), 'us'],
      talks: [px('2020-03-01'), 'nk'],
      letter: [px('2020-10-01'), 'nk'],
      season: [px('2020-09-01'), undefined],
    });
  });

  it('labels every mark of this small story on a row of its lane', () => {
    for (const mark of scene.marks) {
      expect(mark.row, mark.items[0]!.id).to.be.a('number');
      expect(mark.labelWidth, mark.items[0]!.id).to.be.at.least(mark.items[0]!.title.length * 7);
    }
  });

  it('draws a range from its start to its end, and a month as the whole month', () => {
    const bars = scene.bars.map((bar) => [bar.event.id, bar.kind, r(bar.x0), r(bar.x1), bar.y]);
    expect(bars).to.deep.equal([
      ['talks', 'range', px('2020-03-01'), px('2020-04-11'), scene.lanes[1]!.baseline],
      ['season', 'period', px('2020-09-01'), px('2020-10-01'), scene.lanes[2]!.baseline],
    ]);
  });

  it('ties an event to its other lanes, from its mark down to their marks’ line', () => {
    expect(scene.ties.map((tie) => [tie.event.id, r(tie.x), tie.y0, tie.y1])).to.deep.equal([
      ['summit', px('2020-06-12'), scene.lanes[0]!.baseline, scene.lanes[1]!.baseline],
    ]);
  });

  it('spans an era over its whole last day', () => {
    expect(scene.eras.map((era) => [era.label, r(era.x0), r(era.x1)])).to.deep.equal([['Talks', px('2020-03-01'), px('2020-07-01')]]);
  });

  it('names eras only where the name ends before the next era starts, one of eras that start together', () => {
    const { timeline } = parseTimeline({
      events: [{ id: 'a', title: 'A', start: '2020-03-01' }],
      eras: [
        // 38 px to the next era: its 140 px name would cross it.
        { label: 'Twenty letters long', start: '2020-01-01', end: '2020-01-19' },
        { label: 'Winter', start: '2020-01-20', end: '2020-03-31' },
        { label: 'Summer', start: '2020-06-01', end: '2020-08-31' },
        { label: 'Same start', start: '2020-06-01', end: '2020-06-30' },
        // Two days wide with nothing after it: its name may run on past its end.
        { label: 'Late', start: '2020-12-01', end: '2020-12-02' },
      ],
    });
    const eras = sceneOf(timeline!).eras;
    expect(eras.map((era) => era.label)).to.deep.equal([undefined, 'Winter', 'Summer', undefined, 'Late']);
    // Two eras that start before the view would both put their names at its left edge: the one
    // that starts later keeps its name.
    const nested = parseTimeline({
      events: [{ id: 'a', title: 'A', start: '2020-03-01' }],
      eras: [
        { label: 'Year', start: '2020', end: '2020' },
        { label: 'Winter', start: '2020-01-20', end: '2020-03-31' },
      ],
    }).timeline!;
    expect(sceneOf(nested).eras.map((era) => era.label), 'the whole year: both fit').to.deep.equal(['Year', 'Winter']);
    const panned = sceneOf(nested, { k: 4, left: Date.UTC(2020, 1, 1) }).eras;
    expect(panned.map((era) => [era.label, era.x0 < 0])).to.deep.equal([[undefined, true], ['Winter', true]]);
  });

  it('draws the axis below the last lane, with ticks inside the plot in time order', () => {
    const last = scene.lanes.at(-1)!;
    expect(scene.axisY).to.equal(last.top + last.height + GEOMETRY.laneGap);
    expect(scene.height).to.equal(scene.axisY + GEOMETRY.axisHeight);
    expect(scene.ticks.length).to.be.greaterThan(2);
    for (const tick of scene.ticks) {
      expect(tick.x).to.be.within(0, WIDTH);
      expect(tick.x).to.be.closeTo(((tick.time - START) / DAY) * 2, 1e-6);
    }
    const times = scene.ticks.map((tick) => tick.time);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
  });
});

describe('buildScene: zoomed in', () => {
  it('at ×4 from 1 June, draws what is in view (and just beyond, to slide in) where it now falls', () => {
    const scene = sceneOf(story(), { k: 4, left: Date.UTC(2020, 5, 1) });
    const atK4 = (iso: string) => (px(iso) - px('2020-06-01')) * 4;
    expect(r(markOf(scene, 'summit')!.x)).to.equal(atK4('2020-06-12'));
    // The view ends at noon on 31 August; September starts 4 px past the edge, inside the
    // overscan: drawn, so it slides in rather than pops in while panning.
    expect(atK4('2020-09-01')).to.be.within(WIDTH, WIDTH + GEOMETRY.overscan);
    expect(r(markOf(scene, 'season')!.x)).to.equal(atK4('2020-09-01'));
    // Far outside (more than the overscan): not drawn at all.
    for (const id of ['visit', 'talks', 'letter']) expect(markOf(scene, id), id).to.equal(undefined);
    expect(scene.bars.map((bar) => bar.event.id)).to.deep.equal(['season']);
    expect(scene.eras.map((era) => [era.label, r(era.x0), r(era.x1)])).to.deep.equal([['Talks', atK4('2020-03-01'), atK4('2020-07-01')]]);
  });

  it('clusters marks too close to tell apart, and splits them when zoomed in', () => {
    const { timeline } = parseTimeline({
      events: [
        { id: 'a', title: 'A', start: '2020-05-01' },
        { id: 'b', title: 'B', start: '2020-05-03' },
        { id: 'c', title: 'C', start: '2020-05-04' },
      ],
    });
    // At 2 px a day, 3 days are 6 px, closer than the cluster distance: one mark for three.
    const whole = sceneOf(timeline!);
    expect(whole.marks.map((mark) => mark.items.map((e) => e.id))).to.deep.equal([['a', 'b', 'c']]);
    expect(r(whole.marks[0]!.x)).to.equal(px('2020-05-01'));
    // At ×8, a day is 16 px: B and C, a day apart, are still closer than a mark's 24 px button.
    const closer = sceneOf(timeline!, { k: 8, left: Date.UTC(2020, 3, 20) });
    expect(closer.marks.map((mark) => [mark.items.map((e) => e.id).join(), r(mark.x)])).to.deep.equal([
      ['a', (px('2020-05-01') - px('2020-04-20')) * 8],
      ['b,c', (px('2020-05-03') - px('2020-04-20')) * 8],
    ]);
    // At ×16, a day is 32 px: each has its own mark.
    const zoomed = sceneOf(timeline!, { k: 16, left: Date.UTC(2020, 3, 25) });
    expect(zoomed.marks.map((mark) => [mark.items.map((e) => e.id).join(), r(mark.x)])).to.deep.equal([
      ['a', (px('2020-05-01') - px('2020-04-25')) * 16],
      ['b', (px('2020-05-03') - px('2020-04-25')) * 16],
      ['c', (px('2020-05-04') - px('2020-04-25')) * 16],
    ]);
  });

  it('draws a gap’s ≈ whole inside the plot, in the middle of what shows of the gap', () => {
    // 20 January to 3 February at two pixels a day, the view starting on 1 February: of its
    // 28 px, the last 4 show. Centred on the whole gap, the ≈ would sit 10 px past the left edge.
    const gap = { start: Date.UTC(2020, 0, 20), end: Date.UTC(2020, 1, 3) };
    const cut = sceneOf(story(), { left: Date.UTC(2020, 1, 1), breaks: [gap] }).breaks;
    expect(cut.map((b) => [r(b.x0), r(b.x1), r(b.mark)])).to.deep.equal([[-24, 4, GEOMETRY.breakWidth]]);
    // Wholly in view, at either end and in the middle: the ≈ stays in the gap's middle.
    const whole = sceneOf(story(), { breaks: [gap, { start: Date.UTC(2020, 6, 1), end: Date.UTC(2020, 6, 8) }] }).breaks;
    expect(whole.map((b) => r(b.mark))).to.deep.equal([px('2020-01-27'), px('2020-07-04') + 1]);
    // Its visible 11 px end at the right edge: kept in from it as far.
    const right = sceneOf(story(), { left: Date.UTC(2020, 0, 2) + 0.5 * DAY, breaks: [{ start: END - 4 * DAY, end: END + 20 * DAY }] }).breaks;
    expect(right.map((b) => r(b.mark))).to.deep.equal([WIDTH - GEOMETRY.breakWidth]);
  });

  it('never draws two marks of a lane closer than a mark’s button, at any zoom (a press hits the dot it aims at)', () => {
    // 300 events on random days of 2020 in two lanes, seeded: dense at every zoom below.
    const random = seededRandom(7);
    const { timeline } = parseTimeline({
      lanes: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }],
      events: Array.from({ length: 300 }, (_, i) => ({
        id: `e${i}`,
        title: `E${i}`,
        start: new Date(START + Math.floor(random() * 366) * DAY).toISOString().slice(0, 10),
        lanes: [i % 3 === 0 ? 'y' : 'x'],
      })),
    });
    let pairs = 0;
    for (const k of [1, 1.5, 2, 3, 5, 8, 13, 21]) {
      for (const left of [START, Date.UTC(2020, 4, 17), Date.UTC(2020, 10, 2)]) {
        const scene = sceneOf(timeline!, { k, left });
        for (let lane = 0; lane < scene.lanes.length; lane++) {
          // To a thousandth of a pixel: the axis maps times in floating point.
          const xs = scene.marks.filter((mark) => mark.lane === lane).map((mark) => mark.x).sort((a, b) => a - b);
          for (let i = 1; i < xs.length; i++, pairs++) {
            expect(xs[i]! - xs[i - 1]!, `×${k}, lane ${lane}, marks at ${xs[i - 1]} and ${xs[i]}`).to.be.at.least(GEOMETRY.markTarget - 0.001);
          }
        }
      }
    }
    // Neighbours were there to compare, in every lane.
    expect(pairs).to.be.greaterThan(300);
  });
});
