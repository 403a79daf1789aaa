import { unixDay, utcDay, utcHour, utcMinute, utcMonth, utcSecond, utcSunday, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import type { TimelineEvent } from '../model/types.js';
import { linearMap } from './linear-map.js';
import { readerYears } from './reader-years.js';

/**
 * Axis ticks for a zoomed piecewise axis. d3-time picks "nice" UTC intervals (decades, years,
 * months, days, hours) for each stretch of the axis in proportion to its width on screen, never
 * finer than the story's dates; then labels that would touch are dropped, keeping the earlier
 * one, so no two ever overlap. Each kept label says what it needs to be read alone: the first
 * one and the first of each new year carry the year, so "Jan 5" never stands next to "Jul 2020"
 * without its own.
 */

export interface Tick {
  /** The tick's time on the axis's clock, in UTC fields (see `AxisClock`): what its label says. */
  readonly time: number;
  readonly x: number;
  /**
   * How coarse the tick is, which decides its label: a new year shows the year, and so on. Among
   * ticks under a day apart, a midnight is a day at most ("May 1", not "May").
   */
  readonly unit: TickUnit;
  /**
   * What the label adds to its own unit: `year` on the first tick and where the year changes
   * ("Jan 2020", "Jan 5, 2020", "Jan 5, 2020, 9:00 AM"), `day` on a time where the day changes
   * ("Jan 6, 3:00 AM"). Undefined for a year tick, which is its year already.
   */
  readonly context: TickContext | undefined;
}

export const TICK_UNITS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
export type TickUnit = (typeof TICK_UNITS)[number];
export type TickContext = 'year' | 'day';

/** Pixels between tick marks that d3 aims for. */
const TARGET_SPACING = 90;
/** Smallest gap between two tick labels. */
export const LABEL_GAP = 8;

const DAY = 86_400_000;
/**
 * Ticks are looked for this far inside the JavaScript Date's limits: d3-time's steps of several
 * weeks or months floor a date to their last start, and one before the first Date (NaN) never
 * ends their loop. No story reaches there (dates stop at ±270,000 years).
 */
const MAX_TIME = 8.64e15 - 400 * DAY;

/** The interval of each unit, and its length (months and years at their shortest). */
const UNIT_INTERVALS: Record<TickUnit, { interval: TimeInterval; step: number }> = {
  year: { interval: utcYear, step: 365 * DAY },
  month: { interval: utcMonth, step: 28 * DAY },
  day: { interval: utcDay, step: DAY },
  hour: { interval: utcHour, step: 3_600_000 },
  minute: { interval: utcMinute, step: 60_000 },
  second: { interval: utcSecond, step: 1000 },
};

const SUB_DAY: ReadonlySet<TickUnit> = new Set(['hour', 'minute', 'second']);

/** The coarsest calendar unit a UTC instant falls on. */
export function tickUnit(time: number): TickUnit {
  const date = new Date(time);
  if (date.getUTCSeconds() !== 0 || date.getUTCMilliseconds() !== 0) return 'second';
  if (date.getUTCMinutes() !== 0) return 'minute';
  if (date.getUTCHours() !== 0) return 'hour';
  if (date.getUTCDate() !== 1) return 'day';
  if (date.getUTCMonth() !== 0) return 'month';
  return 'year';
}

/**
 * The finest ticks a story's dates call for: days for a story whose dates are all years,
 * months or days (hours between its dates would be ours, not the story's), else its finest
 * time.
 */
export function finestTickUnit(events: readonly TimelineEvent[]): TickUnit {
  let finest: TickUnit = 'day';
  // Both dates read in place: a list of the two for each event cost ~0.3 µs an event.
  for (const { start, end } of events) {
    if (start.precision === 'second' || end?.precision === 'second') return 'second';
    if (start.precision === 'minute' || end?.precision === 'minute') finest = 'minute';
  }
  return finest;
}

/**
 * The clock the axis runs on. A story whose times are all written with one offset, and which
 * has no dates without a time, is drawn on its own clock (a Hanoi story's 9:00 AM under the
 * 9:00 AM tick); any other story on UTC, where date-only values sit at midnight. Either way the
 * axis names its zone when some time in the story was written with an offset.
 */
export interface AxisClock {
  /** Minutes the axis's clock is ahead of UTC. */
  readonly offset: number;
  /** Whether tick labels name the zone: some time in the story has an offset. */
  readonly named: boolean;
}

export function axisClock(events: readonly TimelineEvent[]): AxisClock {
  const offsets = new Set<number | undefined>();
  let dates = false;
  for (const { start, end } of events) {
    for (const date of end ? [start, end] : [start]) {
      if (date.precision === 'minute' || date.precision === 'second') offsets.add(date.offsetMinutes);
      else dates = true;
    }
  }
  const [only] = offsets;
  const named = [...offsets].some((offset) => offset !== undefined);
  return { offset: offsets.size === 1 && !dates && only !== undefined ? only : 0, named };
}

export interface TickOptions {
  /** The zoomed axis: its domain and range, as d3 gives them. */
  readonly domain: readonly number[];
  readonly range: readonly number[];
  /** Visible pixels: [0, width]. */
  readonly width: number;
  /** Compressed stretches get no ticks of their own. */
  readonly breaks: readonly { start: number; end: number }[];
  /** Width of a label in pixels. */
  readonly labelWidth: (tick: Tick) => number;
  /** No ticks finer than this unit, however far the axis is zoomed (default: seconds). */
  readonly finest?: TickUnit;
  /** Where the breaks' ≈ marks stand, and how far each reaches either side: no label covers one. */
  readonly marks?: readonly number[];
  readonly markReach?: number;
  /** Minutes the axis's clock is ahead of UTC (`AxisClock`); ticks fall on its hours and days. */
  readonly offset?: number;
}

function isBreak(start: number, end: number, breaks: TickOptions['breaks']): boolean {
  return breaks.some((b) => start >= b.start && end <= b.end);
}

/**
 * The steps d3-time's ticker chooses from below a year, with their lengths: its weeks start on
 * Sunday and its two-day steps count from 1970, so neither starts again at each month.
 */
const STEPS: readonly (readonly [CountableTimeInterval, number, number])[] = [
  ...[1, 5, 15, 30].map((n) => [utcSecond, n, n * 1000] as const),
  ...[1, 5, 15, 30].map((n) => [utcMinute, n, n * 60_000] as const),
  ...[1, 3, 6, 12].map((n) => [utcHour, n, n * 3_600_000] as const),
  [unixDay, 1, DAY],
  [unixDay, 2, 2 * DAY],
  [utcSunday, 1, 7 * DAY],
  // Not d3's: between a week and a month, weekly labels crowd (every third dropped) where
  // monthly ones leave gaps.
  [utcSunday, 2, 14 * DAY],
  [utcMonth, 1, 30 * DAY],
  [utcMonth, 3, 90 * DAY],
  [utcYear, 1, 365 * DAY],
];

/**
 * d3-time's nice interval for about `count` ticks over [start, stop] (its ticker's choice: the
 * step nearest the wanted length, and years in steps of 1, 2 or 5 times a power of ten), no
 * finer than `finest`, with years counted as readers count them (`readerYears`), which d3's
 * ticker does not do; and the length of its step (a year's, a month's at their shortest).
 */
function tickInterval(start: number, stop: number, count: number, finest: TickUnit): { interval: TimeInterval; length: number } {
  const target = (stop - start) / count;
  const floor = UNIT_INTERVALS[finest];
  if (target < floor.step) return { interval: floor.interval, length: floor.step };
  const year = STEPS.at(-1)![2];
  if (target >= year) return { interval: readerYears(niceYears(start / year, stop / year, count)), length: year };
  const i = STEPS.findIndex(([, , length]) => length > target);
  // Never 0: the finest floor, a second, is the first step.
  const [interval, step, length] = STEPS[target / STEPS[i - 1]![2] < STEPS[i]![2] / target ? i - 1 : i]!;
  return { interval: step > 1 ? interval.every(step)! : interval, length };
}

/**
 * Years a tick for about `count` ticks over [start, stop] (in years from 1970): 1, 2 or 5 times
 * a power of ten, as d3-array's tickStep gives it to d3-time's ticker, and like it, when no
 * multiple of that step falls in a stretch that wants about one tick, the step for two. Never
 * under a year (d3 would give no ticks at all there).
 */
function niceYears(start: number, stop: number, count: number): number {
  const wanted = (stop - start) / count;
  const power = 10 ** Math.floor(Math.log10(wanted));
  const error = wanted / power;
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1);
  if (Math.ceil(start / step) * step > stop && count >= 0.5 && count < 2) return niceYears(start, stop, count * 2);
  return Math.max(step, 1);
}

type Candidate = Omit<Tick, 'context'> & {
  /** Every other tick of its step, counted from 1970, where the step has one length (under a month). */
  readonly even: boolean;
};

/** Candidate ticks for every visible stretch of the axis, in order; `density` times as many as it aims for. */
function candidateTicks({ domain, range, width, breaks, finest = 'second', offset = 0 }: TickOptions, density: number): Candidate[] {
  // Ticks are found and labelled on the axis's clock, and placed at their instant.
  const ahead = offset * 60_000;
  const ticks: Candidate[] = [];
  for (let i = 0; i + 1 < domain.length; i++) {
    const [t0, t1, x0, x1] = [domain[i]!, domain[i + 1]!, range[i]!, range[i + 1]!];
    const left = Math.max(x0, 0);
    const right = Math.min(x1, width);
    if (right <= left || isBreak(t0, t1, breaks)) continue;
    // Each stretch is linear: time ↔ pixel by proportion.
    const stretch = linearMap([t0, t1], [x0, x1]);
    // Within a day of the Date's limits (±8.64e15 ms): d3 steps a millisecond past each end.
    const [start, stop] = [Math.max(stretch.invert(left) + ahead, -MAX_TIME), Math.min(stretch.invert(right) + ahead, MAX_TIME)];
    const count = Math.max(1, Math.floor(((right - left) / TARGET_SPACING) * density));
    const { interval, length } = tickInterval(start, stop, count, finest);
    for (const date of interval.range(new Date(start), new Date(stop + 1))) {
      const time = date.getTime();
      const unit = tickUnit(time);
      // Among hours, days and weeks, a midnight is a new day, the 1st of May too: "May 1", not
      // "May 2019" (a one-day story on the 1st would never name its day).
      const underMonth = length < 28 * DAY;
      const even = underMonth && Math.round(time / length) % 2 === 0;
      ticks.push({ time, x: stretch(time - ahead), unit: underMonth && (unit === 'month' || unit === 'year') ? 'day' : unit, even });
    }
  }
  return ticks;
}

/** What a tick's label must add so it reads alone after the label kept before it. */
function contextAfter(tick: Omit<Tick, 'context'>, previous: Tick | undefined): TickContext | undefined {
  if (tick.unit === 'year') return undefined;
  if (!previous || new Date(previous.time).getUTCFullYear() !== new Date(tick.time).getUTCFullYear()) return 'year';
  if (SUB_DAY.has(tick.unit) && Math.floor(previous.time / DAY) !== Math.floor(tick.time / DAY)) return 'day';
  return undefined;
}

/**
 * Ticks whose labels, centred on each tick, never overlap each other, a break's ≈ or leave
 * [0, width]. A new year's label wins over a finer one just before it whose year is named
 * already ("Oct" kept and "2020" dropped could leave 2020 unnamed where the next ticks are years).
 */
export function axisTicks(options: TickOptions): Tick[] {
  let { ticks, crowded } = keptTicks(options, 1, false);
  // A label dropped for touching the one before it leaves a gap twice the others' ("Feb 12,
  // 2020 · Feb 16 · Feb 18": the first label, with its year, is wide): an even step instead,
  // the one of those that keeps every label with the most of them: at least two, and half as
  // many as were kept (where labels also make way for marks, an even step can keep too few).
  if (crowded) {
    let most = Math.max(1, (ticks.length - 1) >> 1);
    for (const [density, everyOther] of EVEN_STEPS) {
      const even = keptTicks(options, density, everyOther);
      if (even.crowded || even.ticks.length <= most) continue;
      ticks = even.ticks;
      most = ticks.length;
    }
  }
  // On a narrow axis the ends' labels, which would leave it, can leave one label or none: then
  // a finer step, while that gives more (a century on a phone: 1875 · 1900 · 1925, not 1900).
  for (let density = 2; ticks.length < 2 && density <= 8; density *= 2) {
    const finer = keptTicks(options, density, false).ticks;
    if (finer.length > ticks.length) ticks = finer;
  }
  return ticks;
}

/** Steps tried where labels crowd: [density, every other tick], a nice step first. */
const EVEN_STEPS = [
  [1 / 2, false],
  [1, true],
  [1 / 4, false],
] as const;

/**
 * The ticks whose labels fit (of every other candidate: the same ones as the view pans; none for
 * steps of a month or more), and whether any was dropped for touching another.
 */
function keptTicks(options: TickOptions, density: number, everyOther: boolean): { ticks: Tick[]; crowded: boolean } {
  let crowded = false;
  const kept: Tick[] = [];
  // Where each kept label ends, measured once (a label is formatted to be measured).
  const rights: number[] = [];
  for (const { even, ...candidate } of candidateTicks(options, density)) {
    if (everyOther && !even) continue;
    const previous = kept.at(-1);
    if (previous?.time === candidate.time) continue;
    const tick = { ...candidate, context: contextAfter(candidate, previous) };
    const half = options.labelWidth(tick) / 2;
    if (tick.x - half < 0 || tick.x + half > options.width) continue;
    if (options.marks?.some((x) => Math.abs(x - tick.x) < half + options.markReach!)) continue;
    if (tick.x - half < (rights.at(-1) ?? -Infinity) + LABEL_GAP) {
      crowded = true;
      const yields = tick.unit === 'year' && previous!.unit !== 'year' && previous!.context !== 'year';
      if (!yields || tick.x - half < (rights.at(-2) ?? -Infinity) + LABEL_GAP) continue;
      kept.pop();
      rights.pop();
    }
    kept.push(tick);
    rights.push(tick.x + half);
  }
  return { ticks: kept, crowded };
}
