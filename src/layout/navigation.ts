import type { TimelineEvent } from '../model/types.js';
import type { BaseAxis } from './axis-scale.js';

/**
 * Pure helpers for moving through events and for how far the view may zoom. Events are in
 * time order; an event's lane is the one it is drawn in (`laneOf`: its first unless the reader
 * hid that one), undefined for no lane.
 */

/**
 * The narrowest window the view zooms to, for stories of minutes and seconds: ten minutes across a
 * phone's 344 px still gives entries a minute apart 34 px, more than a mark's 24 px target.
 */
const NARROWEST_WINDOW = 600_000;

/** The lane an event is drawn in: its first, unless the reader's filter draws it in another. */
export type LaneOf = (event: TimelineEvent) => string | undefined;

const firstLane: LaneOf = (event) => event.lanes[0];

/** The event drawn in `lane` nearest in time to `from`. */
export function nearestInLane(
  events: readonly TimelineEvent[],
  from: TimelineEvent,
  lane: string | undefined,
  laneOf: LaneOf = firstLane,
): TimelineEvent | undefined {
  let best: TimelineEvent | undefined;
  for (const candidate of events) {
    if (laneOf(candidate) !== lane) continue;
    if (!best || Math.abs(candidate.start.time - from.start.time) < Math.abs(best.start.time - from.start.time)) {
      best = candidate;
    }
  }
  return best;
}

/**
 * The zoom scale at which the event at `index` stands at least `distance` pixels from its
 * nearest neighbour in its lane (neighbours at the very same moment cannot be told apart and
 * are passed over). 0 when nothing else is in its lane: it stands apart at any zoom.
 */
export function separatingScale(
  events: readonly TimelineEvent[],
  index: number,
  toPixel: (time: number) => number,
  distance: number,
  laneOf: LaneOf = firstLane,
): number {
  const event = events[index]!;
  const lane = laneOf(event);
  const at = toPixel(event.start.time);
  let nearest = Infinity;
  for (const step of [-1, 1]) {
    for (let i = index + step; i >= 0 && i < events.length; i += step) {
      const other = events[i]!;
      if (laneOf(other) !== lane) continue;
      const gap = Math.abs(toPixel(other.start.time) - at);
      if (gap > 0) {
        nearest = Math.min(nearest, gap);
        break;
      }
    }
  }
  return distance / nearest;
}

/** The shortest period any event's start names, e.g. a day when the finest dates are days. */
export function finestPeriod(events: readonly TimelineEvent[]): number {
  let finest = Infinity;
  for (const event of events) finest = Math.min(finest, event.start.periodEnd - event.start.time);
  return finest;
}

/**
 * The deepest zoom: three of the finest precision in the data (never less than ten minutes) fill
 * the width where the axis is true to time, its least stretched part (breaks aside). A small
 * story's widened stretches (dense-stretches.ts) already show their days larger; measured
 * there, the limit would stop the zoom while the rest of the story still shows years.
 */
export function maxZoomScale(base: BaseAxis, finest: number, width: number): number {
  // Three of its periods: one alone, a day from midnight to midnight, has its ticks at both
  // edges, where no label fits, and its event's mark on the edge.
  const window = Math.max(3 * finest, NARROWEST_WINDOW);
  let msPerPixel = 0;
  for (let i = 0; i + 1 < base.domain.length; i++) {
    const pixels = base.range[i + 1]! - base.range[i]!;
    if (pixels <= 0 || base.breaks.some((b) => b.start === base.domain[i])) continue;
    msPerPixel = Math.max(msPerPixel, (base.domain[i + 1]! - base.domain[i]!) / pixels);
  }
  return Math.max(1, (msPerPixel * width) / window);
}
