import { utcTime } from '../model/calendar-date.js';
import type { CalendarDate, Precision } from '../model/types.js';
import { dateTimeFormat } from './intl-cache.js';

/**
 * Dates as a reader sees them, as precise as the data and no more, in the forms the platform
 * knows for each language: "2003", "June 2018", "Jun 12, 2018", "Feb 27, 2019, 9:00 AM
 * (UTC+07:00)" in English; 2018年6月12日 in Japanese and Chinese, 2018년 6월 12일 in Korean,
 * ۱۲ ژوئن ۲۰۱۸ in Persian. Everything is formatted in UTC from the value as written, so the
 * output is the same in every time zone.
 */

/** The fields each precision shows. A short month gives "Jun 12, 2018" and "2018年6月12日" alike. */
const FIELDS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
  minute: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  second: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' },
};

/** Year 0 and before are BC: their year is written with its era ("501 BC", "紀元前501年"). */
export function withEra(options: Intl.DateTimeFormatOptions, year: number): Intl.DateTimeFormatOptions {
  return year <= 0 && options.year ? { ...options, era: 'short' } : options;
}

/** The formatter for a value: its precision's fields in `locale`, with an era before year 1. */
export function dateFormatFor(date: CalendarDate, locale: string): Intl.DateTimeFormat {
  return dateTimeFormat(locale, withEra(FIELDS[date.precision], date.year));
}

/** The wall-clock value as written, as a time whose UTC fields are those of the value. */
export function wallClock(date: CalendarDate): number {
  return utcTime(date.year, date.month, date.day, date.hour, date.minute, date.second);
}

/** "UTC+07:00", "UTC−03:30" (a true minus sign), "UTC": how far the written time is from UTC. */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

export function formatCalendarDate(date: CalendarDate, locale = 'en'): string {
  const text = dateFormatFor(date, locale).format(wallClock(date));
  return date.offsetMinutes === undefined ? text : `${text} (${offsetLabel(date.offsetMinutes)})`;
}

/** "Feb 27, 2019 – Feb 28, 2019"; a single date when there is no end. */
export function formatDateRange(start: CalendarDate, end: CalendarDate | undefined, locale = 'en'): string {
  const from = formatCalendarDate(start, locale);
  if (end === undefined) return from;
  const to = formatCalendarDate(end, locale);
  return from === to ? from : `${from} – ${to}`;
}
