import type { TimelineEvent } from '../model/types.js';

/** Where an event's drawing ends: its end's period, or its start's period for a point. */
export function eventEnd(event: TimelineEvent): number {
  return event.end ? event.end.periodEnd : event.start.periodEnd;
}

/** Where the last of these events' drawings ends. A loop: spread into Math.max, some 120,000 overflow the stack. */
export function latestEnd(events: readonly TimelineEvent[]): number {
  return events.reduce((latest, event) => Math.max(latest, eventEnd(event)), -Infinity);
}

/**
 * Each lane's events in time order with their start times in a typed array, built once per
 * timeline. Finding and clustering what is visible is then a handful of binary searches per
 * cluster, whatever N is: the work of a zoom frame follows what is on screen.
 */
export interface LaneEvents {
  readonly events: readonly TimelineEvent[];
  readonly starts: Float64Array;
  /** The longest event in the lane, so a window search looks back far enough for bars reaching in. */
  readonly longest: number;
}

/** Splits time-ordered events by the lane each is drawn in (`laneOf` gives its index). */
export function indexLanes(
  events: readonly TimelineEvent[],
  laneCount: number,
  laneOf: (event: TimelineEvent) => number,
): LaneEvents[] {
  const byLane = Array.from({ length: laneCount }, () => [] as TimelineEvent[]);
  for (const event of events) byLane[laneOf(event)]!.push(event);
  return byLane.map((laneEvents) => {
    let longest = 0;
    const starts = new Float64Array(laneEvents.length);
    laneEvents.forEach((event, i) => {
      starts[i] = event.start.time;
      longest = Math.max(longest, eventEnd(event) - starts[i]);
    });
    return { events: laneEvents, starts, longest };
  });
}

/** First index in [low, high) whose start is at or after `time`. */
export function lowerBound(starts: Float64Array, time: number, low = 0, high = starts.length): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A run of a lane's events drawn as one mark: one event, or a cluster. */
export interface EventRun {
  readonly items: readonly TimelineEvent[];
  readonly x: number;
}

/**
 * The marks of one lane in [from, to): each starts at the first event not yet drawn and takes
 * every later event less than `distance` pixels to its right (found by binary search on the
 * time at x + distance). Events that start before `from` but reach into the window (long
 * ranges) are drawn on their own.
 */
export function laneRuns(
  lane: LaneEvents,
  from: number,
  to: number,
  distance: number,
  toPixel: (time: number) => number,
  toTime: (x: number) => number,
): EventRun[] {
  const { events, starts } = lane;
  const runs: EventRun[] = [];
  const first = lowerBound(starts, from);
  const end = lowerBound(starts, to, first);
  // Events before the window that still reach into it: few, so walked one by one.
  const reaching: TimelineEvent[] = [];
  for (let i = lowerBound(starts, from - lane.longest, 0, first); i < first; i++) {
    if (eventEnd(events[i]!) > from) reaching.push(events[i]!);
  }
  let i = first;
  for (let k = 0; k < reaching.length; ) {
    const x = toPixel(reaching[k]!.start.time);
    let m = k + 1;
    while (m < reaching.length && toPixel(reaching[m]!.start.time) - x < distance) m++;
    let items = reaching.slice(k, m);
    if (m === reaching.length) {
      // The last of them may take in the first events of the window.
      const next = lowerBound(starts, toTime(x + distance), i, end);
      items = items.concat(events.slice(i, next));
      i = next;
    }
    runs.push({ items, x });
    k = m;
  }
  while (i < end) {
    const x = toPixel(starts[i]!);
    const next = Math.max(i + 1, lowerBound(starts, toTime(x + distance), i + 1, end));
    runs.push({ items: events.slice(i, next), x });
    i = next;
  }
  return runs;
}
