import type { Timeline, TimelineEvent } from '../model/types.js';
import { documentTags, drawnLane, filterEvents, laneKeys, type EventFilter } from './event-filter.js';
import { indexLanes, type LaneEvents } from './lane-index.js';
import { finestPeriod } from './navigation.js';
import { laneLookup, type LaneBand } from './scene.js';
import { axisClock, finestTickUnit, type AxisClock, type TickUnit } from './ticks.js';

/**
 * What stays the same while the reader zooms, derived once per document (`storyFacts`) and once
 * per filter (`storyView`). Pure: the element keeps one of each.
 */

/** What a document's events call for, whatever the filter. */
export interface StoryFacts {
  /** The shortest period an event's date names, in ms (how deep the zoom may go). */
  readonly finest: number;
  /** The finest axis ticks the dates call for (days for a story of dates only). */
  readonly finestTick: TickUnit;
  /** The clock the axis runs on, and whether its labels name it. */
  readonly clock: AxisClock;
  /** The legend's entries: lane ids, then the "Other" track's key. */
  readonly laneKeys: readonly string[];
  /** Every tag an event carries (a fragment may name only these). */
  readonly tags: ReadonlySet<string>;
}

export const NO_STORY: StoryFacts = { finest: Infinity, finestTick: 'day', clock: { offset: 0, named: false }, laneKeys: [], tags: new Set() };

export function storyFacts(timeline: Timeline | undefined): StoryFacts {
  if (!timeline) return NO_STORY;
  return {
    finest: finestPeriod(timeline.events),
    finestTick: finestTickUnit(timeline.events),
    clock: axisClock(timeline.events),
    laneKeys: laneKeys(timeline),
    tags: documentTags(timeline.events),
  };
}

/** The events a filter keeps: everything the reader can see, step through and hear of. */
export interface StoryView {
  readonly filter: EventFilter;
  /** The events shown, in time order. */
  readonly shown: readonly TimelineEvent[];
  /** The story with only the events shown, for the scene and the list. */
  readonly timeline: Timeline;
  /** The events shown, by the track they are drawn in, for the scene's lookups. */
  readonly laneEvents: readonly LaneEvents[];
  /** An event's place in `shown`, or -1 (a map: this runs on every render). */
  indexOf(id: string | undefined): number;
  eventById(id: string | undefined): TimelineEvent | undefined;
  /** The lane an event is drawn in under the filter (its first lane the filter shows). */
  laneDrawnIn(event: TimelineEvent): string | undefined;
  /** Its other lanes the filter shows, which the scene ties it to (a hidden lane's band is empty). */
  tiedLanes(event: TimelineEvent): readonly string[];
}

export function storyView(timeline: Timeline, lanes: readonly LaneBand[], filter: EventFilter): StoryView {
  const shown = filterEvents(timeline.events, filter);
  const laneDrawnIn = (event: TimelineEvent) => drawnLane(event, filter);
  const trackOf = laneLookup(lanes);
  // Made on the first lookup of an id (a selection, a key, a link), not for the first render: a
  // million ids take ~200 ms to index. Filled in a loop: from a list of pairs, a million events
  // would make a million arrays first.
  let index: Map<string, number> | undefined;
  const indexOf = (id: string | undefined) => {
    if (id === undefined) return -1;
    if (!index) {
      const built = new Map<string, number>();
      shown.forEach((event, i) => built.set(event.id, i));
      index = built;
    }
    return index.get(id) ?? -1;
  };
  return {
    filter,
    shown,
    timeline: { ...timeline, events: shown },
    laneEvents: indexLanes(shown, lanes.length, (event) => trackOf(laneDrawnIn(event))),
    indexOf,
    eventById: (id) => shown[indexOf(id)],
    laneDrawnIn,
    tiedLanes: (event) => {
      const drawnIn = laneDrawnIn(event);
      return event.lanes.filter((lane) => lane !== drawnIn && !filter.hiddenLanes.has(lane));
    },
  };
}
