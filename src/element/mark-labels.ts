import type { PlacedMark } from '../layout/labels.js';
import type { TimelineEvent } from '../model/types.js';
import type { DateText } from '../i18n/date-text.js';
import type { TimelineStrings } from '../i18n/strings.js';

/**
 * The marks' accessible names. Formatting dates is the dearest part of a zoom frame, so names
 * are kept until the language, the words or the events shown change (`clear`).
 */
export class MarkLabels {
  readonly #known = new Map<string, string>();
  /** Whether zooming in can part a cluster's events, which decides what its name says Enter does. */
  readonly #partsApart: (items: readonly TimelineEvent[]) => boolean;

  constructor(partsApart: (items: readonly TimelineEvent[]) => boolean) {
    this.#partsApart = partsApart;
  }

  clear(): void {
    this.#known.clear();
  }

  /**
   * A single event's dates and title; a cluster's count and span (and its titles, when it shows
   * them), and what Enter does: zoom in, or open its first event if zooming cannot part it.
   */
  of(mark: PlacedMark<TimelineEvent>, dates: DateText, strings: TimelineStrings): string {
    const first = mark.items[0]!;
    const last = mark.items.at(-1)!;
    const key = mark.items.length > 1 ? `${first.id}\u0000${last.id}\u0000${mark.items.length}\u0000${mark.lines}` : first.id;
    const known = this.#known.get(key);
    if (known !== undefined) return known;
    const opens = mark.items.length > 1 && !this.#partsApart(mark.items);
    // The span runs to the latest end: a first event's range can outlast the others' starts.
    const end = mark.items.reduce((latest, e) => ((e.end ?? e.start).time > latest.time ? (e.end ?? e.start) : latest), last.end ?? last.start);
    const cluster = dates.digits((opens ? strings.clusterOpensLabel : strings.clusterLabel)(mark.items.length, dates.range(first.start, end)));
    // A cluster that shows its members' titles says them too, so what is seen is what is read.
    const titles = mark.lines > 1 ? `${mark.items.map((e) => e.title).join(', ')}. ` : '';
    const label = mark.items.length > 1 ? `${titles}${cluster}` : `${dates.range(first.start, first.end)}: ${first.title}`;
    this.#known.set(key, label);
    return label;
  }
}
