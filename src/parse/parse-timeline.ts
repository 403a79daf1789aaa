import { compareCalendarDates, endsBefore } from '../model/calendar-date.js';
import type { CalendarDate, Era, Lane, ParseResult, Source, Timeline, TimelineEvent } from '../model/types.js';
import { FieldReader, field, isObject } from './fields.js';
import { EVENT_ID, ID_RULE, parseEvent, type EventContext } from './parse-event.js';
import { readCitations, readCorrections } from './parse-provenance.js';
import { ProblemList } from './problems.js';

function readLanes(document: FieldReader, problems: ProblemList): readonly Lane[] {
  const seen = new Set<string>();
  return document.list('lanes', (item, path) => {
    if (!isObject(item)) {
      problems.add(path, `must be an object with id and label, not ${FieldReader.describe(item)}; lane left out`);
      return undefined;
    }
    const lane = new FieldReader(problems, item, path);
    const problemCount = problems.count;
    const id = lane.text('id', { required: true });
    const label = lane.text('label') ?? id;
    if (id === undefined || label === undefined) {
      problems.appendSince(problemCount, '; lane left out');
      return undefined;
    }
    if (!EVENT_ID.test(id)) {
      lane.report('id', `${JSON.stringify(id)} ${ID_RULE}; lane left out`);
      return undefined;
    }
    if (seen.has(id)) {
      lane.report('id', `${JSON.stringify(id)} is used by an earlier lane; lane left out`);
      return undefined;
    }
    seen.add(id);
    return { id, label };
  });
}

function readEras(document: FieldReader, problems: ProblemList): readonly Era[] {
  return document.list('eras', (item, path) => {
    const problemCount = problems.count;
    if (!isObject(item)) {
      problems.add(path, `must be an object with start, end and label, not ${FieldReader.describe(item)}`);
    } else {
      const era = new FieldReader(problems, item, path);
      const label = era.text('label', { required: true });
      const start = era.date('start', { required: true });
      const end = era.date('end', { required: true });
      if (label && start && end) {
        if (!endsBefore(end, start)) return { label, start, end, note: era.text('note'), citations: readCitations(era, problems) };
        era.report('end', `${end.source} is before the start, ${start.source}`);
      }
    }
    // Left out, as an event would be, and marked so: `skipped: 'era'`.
    problems.skipSince(problemCount, 'era');
    return undefined;
  });
}

function readSource(reader: FieldReader, problems: ProblemList): Source | undefined {
  const problemCount = problems.count;
  const name = reader.text('name', { required: true });
  if (name === undefined) {
    problems.appendSince(problemCount, '; source left out');
    return undefined;
  }
  return { name, url: reader.url('url'), published: reader.date('published'), publishedNote: reader.text('publishedNote') };
}

/**
 * By start, then by end. Events that tie keep the document's order (sort is stable): that is the
 * order the editor wrote them in, where an id's order ("d10" before "d2") means nothing.
 */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareCalendarDates(a.start, b.start) ||
    (a.end?.periodEnd ?? a.start.periodEnd) - (b.end?.periodEnd ?? b.start.periodEnd)
  );
}

export interface ParseOptions {
  /**
   * The absolute address relative media addresses resolve against: the document's own when it
   * was fetched, else the page's. Without it, relative addresses are reported and left out.
   */
  readonly baseUrl?: string | undefined;
}

/**
 * Reads a document a slice of events at a time, so a caller can spread a large document over
 * several frames (`step`) and never block the page for long. Pure like `parseTimeline`: it
 * keeps no clock; the caller decides how much to read per step.
 */
export class TimelineParser {
  readonly #problems = new ProblemList();
  readonly #document: FieldReader | undefined;
  readonly #rawEvents: readonly unknown[] = [];
  readonly #lanes: readonly Lane[] = [];
  readonly #events: TimelineEvent[] = [];
  #context: EventContext;
  #next = 0;
  /** The first time written without a UTC offset, and whether some time has one (see #noteClock). */
  #floating: { path: string; source: string } | undefined;
  #offset = false;

  constructor(raw: unknown, options: ParseOptions = {}) {
    const problems = this.#problems;
    const baseUrl = options.baseUrl;
    this.#context = { problems, laneIds: new Set(), seenIds: new Set(), baseUrl };
    if (!isObject(raw)) {
      problems.add('', `The timeline must be a JSON object with an "events" list, not ${FieldReader.describe(raw)}.`);
      return;
    }
    const rawEvents = field(raw, 'events');
    if (!Array.isArray(rawEvents)) {
      const found = rawEvents === undefined ? 'there is none' : `it is ${FieldReader.describe(rawEvents)}`;
      problems.add('events', `The timeline needs an "events" list; ${found}.`);
      return;
    }
    this.#document = new FieldReader(problems, raw, '');
    this.#rawEvents = rawEvents;
    this.#lanes = readLanes(this.#document, problems);
    this.#context = { problems, laneIds: new Set(this.#lanes.map((l) => l.id)), seenIds: new Set(), baseUrl };
  }

  /** How many events the document holds, and how many have been read. */
  get total(): number {
    return this.#rawEvents.length;
  }

  get read(): number {
    return this.#next;
  }

  /** Reads up to `count` more events. */
  step(count: number): void {
    const end = Math.min(this.#next + count, this.#rawEvents.length);
    for (; this.#next < end; this.#next++) {
      const event = parseEvent(this.#rawEvents[this.#next], this.#next, this.#context);
      if (!event) continue;
      this.#events.push(event);
      this.#noteClock(event.start, this.#next, 'start');
      if (event.end) this.#noteClock(event.end, this.#next, 'end');
    }
  }

  /**
   * Times with and without a UTC offset in one story are ordered as if those without were at
   * UTC, which is seldom what an editor meant: the first without one is reported (once).
   */
  #noteClock(date: CalendarDate, index: number, key: 'start' | 'end'): void {
    if (date.precision !== 'minute' && date.precision !== 'second') return;
    if (date.offsetMinutes !== undefined) this.#offset = true;
    else this.#floating ??= { path: `events[${index}].${key}`, source: date.source };
  }

  /** Reads what is left and returns the timeline with every problem found. */
  result(): ParseResult {
    const problems = this.#problems;
    const document = this.#document;
    if (!document) return { timeline: undefined, problems: problems.items };
    this.step(Infinity);
    if (this.#events.length === 0) {
      const total = this.#rawEvents.length;
      problems.add('events', noEventsShown(total));
      return { timeline: undefined, problems: problems.items };
    }
    if (this.#offset && this.#floating) {
      const { path, source } = this.#floating;
      problems.add(path, `"${source}" has no UTC offset, though other times in the story have one: it is placed as if at UTC`);
    }
    const timeline: Timeline = {
      title: document.text('title'),
      description: document.text('description'),
      source: document.object('source', (reader) => readSource(reader, problems)),
      lanes: this.#lanes,
      eras: readEras(document, problems),
      events: isSorted(this.#events) ? this.#events : this.#events.sort(compareEvents),
      corrections: readCorrections(document, problems),
    };
    return { timeline, problems: problems.items };
  }
}

function isSorted(events: readonly TimelineEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (compareEvents(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}

/**
 * Turns a JSON document into a timeline. Pure: no DOM, no network, no clock. It never throws
 * on any input; what cannot be used is reported as a problem with its path, and every event
 * that can be used is kept.
 */
export function parseTimeline(raw: unknown, options: ParseOptions = {}): ParseResult {
  return new TimelineParser(raw, options).result();
}

/** That nothing can be shown, in words that agree with the count; the reasons are the problems before it. */
function noEventsShown(total: number): string {
  if (total === 0) return 'The timeline has no events.';
  if (total === 1) return 'The only event could not be shown.';
  return `None of the ${total} events could be shown.`;
}
