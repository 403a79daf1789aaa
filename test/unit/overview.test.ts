// The overview strip's density (src/layout/overview.ts): how many events start in each column
// of pixels, one bar per busy column.
import { expect } from '@open-wc/testing';
import { densityColumns } from '../../src/layout/overview.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';

function eventsOn(...days: string[]) {
  const { timeline } = parseTimeline({ events: days.map((start, i) => ({ id: `e${i}`, title: `Event ${i}`, start })) });
  return timeline!.events;
}

/** 2020 across 366 px: one pixel a day. */
const START = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;
const toPixel = (time: number) => (time - START) / DAY;

describe('densityColumns', () => {
  it('counts the events that start in each 4 px column, left to right, at the column’s left edge', () => {
    const events = eventsOn('2020-01-01', '2020-01-02', '2020-01-04', '2020-01-05', '2020-03-01', '2020-12-31');
    // Days 0, 1, 3 → column 0; day 4 → column 1 (x 4); 1 March is day 60 (column 15, x 60); 31 Dec is day 365 (x 364).
    expect(densityColumns(events, toPixel, 366)).to.deep.equal([
      { x: 0, count: 3 },
      { x: 4, count: 1 },
      { x: 60, count: 1 },
      { x: 364, count: 1 },
    ]);
  });

  it('draws no bar for an empty column, so its size follows the busy columns, not the events', () => {
    const many = eventsOn(...Array.from({ length: 500 }, () => '2020-06-15'));
    expect(densityColumns(many, toPixel, 366)).to.deep.equal([{ x: 164, count: 500 }]);
  });

  it('leaves out events outside the strip', () => {
    const events = eventsOn('2019-12-01', '2020-01-10', '2021-03-01');
    expect(densityColumns(events, toPixel, 366)).to.deep.equal([{ x: 8, count: 1 }]);
  });

  it('counts events handed out of time order, and runs of one day, in the same columns', () => {
    const events = eventsOn('2020-01-01', '2020-01-02', '2020-01-04', '2020-01-05', '2020-03-01', '2020-12-31');
    const [a, b, c, d, e, f] = events;
    const shuffled = [f!, a!, e!, a!, a!, c!, b!, d!];
    expect(densityColumns(shuffled, toPixel, 366)).to.deep.equal([
      { x: 0, count: 5 },
      { x: 4, count: 1 },
      { x: 60, count: 1 },
      { x: 364, count: 1 },
    ]);
  });

  it('takes another column width', () => {
    const events = eventsOn('2020-01-01', '2020-01-10', '2020-01-11');
    // Days 0 and 9 → the first 10 px column; day 10 → the second.
    expect(densityColumns(events, toPixel, 366, 10)).to.deep.equal([
      { x: 0, count: 2 },
      { x: 10, count: 1 },
    ]);
  });
});
