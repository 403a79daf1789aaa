import { endsBefore } from '../model/calendar-date.js';
import type { Quote, TimelineEvent } from '../model/types.js';
import { FieldReader, isObject } from './fields.js';
import { readAttribution, readCitations, readCorrections, readDateSource } from './parse-provenance.js';
import { readMedia } from './parse-media.js';
import { childPath, type ProblemList } from './problems.js';

/** Ids end up in URL fragments and element ids, so they are kept to URL-safe words. */
export const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** What `EVENT_ID` asks, in the words a problem uses (for lanes' ids too). */
export const ID_RULE = 'may hold only letters, digits, "-" and "_", starting with a letter or digit';

const QUOTE_KINDS = ['direct', 'paraphrase'] as const;

/** A `lang` field: a language tag the platform knows, in its canonical form ("KO" is "ko"). */
function languageTag(reader: FieldReader): { lang?: string } {
  const tag = reader.text('lang');
  try {
    return tag ? { lang: Intl.getCanonicalLocales(tag)[0]! } : {};
  } catch {
    reader.report('lang', `${JSON.stringify(tag)} is not a language tag such as "ko" or "pt-BR"; ignored`);
    return {};
  }
}

function readQuote(problems: ProblemList, item: unknown, path: string): Quote | undefined {
  if (!isObject(item)) {
    problems.add(path, `must be an object with text, speaker and kind, not ${FieldReader.describe(item)}; quote left out`);
    return undefined;
  }
  const quote = new FieldReader(problems, item, path);
  const problemCount = problems.count;
  const text = quote.text('text', { required: true });
  const speaker = quote.text('speaker', { required: true });
  // Without a kind we cannot tell a verbatim quote from reported speech, and showing one as
  // the other misleads the reader: such a quote is left out.
  const kind = quote.oneOf('kind', QUOTE_KINDS, { required: true });
  if (text === undefined || speaker === undefined || kind === undefined) {
    problems.appendSince(problemCount, '; quote left out');
    return undefined;
  }
  return {
    text,
    speaker,
    role: quote.text('role'),
    kind,
    paragraph: quote.positiveInteger('paragraph'),
    ...languageTag(quote),
    ...readAttribution(quote, problems),
  };
}

export interface EventContext {
  readonly problems: ProblemList;
  readonly laneIds: ReadonlySet<string>;
  readonly seenIds: Set<string>;
  /** What relative media addresses resolve against: the document's own address, or the page's. */
  readonly baseUrl?: string | undefined;
}

/**
 * Reads `events[index]`. An event without a usable id, title or start, with a bad end, or whose id
 * is taken is skipped (undefined). A bad optional field is reported and left out; the event stays.
 */
export function parseEvent(item: unknown, index: number, context: EventContext): TimelineEvent | undefined {
  const { problems, laneIds, seenIds } = context;
  if (!isObject(item)) {
    problems.add(childPath('events', index), `must be an object with id, title and start, not ${FieldReader.describe(item)}; event skipped`, 'event');
    return undefined;
  }
  const event = new FieldReader(problems, item, 'events', index);
  const problemCount = problems.count;

  let id = event.text('id', { required: true });
  if (id !== undefined && !EVENT_ID.test(id)) {
    event.report('id', `${JSON.stringify(id)} ${ID_RULE}`);
    id = undefined;
  } else if (id !== undefined && seenIds.has(id)) {
    event.report('id', `${JSON.stringify(id)} is used by an earlier event; ids must be unique`);
    id = undefined;
  }
  const title = event.text('title', { required: true });
  const start = event.date('start', { required: true });
  const end = event.date('end');
  const hasBadEnd = event.has('end') && end === undefined;
  const endIsBeforeStart = start !== undefined && end !== undefined && endsBefore(end, start);
  if (endIsBeforeStart) event.report('end', `${end.source} is before the start, ${start.source}`);

  if (id === undefined || title === undefined || start === undefined || hasBadEnd || endIsBeforeStart) {
    problems.skipSince(problemCount);
    return undefined;
  }
  seenIds.add(id);

  const lanes = event.list('lanes', (lane, lanePath) => {
    const laneId = FieldReader.textItem(problems, lane, lanePath);
    if (laneId === undefined) return undefined;
    if (!laneIds.has(laneId)) {
      problems.add(lanePath, `${JSON.stringify(laneId)} is not one of the document's lanes; left out`);
      return undefined;
    }
    return laneId;
  });

  return {
    id,
    title,
    start,
    end,
    summary: event.text('summary'),
    lanes: lanes.length > 1 ? [...new Set(lanes)] : lanes,
    tags: event.list('tags', (tag, tagPath) => FieldReader.textItem(problems, tag, tagPath)),
    quotes: event.list('quotes', (quote, quotePath) => readQuote(problems, quote, quotePath)),
    dateSource: readDateSource(event, problems, start),
    paragraph: event.positiveInteger('paragraph'),
    url: event.url('url'),
    citations: readCitations(event, problems),
    corrections: readCorrections(event, problems),
    media: event.object('media', (reader) => readMedia(reader, problems, context.baseUrl)),
  };
}
