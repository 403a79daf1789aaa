import type { CalendarDate, Precision } from './types.js';

/**
 * ISO 8601 calendar values at the precision they are written with. A year needs four digits,
 * or a sign and four or more digits (ISO's expanded form, for BC and far-future years).
 * Groups, in order: year, month, day, hour, minute, second, offset. Unnamed: named groups make
 * an object per match, and a story of a million events reads a million dates.
 */
const ISO_DATE =
  /^([+-]\d{4,6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** The range of a JavaScript Date: ±100,000,000 days around 1970. */
const MAX_TIME = 8.64e15;

/**
 * Years a calendar timeline can draw, as a round number for messages and importers. A
 * JavaScript Date reaches years −271,821 to 275,760; the limit leaves room for periods' ends.
 */
export const CALENDAR_YEAR_LIMIT = 270_000;

const MINUTE = 60_000;

/** A parse failure, said in words an editor understands. */
export class CalendarDateError extends Error {}

/**
 * Milliseconds since 1970 for a wall-clock value read as UTC. Goes through setUTCFullYear
 * because Date.UTC maps years 0–99 to 1900–1999.
 */
export function utcTime(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  // Date.UTC is exact outside 0–99, and reading 100,000 events calls this for each.
  if (year >= 100 || year < 0) return Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month of the proleptic Gregorian calendar (which ISO 8601 uses for every year). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function parseOffset(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 18 || minutes > 59) throw new CalendarDateError(`the time zone offset ${text} does not exist`);
  return sign * (hours * 60 + minutes);
}

/** The start of the period after the one the value names: its year, month, day, minute or second. */
function periodEndOf(value: Pick<CalendarDate, 'precision' | 'year' | 'month' | 'day'>, time: number): number {
  const { precision, year, month, day } = value;
  switch (precision) {
    case 'year':
      return utcTime(year + 1);
    case 'month':
      return utcTime(year, month + 1);
    case 'day':
      return utcTime(year, month, day + 1);
    case 'minute':
      return time + MINUTE;
    case 'second':
      return time + 1000;
  }
}

/**
 * Reads an ISO 8601 calendar value. Date-only values are placed at UTC midnight, so the same
 * day lands on the same point of a UTC scale in every time zone. Times with an offset are real
 * instants; times without one are wall-clock values, placed as if written in UTC.
 *
 * @throws CalendarDateError with a message that says what is wrong.
 */
export function parseCalendarDate(source: string): CalendarDate {
  let date = recentDates.get(source);
  if (!date) {
    if (recentDates.size > 4095) recentDates.clear();
    recentDates.set(source, (date = readCalendarDate(source)));
  }
  return date;
}

/**
 * The last 4,096 dates read, by their text. A story's events share their days (a million events
 * over twenty years have about 7,300): one object (readonly, as the whole model) serves every
 * event that names that day, read once.
 */
const recentDates = new Map<string, CalendarDate>();

function readCalendarDate(source: string): CalendarDate {
  const text = source.trim();
  const match = ISO_DATE.exec(text);
  if (!match) {
    throw new CalendarDateError(
      `${JSON.stringify(source)} is not a date; write it as 2003, 2018-06, 2018-06-12 or 2019-02-27T09:00+07:00`,
    );
  }
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, offsetText] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? 1 : Number(monthText);
  const day = dayText === undefined ? 1 : Number(dayText);
  const hour = hourText === undefined ? 0 : Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);

  if (month < 1 || month > 12) throw new CalendarDateError(`${JSON.stringify(source)} has no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new CalendarDateError(`${JSON.stringify(source)} names a day its month does not have`);
  }
  if (hour > 23 || minute > 59 || second > 59) {
    throw new CalendarDateError(`${JSON.stringify(source)} has a time of day that does not exist`);
  }
  const offsetMinutes = parseOffset(offsetText);
  const precision: Precision =
    secondText !== undefined ? 'second' : minuteText !== undefined ? 'minute' : dayText !== undefined ? 'day' : monthText !== undefined ? 'month' : 'year';
  const time = utcTime(year, month, day, hour, minute, second) - (offsetMinutes ?? 0) * MINUTE;
  const periodEnd = periodEndOf({ precision, year, month, day }, time);
  // ±270,000 years, as the importers count them: short of the Date's limits (271,821 BC, AD 275,760)
  // by enough that the axis has room beyond a story's first and last dates.
  if (!(Math.abs(year) <= CALENDAR_YEAR_LIMIT && Math.abs(time) <= MAX_TIME && Math.abs(periodEnd) <= MAX_TIME)) {
    throw new CalendarDateError(`${JSON.stringify(source)} is beyond the range a timeline can draw (about ±${CALENDAR_YEAR_LIMIT.toLocaleString('en-US')} years)`);
  }
  // Built whole, in one shape: no partial object spread into another.
  return { precision, year, month, day, hour, minute, second, offsetMinutes, time, periodEnd, source: text };
}

/**
 * Whether `end` is over before `start` begins. An end names its whole period ("2018-06" ends
 * with June), so an end at a coarser precision that holds the start, such as 2018-06-12T09:00
 * to 2018-06-12 or 2018-06-12 to 2018-06, is not before it.
 */
export function endsBefore(end: CalendarDate, start: CalendarDate): boolean {
  return end.periodEnd <= start.time;
}

/** Orders two values on the time axis; at the same point, the shorter period first. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.time - b.time || a.periodEnd - b.periodEnd;
}

/**
 * The calendar value at `precision` that contains the instant `time`, read on a clock
 * `offsetMinutes` ahead of UTC (UTC by default).
 */
export function calendarDateAt(time: number, precision: SpokenPrecision, offsetMinutes?: number): CalendarDate {
  const ahead = (offsetMinutes ?? 0) * MINUTE;
  const date = new Date(time + ahead);
  const year = date.getUTCFullYear();
  const month = precision === 'year' ? 1 : date.getUTCMonth() + 1;
  const day = precision === 'year' || precision === 'month' ? 1 : date.getUTCDate();
  const [hour, minute] = precision === 'minute' ? [date.getUTCHours(), date.getUTCMinutes()] : [0, 0];
  const start = utcTime(year, month, day, hour, minute) - ahead;
  const value = { precision, year, month, day, hour, minute, second: 0, offsetMinutes: precision === 'minute' ? offsetMinutes : undefined };
  return { ...value, time: start, periodEnd: periodEndOf(value, start), source: '' };
}

type SpokenPrecision = 'year' | 'month' | 'day' | 'minute';
const DAY = 86_400_000;

/**
 * A visible window as a reader would say it: in years, months or days, by how much is shown,
 * and to the minute within two days of a story that has times. The end is not part of the
 * window: one that ends at midnight on 1 May shows nothing of May. Its fields are read on the
 * axis's clock, `offsetMinutes` ahead of UTC, which the minutes name (as an event's time does).
 */
export function spokenSpan(start: number, end: number, { times = false, offsetMinutes }: { times?: boolean; offsetMinutes?: number } = {}): [CalendarDate, CalendarDate] {
  const span = end - start;
  const precision = span > 2 * 365 * DAY ? 'year' : span > 60 * DAY ? 'month' : times && span <= 2 * DAY ? 'minute' : 'day';
  // Minutes are said as the clock shows them, to the nearest: a window to 2:59:59.7 ends at 3:00.
  const [from, to] = precision === 'minute' ? [start, end].map((time) => Math.round(time / MINUTE) * MINUTE) : [start, Math.max(start, end - 1)];
  return [calendarDateAt(from!, precision, offsetMinutes), calendarDateAt(to!, precision, offsetMinutes)];
}
