// Reading ISO 8601 calendar values. This file runs in every time zone of
// web-test-runner.config.mjs, and every expectation is the same in each: date-only values are UTC
// midnights, and nothing here may depend on the zone the browser runs in.
import { expect } from '@open-wc/testing';
import {
  CalendarDateError,
  compareCalendarDates,
  parseCalendarDate,
  spokenSpan,
  utcTime,
} from '../../src/model/calendar-date.js';
import type { CalendarDate } from '../../src/model/types.js';
import { formatCalendarDate } from '../../src/format/format-date.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The offsets (minutes, as getTimezoneOffset gives them) of the zones the runner uses. */
const ZONES: Record<string, { january: number; june: number }> = {
  'America/Los_Angeles': { january: 480, june: 420 },
  'Asia/Tokyo': { january: -540, june: -540 },
  'Pacific/Kiritimati': { january: -840, june: -840 },
  'Europe/London': { january: 0, june: -60 },
};

/** The error a bad value throws; fails the test when it parses. */
function errorOf(source: string): CalendarDateError {
  try {
    const value = parseCalendarDate(source);
    expect.fail(`${JSON.stringify(source)} parsed as ${new Date(value.time).toISOString()}`);
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(CalendarDateError);
    return error as CalendarDateError;
  }
  throw new Error('unreachable');
}

/** `toISOString` is an independent check of `time`, also for years before 1000 and after 9999. */
const iso = (time: number) => new Date(time).toISOString();

describe('time zone of this run', () => {
  it('is one of the zones the runner pins, and the browser really uses it', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(Object.keys(ZONES)).to.include(zone);
    const offsets = ZONES[zone]!;
    expect(new Date(2018, 0, 12).getTimezoneOffset()).to.be.a('number').and.equal(offsets.january);
    expect(new Date(2018, 5, 12).getTimezoneOffset()).to.be.a('number').and.equal(offsets.june);
  });
});

describe('parseCalendarDate', () => {
  describe('precisions', () => {
    it('reads a year', () => {
      const date = parseCalendarDate('2003');
      expect(date).to.deep.include({ precision: 'year', year: 2003, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
      expect(date.offsetMinutes).to.be.undefined;
      expect(date.time).to.equal(Date.UTC(2003, 0, 1));
      expect(date.periodEnd).to.equal(Date.UTC(2004, 0, 1));
      expect(date.source).to.equal('2003');
    });

    it('reads a month', () => {
      const date = parseCalendarDate('2018-06');
      expect(date).to.deep.include({ precision: 'month', year: 2018, month: 6, day: 1 });
      expect(date.time).to.equal(Date.UTC(2018, 5, 1));
      expect(date.periodEnd).to.equal(Date.UTC(2018, 6, 1));
    });

    it('reads a day at UTC midnight, whatever the zone', () => {
      const date = parseCalendarDate('2018-06-12');
      expect(date).to.deep.include({ precision: 'day', year: 2018, month: 6, day: 12, hour: 0, minute: 0 });
      expect(date.offsetMinutes).to.be.undefined;
      expect(date.time).to.equal(Date.UTC(2018, 5, 12));
      expect(iso(date.time)).to.equal('2018-06-12T00:00:00.000Z');
      expect(date.periodEnd).to.equal(Date.UTC(2018, 5, 13));
    });

    it('reads a time with an offset as the instant it names', () => {
      const date = parseCalendarDate('2019-02-27T09:00+07:00');
      expect(date).to.deep.include({ precision: 'minute', year: 2019, month: 2, day: 27, hour: 9, minute: 0 });
      expect(date.offsetMinutes).to.equal(420);
      expect(iso(date.time)).to.equal('2019-02-27T02:00:00.000Z');
      expect(date.periodEnd - date.time).to.equal(MINUTE);
    });

    it('reads a negative and a half-hour offset', () => {
      const date = parseCalendarDate('2019-02-27T09:00-03:30');
      expect(date.offsetMinutes).to.equal(-210);
      expect(iso(date.time)).to.equal('2019-02-27T12:30:00.000Z');
    });

    it('reads an offset written without a colon the same as with one', () => {
      expect(parseCalendarDate('2019-02-27T09:00+0700').time).to.equal(parseCalendarDate('2019-02-27T09:00+07:00').time);
    });

    it('reads seconds with Z as UTC', () => {
      const date = parseCalendarDate('2019-02-27T09:00:30Z');
      expect(date).to.deep.include({ precision: 'second', hour: 9, minute: 0, second: 30, offsetMinutes: 0 });
      expect(iso(date.time)).to.equal('2019-02-27T09:00:30.000Z');
      expect(date.periodEnd - date.time).to.equal(1000);
    });

    it('reads a time without an offset as written, placed as if in UTC', () => {
      const date = parseCalendarDate('2019-02-27T09:00');
      expect(date.precision).to.equal('minute');
      expect(date.offsetMinutes).to.be.undefined;
      expect(iso(date.time)).to.equal('2019-02-27T09:00:00.000Z');
    });

    it('keeps seconds precision for fractional seconds, dropping the fraction', () => {
      const date = parseCalendarDate('2019-02-27T09:00:30.250Z');
      expect(date.precision).to.equal('second');
      expect(iso(date.time)).to.equal('2019-02-27T09:00:30.000Z');
    });
  });

  describe('periodEnd', () => {
    const cases: [string, string][] = [
      ['2003', '2004-01-01T00:00:00.000Z'],
      ['2018-12', '2019-01-01T00:00:00.000Z'],
      ['2018-02', '2018-03-01T00:00:00.000Z'],
      ['2018-12-31', '2019-01-01T00:00:00.000Z'],
      ['2020-02-28', '2020-02-29T00:00:00.000Z'],
      ['2020-02-29', '2020-03-01T00:00:00.000Z'],
      ['2018-12-31T23:59Z', '2019-01-01T00:00:00.000Z'],
      ['2018-12-31T23:59:59Z', '2019-01-01T00:00:00.000Z'],
      ['2019-01-01T00:30+01:00', '2018-12-31T23:31:00.000Z'],
      ['-0500', '-000499-01-01T00:00:00.000Z'],
    ];
    for (const [source, end] of cases) {
      it(`of ${source} is ${end}`, () => {
        const date = parseCalendarDate(source);
        expect(iso(date.periodEnd)).to.equal(end);
        expect(date.periodEnd).to.be.greaterThan(date.time);
      });
    }
  });

  describe('years', () => {
    it('reads "0050" as the year 50, not 1950', () => {
      const date = parseCalendarDate('0050');
      expect(date.year).to.equal(50);
      expect(iso(date.time)).to.equal('0050-01-01T00:00:00.000Z');
      expect(iso(date.periodEnd)).to.equal('0051-01-01T00:00:00.000Z');
      expect(iso(parseCalendarDate('0099-12-31').time)).to.equal('0099-12-31T00:00:00.000Z');
    });

    it('reads "0000" as year 0, which is 1 BC', () => {
      const date = parseCalendarDate('0000');
      expect(date.year).to.equal(0);
      expect(iso(date.time)).to.equal('0000-01-01T00:00:00.000Z');
    });

    it('reads expanded BC years: "-0500" is astronomical year -500', () => {
      const date = parseCalendarDate('-0500');
      expect(date).to.deep.include({ precision: 'year', year: -500 });
      expect(iso(date.time)).to.equal('-000500-01-01T00:00:00.000Z');
      expect(iso(parseCalendarDate('-0044-03-15').time)).to.equal('-000044-03-15T00:00:00.000Z');
    });

    it('reads expanded future years: "+12000"', () => {
      const date = parseCalendarDate('+12000');
      expect(date.year).to.equal(12000);
      expect(iso(date.time)).to.equal('+012000-01-01T00:00:00.000Z');
      expect(parseCalendarDate('+2018-06-12').time).to.equal(Date.UTC(2018, 5, 12));
    });

    it('needs a sign for more than four digits', () => {
      expect(errorOf('12000').message).to.contain('is not a date');
      expect(errorOf('018').message).to.contain('is not a date');
    });

    it('accepts ±270,000 years, as the importers do', () => {
      expect(parseCalendarDate('+270000-12-31').year).to.equal(270_000);
      expect(parseCalendarDate('-270000-01-01').year).to.equal(-270_000);
    });

    const beyond = ['+270001', '-270001-12-31', '+275760-09-12', '-271821-04-20'];
    for (const source of [...beyond, '+275760-09-13', '+275760', '+275761', '+999999', '-271821-04-19', '-271821', '-999999-01-01']) {
      it(`rejects ${source}, beyond ±270,000 years${beyond.includes(source) ? '' : ' and the JavaScript Date range'}`, () => {
        const error = errorOf(source);
        expect(error.message).to.equal(
          `${JSON.stringify(source)} is beyond the range a timeline can draw (about ±270,000 years)`,
        );
      });
    }
  });

  describe('leap days', () => {
    it('accepts February 29 in leap years', () => {
      for (const source of ['2020-02-29', '2000-02-29', '2016-02-29', '-0004-02-29', '0000-02-29']) {
        expect(parseCalendarDate(source).day, source).to.equal(29);
      }
      expect(parseCalendarDate('2020-02-29').time).to.equal(Date.UTC(2020, 1, 29));
    });

    it('rejects February 29 in common years', () => {
      for (const source of ['2019-02-29', '1900-02-29', '2100-02-29', '-0001-02-29']) {
        expect(errorOf(source).message, source).to.equal(`${JSON.stringify(source)} names a day its month does not have`);
      }
    });
  });

  describe('bad input', () => {
    it('says what a date looks like when the text is not one', () => {
      expect(errorOf('June 2018x').message).to.equal(
        '"June 2018x" is not a date; write it as 2003, 2018-06, 2018-06-12 or 2019-02-27T09:00+07:00',
      );
    });

    for (const source of [
      '',
      '   ',
      '18',
      '2018-6',
      '2018-06-1',
      '2018/06/12',
      '2018-06-12 09:00',
      '2018-06-12T09',
      '2018-06-12T9:00',
      '2018-06-12T09:00+7',
      '2018-06-12Z',
      '2018-06-12T09:00z',
      '2018-W24',
      '20180612',
      '2018-06-12T09:00:30.1234567890Z',
      '٢٠١٨',
    ]) {
      it(`rejects ${JSON.stringify(source)} as not a date`, () => {
        expect(errorOf(source).message).to.match(/^".*" is not a date; write it as /);
      });
    }

    it('rejects a month that does not exist', () => {
      expect(errorOf('2018-13').message).to.equal('"2018-13" has no month 13');
      expect(errorOf('2018-00-10').message).to.equal('"2018-00-10" has no month 0');
    });

    it('rejects a day its month does not have', () => {
      expect(errorOf('2018-06-31').message).to.equal('"2018-06-31" names a day its month does not have');
      expect(errorOf('2018-04-00').message).to.equal('"2018-04-00" names a day its month does not have');
      expect(errorOf('2018-01-32').message).to.contain('names a day its month does not have');
    });

    it('rejects a time of day that does not exist, including 24:00', () => {
      for (const source of ['2018-06-12T24:00', '2018-06-12T12:60', '2018-06-12T12:00:60Z']) {
        expect(errorOf(source).message, source).to.equal(`${JSON.stringify(source)} has a time of day that does not exist`);
      }
    });

    it('rejects an offset that does not exist', () => {
      expect(errorOf('2018-06-12T12:00+19:00').message).to.equal('the time zone offset +19:00 does not exist');
      expect(errorOf('2018-06-12T12:00-05:60').message).to.equal('the time zone offset -05:60 does not exist');
    });

    it('trims surrounding white space, and keeps the trimmed text as the source', () => {
      const date = parseCalendarDate(' 2018 ');
      expect(date.year).to.equal(2018);
      expect(date.source).to.equal('2018');
      expect(parseCalendarDate('\n2018-06-12\t').time).to.equal(Date.UTC(2018, 5, 12));
    });

    it('quotes the text as written in its message', () => {
      expect(errorOf(' 2018-13 ').message).to.equal('" 2018-13 " has no month 13');
    });
  });

  describe('time zone independence', () => {
    it('places date-only values at Date.UTC, never at local midnight', () => {
      expect(parseCalendarDate('2018-06-12').time).to.equal(Date.UTC(2018, 5, 12));
      // US and European daylight-saving change days: still exactly one day long.
      for (const source of ['2019-03-10', '2019-11-03', '2019-03-31', '2019-10-27']) {
        const date = parseCalendarDate(source);
        expect(iso(date.time), source).to.equal(`${source}T00:00:00.000Z`);
        expect(date.periodEnd - date.time, source).to.equal(DAY);
      }
    });

    it('places wall-clock times that do not exist locally (a spring-forward gap) as written', () => {
      expect(iso(parseCalendarDate('2019-03-10T02:30').time)).to.equal('2019-03-10T02:30:00.000Z');
      expect(iso(parseCalendarDate('2019-03-31T01:30').time)).to.equal('2019-03-31T01:30:00.000Z');
    });
  });

  describe('utcTime', () => {
    it('agrees with Date.UTC from year 100 on, and maps years 0–99 to themselves', () => {
      expect(utcTime(2018, 6, 12, 9, 30, 15)).to.equal(Date.UTC(2018, 5, 12, 9, 30, 15));
      expect(utcTime(1970)).to.equal(0);
      expect(iso(utcTime(99, 12, 31))).to.equal('0099-12-31T00:00:00.000Z');
    });

    it('rolls months and days over', () => {
      expect(utcTime(2018, 13)).to.equal(Date.UTC(2019, 0, 1));
      expect(utcTime(2018, 2, 29)).to.equal(Date.UTC(2018, 2, 1));
    });
  });
});

describe('parseCalendarDate, read again', () => {
  // Dates read lately are kept by their text (a story's events share their days): what comes
  // back must be what reading that text gives, however many other dates came between.
  it('gives each text its own value, before and after many other dates', () => {
    const texts = ['2018-06-12', ' 2018-06-12 ', '2018-06', '2018-06-12T09:00+08:00', '-0332'];
    const first = texts.map((text) => ({ ...parseCalendarDate(text) }));
    for (let day = 0; day < 10_000; day++) parseCalendarDate(new Date(Date.UTC(1990, 0, 1) + day * DAY).toISOString().slice(0, 10));
    texts.forEach((text, i) => expect(parseCalendarDate(text), text).to.deep.equal(first[i]));
    expect(parseCalendarDate('2018-06-12T09:00+08:00').time).to.equal(Date.UTC(2018, 5, 12, 1));
    expect(parseCalendarDate(' 2018-06-12 ').source).to.equal('2018-06-12');
    expect(parseCalendarDate('2018-06').precision).to.equal('month');
  });

  it('still refuses a bad value every time it is read', () => {
    expect(errorOf('2018-02-30').message).to.include('names a day its month does not have');
    expect(errorOf('2018-02-30').message).to.include('names a day its month does not have');
  });
});

describe('compareCalendarDates', () => {
  const sorted = (sources: string[]) =>
    sources
      .map(parseCalendarDate)
      .sort(compareCalendarDates)
      .map((date: CalendarDate) => date.source);

  it('orders by time', () => {
    expect(sorted(['2019', '-0500', '2018-06-12', '2003', '+12000'])).to.deep.equal([
      '-0500',
      '2003',
      '2018-06-12',
      '2019',
      '+12000',
    ]);
  });

  it('puts the shorter period first at the same point in time', () => {
    expect(sorted(['2018', '2018-01', '2018-01-01T00:00:00Z', '2018-01-01', '2018-01-01T00:00Z'])).to.deep.equal([
      '2018-01-01T00:00:00Z',
      '2018-01-01T00:00Z',
      '2018-01-01',
      '2018-01',
      '2018',
    ]);
  });

  it('orders times by instant, not by wall clock', () => {
    expect(sorted(['2019-02-27T09:00+07:00', '2019-02-27T03:00Z'])).to.deep.equal([
      '2019-02-27T09:00+07:00',
      '2019-02-27T03:00Z',
    ]);
  });
});

describe('spokenSpan: a visible window in words', () => {
  const said = (start: number, end: number) => spokenSpan(start, end).map((d) => `${d.precision} ${d.year}-${d.month}-${d.day}`);

  it('names the last period the window shows, not the one it ends at the start of', () => {
    expect(said(Date.UTC(2018, 5, 1), Date.UTC(2019, 4, 1))).to.deep.equal(['month 2018-6-1', 'month 2019-4-1']);
    expect(said(Date.UTC(2019, 1, 1), Date.UTC(2019, 2, 2))).to.deep.equal(['day 2019-2-1', 'day 2019-3-1']);
    expect(said(Date.UTC(2003, 0, 1), Date.UTC(2020, 0, 1))).to.deep.equal(['year 2003-1-1', 'year 2019-1-1']);
  });

  it('says a window inside one period as that period at both ends', () => {
    expect(said(Date.UTC(2019, 1, 27, 9), Date.UTC(2019, 1, 27, 15))).to.deep.equal(['day 2019-2-27', 'day 2019-2-27']);
  });

  it('says a story with times to the minute within two days, on the axis’s clock', () => {
    const inWords = (start: number, end: number, offsetMinutes?: number) =>
      spokenSpan(start, end, { times: true, offsetMinutes }).map((d) => formatCalendarDate(d));
    expect(inWords(Date.UTC(2019, 1, 27, 9), Date.UTC(2019, 1, 27, 14, 59, 59, 700))).to.deep.equal(['Feb 27, 2019, 9:00 AM', 'Feb 27, 2019, 3:00 PM']);
    // Kiritimati's 12:30 AM on 2 May is 10:30 UTC on 1 May: the day is the clock's, and the zone is said.
    expect(inWords(Date.UTC(2019, 4, 1, 10, 30), Date.UTC(2019, 4, 1, 13), 14 * 60)).to.deep.equal([
      'May 2, 2019, 12:30 AM (UTC+14:00)',
      'May 2, 2019, 3:00 AM (UTC+14:00)',
    ]);
    // Over two days, days; a story without times, days however narrow the window.
    expect(inWords(Date.UTC(2019, 4, 1), Date.UTC(2019, 4, 4))).to.deep.equal(['May 1, 2019', 'May 3, 2019']);
    expect(said(Date.UTC(2019, 1, 27, 9), Date.UTC(2019, 1, 27, 15))).to.deep.equal(['day 2019-2-27', 'day 2019-2-27']);
  });
});
