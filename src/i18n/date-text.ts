import { formatCalendarDate, formatDateRange } from '../format/format-date.js';
import { formatTick, type TickToFormat } from '../format/format-tick.js';
import type { AxisClock } from '../layout/ticks.js';
import type { CalendarDate } from '../model/types.js';

/** Dates, ticks and counts as the element's language writes them, digits included. */
export interface DateText {
  date(date: CalendarDate): string;
  range(start: CalendarDate, end: CalendarDate | undefined): string;
  /** A tick's label; with a named `clock`, a time that gives its date also gives its zone. */
  tick(tick: TickToFormat, clock?: AxisClock): string;
  /** Puts a message's digits in the locale's numbering system. */
  digits(text: string): string;
}

/**
 * `locale` is a BCP 47 tag for `Intl` (see `dateLocale`): dates need no chunk, so they are in
 * the page's language from the first render. The platform writes a date's own digits in the
 * locale's numbering system already; `digits` also converts what we add (the "UTC+07:00" of
 * a time).
 */
export function dateText(locale: string, digits: (text: string) => string): DateText {
  return {
    date: (date) => digits(formatCalendarDate(date, locale)),
    range: (start, end) => digits(formatDateRange(start, end, locale)),
    tick: (tick, clock) => digits(formatTick(tick, locale, clock)),
    digits,
  };
}
