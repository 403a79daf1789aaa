import { UTCDate } from '@date-fns/utc';
import { format, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { utcTime } from '../model/calendar-date.js';
import type { CalendarDate } from '../model/types.js';

/**
 * Dates as a reader sees them, as precise as the data and no more: "2003", "June 2018",
 * "Jun 12, 2018", "Feb 27, 2019, 9:00 AM (UTC+07:00)". Everything is formatted in UTC from the
 * value as written, so the output is the same in every time zone.
 */

const PATTERNS = {
  year: 'y',
  month: 'LLLL y',
  day: 'PP',
  minute: 'PP, p',
  second: 'PP, pp',
} as const;

/** The wall-clock value as written, as a Date whose UTC fields are those of the value. */
export function wallClock(date: CalendarDate): UTCDate {
  return new UTCDate(utcTime(date.year, date.month, date.day, date.hour, date.minute, date.second));
}

function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

export function formatCalendarDate(date: CalendarDate, locale: Locale = enUS): string {
  // Year 0 and before are BC: date-fns writes them as "501" with era "BC" when asked.
  const era = date.year <= 0 ? ' G' : '';
  const text = format(wallClock(date), PATTERNS[date.precision] + era, { locale });
  return date.offsetMinutes === undefined ? text : `${text} (${offsetLabel(date.offsetMinutes)})`;
}

/** "Feb 27, 2019 – Feb 28, 2019"; a single date when there is no end. */
export function formatDateRange(start: CalendarDate, end: CalendarDate | undefined, locale: Locale = enUS): string {
  const from = formatCalendarDate(start, locale);
  if (end === undefined) return from;
  const to = formatCalendarDate(end, locale);
  return from === to ? from : `${from} – ${to}`;
}
