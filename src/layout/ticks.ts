import { utcTicks } from 'd3-time';
import { linearMap } from './linear-map.js';

/**
 * Axis ticks for a zoomed piecewise axis. d3 picks "nice" UTC ticks (decades, years, months,
 * days, hours) for each stretch of the axis in proportion to its width on screen; then
 * labels that would touch are dropped, keeping the earlier one, so no two ever overlap.
 */

export interface Tick {
  readonly time: number;
  readonly x: number;
  /** How coarse the tick is, which decides its label: a new year shows the year, and so on. */
  readonly unit: TickUnit;
}

export const TICK_UNITS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
export type TickUnit = (typeof TICK_UNITS)[number];

/** Pixels between tick marks that d3 aims for. */
const TARGET_SPACING = 90;
/** Smallest gap between two tick labels. */
export const LABEL_GAP = 8;

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
}

function isBreak(start: number, end: number, breaks: TickOptions['breaks']): boolean {
  return breaks.some((b) => start >= b.start && end <= b.end);
}

/** Candidate ticks for every visible stretch of the axis, in order. */
function candidateTicks({ domain, range, width, breaks }: TickOptions): Tick[] {
  const ticks: Tick[] = [];
  for (let i = 0; i + 1 < domain.length; i++) {
    const [t0, t1, x0, x1] = [domain[i]!, domain[i + 1]!, range[i]!, range[i + 1]!];
    const left = Math.max(x0, 0);
    const right = Math.min(x1, width);
    if (right <= left || isBreak(t0, t1, breaks)) continue;
    const stretch = linearMap([t0, t1], [x0, x1]);
    const count = Math.max(1, Math.floor((right - left) / TARGET_SPACING));
    for (const date of utcTicks(new Date(stretch.invert(left)), new Date(stretch.invert(right)), count)) {
      const time = date.getTime();
      ticks.push({ time, x: stretch(time), unit: tickUnit(time) });
    }
  }
  return ticks;
}

/** Ticks whose labels, centred on each tick, never overlap each other or leave [0, width]. */
export function axisTicks(options: TickOptions): Tick[] {
  const kept: Tick[] = [];
  let lastRight = -Infinity;
  for (const tick of candidateTicks(options)) {
    const half = options.labelWidth(tick) / 2;
    if (tick.x - half < 0 || tick.x + half > options.width) continue;
    if (tick.x - half < lastRight + LABEL_GAP) continue;
    if (kept.at(-1)?.time === tick.time) continue;
    kept.push(tick);
    lastRight = tick.x + half;
  }
  return kept;
}
