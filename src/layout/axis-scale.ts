import { linearMap } from './linear-map.js';
import type { TickUnit } from './ticks.js';

/**
 * The base time axis: a piecewise-linear mapping from time to pixels, before any zoom. All three
 * spacings are the same kind of thing (d3's continuous scales accept piecewise domains), so
 * zoom, ticks and hit-testing work the same way for each.
 *
 * - `time`: true to time, one stretch.
 * - `auto`: true to time, except that a long empty stretch (more than half the axis, its
 *   room at either end included) is collapsed into a fixed-width break, so a story with one
 *   event in 2003 and ten in 2019 is readable without zooming. (The element also widens a
 *   small story's dense stretches: see dense-stretches.ts.)
 * - `equal`: every distinct moment gets the same width; steps much longer than usual are
 *   marked as breaks so the reader still sees that time was skipped.
 */

export const SPACINGS = ['auto', 'time', 'equal'] as const;
export type Spacing = (typeof SPACINGS)[number];

/** A stretch of time in milliseconds: [start, end). */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

export interface AxisBreak {
  readonly start: number;
  readonly end: number;
}

export interface BaseAxis {
  /** Strictly increasing times (ms), paired with `range`. */
  readonly domain: readonly number[];
  /** Increasing pixel positions, one per domain point. */
  readonly range: readonly number[];
  /** Stretches drawn compressed, for the axis to mark. */
  readonly breaks: readonly AxisBreak[];
  /** Stretches drawn wider than the rest of the axis would draw them (a small story's dense ones), for the axis to mark. */
  readonly stretched?: readonly AxisBreak[];
}

export const BREAK_WIDTH = 40;
const COLLAPSE_SHARE = 0.5;
/** A gap is collapsed only if the time left to show is at least this share of it. */
const MIN_SHOWN_SHARE = 0.04;
const MAX_BREAKS = 4;
const EDGE_PAD_SHARE = 0.03;
/** Half a mark's 24 px target (GEOMETRY.markTarget): the least room in pixels at either end. */
const MARK_REACH = 12;
/** The least room at either end when the caller names none: an hour (see `edgeRoom` for a story's own). */
const MIN_PAD = 3_600_000;
const HALF_DAY = 43_200_000;
/**
 * The least room at either end for a story's finest dates: half a day for days (a day's event
 * stands clear of the edge), a few of the story's own units for times. An hour around a story
 * told in minutes drew a ten-minute story in a twelfth of the width.
 */
const EDGE_ROOM: Record<TickUnit, number> = {
  year: HALF_DAY,
  month: HALF_DAY,
  day: HALF_DAY,
  hour: MIN_PAD,
  minute: 300_000,
  second: 5000,
};

/** In equal spacing, a step this many times the median step is marked as a break. */
const EQUAL_BREAK_FACTOR = 4;
/** The range of a JavaScript Date: padding never reaches past it, or the axis's Dates are invalid. */
const MAX_TIME = 8.64e15;

function withinDates(time: number): number {
  return Math.min(Math.max(time, -MAX_TIME), MAX_TIME);
}

/** Merges overlapping intervals: the stretches of time where something happens. */
export function occupiedStretches(intervals: readonly Interval[]): Interval[] {
  // A story's events come in time order: checked, not sorted again (a copy and a sort at a million).
  const inOrder = intervals.every((interval, i) => i === 0 || intervals[i - 1]!.start <= interval.start);
  const sorted = inOrder ? intervals : [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  let last: { start: number; end: number } | undefined;
  for (const { start, end } of sorted) {
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push((last = { start, end: Math.max(end, start) }));
  }
  return merged;
}

/**
 * The least room at either end of the axis for a story whose finest ticks are `finest`: half a
 * day when they are days, so a story of one day shows that day between two labelled midnights
 * (an hour's room would leave both too near the edges to be labelled, and hours are not the
 * story's own ticks).
 */
export function edgeRoom(finest: TickUnit): number {
  return EDGE_ROOM[finest];
}

/**
 * The stretches' span with room at either end: a share of `drawnTime` (by default the whole
 * span) drawn across `width` pixels, and never under half a mark's target, so the end marks'
 * targets are whole inside a narrow plot (3 % of 360 px left them 10 px). It may pass the Date
 * range: `withinDateRange` holds the axis inside it.
 */
function padded(stretches: readonly Interval[], minPad: number, width: number, drawnTime?: number): { start: number; end: number } {
  const start = stretches[0]!.start;
  const end = stretches.at(-1)!.end;
  // A share s of the time on each side is s·width / (1 + 2s) pixels: at least MARK_REACH.
  const share = Math.max(EDGE_PAD_SHARE, MARK_REACH / Math.max(width - 2 * MARK_REACH, 1));
  const pad = Math.max((drawnTime ?? end - start) * share, minPad);
  return { start: start - pad, end: end + pad };
}

/**
 * An axis (its domain and range, changed in place) whose padded ends pass the Date range, held
 * inside it: the room beyond the story's first (or last) moment keeps its pixels, and the time in
 * it ends at the range's limit (a story from 270,000 BC drawn at 360 px wants 10,000 years of
 * room, and has 1,821).
 */
function withinDateRange(domain: number[], range: number[], first: number, last: number): void {
  const at = linearMap(domain, range);
  const [x0, x1] = [at(first), at(last)];
  // A moment at the range's very limit has no room beyond it: it takes the axis's edge.
  if (domain[0]! < -MAX_TIME) {
    domain[0] = -MAX_TIME;
    if (first > -MAX_TIME) (domain.splice(1, 0, first), range.splice(1, 0, x0));
  }
  const i = domain.length - 1;
  if (domain[i]! > MAX_TIME) {
    domain[i] = MAX_TIME;
    if (last < MAX_TIME) (domain.splice(i, 0, last), range.splice(i, 0, x1));
  }
}

function trueToTime(stretches: readonly Interval[], width: number, minPad: number): BaseAxis {
  const { start, end } = padded(stretches, minPad, width);
  const [domain, range] = [[start, end], [0, width]];
  withinDateRange(domain, range, stretches[0]!.start, stretches.at(-1)!.end);
  return { domain, range, breaks: [] };
}

/**
 * Picks the gaps to collapse: the longest, while each is over half of what is left uncollapsed
 * of the axis as drawn, its edge room (`room`, both ends) included: a gap of a few minutes is
 * no long empty stretch in a story given minutes of room at either end.
 */
function gapsToCollapse(stretches: readonly Interval[], room: number): AxisBreak[] {
  const gaps = stretches
    .slice(1)
    .map((stretch, i) => ({ start: stretches[i]!.end, end: stretch.start }))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const chosen: AxisBreak[] = [];
  let shown = stretches.at(-1)!.end - stretches[0]!.start;
  for (const gap of gaps) {
    const length = gap.end - gap.start;
    if (chosen.length >= MAX_BREAKS || length <= COLLAPSE_SHARE * (shown + room)) break;
    // What stays must be worth showing: collapsing the months between two single days would
    // leave an axis of two days with hour ticks, which says less than true-to-time spacing.
    if (shown - length < MIN_SHOWN_SHARE * length) continue;
    chosen.push(gap);
    shown -= length;
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function collapsed(intervals: readonly Interval[], width: number, minPad: number): BaseAxis {
  const stretches = occupiedStretches(intervals);
  const span = padded(stretches, minPad, width);
  const room = span.end - span.start - (stretches.at(-1)!.end - stretches[0]!.start);
  const breaks = gapsToCollapse(stretches, room);
  const breakWidth = Math.min(BREAK_WIDTH, width / (4 * (breaks.length + 1)));
  if (breaks.length === 0) return trueToTime(stretches, width, minPad);

  // Leave a little room on either side of each break so marks at its edges stay apart.
  const cuts = breaks.map((b) => {
    const margin = Math.min((span.end - span.start) * 0.005, (b.end - b.start) * 0.05);
    return { start: b.start + margin, end: b.end - margin };
  });
  const cutTime = cuts.reduce((sum, c) => sum + c.end - c.start, 0);
  // The edge padding is a share of the time drawn, as in `time` spacing. A share of the whole
  // span, most of which the breaks remove, would leave a quarter of the axis empty at its edges.
  const whole = padded(stretches, minPad, width - breakWidth * cuts.length, stretches.at(-1)!.end - stretches[0]!.start - cutTime);
  const shownTime = whole.end - whole.start - cutTime;
  const pxPerMs = (width - breakWidth * cuts.length) / shownTime;

  const domain = [whole.start];
  const range = [0];
  let x = 0;
  let t = whole.start;
  for (const cut of cuts) {
    x += (cut.start - t) * pxPerMs;
    domain.push(cut.start, cut.end);
    range.push(x, x + breakWidth);
    x += breakWidth;
    t = cut.end;
  }
  domain.push(whole.end);
  range.push(width);
  withinDateRange(domain, range, stretches[0]!.start, stretches.at(-1)!.end);
  return { domain, range, breaks: cuts };
}

function equallySpaced(intervals: readonly Interval[], width: number, minPad: number): BaseAxis {
  const moments = [...new Set(intervals.map((i) => i.start))].sort((a, b) => a - b);
  if (moments.length < 2) return trueToTime(occupiedStretches(intervals), width, minPad);
  const steps = moments.slice(1).map((m, i) => m - moments[i]!);
  const median = [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)]!;
  // Half a step of room before the first and after the last moment (half a mark's target at
  // least), within the Date range.
  const inset = Math.max(width / moments.length / 2, Math.min(MARK_REACH, width / 4));
  const step = (width - 2 * inset) / (moments.length - 1);
  // A loop: spread into Math.max, some 120,000 ends overflow the stack.
  const lastEnd = intervals.reduce((latest, i) => Math.max(latest, i.end), -Infinity);
  const first = moments[0]!;
  const last = moments.at(-1)!;
  const before = withinDates(first - (moments[1]! - first) / 2);
  const after = withinDates(Math.max(lastEnd, last + (last - moments.at(-2)!) / 2));
  const domain = [before, ...moments, after];
  const range = [0, ...moments.map((_, i) => inset + i * step), width];
  // A moment at the very edge of the Date range has no room beyond it: it takes the axis's edge.
  if (before === first) {
    domain.shift();
    range.shift();
    range[0] = 0;
  }
  if (after === last) {
    domain.pop();
    range.pop();
    range[range.length - 1] = width;
  }
  const breaks = steps
    .map((length, i) => ({ length, start: moments[i]!, end: moments[i + 1]! }))
    .filter((s) => s.length > EQUAL_BREAK_FACTOR * median)
    .map(({ start, end }) => ({ start, end }));
  return { domain, range, breaks };
}

/**
 * The base axis for a set of event intervals (at least one) across `width` pixels, with at
 * least `minPad` ms of room at either end (an hour by default; see `edgeRoom`).
 */
export function baseAxis(intervals: readonly Interval[], width: number, spacing: Spacing, minPad = MIN_PAD): BaseAxis {
  if (intervals.length === 0) throw new RangeError('baseAxis needs at least one interval');
  const safeWidth = Math.max(width, 1);
  switch (spacing) {
    case 'time':
      return trueToTime(occupiedStretches(intervals), safeWidth, minPad);
    case 'equal':
      return equallySpaced(intervals, safeWidth, minPad);
    case 'auto':
      return collapsed(intervals, safeWidth, minPad);
  }
}
