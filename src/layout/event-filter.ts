import type { Timeline, TimelineEvent } from '../model/types.js';

/**
 * What the reader has chosen to see: lanes they hid (with the legend) and one tag (from an
 * event's tags). Pure: the element keeps one of these as state; everything shown, stepped
 * through, listed and announced is the events `filterEvents` keeps.
 */

/**
 * The key of the track of events in no lane (drawn as "Other"). Lane ids hold only letters,
 * digits, "-" and "_", so the empty string can never be a lane's id.
 */
export const OTHER_LANE = '';

export interface EventFilter {
  /** Lane keys (lane ids, or `OTHER_LANE`) whose events are hidden. */
  readonly hiddenLanes: ReadonlySet<string>;
  /** Only events with this tag are shown, when set. */
  readonly tag: string | undefined;
}

export const NO_FILTER: EventFilter = { hiddenLanes: new Set(), tag: undefined };

/** What `nt-filter-change` reports: the lanes shown (keys, in the legend's order) and the tag. */
export interface FilterState {
  readonly lanes: readonly string[];
  readonly tag: string | undefined;
}

/**
 * The legend's entries: the document's lanes in order, then `OTHER_LANE` when there are lanes
 * and some event is in none of them. A document without lanes has no legend.
 */
export function laneKeys(timeline: Pick<Timeline, 'lanes' | 'events'>): string[] {
  if (timeline.lanes.length === 0) return [];
  const keys = timeline.lanes.map((lane) => lane.id);
  if (timeline.events.some((event) => event.lanes.length === 0)) keys.push(OTHER_LANE);
  return keys;
}

/** An event's lane keys: its lanes, or the "Other" track when it has none. */
function keysOf(event: TimelineEvent): readonly string[] {
  return event.lanes.length > 0 ? event.lanes : [OTHER_LANE];
}

/** An event shows when one of its lanes shows (an event in two lanes belongs to both) and it has the tag. */
export function isShown(event: TimelineEvent, filter: EventFilter): boolean {
  if (filter.tag !== undefined && !event.tags.includes(filter.tag)) return false;
  return filter.hiddenLanes.size === 0 || keysOf(event).some((key) => !filter.hiddenLanes.has(key));
}

/** The events the filter keeps, in their order; the same array when nothing is filtered. */
export function filterEvents(events: readonly TimelineEvent[], filter: EventFilter): readonly TimelineEvent[] {
  if (isEmpty(filter)) return events;
  return events.filter((event) => isShown(event, filter));
}

/** The lane an event is drawn in: its first lane that shows (so a hidden lane draws nothing). */
export function drawnLane(event: TimelineEvent, filter: EventFilter): string | undefined {
  return event.lanes.find((lane) => !filter.hiddenLanes.has(lane)) ?? event.lanes[0];
}

export function isEmpty(filter: EventFilter): boolean {
  return filter.hiddenLanes.size === 0 && filter.tag === undefined;
}

/** The filter with one lane shown if it was hidden, hidden if it was shown. */
export function toggleLane(filter: EventFilter, key: string): EventFilter {
  const hiddenLanes = new Set(filter.hiddenLanes);
  if (!hiddenLanes.delete(key)) hiddenLanes.add(key);
  return { ...filter, hiddenLanes };
}

export function withTag(filter: EventFilter, tag: string | undefined): EventFilter {
  return { ...filter, tag };
}

export function sameFilter(a: EventFilter, b: EventFilter): boolean {
  return a.tag === b.tag && a.hiddenLanes.size === b.hiddenLanes.size && [...a.hiddenLanes].every((key) => b.hiddenLanes.has(key));
}

export function filterState(filter: EventFilter, keys: readonly string[]): FilterState {
  return { lanes: keys.filter((key) => !filter.hiddenLanes.has(key)), tag: filter.tag };
}

/** Every tag the document's events carry, in order of first appearance. */
export function documentTags(events: readonly TimelineEvent[]): Set<string> {
  return new Set(events.flatMap((event) => event.tags));
}

/**
 * The filter as URL fragment parameters (`hide=nk,libya&tag=summit`), empty when nothing is
 * filtered. Hidden lanes are written rather than shown ones: the usual filter hides one or two.
 * The "Other" track is the empty key, so `hide=,nk` hides it and "nk".
 */
export function filterParams(filter: EventFilter): string {
  const params = new URLSearchParams();
  if (filter.hiddenLanes.size > 0) params.set('hide', [...filter.hiddenLanes].sort().join(','));
  if (filter.tag !== undefined) params.set('tag', filter.tag);
  // A comma may stand as itself in a fragment: `hide=,nk` as documented, not `hide=%2Cnk`.
  return params.toString().replaceAll('%2C', ',');
}

/**
 * The filter fragment parameters name, keeping only lanes and a tag the document has: a stale
 * link shows what it still can, never an empty timeline for a tag that no longer exists.
 */
export function readFilterParams(params: string, keys: readonly string[], tags: ReadonlySet<string>): EventFilter {
  const read = new URLSearchParams(params);
  const hide = read.get('hide');
  const tag = read.get('tag') ?? undefined;
  if (hide === null && tag === undefined) return NO_FILTER;
  return {
    hiddenLanes: new Set(hide === null ? [] : hide.split(',').filter((key) => keys.includes(key))),
    tag: tag !== undefined && tags.has(tag) ? tag : undefined,
  };
}
