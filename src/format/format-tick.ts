import { UTCDate } from '@date-fns/utc';
import { format, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import type { Tick, TickUnit } from '../layout/ticks.js';

/** Tick labels by how coarse the tick is: "2019", "Jun 2018", "Jun 12", "9:00 AM". */
const TICK_PATTERNS: Record<TickUnit, string> = {
  year: 'y',
  month: 'MMM y',
  day: 'MMM d',
  hour: 'p',
  minute: 'p',
  second: 'pp',
};

export function formatTick(tick: Pick<Tick, 'time' | 'unit'>, locale: Locale = enUS): string {
  const date = new UTCDate(tick.time);
  const bc = date.getUTCFullYear() <= 0 && (tick.unit === 'year' || tick.unit === 'month') ? ' G' : '';
  return format(date, TICK_PATTERNS[tick.unit] + bc, { locale });
}
