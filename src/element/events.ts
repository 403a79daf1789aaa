import type { Problem, TimelineEvent } from '../model/types.js';

/**
 * The element's events: each a typed CustomEvent, prefixed `nt-`, bubbling and composed so a
 * page can listen on any ancestor.
 */

export interface LoadDetail {
  /** Events shown. */
  readonly count: number;
  /**
   * Events shown: the old name of `count`, kept for one release.
   * @deprecated Read `count`; `events` logs a note the first time it is read.
   */
  readonly events: number;
  /** Events skipped because they could not be read. */
  readonly skipped: number;
  /** Everything wrong with the document, each with its JSON path. */
  readonly problems: readonly Problem[];
}

// Once per page, not per element or per load: the note is for the developer, who needs it once.
let eventsNoteGiven = false;

/** `nt-load`'s detail; reading its old `events` name still works, with a one-time note. */
export function loadDetail(count: number, skipped: number, problems: readonly Problem[]): LoadDetail {
  const detail = { count, skipped, problems };
  return Object.defineProperty(detail, 'events', {
    enumerable: false,
    get() {
      if (!eventsNoteGiven) {
        eventsNoteGiven = true;
        console.warn('news-timeline: %s', "nt-load's detail.events is now detail.count; the old name goes in the next release.");
      }
      return count;
    },
  }) as LoadDetail;
}

export interface ErrorDetail {
  readonly message: string;
  /**
   * Why: a network or HTTP failure, an unreadable document, one with no usable events, or
   * (`internal`) a fault in the element itself.
   */
  readonly reason: 'network' | 'http' | 'not-json' | 'not-csv' | 'not-published' | 'empty' | 'timeout' | 'invalid' | 'internal';
  readonly problems: readonly Problem[];
}

export type SelectTrigger = 'pointer' | 'keyboard' | 'api' | 'hash' | 'navigation';

export interface SelectDetail {
  /** The selected event, or undefined when the selection was cleared. */
  readonly event: TimelineEvent | undefined;
  readonly trigger: SelectTrigger;
}

export interface RangeDetail {
  readonly start: Date;
  readonly end: Date;
}

export interface PopoverDetail {
  readonly event: TimelineEvent;
}

/** The reader's filter: the lanes shown and the tag chosen. */
export interface FilterDetail {
  /** Ids of the lanes shown, in the legend's order; `""` is the "Other" track (events in no lane). Empty when the story has no lanes. */
  readonly lanes: readonly string[];
  /** Only events with this tag are shown, when set. */
  readonly tag: string | undefined;
}

export interface NewsTimelineEventMap {
  'nt-load': CustomEvent<LoadDetail>;
  'nt-error': CustomEvent<ErrorDetail>;
  'nt-select': CustomEvent<SelectDetail>;
  'nt-range-change': CustomEvent<RangeDetail>;
  'nt-popover-open': CustomEvent<PopoverDetail>;
  'nt-popover-close': CustomEvent<PopoverDetail>;
  'nt-filter-change': CustomEvent<FilterDetail>;
}

export function timelineEvent<K extends keyof NewsTimelineEventMap>(
  type: K,
  detail: NewsTimelineEventMap[K]['detail'],
  { cancelable = false } = {},
): CustomEvent<NewsTimelineEventMap[K]['detail']> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}
