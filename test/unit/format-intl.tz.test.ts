// Dates and tick labels in every language the element speaks, as the platform writes them.
// Engines carry different ICU data, so these tests never compare one engine's string: they ask
// the very formatter the element uses for its parts (`formatToParts`) and check which fields
// appear, in the locale's order, in the locale's digits. This file runs in every time zone of
// web-test-runner.config.mjs: a date-only value must stay on its day in each.
import { expect } from '@open-wc/testing';
import { dateFormatFor, formatCalendarDate, wallClock } from '../../src/format/format-date.js';
import { formatTick, tickFormatFor, type TickToFormat } from '../../src/format/format-tick.js';
import { dateText } from '../../src/i18n/date-text.js';
import { dateLocale, digitsFor } from '../../src/i18n/locale.js';
import { parseCalendarDate } from '../../src/model/calendar-date.js';

type Field = Intl.DateTimeFormatPartTypes;

/** The order of year, month and day in each language's written date. */
const DAY_ORDER: Record<string, Field[]> = {
  en: ['month', 'day', 'year'],
  de: ['day', 'month', 'year'],
  fr: ['day', 'month', 'year'],
  es: ['day', 'month', 'year'],
  ar: ['day', 'month', 'year'],
  fa: ['day', 'month', 'year'],
  ja: ['year', 'month', 'day'],
  zh: ['year', 'month', 'day'],
  'zh-TW': ['year', 'month', 'day'],
  ko: ['year', 'month', 'day'],
};

/** Where the month is a number with its counter word after it, not a name. */
const COUNTERS: Record<string, [string, string, string]> = {
  ja: ['年', '月', '日'],
  zh: ['年', '月', '日'],
  'zh-TW': ['年', '月', '日'],
  ko: ['년', '월', '일'],
};

const LANGUAGES = Object.keys(DAY_ORDER);

function partsOf(source: string, lang: string): Intl.DateTimeFormatPart[] {
  const date = parseCalendarDate(source);
  const formatter = dateFormatFor(date, lang);
  const parts = formatter.formatToParts(wallClock(date));
  // The text the element shows is exactly this formatter's.
  expect(formatCalendarDate(date, lang), `${source} in ${lang}`).to.equal(parts.map((p) => p.value).join(''));
  return parts;
}

function fields(parts: readonly Intl.DateTimeFormatPart[]): Field[] {
  return parts.filter((p) => p.type !== 'literal').map((p) => p.type);
}

function value(parts: readonly Intl.DateTimeFormatPart[], type: Field): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** `n` in the digits of a numbering system, as the platform writes them. */
function inDigits(n: number, numberingSystem: string): string {
  return new Intl.NumberFormat(`en-u-nu-${numberingSystem}`, { useGrouping: false }).format(n);
}

/** The numbering system `lang`'s dates use on this engine (Persian always has its own). */
function numberingOf(lang: string): string {
  return dateFormatFor(parseCalendarDate('2018-06-12'), lang).resolvedOptions().numberingSystem;
}

describe('dates through Intl, in every language', () => {
  for (const lang of LANGUAGES) {
    it(`writes a day in ${lang}: year, month and day in its order and digits`, () => {
      const parts = partsOf('1962-09-12', lang);
      expect(fields(parts).filter((f) => f === 'year' || f === 'month' || f === 'day')).to.deep.equal(DAY_ORDER[lang]);
      for (const field of ['hour', 'minute', 'era', 'weekday'] as const) expect(fields(parts)).to.not.include(field);
      const digits = numberingOf(lang);
      expect(value(parts, 'year')).to.equal(inDigits(1962, digits));
      expect(value(parts, 'day')).to.equal(inDigits(12, digits));
      const counters = COUNTERS[lang];
      if (counters) {
        // 1962年9月12日, 1962년 9월 12일: the month a number, each number followed by its counter
        // (in the field's part or the literal after it: engines split "9월" either way).
        const withCounter = (type: Field) => {
          const at = parts.findIndex((p) => p.type === type);
          return `${parts[at]!.value}${parts[at + 1]?.value ?? ''}`.replace(/\s/g, '');
        };
        expect(['year', 'month', 'day'].map((type) => withCounter(type as Field))).to.deep.equal([
          `${inDigits(1962, digits)}${counters[0]}`,
          `${inDigits(9, digits)}${counters[1]}`,
          `${inDigits(12, digits)}${counters[2]}`,
        ]);
      } else {
        expect(value(parts, 'month'), 'a month name').to.not.match(/[0-9\u0660-\u0669\u06f0-\u06f9]/);
      }
    });

    it(`writes a year, a month and a time in ${lang} with only their fields`, () => {
      expect(fields(partsOf('1962', lang))).to.deep.equal(['year']);
      expect(fields(partsOf('1962-09', lang)).sort()).to.deep.equal(['month', 'year']);
      const minute = fields(partsOf('1962-09-12T21:05', lang));
      expect(minute).to.include.members(['year', 'month', 'day', 'hour', 'minute']);
      expect(minute).to.not.include('second');
      expect(fields(partsOf('1962-09-12T21:05:30', lang))).to.include.members(['hour', 'minute', 'second']);
    });

    it(`keeps the Gregorian year in ${lang}, and an era before year 1`, () => {
      const digits = numberingOf(lang);
      const format = dateFormatFor(parseCalendarDate('2018-06-12'), lang).resolvedOptions();
      expect([format.calendar, format.timeZone]).to.deep.equal(['gregory', 'UTC']);
      expect(value(partsOf('2018-06', lang), 'year')).to.equal(inDigits(2018, digits));
      const bc = partsOf('-0500-03-15', lang);
      expect(fields(bc)).to.include('era');
      expect(value(bc, 'year')).to.equal(inDigits(501, digits));
      expect(fields(partsOf('0050', lang))).to.not.include('era');
    });

    it(`keeps a date-only value on its day in ${lang}, in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
      const digits = numberingOf(lang);
      for (const [source, year, day] of [
        ['2018-12-31', 2018, 31],
        ['2019-01-01', 2019, 1],
        ['2019-03-10', 2019, 10],
        ['2019-03-31', 2019, 31],
      ] as const) {
        const parts = partsOf(source, lang);
        expect(value(parts, 'year'), source).to.equal(inDigits(year, digits));
        expect(value(parts, 'day'), source).to.equal(inDigits(day, digits));
      }
    });
  }

  it('writes Japanese, Chinese and Korean days as their news does', () => {
    // The plain forms every engine's data agrees on.
    expect(formatCalendarDate(parseCalendarDate('1962-09-12'), 'ja')).to.equal('1962年9月12日');
    expect(formatCalendarDate(parseCalendarDate('1962-09-12'), 'zh')).to.equal('1962年9月12日');
    expect(formatCalendarDate(parseCalendarDate('1962-09-12'), 'ko')).to.equal('1962년 9월 12일');
  });

  it('writes Persian dates in Persian digits, the offset of a time included', () => {
    expect(numberingOf('fa')).to.equal('arabext');
    const text = dateText(dateLocale('fa'), digitsFor(dateLocale('fa')));
    const shown = text.date(parseCalendarDate('2019-02-27T09:00+07:00'));
    expect(shown).to.not.match(/[0-9]/);
    expect(shown).to.match(/\(UTC\+۰۷:۰۰\)$/);
  });

  // Which tag dates are written in for a page's language: test/unit/locale.test.ts.
  it('writes a date for what is not a language tag in English', () => {
    expect(formatCalendarDate(parseCalendarDate('2018-06-12'), 'not a tag!')).to.equal('Jun 12, 2018');
  });
});

describe('tick labels through Intl', () => {
  const tick = (time: number, context?: TickToFormat['context']): TickToFormat => {
    const date = new Date(time);
    const unit =
      date.getUTCHours() !== 0 ? 'hour' : date.getUTCDate() !== 1 ? 'day' : date.getUTCMonth() !== 0 ? 'month' : 'year';
    return { time, unit, context };
  };
  const tickFields = (t: TickToFormat, lang: string) => {
    const parts = tickFormatFor(t, lang).formatToParts(t.time);
    expect(formatTick(t, lang)).to.equal(parts.map((p) => p.value).join(''));
    return fields(parts).filter((f) => f !== 'dayPeriod');
  };

  for (const lang of LANGUAGES) {
    it(`shows each unit's fields in ${lang}, and the year or day only where asked`, () => {
      expect(tickFields(tick(Date.UTC(2019, 0, 1)), lang)).to.deep.equal(['year']);
      expect(tickFields(tick(Date.UTC(2019, 5, 1)), lang)).to.deep.equal(['month']);
      expect(tickFields(tick(Date.UTC(2019, 5, 1), 'year'), lang).sort()).to.deep.equal(['month', 'year']);
      const day = tickFields(tick(Date.UTC(2019, 5, 12)), lang);
      expect(day).to.deep.equal(DAY_ORDER[lang]!.filter((f) => f !== 'year'));
      expect(tickFields(tick(Date.UTC(2019, 5, 12), 'year'), lang)).to.deep.equal(DAY_ORDER[lang]);
      expect(tickFields(tick(Date.UTC(2019, 5, 12, 9)), lang)).to.deep.equal(['hour', 'minute']);
      expect(tickFields(tick(Date.UTC(2019, 5, 12, 9), 'day'), lang).sort()).to.deep.equal(['day', 'hour', 'minute', 'month']);
      expect(tickFields(tick(Date.UTC(2019, 5, 12, 9), 'year'), lang).sort()).to.deep.equal(['day', 'hour', 'minute', 'month', 'year']);
    });
  }

  it('labels a midnight tick with its own day, not the evening before, in every zone', () => {
    const parts = tickFormatFor(tick(Date.UTC(2019, 2, 31)), 'de').formatToParts(Date.UTC(2019, 2, 31));
    expect(value(parts, 'day')).to.equal('31');
  });
});
