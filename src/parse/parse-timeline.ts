import { compareCalendarDates, endsBefore } from '../model/calendar-date.js';
import type { Era, Lane, ParseResult, Source, Timeline, TimelineEvent } from '../model/types.js';
import { FieldReader, field, isObject } from './fields.js';
import { EVENT_ID, parseEvent } from './parse-event.js';
import { ProblemList } from './problems.js';

function readLanes(document: FieldReader, problems: ProblemList): Lane[] {
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
      lane.report('id', `${JSON.stringify(id)} may hold only letters, digits, "-" and "_"; lane left out`);
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

function readEras(document: FieldReader, problems: ProblemList): Era[] {
  return document.list('eras', (item, path) => {
    if (!isObject(item)) {
      problems.add(path, `must be an object with start, end and label, not ${FieldReader.describe(item)}; era left out`);
      return undefined;
    }
    const era = new FieldReader(problems, item, path);
    const problemCount = problems.count;
    const label = era.text('label', { required: true });
    const start = era.date('start', { required: true });
    const end = era.date('end', { required: true });
    if (label === undefined || start === undefined || end === undefined) {
      problems.appendSince(problemCount, '; era left out');
      return undefined;
    }
    if (endsBefore(end, start)) {
      era.report('end', `${end.source} is before the start, ${start.source}; era left out`);
      return undefined;
    }
    return { label, start, end };
  });
}

function readSource(reader: FieldReader, problems: ProblemList): Source | undefined {
  const problemCount = problems.count;
  const name = reader.text('name', { required: true });
  if (name === undefined) {
    problems.appendSince(problemCount, '; source left out');
    return undefined;
  }
  return { name, url: reader.url('url'), published: reader.date('published') };
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const byStart = compareCalendarDates(a.start, b.start);
  if (byStart !== 0) return byStart;
  const byEnd = (a.end?.periodEnd ?? a.start.periodEnd) - (b.end?.periodEnd ?? b.start.periodEnd);
  if (byEnd !== 0) return byEnd;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Turns a JSON document into a timeline. Pure: no DOM, no network, no clock. It never throws
 * on any input; what cannot be used is reported as a problem with its path, and every event
 * that can be used is kept.
 */
export function parseTimeline(raw: unknown): ParseResult {
  const problems = new ProblemList();
  if (!isObject(raw)) {
    problems.add('', `The timeline must be a JSON object with an "events" list, not ${FieldReader.describe(raw)}.`);
    return { timeline: undefined, problems: problems.items };
  }
  const document = new FieldReader(problems, raw, '');
  const rawEvents = field(raw, 'events');
  if (!Array.isArray(rawEvents)) {
    const found = rawEvents === undefined ? 'there is none' : `it is ${FieldReader.describe(rawEvents)}`;
    problems.add('events', `The timeline needs an "events" list; ${found}.`);
    return { timeline: undefined, problems: problems.items };
  }

  const lanes = readLanes(document, problems);
  const context = { problems, laneIds: new Set(lanes.map((l) => l.id)), seenIds: new Set<string>() };
  const events = document.list('events', (item, path) => parseEvent(item, path, context)).sort(compareEvents);
  if (events.length === 0) {
    const total = rawEvents.length;
    problems.add('events', total === 0 ? 'The timeline has no events.' : `None of the ${total} events could be shown.`);
    return { timeline: undefined, problems: problems.items };
  }

  const timeline: Timeline = {
    title: document.text('title'),
    description: document.text('description'),
    source: document.object('source', (reader) => readSource(reader, problems)),
    lanes,
    eras: readEras(document, problems),
    events,
  };
  return { timeline, problems: problems.items };
}
