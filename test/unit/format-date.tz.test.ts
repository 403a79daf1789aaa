// Dates and tick labels as readers see them. This file runs in every time zone of
// web-test-runner.config.mjs; the text must be the same in each, and a date-only value must
// never shift by a day (Pacific/Kiritimati is UTC+14, Los Angeles UTC−8/−7).
import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatDateRange, wallClock } from '../../src/format/format-date.js';
import { formatTick } from '../../src/format/format-tick.js';
import { tickUnit, type TickContext } from '../../src/layout/ticks.js';
import { parseCalendarDate, utcTime } from '../../src/model/calendar-date.js';

const format = (source: string) => formatCalendarDate(parseCalendarDate(source));

describe('formatCalendarDate', () => {
  it('shows each value as precisely as it is written, and no more', () => {
    expect(format('2003')).to.equal('2003');
    expect(format('2018-06')).to.equal('June 2018');
    expect(format('2018-06-12')).to.equal('Jun 12, 2018');
    expect(format('2019-02-27T09:00')).to.equal('Feb 27, 2019, 9:00 AM');
    expect(format('2019-02-27T21:05:30')).to.equal('Feb 27, 2019, 9:05:30 PM');
  });

  it('shows a time as written, with its offset', () => {
    expect(format('2019-02-27T09:00+07:00')).to.equal('Feb 27, 2019, 9:00 AM (UTC+07:00)');
    expect(format('2019-02-27T09:00-03:30')).to.equal('Feb 27, 2019, 9:00 AM (UTC−03:30)');
    expect(format('2019-02-27T09:00:30Z')).to.equal('Feb 27, 2019, 9:00:30 AM (UTC)');
    // The wall clock as written, even when the instant falls on another day in UTC.
    expect(format('2019-02-28T01:00+09:00')).to.equal('Feb 28, 2019, 1:00 AM (UTC+09:00)');
    expect(format('2019-02-27T23:00-10:00')).to.equal('Feb 27, 2019, 11:00 PM (UTC−10:00)');
  });

  it('shows years before year 1 with BC', () => {
    expect(format('-0500')).to.equal('501 BC');
    expect(format('0000')).to.equal('1 BC');
    expect(format('-0044-03')).to.equal('March 45 BC');
    expect(format('-0044-03-15')).to.equal('Mar 15, 45 BC');
  });

  it('shows early and far-future years as numbers, never as 19xx', () => {
    expect(format('0001')).to.equal('1');
    expect(format('0050')).to.equal('50');
    expect(format('0050-06-12')).to.equal('Jun 12, 50');
    expect(format('+12000')).to.equal('12000');
  });

  it('never shifts a date-only value by a day, whatever the zone', () => {
    expect(format('2018-06-12')).to.equal('Jun 12, 2018');
    expect(format('2018-01-01')).to.equal('Jan 1, 2018');
    expect(format('2018-12-31')).to.equal('Dec 31, 2018');
    expect(format('2018-12')).to.equal('December 2018');
    expect(format('2018')).to.equal('2018');
    expect(format('2020-02-29')).to.equal('Feb 29, 2020');
  });

  it('shows daylight-saving change days and the hours around them as written', () => {
    expect(format('2019-03-10')).to.equal('Mar 10, 2019');
    expect(format('2019-11-03')).to.equal('Nov 3, 2019');
    expect(format('2019-03-31')).to.equal('Mar 31, 2019');
    expect(format('2019-10-27')).to.equal('Oct 27, 2019');
    // 2:30 AM does not exist in Los Angeles on Mar 10, nor 1:30 AM in London on Mar 31.
    expect(format('2019-03-10T02:30')).to.equal('Mar 10, 2019, 2:30 AM');
    expect(format('2019-03-31T01:30')).to.equal('Mar 31, 2019, 1:30 AM');
    // 1:30 AM happens twice in Los Angeles on Nov 3.
    expect(format('2019-11-03T01:30-07:00')).to.equal('Nov 3, 2019, 1:30 AM (UTC−07:00)');
    expect(format('2019-11-03T01:30-08:00')).to.equal('Nov 3, 2019, 1:30 AM (UTC−08:00)');
  });

  it('gives the same text as a freshly built value, whatever the zone', () => {
    // A check that does not go through parseCalendarDate: the UTC fields of the wall clock.
    const clock = new Date(wallClock(parseCalendarDate('2019-02-27T09:00+07:00')));
    expect(clock.getTime()).to.equal(utcTime(2019, 2, 27, 9));
    expect([clock.getUTCFullYear(), clock.getUTCMonth(), clock.getUTCDate(), clock.getUTCHours()]).to.deep.equal([2019, 1, 27, 9]);
  });
});

describe('formatDateRange', () => {
  it('joins start and end with an en dash', () => {
    const start = parseCalendarDate('2019-02-27');
    const end = parseCalendarDate('2019-02-28');
    expect(formatDateRange(start, end)).to.equal('Feb 27, 2019 – Feb 28, 2019');
  });

  it('shows one date when there is no end, or when both read the same', () => {
    const start = parseCalendarDate('2019-02-27');
    expect(formatDateRange(start, undefined)).to.equal('Feb 27, 2019');
    expect(formatDateRange(start, parseCalendarDate('2019-02-27'))).to.equal('Feb 27, 2019');
  });

  it('keeps each end at its own precision', () => {
    expect(formatDateRange(parseCalendarDate('2017'), parseCalendarDate('2018-03'))).to.equal('2017 – March 2018');
  });
});

describe('formatTick', () => {
  const tick = (time: number, context?: TickContext) => formatTick({ time, unit: tickUnit(time), context });

  it('labels ticks by their unit', () => {
    expect(tick(Date.UTC(2019, 0, 1))).to.equal('2019');
    expect(tick(Date.UTC(2019, 5, 1))).to.equal('Jun');
    expect(tick(Date.UTC(2019, 5, 12))).to.equal('Jun 12');
    expect(tick(Date.UTC(2019, 5, 12, 9))).to.equal('9:00 AM');
    expect(tick(Date.UTC(2019, 5, 12, 21, 30))).to.equal('9:30 PM');
    expect(tick(Date.UTC(2019, 5, 12, 21, 30, 15))).to.equal('9:30:15 PM');
  });

  it('adds the year, or the day, where the axis asks for it', () => {
    expect(tick(Date.UTC(2019, 0, 1), 'year')).to.equal('2019');
    expect(tick(Date.UTC(2019, 5, 1), 'year')).to.equal('Jun 2019');
    expect(tick(Date.UTC(2019, 5, 12), 'year')).to.equal('Jun 12, 2019');
    expect(tick(Date.UTC(2019, 5, 12, 9), 'day')).to.equal('Jun 12, 9:00 AM');
    expect(tick(Date.UTC(2019, 5, 12, 9), 'year')).to.equal('Jun 12, 2019, 9:00 AM');
  });

  it('labels in UTC, the same in every zone (midnight UTC is a new day, not the evening before)', () => {
    expect(tick(Date.UTC(2019, 2, 10))).to.equal('Mar 10');
    expect(tick(Date.UTC(2019, 2, 31))).to.equal('Mar 31');
    expect(tick(Date.UTC(2020, 0, 1))).to.equal('2020');
  });

  it('labels BC years and months with BC, and early years as they are', () => {
    expect(tick(utcTime(-500))).to.equal('501 BC');
    expect(tick(utcTime(0))).to.equal('1 BC');
    expect(tick(utcTime(-500, 3), 'year')).to.equal('Mar 501 BC');
    expect(tick(utcTime(-500, 3, 15), 'year')).to.equal('Mar 15, 501 BC');
    expect(tick(utcTime(50))).to.equal('50');
    expect(tick(utcTime(12000))).to.equal('12000');
  });
});
