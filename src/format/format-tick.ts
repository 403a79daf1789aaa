import type { Tick, TickUnit } from '../layout/ticks.js';
import type { AxisClock } from '../layout/ticks.js';
import { offsetLabel, withEra } from './format-date.js';
import { dateTimeFormat } from './intl-cache.js';

/**
 * Tick labels by how coarse the tick is, in the platform's forms for each language: "2019",
 * "Jun", "Jun 12", "9:00 AM" (2019年, 6月, 6月12日, 9:00 in Japanese), with the year or the day
 * added where the axis needs it to be read without guessing ("Jan 2020", "Jan 5, 2020",
 * "Jan 6, 3:00 AM"; see `Tick.context`).
 */

const UNIT_FIELDS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { month: 'short', day: 'numeric' },
  hour: { hour: 'numeric', minute: '2-digit' },
  minute: { hour: 'numeric', minute: '2-digit' },
  second: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
};

const DAY_FIELDS: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };

export type TickToFormat = Pick<Tick, 'time' | 'unit'> & { readonly context?: Tick['context'] };

/** A time of day: its label with context gives the day too (and the zone, on a named clock). */
const isTimeOfDay = (unit: TickUnit) => unit === 'hour' || unit === 'minute' || unit === 'second';

function tickFields({ unit, context }: TickToFormat): Intl.DateTimeFormatOptions {
  const own = UNIT_FIELDS[unit];
  if (context === undefined || unit === 'year') return own;
  const day = isTimeOfDay(unit) ? DAY_FIELDS : {};
  return context === 'year' ? { year: 'numeric', ...day, ...own } : { ...day, ...own };
}

/** The formatter for a tick's label. */
export function tickFormatFor(tick: TickToFormat, locale: string): Intl.DateTimeFormat {
  return dateTimeFormat(locale, withEra(tickFields(tick), new Date(tick.time).getUTCFullYear()));
}

/**
 * A tick's label. On an axis whose clock is named (`AxisClock`), a time that says its date (the
 * first, and each after midnight) says its zone too: "Feb 28, 2019, 9:00 AM UTC+07:00".
 */
export function formatTick(tick: TickToFormat, locale = 'en', clock?: AxisClock): string {
  const text = tickFormatFor(tick, locale).format(tick.time);
  const zoned = clock?.named && tick.context && isTimeOfDay(tick.unit);
  return zoned ? `${text} ${offsetLabel(clock.offset)}` : text;
}
