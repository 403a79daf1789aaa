import type { Locale } from 'date-fns';
import { formatCalendarDate, formatDateRange } from '../format/format-date.js';
import { formatTick } from '../format/format-tick.js';
import type { Tick } from '../layout/ticks.js';
import type { CalendarDate } from '../model/types.js';

/** Dates, ticks and counts as the element's language writes them, digits included. */
export interface DateText {
  date(date: CalendarDate): string;
  range(start: CalendarDate, end: CalendarDate | undefined): string;
  tick(tick: Pick<Tick, 'time' | 'unit'>): string;
  /** Puts a message's digits in the locale's numbering system. */
  digits(text: string): string;
}

export function dateText(dateLocale: Locale, digits: (text: string) => string): DateText {
  return {
    date: (date) => digits(formatCalendarDate(date, dateLocale)),
    range: (start, end) => digits(formatDateRange(start, end, dateLocale)),
    tick: (tick) => digits(formatTick(tick, dateLocale)),
    digits,
  };
}
