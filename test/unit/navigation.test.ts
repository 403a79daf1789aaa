// Moving through events and how far the view may zoom (src/layout/navigation.ts): the event the
// up and down keys go to, the zoom that gives a clustered event a mark of its own, and the
// deepest zoom for the story's dates.
import { expect } from '@open-wc/testing';
import { baseAxis, type BaseAxis } from '../../src/layout/axis-scale.js';
import { finestPeriod, maxZoomScale, nearestInLane, separatingScale } from '../../src/layout/navigation.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';

type RawEvent = { id: string; start: string; lanes?: string[] };

function eventsOf(raw: RawEvent[]) {
  const { timeline, problems } = parseTimeline({
    lanes: [
      { id: 'us', label: 'United States' },
      { id: 'nk', label: 'North Korea' },
    ],
    events: raw.map((event) => ({ title: event.id, ...event })),
  });
  expect(problems).to.deep.equal([]);
  return timeline!.events;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

const STORY = eventsOf([
  { id: 'libya-model', start: '2018-04-29', lanes: ['us'] },
  { id: 'singapore', start: '2018-06-12', lanes: ['us', 'nk'] },
  { id: 'nk-letter', start: '2018-09-10', lanes: ['nk'] },
  { id: 'hanoi', start: '2019-02-27', lanes: ['us'] },
  { id: 'ri-account', start: '2019-03-01', lanes: ['nk'] },
  { id: 'unlaned', start: '2019-06-30' },
]);
const byId = (id: string) => STORY.find((event) => event.id === id)!;

describe('nearestInLane', () => {
  it('goes to the event in the other lane nearest in time, earlier or later', () => {
    expect(nearestInLane(STORY, byId('hanoi'), 'nk')?.id).to.equal('ri-account');
    expect(nearestInLane(STORY, byId('libya-model'), 'nk')?.id).to.equal('nk-letter');
    expect(nearestInLane(STORY, byId('ri-account'), 'us')?.id).to.equal('hanoi');
  });

  it('counts an event in the lane it is drawn in, its first', () => {
    // Singapore is in both lanes, drawn in "us": from North Korea's letter, the nearest US event is Singapore.
    expect(nearestInLane(STORY, byId('nk-letter'), 'us')?.id).to.equal('singapore');
    expect(nearestInLane(STORY, byId('libya-model'), 'nk')?.id, 'not Singapore, drawn in "us"').to.equal('nk-letter');
  });

  it('reaches events in no lane, and finds nothing in a lane without events', () => {
    expect(nearestInLane(STORY, byId('hanoi'), undefined)?.id).to.equal('unlaned');
    expect(nearestInLane(STORY, byId('hanoi'), 'libya')).to.equal(undefined);
  });
});

describe('separatingScale', () => {
  // One pixel a day from 2018-01-01.
  const toPixel = (time: number) => (time - Date.UTC(2018, 0, 1)) / DAY;

  it('is the zoom at which the event stands `distance` px from its nearest neighbour in its lane', () => {
    // Hanoi's nearest US neighbour is Singapore, 260 days before.
    const hanoi = STORY.indexOf(byId('hanoi'));
    expect(separatingScale(STORY, hanoi, toPixel, 24)).to.be.closeTo(24 / 260, 1e-9);
    // Libya model to Singapore: 44 days.
    expect(separatingScale(STORY, 0, toPixel, 24)).to.be.closeTo(24 / 44, 1e-9);
  });

  it('passes over a neighbour at the very same moment, and is 0 alone in its lane (any zoom shows it apart)', () => {
    const twins = eventsOf([
      { id: 'a', start: '2018-01-11', lanes: ['us'] },
      { id: 'b', start: '2018-01-11', lanes: ['us'] },
      { id: 'c', start: '2018-01-15', lanes: ['us'] },
      { id: 'alone', start: '2018-01-12', lanes: ['nk'] },
    ]);
    expect(separatingScale(twins, 0, toPixel, 12)).to.be.closeTo(12 / 4, 1e-9);
    expect(separatingScale(twins, twins.findIndex((e) => e.id === 'alone'), toPixel, 12)).to.equal(0);
  });
});

describe('the lane an event is drawn in, under a filter', () => {
  // "both" is in lanes us and nk: drawn in us, and in nk when the reader hides us.
  const events = eventsOf([
    { id: 'first', start: '2018-01-02', lanes: ['nk'] },
    { id: 'both', start: '2018-01-10', lanes: ['us', 'nk'] },
    { id: 'unlaned', start: '2018-01-11' },
    { id: 'late', start: '2018-06-01', lanes: ['nk'] },
  ]);
  const usHidden = (event: (typeof events)[number]) => event.lanes.find((lane) => lane !== 'us');
  const toPixel = (time: number) => (time - Date.UTC(2018, 0, 1)) / DAY;

  it('nearestInLane finds the events drawn in the lane, not only those listed first in it', () => {
    const unlaned = events.find((event) => event.id === 'unlaned')!;
    expect(nearestInLane(events, unlaned, 'nk')?.id, 'unfiltered: "both" is drawn in us').to.equal('first');
    expect(nearestInLane(events, unlaned, 'nk', usHidden)?.id).to.equal('both');
  });

  it('separatingScale measures against the neighbours drawn in the same lane', () => {
    // Unfiltered, "both" is alone in us; with us hidden it is 8 days from "first" in nk.
    expect(separatingScale(events, 1, toPixel, 24)).to.equal(0);
    expect(separatingScale(events, 1, toPixel, 24, usHidden)).to.be.closeTo(24 / 8, 1e-9);
  });
});

describe('finestPeriod and maxZoomScale', () => {
  it('the finest period is the shortest any start names: a year, a month, a day, a minute', () => {
    expect(finestPeriod(eventsOf([{ id: 'y', start: '2018' }]))).to.equal(365 * DAY);
    expect(finestPeriod(eventsOf([{ id: 'y', start: '2018' }, { id: 'm', start: '2018-02' }]))).to.equal(28 * DAY);
    expect(finestPeriod(STORY)).to.equal(DAY);
    expect(finestPeriod(eventsOf([{ id: 't', start: '2018-06-12T09:05Z' }]))).to.equal(60_000);
  });

  it('lets three of the finest period fill the width, never less than ten minutes', () => {
    // 2018 and 2019 true to time across 730 px: about a day a pixel.
    const intervals = [{ start: Date.UTC(2018, 0, 1), end: Date.UTC(2019, 11, 31) }];
    const axis = baseAxis(intervals, 730, 'time', 0);
    const msPerPixel = (axis.domain.at(-1)! - axis.domain[0]!) / (axis.range.at(-1)! - axis.range[0]!);
    // Three days fill 730 px at 730 × (ms a pixel) / (ms in three days): a day alone would have
    // its midnights at both edges, where no tick label fits.
    expect(maxZoomScale(axis, DAY, 730)).to.be.closeTo((msPerPixel * 730) / (3 * DAY), 1e-6);
    // A minute is treated as ten: the view never zooms past ten minutes across the width.
    expect(maxZoomScale(axis, 60_000, 730)).to.be.closeTo((msPerPixel * 730) / (10 * MINUTE), 1e-6);
    // Never below 1: the whole story is always reachable.
    expect(maxZoomScale(axis, 10 * 365 * DAY, 730)).to.equal(1);
  });

  it('measures where the axis is true to time, not where a dense stretch was widened', () => {
    // 2018 across 365 px, then one day widened to 100 px (a small story's dense step).
    const start = Date.UTC(2018, 0, 1);
    const end = Date.UTC(2019, 0, 1);
    const axis: BaseAxis = { domain: [start, end, end + DAY], range: [0, 365, 465], breaks: [], stretched: [{ start: end, end: end + DAY }] };
    // True to time, a day is a pixel: three fill 730 px at ×730 / 3 (at the widened day's scale it would stop at ×7.3 / 3).
    expect(maxZoomScale(axis, DAY, 730)).to.be.closeTo(730 / 3, 1e-6);
  });
});
