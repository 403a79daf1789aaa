/**
 * The timeline model: what the parser hands to layout and render. Every value here has been
 * validated; nothing in it is raw input.
 */

/** How precisely a date is known. The precision drives both drawing and formatting. */
export const PRECISIONS = ['year', 'month', 'day', 'minute', 'second'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * A calendar value as written in the data, e.g. "2003", "2018-06", "2018-06-12",
 * "2019-02-27T09:00+07:00". Years are astronomical (0 is 1 BC, -1 is 2 BC), as in ISO 8601.
 */
export interface CalendarDate {
  readonly precision: Precision;
  readonly year: number;
  /** 1–12; 1 when the precision is coarser than a month. */
  readonly month: number;
  /** 1–31; 1 when the precision is coarser than a day. */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /**
   * The UTC offset written with a time, in minutes (+07:00 is 420). Undefined for date-only
   * values and for times written without an offset, which are shown as written.
   */
  readonly offsetMinutes: number | undefined;
  /** Where the value sits on the time axis, in milliseconds since 1970 (UTC for date-only values). */
  readonly time: number;
  /** The end of the period the value covers: the next year, month, day, minute or second. */
  readonly periodEnd: number;
  /** The text as written in the data, for error messages and round trips. */
  readonly source: string;
}

/** A named link that backs a claim from the public record (not the story's own `source`). */
export interface Citation {
  readonly name: string;
  /** Only http: and https: are kept. */
  readonly url: string;
}

/** A change made after publication, said as newsrooms say it. */
export interface Correction {
  readonly date: CalendarDate;
  readonly text: string;
}

/** What the article itself says of an event's date: its words, and the date they give if any. */
export interface ArticleDate {
  readonly wording: string;
  readonly date: CalendarDate | undefined;
}

/** What the public record says of an event's date. */
export interface RecordDate {
  readonly date: CalendarDate | undefined;
  readonly note: string | undefined;
  readonly citations: readonly Citation[];
}

/**
 * Where an event's date comes from, so a reader can tell a stated date from a looked-up one,
 * and see both when the article and the record say different things.
 */
export interface DateSource {
  readonly article: ArticleDate | undefined;
  readonly record: RecordDate | undefined;
  /** The article's and the record's dates are both given and neither contains the other. */
  readonly disagree: boolean;
}

export type QuoteKind = 'direct' | 'paraphrase';

/** Whether the source itself names the speaker, or the attribution is our reading. */
export type Attribution = 'stated' | 'inferred';

export interface Quote {
  readonly text: string;
  readonly speaker: string;
  readonly role: string | undefined;
  readonly kind: QuoteKind;
  /** 1-based paragraph of the source where the quote stands. */
  readonly paragraph: number | undefined;
  readonly attribution: Attribution;
  /** Why the attribution is inferred (or how it is stated). */
  readonly attributionNote: string | undefined;
  /** The language the quote's text is in, when not the story's (a BCP 47 tag: "ko", "pt-BR"); absent otherwise. */
  readonly lang?: string;
}

export interface Lane {
  readonly id: string;
  readonly label: string;
}

export interface Era {
  readonly label: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** Where the era's boundaries come from. */
  readonly note: string | undefined;
  readonly citations: readonly Citation[];
}

export interface Source {
  readonly name: string;
  readonly url: string | undefined;
  readonly published: CalendarDate | undefined;
  /** How the publication date is known, when the source does not state it. */
  readonly publishedNote: string | undefined;
}

/** Services whose links get their own card (and, for some, an opt-in player); see classify-media.ts. */
export type MediaProvider = 'youtube' | 'vimeo' | 'soundcloud' | 'x' | 'wikipedia' | 'google-maps' | 'google-docs' | 'pdf';

/**
 * An event's picture or linked media. `kind` says how it is shown: a picture (an `<img>`), or
 * a link card naming its `provider` when it is a known one. Every address is absolute http(s).
 */
export interface Media {
  readonly kind: 'picture' | 'link';
  readonly url: string;
  readonly provider: MediaProvider | undefined;
  /** What the picture shows, for readers who cannot see it; missing ones are reported. */
  readonly alt: string | undefined;
  readonly caption: string | undefined;
  readonly credit: string | undefined;
  /** Where the picture comes from (its page), when given. */
  readonly link: string | undefined;
  /** The picture's size in pixels, to reserve its box before it arrives. */
  readonly width: number | undefined;
  readonly height: number | undefined;
}

export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate | undefined;
  readonly summary: string | undefined;
  /** Lane ids, each known to the document's `lanes`. */
  readonly lanes: readonly string[];
  readonly tags: readonly string[];
  readonly quotes: readonly Quote[];
  readonly dateSource: DateSource | undefined;
  /** 1-based paragraph of the source the event is drawn from. */
  readonly paragraph: number | undefined;
  /** A link for this event, when it has its own; only http: and https: are kept. */
  readonly url: string | undefined;
  readonly citations: readonly Citation[];
  readonly corrections: readonly Correction[];
  /** One picture or media link, when the event has one. */
  readonly media?: Media | undefined;
}

export interface Timeline {
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly source: Source | undefined;
  readonly lanes: readonly Lane[];
  readonly eras: readonly Era[];
  /** Sorted by start, then end, then id: the order readers step through. */
  readonly events: readonly TimelineEvent[];
  /** Changes to the story as a whole since it was published. */
  readonly corrections: readonly Correction[];
}

/** Something wrong with the input, said so that a newsroom editor can fix it. */
export interface Problem {
  /** A JSON path into the document, e.g. `events[3].start`; empty for the whole document. */
  readonly path: string;
  readonly message: string;
  /**
   * Set on each problem of an event, era or spreadsheet row that was left out because of it
   * (its message then ends with "event skipped", "era skipped" or "row skipped").
   */
  readonly skipped?: 'event' | 'era' | 'row';
}

export interface ParseResult {
  /** Undefined when the document as a whole cannot be used (not an object, no events). */
  readonly timeline: Timeline | undefined;
  readonly problems: readonly Problem[];
}
