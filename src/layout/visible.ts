import type { TimelineEvent } from '../model/types.js';

/** Where an event's drawing ends: its end's period, or its start's period for a point. */
export function eventEnd(event: TimelineEvent): number {
  return event.end ? event.end.periodEnd : event.start.periodEnd;
}

/** The longest event, so a window search can look back far enough to catch bars that reach in. */
export function longestDuration(events: readonly TimelineEvent[]): number {
  let longest = 0;
  for (const event of events) longest = Math.max(longest, eventEnd(event) - event.start.time);
  return longest;
}

/** First index whose start is at or after `time`, in events sorted by start. */
export function firstStartingAtOrAfter(events: readonly TimelineEvent[], time: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (events[mid]!.start.time < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The events drawn in [from, to): a binary search, then a walk over just those events, so
 * panning a 100,000-event timeline costs what is on screen, not N.
 */
export function eventsInWindow(
  events: readonly TimelineEvent[],
  from: number,
  to: number,
  longest: number,
): TimelineEvent[] {
  const visible: TimelineEvent[] = [];
  for (let i = firstStartingAtOrAfter(events, from - longest); i < events.length; i++) {
    const event = events[i]!;
    if (event.start.time >= to) break;
    if (eventEnd(event) > from) visible.push(event);
  }
  return visible;
}
