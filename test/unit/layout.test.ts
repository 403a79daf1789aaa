// The pure layout modules: the base axis for each spacing, axis ticks, and event marks with
// their labels. Generated cases use a small seeded PRNG, so every run sees the same inputs.
import { expect } from '@open-wc/testing';
import { formatTick } from '../../src/format/format-tick.js';
import { BREAK_WIDTH, baseAxis, edgeRoom, occupiedStretches, type BaseAxis, type Interval, type Spacing } from '../../src/layout/axis-scale.js';
import { readableAxis } from '../../src/layout/dense-stretches.js';
import { clusterMarks, placeMarks, type LabelOptions, type MarkInput, type PlacedMark } from '../../src/layout/labels.js';
import { LABEL_GAP, TICK_UNITS, axisTicks, finestTickUnit, tickUnit, type Tick } from '../../src/layout/ticks.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { parseCalendarDate, utcTime } from '../../src/model/calendar-date.js';
import { seededRandom } from '../support/seeded-random.js';
import { indexLanes, latestEnd, laneRuns } from '../../src/layout/lane-index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;
/** The range of a JavaScript Date. */
const MAX_TIME = 8.64e15;


/** An event's interval on the axis, from ISO values: its start to the end of its end's period. */
function interval(start: string, end?: string): Interval {
  const from = parseCalendarDate(start);
  return { start: from.time, end: parseCalendarDate(end ?? start).periodEnd };
}

/** The dates of the North Korea story (data/north-korea-talks.json). */
const STORY = [
  interval('2003'),
  interval('2003-03-20'),
  interval('2017-09'),
  interval('2018-04-29'),
  interval('2018-06-12'),
  interval('2019-02-27', '2019-02-28'),
  interval('2019-02-28'),
  interval('2019-03-01'),
  interval('2019-03-15'),
  interval('2019-03-29'),
  interval('2019-04-12'),
  interval('2019-04-14'),
];

/** The story's shape at its simplest: one event in 2003, many in 2018–2019. */
const ARTICLE_SHAPE = [
  interval('2003'),
  ...['2018-06-12', '2018-09-19', '2019-02-27', '2019-02-28', '2019-03-01', '2019-03-15', '2019-04-12', '2019-04-14'].map(
    (day) => interval(day),
  ),
];

/** Where a time lands on a piecewise-linear axis; an independent reading of domain and range. */
function xOf(axis: Pick<BaseAxis, 'domain' | 'range'>, time: number): number {
  const { domain, range } = axis;
  let i = 0;
  while (i < domain.length - 2 && time > domain[i + 1]!) i++;
  const [t0, t1, x0, x1] = [domain[i]!, domain[i + 1]!, range[i]!, range[i + 1]!];
  return x0 + ((time - t0) / (t1 - t0)) * (x1 - x0);
}

/** Checks what every base axis must be, whatever the input. */
function expectWellFormed(axis: BaseAxis, intervals: readonly Interval[], width: number): void {
  const { domain, range, breaks } = axis;
  expect(domain.length).to.be.at.least(2);
  expect(range).to.have.length(domain.length);
  for (const t of domain) {
    expect(Number.isFinite(t), `domain ${t}`).to.be.true;
    expect(Math.abs(t), 'domain within the Date range').to.be.at.most(MAX_TIME);
  }
  for (let i = 1; i < domain.length; i++) {
    expect(domain[i], `domain strictly increasing at ${i}`).to.be.greaterThan(domain[i - 1]!);
    expect(range[i], `range strictly increasing at ${i}`).to.be.greaterThan(range[i - 1]!);
  }
  expect(range[0]).to.equal(0);
  expect(range.at(-1)).to.be.closeTo(Math.max(width, 1), 1e-6);
  const first = Math.min(...intervals.map((i) => i.start));
  const last = Math.max(...intervals.map((i) => Math.max(i.start, i.end)));
  expect(domain[0], 'the axis starts at or before the first event').to.be.at.most(first);
  expect(domain.at(-1), 'the axis ends at or after the last event').to.be.at.least(last);
  for (const b of breaks) {
    expect(b.end).to.be.greaterThan(b.start);
    expect(domain, 'breaks start on a domain point').to.include(b.start);
    expect(domain, 'breaks end on a domain point').to.include(b.end);
  }
}

describe('baseAxis', () => {
  it('leaves at least half a mark’s 24 px target at either end, however narrow the plot', () => {
    for (const spacing of ['time', 'auto', 'equal'] as const) {
      for (const width of [300, 360, 420, 1000]) {
        const axis = baseAxis(STORY, width, spacing);
        expect(xOf(axis, STORY[0]!.start), `${spacing}, ${width} px: the first`).to.be.at.least(12 - 1e-9);
        expect(xOf(axis, STORY.at(-1)!.start), `${spacing}, ${width} px: the last`).to.be.at.most(width - 12 + 1e-9);
      }
    }
  });

  describe("'time'", () => {
    it('is one linear stretch covering every event, with padding', () => {
      const axis = baseAxis(STORY, 1000, 'time');
      expectWellFormed(axis, STORY, 1000);
      expect(axis.domain).to.have.length(2);
      expect(axis.range).to.deep.equal([0, 1000]);
      expect(axis.breaks).to.deep.equal([]);
      const first = STORY[0]!.start;
      const last = STORY.at(-1)!.end;
      // Padding on both sides, a small share of the axis.
      expect(axis.domain[0]).to.be.below(first);
      expect(axis.domain[1]).to.be.above(last);
      expect(xOf(axis, first)).to.be.within(10, 60);
      expect(xOf(axis, last)).to.be.within(940, 990);
    });

    it('is true to time: equal durations take equal widths', () => {
      const axis = baseAxis(STORY, 1000, 'time');
      const month = (start: string, end: string) => xOf(axis, interval(end).start) - xOf(axis, interval(start).start);
      expect(month('2003-01', '2003-02')).to.be.closeTo(month('2019-01', '2019-02'), 1e-9);
    });
  });

  describe("'auto'", () => {
    for (const [name, intervals] of [
      ['the article shape', ARTICLE_SHAPE],
      ['the North Korea story', STORY],
    ] as const) {
      it(`collapses the long empty stretch of ${name} into one break`, () => {
        const axis = baseAxis(intervals, 1000, 'auto');
        expectWellFormed(axis, intervals, 1000);
        expect(axis.breaks).to.have.length(1);
        const [cut] = axis.breaks;
        // The break lies in the gap between 2003 and the next event, and takes most of it.
        const gapStart = utcTime(2004);
        const gapEnd = intervals[intervals.findIndex((i) => i.start >= gapStart)]!.start;
        expect(cut!.start).to.be.at.least(gapStart);
        expect(cut!.end).to.be.at.most(gapEnd);
        expect(cut!.end - cut!.start).to.be.above(0.9 * (gapEnd - gapStart));
        // It is drawn at most BREAK_WIDTH pixels wide.
        const i = axis.domain.indexOf(cut!.start);
        expect(axis.domain[i + 1]).to.equal(cut!.end);
        const drawn = axis.range[i + 1]! - axis.range[i]!;
        expect(drawn).to.be.above(0).and.at.most(BREAK_WIDTH);
      });

      it(`gives each cluster of ${name} a fair share of the width`, () => {
        const width = 1000;
        const axis = baseAxis(intervals, width, 'auto');
        const early = intervals.filter((i) => i.start < utcTime(2004));
        const late = intervals.filter((i) => i.start >= utcTime(2004));
        const widthOf = (group: Interval[]) =>
          xOf(axis, Math.max(...group.map((i) => i.end))) - xOf(axis, Math.min(...group.map((i) => i.start)));
        const timeAxis = baseAxis(intervals, width, 'time');
        const timeWidthOf = (group: Interval[]) =>
          xOf(timeAxis, Math.max(...group.map((i) => i.end))) - xOf(timeAxis, Math.min(...group.map((i) => i.start)));
        // Each cluster gets a real share of the axis, far more than true to time gives the later one.
        expect(widthOf(early), 'the 2003 cluster').to.be.at.least(0.2 * width);
        expect(widthOf(late), 'the 2018–2019 cluster').to.be.at.least(0.3 * width);
        expect(widthOf(late)).to.be.above(3 * timeWidthOf(late));
        // The clusters and the break fill the axis: the padding at the edges is small.
        expect(xOf(axis, intervals[0]!.start), 'padding before the first event').to.be.within(1, 0.06 * width);
        expect(width - xOf(axis, Math.max(...intervals.map((i) => i.end))), 'padding after the last event').to.be.within(
          1,
          0.06 * width,
        );
        // Within each cluster it stays true to time.
        const day = (iso: string) => xOf(axis, interval(iso).end) - xOf(axis, interval(iso).start);
        expect(day('2019-03-01')).to.be.closeTo(day('2019-04-12'), 1e-9);
      });
    }

    it('has no break when events are evenly spread', () => {
      const monthly = Array.from({ length: 60 }, (_, i) => ({ start: utcTime(2015, i + 1), end: utcTime(2015, i + 1, 2) }));
      const axis = baseAxis(monthly, 800, 'auto');
      expectWellFormed(axis, monthly, 800);
      expect(axis.breaks).to.deep.equal([]);
      expect(axis).to.deep.equal(baseAxis(monthly, 800, 'time'));
    });

    it('collapses no more than four gaps, each drawn narrow, and keeps the width', () => {
      // Each gap is ten times the one before: every gap is long next to what is left.
      const spread = [0, 1, 10, 100, 1000, 10000, 100000].map((n) => ({ start: n * DAY, end: n * DAY + DAY }));
      const axis = baseAxis(spread, 600, 'auto');
      expectWellFormed(axis, spread, 600);
      expect(axis.breaks.length).to.be.within(1, 4);
      for (const b of axis.breaks) {
        const i = axis.domain.indexOf(b.start);
        // Within floating point: the break's right end is its left end plus its width.
        expect(axis.range[i + 1]! - axis.range[i]!).to.be.at.most(BREAK_WIDTH + 1e-9);
      }
    });

    it('draws breaks narrower on a narrow axis', () => {
      const axis = baseAxis(ARTICLE_SHAPE, 100, 'auto');
      expectWellFormed(axis, ARTICLE_SHAPE, 100);
      const i = axis.domain.indexOf(axis.breaks[0]!.start);
      expect(axis.range[i + 1]! - axis.range[i]!).to.be.at.most(100 / 8);
    });
  });

  describe("'equal'", () => {
    it('gives each distinct moment the same width', () => {
      const axis = baseAxis(STORY, 1200, 'equal');
      expectWellFormed(axis, STORY, 1200);
      const starts = [...new Set(STORY.map((i) => i.start))];
      const xs = starts.map((t) => xOf(axis, t));
      const step = 1200 / starts.length;
      xs.forEach((x, i) => expect(x, `moment ${i}`).to.be.closeTo(step / 2 + i * step, 1e-6));
    });

    it('marks a step much longer than usual as a break', () => {
      const axis = baseAxis(STORY, 1200, 'equal');
      const hiatus = axis.breaks.find((b) => b.start === interval('2003-03-20').start);
      expect(hiatus, 'the 2003–2017 step').to.not.be.undefined;
      expect(hiatus!.end).to.equal(interval('2017-09').start);
      // The steps of days between the spring 2019 events are not breaks.
      expect(axis.breaks.some((b) => b.start >= interval('2019-02-27').start)).to.be.false;
    });

    it('marks no break when the steps are alike', () => {
      const weekly = Array.from({ length: 12 }, (_, i) => ({ start: i * 7 * DAY, end: i * 7 * DAY + DAY }));
      expect(baseAxis(weekly, 600, 'equal').breaks).to.deep.equal([]);
    });

    it('spaces 200,000 moments, the last room after the longest event', () => {
      // More events than a spread into Math.max takes: it overflowed the stack.
      const many = Array.from({ length: 200_000 }, (_, i) => ({ start: i * DAY, end: (i + 1) * DAY }));
      many[10] = { start: 10 * DAY, end: 300_000 * DAY };
      const axis = baseAxis(many, 1200, 'equal');
      expect(axis.domain.at(-1)).to.equal(300_000 * DAY);
      expect(axis.range.at(-1)).to.equal(1200);
    });
  });

  describe('odd inputs', () => {
    const cases: [string, Interval[]][] = [
      ['one instant', [{ start: Date.UTC(2019, 1, 27), end: Date.UTC(2019, 1, 27) }]],
      ['one day', [interval('2019-02-27')]],
      ['identical instants', Array.from({ length: 5 }, () => ({ start: 1e12, end: 1e12 }))],
      ['identical days', Array.from({ length: 5 }, () => interval('2018-06-12'))],
      ['two instants a millisecond apart', [{ start: 0, end: 0 }, { start: 1, end: 1 }]],
      ['an end before its start', [{ start: 5 * DAY, end: DAY }, { start: 6 * DAY, end: 6 * DAY }]],
      ['one long event holding the others', [interval('2000', '2020'), interval('2010'), interval('2019-02-27')]],
      ['two events decades apart', [interval('1950'), interval('2019-02-27')]],
      ['BC and far future', [interval('-5000'), interval('0000'), interval('+12000')]],
      ['the edges of the Date range', [{ start: -MAX_TIME, end: -MAX_TIME + DAY }, interval('2019'), { start: MAX_TIME - DAY, end: MAX_TIME }]],
      ['the first Date alone', [{ start: -MAX_TIME, end: -MAX_TIME }]],
      ['the last Date alone', [{ start: MAX_TIME, end: MAX_TIME }]],
    ];
    for (const [name, intervals] of cases) {
      for (const spacing of ['time', 'auto', 'equal'] as Spacing[]) {
        it(`gives a strictly increasing domain for ${name} ('${spacing}')`, () => {
          for (const width of [0, 1, 37, 1000]) expectWellFormed(baseAxis(intervals, width, spacing), intervals, width);
        });
      }
    }

    it('needs at least one interval', () => {
      expect(() => baseAxis([], 100, 'time')).to.throw(RangeError);
    });

    it('stays well formed for generated inputs (seeded)', () => {
      const random = seededRandom(11);
      for (let round = 0; round < 200; round++) {
        const center = (random() - 0.5) * 4000 * YEAR;
        const span = 10 ** (Math.log10(HOUR) + random() * (Math.log10(2000 * YEAR) - Math.log10(HOUR)));
        const intervals = Array.from({ length: 1 + Math.floor(random() * 30) }, () => {
          const start = Math.round(center + (random() - 0.5) * span);
          return { start, end: start + (random() < 0.5 ? 0 : Math.round(random() * span * 0.1)) };
        });
        const width = Math.floor(random() * 2000);
        for (const spacing of ['time', 'auto', 'equal'] as Spacing[]) {
          expectWellFormed(baseAxis(intervals, width, spacing), intervals, width);
        }
      }
    });
  });

  describe('occupiedStretches', () => {
    it('merges overlapping and touching intervals, in order', () => {
      expect(
        occupiedStretches([
          { start: 10, end: 20 },
          { start: 0, end: 5 },
          { start: 15, end: 30 },
          { start: 30, end: 31 },
          { start: 40, end: 39 },
        ]),
      ).to.deep.equal([
        { start: 0, end: 5 },
        { start: 10, end: 31 },
        { start: 40, end: 40 },
      ]);
    });

    it('merges intervals already in order the same way, and leaves them as they were', () => {
      const given = [
        { start: 0, end: 5 },
        { start: 3, end: 8 },
        { start: 8, end: 9 },
        { start: 12, end: 11 },
      ];
      const copy = structuredClone(given);
      expect(occupiedStretches(given)).to.deep.equal([
        { start: 0, end: 9 },
        { start: 12, end: 12 },
      ]);
      expect(given).to.deep.equal(copy);
    });
  });
});

describe('axis ticks', () => {
  describe('tickUnit', () => {
    it('names the coarsest calendar unit an instant falls on, in UTC', () => {
      expect(tickUnit(Date.UTC(2019, 0, 1))).to.equal('year');
      expect(tickUnit(Date.UTC(2019, 5, 1))).to.equal('month');
      expect(tickUnit(Date.UTC(2019, 5, 12))).to.equal('day');
      expect(tickUnit(Date.UTC(2019, 5, 12, 9))).to.equal('hour');
      expect(tickUnit(Date.UTC(2019, 5, 12, 9, 30))).to.equal('minute');
      expect(tickUnit(Date.UTC(2019, 5, 12, 9, 30, 15))).to.equal('second');
      expect(tickUnit(Date.UTC(2019, 5, 12, 9, 30, 15, 500))).to.equal('second');
      expect(tickUnit(utcTime(-500))).to.equal('year');
      expect(tickUnit(utcTime(50, 3))).to.equal('month');
    });
  });

  /** Label widths as a renderer would measure them: about 7 px a character. */
  const labelWidth = (tick: Tick) => formatTick(tick).length * 7 + 4;

  const yearOf = (time: number) => new Date(time).getUTCFullYear();
  const dayOf = (time: number) => Math.floor(time / DAY);

  /** Checks every promise axisTicks makes. */
  function expectGoodTicks(ticks: readonly Tick[], width: number, breaks: readonly { start: number; end: number }[]): void {
    let lastRight = -Infinity;
    let lastTime = -Infinity;
    for (const [i, tick] of ticks.entries()) {
      // Unambiguous: the first label and the first of each new year show the year; a time
      // after midnight shows its day; no other label repeats what the one before it said.
      const previous = ticks[i - 1];
      const showsYear = tick.unit === 'year' || tick.context === 'year';
      const newYear = !previous || yearOf(previous.time) !== yearOf(tick.time);
      expect(showsYear, `year on ${new Date(tick.time).toISOString()}`).to.equal(newYear || tick.unit === 'year');
      const subDay = tick.unit === 'hour' || tick.unit === 'minute' || tick.unit === 'second';
      if (subDay && !newYear) expect(tick.context === 'day').to.equal(dayOf(previous!.time) !== dayOf(tick.time));
      expect(Number.isFinite(tick.x), `x of ${tick.time}`).to.be.true;
      const half = labelWidth(tick) / 2;
      expect(tick.x - half, 'label inside the left edge').to.be.at.least(0);
      expect(tick.x + half, 'label inside the right edge').to.be.at.most(width);
      expect(tick.x - half - lastRight, 'room between labels').to.be.at.least(LABEL_GAP);
      expect(tick.time, 'ticks in time order, each once').to.be.greaterThan(lastTime);
      // The coarsest unit its time falls on; among hours and days, the midnight of a month or year is a day.
      const unit = tickUnit(tick.time);
      expect(tick.unit === unit || (tick.unit === 'day' && (unit === 'month' || unit === 'year')), `${tick.unit} for ${unit}`).to.equal(true);
      expect(TICK_UNITS).to.include(tick.unit);
      for (const b of breaks) {
        expect(tick.time > b.start && tick.time < b.end, 'no tick inside a break').to.be.false;
      }
      lastRight = tick.x + half;
      lastTime = tick.time;
    }
  }

  it('labels a year of the North Korea story by month, and 2003–2019 by year', () => {
    const year = { domain: [utcTime(2018), utcTime(2019)], range: [0, 1200], width: 1200, breaks: [], labelWidth };
    const months = axisTicks(year);
    expectGoodTicks(months, 1200, []);
    expect(months.length).to.be.within(4, 12);
    for (const tick of months) expect(['month', 'year']).to.include(tick.unit);

    const decades = axisTicks({ ...year, domain: [utcTime(2003), utcTime(2019)], range: [0, 800], width: 800 });
    expectGoodTicks(decades, 800, []);
    expect(decades.length).to.be.at.least(3);
    for (const tick of decades) {
      expect(tick.unit).to.equal('year');
      expect(new Date(tick.time).toISOString()).to.match(/-01-01T00:00:00\.000Z$/);
    }
  });

  it('names the day at a midnight among hours, the 1st of a month and New Year’s Day too', () => {
    const night = { domain: [Date.UTC(2019, 11, 31, 18), Date.UTC(2020, 0, 1, 6)], range: [0, 1200], width: 1200, breaks: [], labelWidth };
    const ticks = axisTicks(night);
    expectGoodTicks(ticks, 1200, []);
    const midnight = ticks.find((tick) => tick.time === Date.UTC(2020, 0, 1))!;
    expect(midnight, 'a tick at midnight').to.exist;
    // "Jan 1, 2020": the day, and the year it starts.
    expect([midnight.unit, midnight.context]).to.deep.equal(['day', 'year']);
    // Across a year, ticks a month apart: "May" at the 1st.
    const year = axisTicks({ ...night, domain: [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)] });
    expect(year.find((tick) => tick.time === Date.UTC(2019, 4, 1))?.unit).to.equal('month');
  });

  it('names the day at the 1st of a month and New Year’s Day among days, so a one-day story on the 1st is named', () => {
    // A one-day story on Sep 1, with its half day of room either end.
    const day = { domain: [Date.UTC(2015, 7, 31, 12), Date.UTC(2015, 8, 2, 12)], range: [0, 1200], width: 1200, breaks: [], labelWidth };
    const ticks = axisTicks(day);
    expectGoodTicks(ticks, 1200, []);
    expect(ticks.map((tick) => formatTick(tick))).to.include('Sep 1');
    // Ticks a day apart across New Year.
    const days = axisTicks({ ...day, domain: [Date.UTC(2018, 11, 27), Date.UTC(2019, 0, 6)], range: [0, 1000], width: 1000 });
    expectGoodTicks(days, 1000, []);
    const labels = days.map((tick) => formatTick(tick));
    expect(labels.slice(labels.indexOf('Dec 31'), labels.indexOf('Dec 31') + 3)).to.deep.equal(['Dec 31', 'Jan 1, 2019', 'Jan 2']);
  });

  it('labels a 1st of the month among ticks a week apart as its day: "Feb 23 · Mar 1 · Mar 8", not "Mar"', () => {
    const weeks = axisTicks({ domain: [Date.UTC(2020, 1, 10), Date.UTC(2020, 3, 10)], range: [0, 1200], width: 1200, breaks: [], labelWidth });
    expectGoodTicks(weeks, 1200, []);
    const labels = weeks.map((tick) => formatTick(tick));
    expect(labels).to.include('Mar 1');
    expect(labels).not.to.include('Mar');
  });

  it('keeps one step along an even axis between a week and a month apart: no label dropped here and there', () => {
    // Ticks wanted about 12 days apart: weekly labels 50 px apart would crowd and lose every third.
    for (const width of [1200, 1000, 800]) {
      const days = (width / 90) * 12.6;
      const ticks = axisTicks({ domain: [Date.UTC(2015, 3, 1), Date.UTC(2015, 3, 1) + days * DAY], range: [0, width], width, breaks: [], labelWidth });
      expectGoodTicks(ticks, width, []);
      const gaps = new Set(ticks.slice(1).map((tick, i) => Math.round((tick.time - ticks[i]!.time) / DAY)));
      expect([...gaps], `${width} px: days between ticks`).to.have.length(1);
    }
  });

  it('drops no label here and there after a wide first one: "Feb 12, 2020 · Feb 16 · Feb 20", not "· Feb 16 · Feb 18"', () => {
    let crowdedBefore = 0;
    for (let width = 360; width <= 1400; width += 40) {
      for (const [from, days] of [
        [Date.UTC(2020, 1, 11), 12],
        [Date.UTC(2020, 1, 11), 5],
        [Date.UTC(2020, 0, 8), 45],
        [Date.UTC(2019, 10, 20, 7), 2],
      ] as const) {
        const ticks = axisTicks({ domain: [from, from + days * DAY], range: [0, width], width, breaks: [], labelWidth });
        expectGoodTicks(ticks, width, []);
        expect(ticks.length, `${width} px, ${days} days: labels`).to.be.at.least(2);
        const gaps = ticks.slice(1).map((tick, i) => tick.x - ticks[i]!.x);
        const labels = ticks.map((tick) => formatTick(tick)).join(' · ');
        expect(Math.max(...gaps), `${width} px, ${days} days: ${labels}`).to.be.below(1.6 * Math.min(...gaps));
        // The first label is the widest (it names the year): it would have crowded the next.
        if (labelWidth(ticks[0]!) / 2 + labelWidth(ticks[1]!) / 2 + LABEL_GAP > Math.min(...gaps) / 2) crowdedBefore++;
      }
    }
    // Views where half the spacing kept would have crowded: the case is met, not avoided.
    expect(crowdedBefore).to.be.greaterThan(5);
  });

  it('finds ticks at the very ends of the Date range (d3-time’s longer steps once looped for ever there)', () => {
    const MAX = 8.64e15;
    let found = 0;
    for (const width of [360, 800, 1400]) {
      for (const days of [40, 100, 400, 1000, 3000, 400_000]) {
        for (const domain of [[-MAX, -MAX + days * DAY], [MAX - days * DAY, MAX]]) {
          const ticks = axisTicks({ domain, range: [0, width], width, breaks: [], labelWidth });
          expectGoodTicks(ticks, width, []);
          found += ticks.length;
        }
      }
    }
    expect(found, 'labels near the ends').to.be.greaterThan(30);
  });

  it('shows at least two labels on a narrow axis, with a finer step if the ends’ labels would leave it', () => {
    for (const [from, to] of [
      [1850, 1950],
      [2010, 2020],
    ]) {
      const ticks = axisTicks({ domain: [utcTime(from!), utcTime(to!)], range: [0, 344], width: 344, breaks: [], labelWidth });
      expectGoodTicks(ticks, 344, []);
      expect(ticks.length, `${from}–${to} at 344 px`).to.be.at.least(2);
    }
  });

  it('shows the year on the left-edge label and where the year changes, and only there', () => {
    const ticks = axisTicks({
      domain: [Date.UTC(2019, 8, 15), Date.UTC(2020, 5, 1)],
      range: [0, 1000],
      width: 1000,
      breaks: [],
      labelWidth,
    });
    expectGoodTicks(ticks, 1000, []);
    expect(ticks.slice(0, 5).map((tick) => formatTick(tick))).to.deep.equal(['Oct 2019', 'Nov', 'Dec', '2020', 'Feb']);
  });

  it('leaves out a label that would cover a break’s ≈, and keeps the others', () => {
    const options = { domain: [Date.UTC(2019, 8, 15), Date.UTC(2020, 5, 1)], range: [0, 1000], width: 1000, breaks: [], labelWidth };
    const all = axisTicks(options);
    const covered = all[2]!;
    const ticks = axisTicks({ ...options, marks: [covered.x + 10], markReach: 6 });
    expect(ticks.map((tick) => tick.time)).to.not.include(covered.time);
    for (const tick of ticks) expect(Math.abs(tick.x - (covered.x + 10)), formatTick(tick)).to.be.at.least(labelWidth(tick) / 2 + 6);
    expect(ticks.length).to.be.within(all.length - 1, all.length);
  });

  it('never gives up a new year’s label for a month’s just before it', () => {
    // Quarters over two years, tight: "Oct" (2019) and "2020" cannot both be labelled.
    for (const width of [300, 340, 380, 420, 460]) {
      const ticks = axisTicks({ domain: [Date.UTC(2019, 0, 15), Date.UTC(2021, 2, 1)], range: [0, width], width, breaks: [], labelWidth });
      expectGoodTicks(ticks, width, []);
      const labels = ticks.map((tick) => formatTick(tick));
      expect(labels, `${width} px`).to.include.members(['2020', '2021']);
    }
  });

  it('shows the year where a year change falls between two day labels', () => {
    // Day ticks across New Year with room for a label every few days: the first day of the
    // new year has the year even when January 1 itself is not labelled.
    const ticks = axisTicks({
      domain: [Date.UTC(2019, 11, 20), Date.UTC(2020, 0, 12)],
      range: [0, 600],
      width: 600,
      breaks: [],
      labelWidth: (tick) => (tick.unit === 'year' ? 600 : formatTick(tick).length * 7 + 4),
    });
    expectGoodTicks(ticks, 600, []);
    const labels = ticks.map((tick) => formatTick(tick));
    expect(labels[0]).to.match(/, 2019$/);
    const firstOf2020 = ticks.findIndex((tick) => yearOf(tick.time) === 2020);
    expect(firstOf2020).to.be.greaterThan(0);
    expect(labels[firstOf2020]).to.match(/^Jan \d+, 2020$/);
    expect(labels.slice(firstOf2020 + 1).every((label) => /^Jan \d+$/.test(label))).to.be.true;
  });

  it('never shows sub-day ticks when the story has only dates, however far it is zoomed', () => {
    // A story of one day, with the room a story of days gets at its ends.
    const oneDay = { ...baseAxis([interval('2019-06-12')], 1000, 'time', edgeRoom('day')), width: 1000, labelWidth };
    expect(oneDay.domain).to.deep.equal([Date.UTC(2019, 5, 11, 12), Date.UTC(2019, 5, 13, 12)]);
    expect(axisTicks(oneDay).some((tick) => tick.unit === 'hour'), 'hours without the limit').to.be.true;
    const days = axisTicks({ ...oneDay, finest: 'day' });
    expectGoodTicks(days, 1000, []);
    expect(days.map((tick) => formatTick(tick))).to.deep.equal(['Jun 12, 2019', 'Jun 13']);
    // Zoomed in between two midnights: no tick at all rather than hours.
    expect(axisTicks({ ...oneDay, range: [-2000, 6000], finest: 'day' })).to.deep.equal([]);
    // Generated zooms of generated stories of days (seeded): never a tick inside a day.
    const random = seededRandom(13);
    for (let round = 0; round < 100; round++) {
      const first = Math.floor((random() - 0.5) * 2000) * DAY;
      const intervals = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
        const start = first + Math.floor(random() * 40) * DAY;
        return { start, end: start + DAY };
      });
      const width = 300 + Math.floor(random() * 1000);
      const axis = baseAxis(intervals, width, 'time', edgeRoom('day'));
      const k = 1 + random() * 40;
      const focus = random() * width;
      const range = axis.range.map((x) => focus + (x - focus) * k);
      const ticks = axisTicks({ ...axis, range, width, labelWidth, finest: 'day' });
      expectGoodTicks(ticks, width, axis.breaks);
      for (const tick of ticks) expect(tick.time % DAY, new Date(tick.time).toISOString()).to.equal(0);
    }
  });

  it('takes the finest ticks from the precision of the story\'s dates', () => {
    const event = (start: string, end?: string) =>
      ({ start: parseCalendarDate(start), end: end === undefined ? undefined : parseCalendarDate(end) }) as TimelineEvent;
    expect(finestTickUnit([event('2003'), event('2018-06'), event('2019-02-27', '2019-02-28')])).to.equal('day');
    expect(finestTickUnit([event('2019-02-27'), event('2019-02-27T09:00+07:00')])).to.equal('minute');
    expect(finestTickUnit([event('2019-02-27', '2019-02-27T10:00Z'), event('2019-03-01')]), 'an end at a minute').to.equal('minute');
    expect(finestTickUnit([event('2019-02-27', '2019-02-28T09:00:30Z')])).to.equal('second');
    expect(finestTickUnit([])).to.equal('day');
  });

  it('puts ticks at the instants their units name', () => {
    const hours = axisTicks({
      domain: [Date.UTC(2019, 1, 27, 6), Date.UTC(2019, 1, 27, 18)],
      range: [0, 1000],
      width: 1000,
      breaks: [],
      labelWidth,
    });
    expectGoodTicks(hours, 1000, []);
    expect(hours.length).to.be.at.least(4);
    for (const tick of hours) {
      expect(tick.unit).to.equal('hour');
      expect(new Date(tick.time).getUTCMinutes()).to.equal(0);
    }
  });

  it('gives a break no ticks, and labels the stretches on either side', () => {
    const axis = baseAxis(ARTICLE_SHAPE, 1000, 'auto');
    const ticks = axisTicks({ ...axis, width: 1000, labelWidth });
    expectGoodTicks(ticks, 1000, axis.breaks);
    expect(ticks.some((t) => t.time < axis.breaks[0]!.start)).to.be.true;
    expect(ticks.some((t) => t.time > axis.breaks[0]!.end)).to.be.true;
  });

  it('keeps labels apart and inside the axis for generated axes from hours to centuries (seeded)', () => {
    const random = seededRandom(42);
    let withTicks = 0;
    const rounds = 300;
    for (let round = 0; round < rounds; round++) {
      const center = (random() - 0.5) * 6000 * YEAR;
      const span = 10 ** (Math.log10(HOUR) + random() * (Math.log10(1000 * YEAR) - Math.log10(HOUR)));
      const intervals = Array.from({ length: 1 + Math.floor(random() * 20) }, () => {
        const start = Math.round(center + (random() - 0.5) * span);
        return { start, end: start };
      });
      const width = 200 + Math.floor(random() * 1400);
      const spacing = (['time', 'auto', 'equal'] as const)[round % 3]!;
      const axis = baseAxis(intervals, width, spacing);
      // Zoom in up to 40 times around a random point, as d3-zoom would.
      const k = 1 + random() * 39;
      const focus = random() * width;
      const range = axis.range.map((x) => focus + (x - focus) * k);
      const ticks = axisTicks({ domain: axis.domain, range, width, breaks: axis.breaks, labelWidth });
      expectGoodTicks(ticks, width, axis.breaks);
      if (ticks.length > 0) withTicks++;
      // Ticks sit where the zoomed axis puts their time.
      // (d3 holds the domain as Dates, in whole milliseconds: up to a millisecond off the axis's own
      // numbers, a few hundredths of a pixel when zoomed in on an hour.)
      for (const tick of ticks) expect(tick.x).to.be.closeTo(xOf({ domain: axis.domain, range }, tick.time), 0.05);
    }
    // Dropping every label would keep them apart too: nearly every axis must show some.
    expect(withTicks).to.be.at.least(rounds * 0.9);
  });

  it('shows ticks on a plain axis of any length from an hour to a millennium (seeded)', () => {
    const random = seededRandom(5);
    for (let round = 0; round < 200; round++) {
      const start = Math.round((random() - 0.5) * 4000 * YEAR);
      const span = 10 ** (Math.log10(HOUR) + random() * (Math.log10(1000 * YEAR) - Math.log10(HOUR)));
      const width = 300 + Math.floor(random() * 1300);
      const ticks = axisTicks({ domain: [start, start + span], range: [0, width], width, breaks: [], labelWidth });
      expectGoodTicks(ticks, width, []);
      expect(ticks.length, `${new Date(start).toISOString()} + ${span} ms over ${width} px`).to.be.at.least(1);
    }
  });

  it('counts BC years as readers do: 600 BC, 100 BC, AD 1, AD 100 (not 601 BC, 1 BC)', () => {
    for (const [from, to, width] of [[-999, 300, 1300], [-4999, -1999, 900], [-299, 160, 1100]] as const) {
      const ticks = axisTicks({ domain: [utcTime(from), utcTime(to)], range: [0, width], width, breaks: [], labelWidth });
      expectGoodTicks(ticks, width, []);
      const labels = ticks.map((tick) => formatTick(tick));
      const bc = labels.filter((label) => label.endsWith(' BC')).map((label) => Number(label.slice(0, -3)));
      expect(bc.length, labels.join(' | ')).to.be.at.least(2);
      const step = bc[0]! - bc[1]!;
      expect(step, labels.join(' | ')).to.be.at.least(10);
      for (const year of bc) expect(year % step, labels.join(' | ')).to.equal(0);
      if (to > 0) expect(labels, 'AD 1 stands for the year 0 readers do not have').to.include('1');
    }
  });

  it('steps over the year 0 readers do not have two years a tick: 2 BC, then AD 2', () => {
    const ticks = axisTicks({ domain: [utcTime(-9), utcTime(10)], range: [0, 1000], width: 1000, breaks: [], labelWidth: () => 30 });
    const labels = ticks.map((tick) => formatTick(tick));
    expect(labels.join(' | ')).to.contain('2 BC | 2 | 4');
  });

  it('gives a narrow stretch that wants one tick the step for two when none of the first falls in it, as d3 does', () => {
    // 551–880 in 162 px: one tick of 500 years falls outside; d3-time's ticker then tries 200.
    const ticks = axisTicks({ domain: [utcTime(551), utcTime(880)], range: [0, 162], width: 162, breaks: [], labelWidth });
    expect(ticks.map((tick) => formatTick(tick))).to.deep.equal(['600', '800']);
  });

  it('draws ticks on an axis reaching to the calendar’s limits (a step’s floor stops at the first year a Date holds)', () => {
    const ticks = axisTicks({ domain: [utcTime(-269_999), utcTime(-100_000)], range: [0, 1000], width: 1000, breaks: [], labelWidth });
    expect(ticks.length).to.be.at.least(3);
    for (const tick of ticks) expect(formatTick(tick)).to.match(/^[\d,]+ BC$/);
    // A story whose view runs to the very first or last instant a Date holds.
    for (const domain of [[-8.64e15, utcTime(2024)], [utcTime(2024), 8.64e15]]) {
      expect(axisTicks({ domain, range: [0, 1000], width: 1000, breaks: [], labelWidth }).length, String(domain)).to.be.at.least(3);
    }
  });

  it('shows nothing for an axis wholly off screen', () => {
    expect(axisTicks({ domain: [0, YEAR], range: [-2000, -1000], width: 800, breaks: [], labelWidth })).to.deep.equal([]);
    expect(axisTicks({ domain: [0, YEAR], range: [900, 1900], width: 800, breaks: [], labelWidth })).to.deep.equal([]);
  });
});

describe('event marks and labels', () => {
  const OPTIONS: LabelOptions = {
    rows: 3,
    clusterDistance: 12,
    minLabelWidth: 40,
    gap: 6,
    width: 1000,
    clusterLabelWidth: (count) => 20 + String(count).length * 8,
  };

  const mark = (item: string, x: number, labelWidth = 100, lane = 0, xEnd = x): MarkInput<string> => ({
    item,
    x,
    xEnd,
    lane,
    labelWidth,
  });

  /** Checks every promise placeMarks makes. */
  function expectGoodPlacement(input: readonly MarkInput<string>[], placed: readonly PlacedMark<string>[], options: LabelOptions) {
    // Every item exactly once.
    const items = placed.flatMap((p) => p.items);
    expect(items).to.have.length(input.length);
    expect(new Set(items)).to.deep.equal(new Set(input.map((m) => m.item)));
    const byItem = new Map(input.map((m) => [m.item, m]));
    for (const p of placed) {
      for (const item of p.items) expect(byItem.get(item)!.lane, 'a cluster stays in its lane').to.equal(p.lane);
      if (p.row === undefined) {
        expect(p.labelWidth, 'a hidden label takes no room').to.equal(0);
        continue;
      }
      expect(p.row).to.be.within(0, options.rows - p.lines);
      const natural = p.items.length > 1 ? options.clusterLabelWidth(p.items.length) : byItem.get(p.items[0]!)!.labelWidth;
      expect(p.labelWidth, 'never wider than the label').to.be.at.most(natural);
      expect(p.labelWidth, 'never cut below the minimum').to.be.at.least(Math.min(options.minLabelWidth, natural));
      // Whole inside the plot: its box, drawn from a gap before its text, is never cut by an edge.
      expect(p.labelStart, 'inside the left edge').to.be.at.least(options.gap);
      expect(p.labelStart + p.labelWidth, 'inside the right edge').to.be.at.most(options.width);
      if (p.x < 0) expect(p.labelStart, 'moved inside from a mark past the left edge').to.equal(options.gap);
      else if (p.x > options.width) {
        // Ending a gap before its mark (just past the edge), or moved inside to the edge.
        const end = p.labelStart + p.labelWidth;
        const gapBefore = Math.min(Math.abs(end - (p.x - options.gap)), Math.abs(end - options.width));
        expect(gapBefore, 'moved inside from past the right edge').to.be.below(1e-9);
      }
      else {
        // Beside its mark (starting a gap after it, or ending a gap before it), or slid over it.
        expect(p.labelStart, 'reaches its mark').to.be.at.most(p.x + options.gap);
        expect(p.labelStart + p.labelWidth, 'reaches its mark').to.be.at.least(p.x - options.gap);
        if (!options.slide && p.labelWidth === byItem.get(p.items[0]!)?.labelWidth) {
          const beside = [p.x + options.gap, p.x - options.gap - p.labelWidth].includes(p.labelStart);
          const slid = p.labelStart === options.gap || Math.abs(p.labelStart + p.labelWidth - options.width) < 1e-9;
          expect(beside || slid, 'beside its mark, or slid only as far as the edge needs').to.be.true;
        }
      }
    }
    // No two labels in the same lane and row overlap, nor touch closer than the gap.
    const shown = placed.filter((p) => p.row !== undefined);
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const [a, b] = [shown[i]!, shown[j]!];
        const sharesRow = a.row! < b.row! + b.lines && b.row! < a.row! + a.lines;
        if (a.lane !== b.lane || !sharesRow) continue;
        const [left, right] = a.labelStart <= b.labelStart ? [a, b] : [b, a];
        const leftEnd = left.labelStart + left.labelWidth;
        const rightStart = right.labelStart;
        // A cut label ends exactly a gap before the next one begins, up to rounding.
        expect(leftEnd + options.gap, `${left.items.join()} and ${right.items.join()} in row ${a.row}`).to.be.at.most(rightStart + 1e-9);
      }
    }
    // Sorted by x, then lane.
    for (let i = 1; i < placed.length; i++) {
      const [a, b] = [placed[i - 1]!, placed[i]!];
      expect(a.x < b.x || (a.x === b.x && a.lane <= b.lane), 'sorted').to.be.true;
    }
  }

  describe('clusterMarks', () => {
    it('merges marks closer than the distance to the first of a cluster, never chaining on', () => {
      const clusters = clusterMarks([mark('a', 100), mark('b', 105), mark('c', 111), mark('d', 116), mark('e', 300)], 12);
      expect(clusters.map((c) => c.item)).to.deep.equal([['a', 'b', 'c'], ['d'], ['e']]);
      expect(clusters[0]!.x).to.equal(100);
    });

    it('spans a cluster to the furthest end of its marks', () => {
      const [cluster] = clusterMarks([mark('a', 100, 50, 0, 400), mark('b', 104, 50, 0, 150)], 12);
      expect(cluster).to.deep.include({ x: 100, xEnd: 400, lane: 0 });
    });

    it('splits as the reader zooms in, and merges again as they zoom out', () => {
      const base = [0, 3, 7, 10, 40, 44, 200].map((x, i) => mark(`m${i}`, 100 + x));
      const at = (k: number) => clusterMarks(base.map((m) => ({ ...m, x: m.x * k, xEnd: m.xEnd * k })), 12).map((c) => c.item.length);
      expect(at(1)).to.deep.equal([4, 2, 1]);
      expect(at(3)).to.deep.equal([2, 2, 1, 1, 1]);
      expect(at(4)).to.deep.equal([1, 1, 1, 1, 1, 1, 1]);
      expect(at(0.1)).to.deep.equal([6, 1]);
      expect(at(0.05)).to.deep.equal([7]);
      expect(at(1)).to.deep.equal([4, 2, 1]);
    });

    it('keeps every mark, once', () => {
      const random = seededRandom(3);
      const marks = Array.from({ length: 300 }, (_, i) => mark(`m${i}`, random() * 1000)).sort((a, b) => a.x - b.x);
      for (const distance of [0, 1, 5, 12, 50, 2000]) {
        const clusters = clusterMarks(marks, distance);
        expect(clusters.flatMap((c) => c.item)).to.deep.equal(marks.map((m) => m.item));
        for (let i = 1; i < clusters.length; i++) {
          const previous = clusters[i - 1]!;
          expect(clusters[i]!.x - previous.x, 'cluster marks are at least the distance apart').to.be.at.least(distance);
        }
      }
    });
  });

  describe('placeMarks', () => {
    it('puts labels with room in the first row', () => {
      const input = [mark('a', 0), mark('b', 200), mark('c', 400)];
      const placed = placeMarks(input, OPTIONS);
      expectGoodPlacement(input, placed, OPTIONS);
      expect(placed.map((p) => [p.row, p.labelWidth])).to.deep.equal([
        [0, 100],
        [0, 100],
        [0, 100],
      ]);
    });

    it('stacks close labels into further rows, then cuts the earlier one short', () => {
      const input = [mark('a', 0), mark('b', 30), mark('c', 60), mark('d', 90)];
      const placed = placeMarks(input, OPTIONS);
      expectGoodPlacement(input, placed, OPTIONS);
      const byItem = Object.fromEntries(placed.map((p) => [p.items[0], p]));
      expect(byItem.b).to.deep.include({ row: 1, labelWidth: 100 });
      expect(byItem.c).to.deep.include({ row: 2, labelWidth: 100 });
      // Every row is busy at d's label (x 96); row 0's label started far enough back to be cut
      // where d's begins, less the gap: 96 - 6 - 6 = 84 px.
      expect(byItem.d).to.deep.include({ row: 0, labelWidth: 100 });
      expect(byItem.a).to.deep.include({ row: 0, labelWidth: 84 });
    });

    it('hides a label when no row has room, keeping its mark', () => {
      // 14 px apart: not a cluster, but too close to cut any label to the 40 px minimum.
      const input = [mark('a', 0), mark('b', 14), mark('c', 28), mark('d', 42)];
      const placed = placeMarks(input, OPTIONS);
      expectGoodPlacement(input, placed, OPTIONS);
      const d = placed.find((p) => p.items.includes('d'))!;
      expect(d.row).to.be.undefined;
      expect(d.labelWidth).to.equal(0);
      expect(placed).to.have.length(4);
    });

    it('puts a label that does not fit after its mark whole before it, near the right edge', () => {
      const input = [mark('a', 900), mark('b', 960, 100, 1), mark('c', 1200, 100, 2)];
      const placed = placeMarks(input, OPTIONS);
      expectGoodPlacement(input, placed, OPTIONS);
      const byItem = Object.fromEntries(placed.map((p) => [p.items[0], p]));
      expect(byItem.a).to.deep.include({ row: 0, labelWidth: 100, labelStart: 900 - 6 - 100 });
      expect(byItem.b).to.deep.include({ row: 0, labelWidth: 100, labelStart: 960 - 6 - 100 });
      expect(byItem.c!.row).to.be.undefined; // past the edge: no room on either side
    });

    it('moves a label the edge would cut inside, whole, and cuts one wider than the plot to half its width: none is drawn half', () => {
      const input = [mark('a', 150, 900), mark('b', 980, 990, 1), mark('c', 500, 1000, 2)];
      const placed = placeMarks(input, OPTIONS);
      expectGoodPlacement(input, placed, OPTIONS);
      const byItem = Object.fromEntries(placed.map((p) => [p.items[0], p]));
      // Fits neither after nor before its mark: slid left until it ends at the edge, over its mark.
      expect(byItem.a).to.deep.include({ row: 0, labelWidth: 900, labelStart: 100 });
      expect(byItem.b).to.deep.include({ row: 0, labelWidth: 990, labelStart: 10 });
      // Wider than the plot leaves a label: cut short to half of it (994 / 2 px), and slid in as
      // far as the edge needs; never cut by the edge, never hidden for its length alone.
      expect(byItem.c).to.deep.include({ row: 0, labelWidth: 497, labelStart: 503 });
    });

    it('moves the label of a mark just outside the plot inside, to the edge, when it reaches in', () => {
      const input = [mark('a', -30, 100), mark('b', -200, 100, 1), mark('c', 1040, 100, 2)];
      const placed = placeMarks(input, OPTIONS);
      expectGoodPlacement(input, placed, OPTIONS);
      const byItem = Object.fromEntries(placed.map((p) => [p.items[0], p]));
      expect(byItem.a).to.deep.include({ row: 0, labelWidth: 100, labelStart: OPTIONS.gap });
      expect(byItem.b!.row, 'a label that never reached the plot').to.be.undefined;
      expect(byItem.c).to.deep.include({ row: 0, labelWidth: 100, labelStart: 900 });
    });

    it('keeps labels clear of a lane name in the top row', () => {
      const options = { ...OPTIONS, rows: 1 };
      const reserved = [{ start: 0, end: 80 }];
      // Without the name, the label goes after its mark; with it, there is no room for it there.
      expect(placeMarks([mark('a', 20, 100)], options)[0]).to.deep.include({ row: 0, labelStart: 26 });
      expect(placeMarks([mark('a', 20, 100)], { ...options, reserved })[0]!.row).to.equal(undefined);
      const input = [mark('b', 120, 100)];
      const packed = placeMarks(input, { ...options, reserved, slide: 'packed' });
      expectGoodPlacement(input, packed, { ...options, slide: 'packed' });
      expect(packed[0]).to.deep.include({ row: 0, labelStart: 80 + OPTIONS.gap });
    });

    it('slides labels over their marks to pack a small story into fewer rows', () => {
      // Two 200 px titles 120 px apart in one row: beside their marks, the first is cut short.
      const input = [mark('a', 300, 200), mark('b', 420, 200)];
      const options = { ...OPTIONS, rows: 1 };
      const beside = placeMarks(input, options);
      // a's label (from 306) ends a gap before b's (from 426).
      expect(beside.map((p) => p.labelWidth)).to.deep.equal([426 - 6 - 306, 200]);
      // Packed, the first slides left over its mark, and both are whole; the second starts past
      // the first's leader by twice the gap, not right at it (it would read as the first's title).
      const packed = placeMarks(input, { ...options, slide: 'packed' });
      expectGoodPlacement(input, packed, { ...options, slide: 'packed' });
      expect(packed.map((p) => [p.row, p.labelStart, p.labelWidth])).to.deep.equal([
        [0, 300 - 6 - 200, 200],
        [0, 300 + 2 * 6 + 1, 200],
      ]);
    });

    it('lists a cluster\'s members\' titles, one a row, when the lane has the rows', () => {
      const widths: Record<string, number> = { p: 80, q: 120 };
      const options = { ...OPTIONS, itemLabelWidth: ((item: string) => widths[item] ?? 50) as (item: never) => number };
      const input = [mark('p', 100), mark('q', 103)];
      const placed = placeMarks(input, options);
      expect(placed).to.have.length(1);
      expect(placed[0]).to.deep.include({ row: 0, lines: 2, labelWidth: 120, labelStart: 106 });
      // With one row only, the cluster shows its count.
      const single = placeMarks(input, { ...options, rows: 1 });
      expect(single[0]).to.deep.include({ row: 0, lines: 1, labelWidth: OPTIONS.clusterLabelWidth(2) });
    });

    it('shows a short label whole even when it is under the minimum width', () => {
      const input = [mark('a', 0, 20), mark('b', 40, 20)];
      const placed = placeMarks(input, OPTIONS);
      expectGoodPlacement(input, placed, OPTIONS);
      expect(placed.map((p) => [p.row, p.labelWidth])).to.deep.equal([
        [0, 20],
        [0, 20],
      ]);
    });

    it('lays out lanes independently', () => {
      const input = [mark('a', 0, 100, 0), mark('b', 0, 100, 1), mark('c', 5, 100, 2)];
      const placed = placeMarks(input, OPTIONS);
      expectGoodPlacement(input, placed, OPTIONS);
      expect(placed.map((p) => [p.items, p.lane, p.row])).to.deep.equal([
        [['a'], 0, 0],
        [['b'], 1, 0],
        [['c'], 2, 0],
      ]);
    });

    it('labels a cluster with its count label', () => {
      const input = [mark('a', 100), mark('b', 104), mark('c', 108)];
      const placed = placeMarks(input, OPTIONS);
      expectGoodPlacement(input, placed, OPTIONS);
      expect(placed).to.have.length(1);
      expect(placed[0]).to.deep.include({ x: 100, row: 0, labelWidth: OPTIONS.clusterLabelWidth(3) });
    });

    it('splits clusters and shows more labels as the reader zooms in', () => {
      const random = seededRandom(9);
      const base = Array.from({ length: 60 }, (_, i) => mark(`m${i}`, random() * 400, 60 + random() * 80, i % 3)).sort(
        (a, b) => a.x - b.x,
      );
      // Past this zoom, even the two closest marks are further apart than the cluster distance.
      const closest = Math.min(...base.slice(1).map((m, i) => m.x - base[i]!.x));
      const apart = (2 * OPTIONS.clusterDistance) / closest;
      let previousCount = 0;
      for (const k of [1, 2, 4, 8, 16, 64, Math.max(apart, 128)]) {
        const width = 400 * k;
        const options = { ...OPTIONS, width: width + 200 };
        const input = base.map((m) => ({ ...m, x: m.x * k, xEnd: m.xEnd * k }));
        const placed = placeMarks(input, options);
        expectGoodPlacement(input, placed, options);
        expect(placed.length, `zoom ${k}`).to.be.at.least(previousCount);
        previousCount = placed.length;
      }
      expect(previousCount).to.equal(60);
    });

    it('keeps every promise for dense generated sets (seeded)', () => {
      const random = seededRandom(500);
      for (let round = 0; round < 20; round++) {
        const count = round === 0 ? 500 : 1 + Math.floor(random() * 500);
        const width = 300 + Math.floor(random() * 2000);
        const options: LabelOptions = {
          rows: 1 + Math.floor(random() * 4),
          clusterDistance: Math.floor(random() * 20),
          minLabelWidth: 10 + Math.floor(random() * 60),
          gap: Math.floor(random() * 10),
          width,
          clusterLabelWidth: (n) => 16 + String(n).length * 7,
        };
        const input = Array.from({ length: count }, (_, i) => {
          const x = random() * width * 1.1;
          return mark(`m${i}`, x, 5 + random() * 250, Math.floor(random() * 4), x + (random() < 0.3 ? random() * 200 : 0));
        }).sort((a, b) => a.x - b.x);
        const placed = placeMarks(input, options);
        expectGoodPlacement(input, placed, options);
        if (round === 0) expect(placed.filter((p) => p.row === undefined).length, 'some labels hidden').to.be.above(0);
      }
    });

    it('places nothing for no marks, and hides every label when there are no rows', () => {
      expect(placeMarks([], OPTIONS)).to.deep.equal([]);
      const input = [mark('a', 0), mark('b', 500)];
      const placed = placeMarks(input, { ...OPTIONS, rows: 0 });
      expectGoodPlacement(input, placed, { ...OPTIONS, rows: 0 });
      expect(placed.map((p) => p.row)).to.deep.equal([undefined, undefined]);
    });
  });
});

describe("readableAxis: a small story's dense stretches", () => {
  const moments = (intervals: readonly Interval[]) => [...new Set(intervals.map((i) => i.start))].sort((a, b) => a - b);

  for (const width of [704, 1000]) {
    it(`widens every step drawn closer than 24 px, at first or once the rest gave up room, to an equal share; marks them; keeps one scale elsewhere (${width} px)`, () => {
      const before = baseAxis(STORY, width, 'auto');
      const axis = readableAxis(STORY, width, 'auto');
      expectWellFormed(axis, STORY, width);
      expect(axis.breaks).to.deep.equal(before.breaks);
      const times = moments(STORY);
      const share = width / (times.length + 1);
      const scales: number[] = [];
      let widened = 0;
      for (let i = 1; i < times.length; i++) {
        const was = xOf(before, times[i]!) - xOf(before, times[i - 1]!);
        const now = xOf(axis, times[i]!) - xOf(axis, times[i - 1]!);
        const inStretch = axis.stretched!.some((s) => s.start <= times[i - 1]! && times[i]! <= s.end);
        if (inStretch) {
          widened++;
          expect(now, `step ${i}`).to.be.closeTo(share, 1e-6);
        } else {
          expect(was, `step ${i} was drawn apart`).to.be.at.least(24);
          if (!before.breaks.some((b) => b.start >= times[i - 1]! && b.end <= times[i]!)) scales.push(now / was);
        }
      }
      expect(widened, 'the days of 2019 are widened').to.be.at.least(5);
      // Outside the marked stretches (and the break) the axis keeps one scale: true to time there.
      for (const scale of scales) expect(scale).to.be.closeTo(scales[0]!, 1e-9);
      // Every step drawn narrower than a mark's target before is widened, and no step is now.
      const stepsNow = times.slice(1).map((t, i) => xOf(axis, t) - xOf(axis, times[i]!));
      expect(Math.min(...stepsNow), 'the narrowest step').to.be.at.least(24 - 1e-9);
    });
  }

  it('leaves spacing="time" and "equal", an evenly spread story and a story over 20 events as they were', () => {
    for (const spacing of ['time', 'equal'] as const) expect(readableAxis(STORY, 704, spacing)).to.deep.equal(baseAxis(STORY, 704, spacing));
    const monthly = Array.from({ length: 12 }, (_, i) => ({ start: utcTime(2015, i + 1), end: utcTime(2015, i + 1, 2) }));
    expect(readableAxis(monthly, 800, 'auto')).to.deep.equal(baseAxis(monthly, 800, 'auto'));
    const daily = Array.from({ length: 21 }, (_, i) => interval(`2019-03-${String(i + 1).padStart(2, '0')}`));
    const long = [interval('2003'), ...daily];
    expect(readableAxis(long, 800, 'auto')).to.deep.equal(baseAxis(long, 800, 'auto'));
  });

  it('stays well formed for generated small stories (seeded)', () => {
    const random = seededRandom(14);
    for (let round = 0; round < 200; round++) {
      const center = (random() - 0.5) * 4000 * YEAR;
      const span = 10 ** (Math.log10(HOUR) + random() * (Math.log10(2000 * YEAR) - Math.log10(HOUR)));
      const intervals = Array.from({ length: 1 + Math.floor(random() * 20) }, () => {
        // Clumps: most events near one of three moments.
        const anchor = center + (Math.floor(random() * 3) - 1) * span * 0.5;
        const start = Math.round(anchor + (random() - 0.5) * span * (random() < 0.7 ? 0.001 : 1));
        return { start, end: start + (random() < 0.5 ? 0 : Math.round(random() * span * 0.01)) };
      });
      const width = Math.floor(random() * 2000);
      const axis = readableAxis(intervals, width, 'auto');
      expectWellFormed(axis, intervals, width);
      if (!axis.stretched?.length) continue;
      // Widened: no two moments are drawn closer than a mark's target, or an equal share of a narrow width.
      const times = moments(intervals);
      const least = Math.min(24, width / (times.length + 1));
      for (let i = 1; i < times.length; i++) {
        expect(xOf(axis, times[i]!) - xOf(axis, times[i - 1]!), `round ${round}, step ${i}`).to.be.at.least(least - 1e-6);
      }
    }
  });
});

describe('baseAxis: when not to collapse', () => {
  const day = (iso: string): Interval => {
    const date = parseCalendarDate(iso);
    return { start: date.time, end: date.periodEnd };
  };

  it('keeps true-to-time spacing for a few single days months apart', () => {
    for (const dates of [['2020-01-01', '2020-06-01'], ['2020-01-01', '2020-01-02', '2020-06-01']]) {
      expect(baseAxis(dates.map(day), 800, 'auto').breaks, dates.join()).to.deep.equal([]);
    }
  });

  it('still collapses the years before a story that fills a year', () => {
    const story = [day('2003-03-20'), ...['2019-01-10', '2019-04-02', '2019-07-15', '2019-11-30'].map(day)];
    expect(baseAxis(story, 800, 'auto').breaks).to.have.length(1);
  });
});

describe('latestEnd', () => {
  const at = (start: number, end?: number) =>
    ({
      start: { time: start, periodEnd: start + DAY },
      end: end === undefined ? undefined : { time: end, periodEnd: end + DAY },
    }) as unknown as TimelineEvent;

  it("is where the last event's drawing ends, a range's end or a point's day", () => {
    expect(latestEnd([at(0, 5 * DAY), at(2 * DAY), at(9 * DAY)])).to.equal(10 * DAY);
    expect(latestEnd([at(0, 50 * DAY), at(2 * DAY), at(9 * DAY)])).to.equal(51 * DAY);
  });

  it("takes a cluster of 200,000 events (a spread into Math.max overflowed the stack)", () => {
    const cluster = Array.from({ length: 200_000 }, (_, i) => at(i * 1000));
    expect(latestEnd(cluster)).to.equal(199_999_000 + DAY);
  });
});

describe('laneRuns: the marks of a lane by binary search', () => {
  const event = (i: number, start: number, end?: number) =>
    ({
      id: `e${i}`,
      title: `E${i}`,
      start: { time: start, periodEnd: start + DAY, precision: 'day' },
      end: end === undefined ? undefined : { time: end, periodEnd: end + DAY, precision: 'day' },
      lanes: [],
    }) as unknown as import('../../src/model/types.js').TimelineEvent;

  it('draws the same marks as clustering every visible event one by one', () => {
    const random = seededRandom(11);
    const starts = Array.from({ length: 2000 }, () => Math.floor(random() * 3650) * DAY).sort((a, b) => a - b);
    const events = starts.map((start, i) => event(i, start));
    const [lane] = indexLanes(events, 1, () => 0);
    for (const pxPerDay of [0.05, 0.3, 2, 40]) {
      const toPixel = (time: number) => (time / DAY) * pxPerDay;
      const toTime = (x: number) => (x / pxPerDay) * DAY;
      const [from, to] = [toTime(100), toTime(900)];
      const runs = laneRuns(lane!, from, to, 12, toPixel, toTime);
      const visible = events.filter((e) => e.start.time < to && e.start.periodEnd > from);
      const expected = clusterMarks(visible.map((e) => ({ item: e, x: toPixel(e.start.time), xEnd: 0, lane: 0, labelWidth: 0 })), 12);
      expect(runs.map((r) => r.items.map((e) => e.id)), `${pxPerDay} px a day`).to.deep.equal(expected.map((c) => c.item.map((e) => e.id)));
    }
  });

  it('keeps a long range that starts before the window and reaches into it', () => {
    const events = [event(0, 0, 400 * DAY), event(1, 10 * DAY), event(2, 500 * DAY)];
    const [lane] = indexLanes(events, 1, () => 0);
    const runs = laneRuns(lane!, 300 * DAY, 600 * DAY, 12, (t) => t / DAY, (x) => x * DAY);
    expect(runs.flatMap((r) => r.items.map((e) => e.id))).to.deep.equal(['e0', 'e2']);
  });
});
