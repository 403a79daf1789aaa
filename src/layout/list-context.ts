import type { Era, Lane, TimelineEvent } from '../model/types.js';

/**
 * What the list (the phone's view, the list view) keeps of the story's structure that the
 * horizontal view shows by position: which era an event falls in, and which lanes it is in.
 * Pure: the list template asks, this answers.
 */

/** The era an event starts in: the first whose span holds its start. */
export function eraOf(event: TimelineEvent, eras: readonly Era[]): Era | undefined {
  return eras.find((era) => era.start.time <= event.start.time && event.start.time < era.end.periodEnd);
}

/**
 * For each of a page's events, the era heading to show before it: the era it falls in when that
 * differs from the previous event's (the first event of a page names its era again, so a page
 * read alone still says where it is).
 */
export function eraHeadings(events: readonly TimelineEvent[], eras: readonly Era[]): (Era | undefined)[] {
  let previous: Era | undefined;
  return events.map((event) => {
    const era = eraOf(event, eras);
    const heading = era !== previous ? era : undefined;
    previous = era;
    return heading;
  });
}

/** An event's lane names, in its order; `other` for an event in no lane when the story has lanes. */
export function laneNames(event: TimelineEvent, lanes: readonly Lane[], other: string): string[] {
  if (lanes.length === 0) return [];
  if (event.lanes.length === 0) return [other];
  const labels = new Map(lanes.map((lane) => [lane.id, lane.label]));
  return event.lanes.map((id) => labels.get(id) ?? id);
}
