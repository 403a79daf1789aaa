import type { ArticleDate, Attribution, CalendarDate, Citation, Correction, DateSource, RecordDate } from '../model/types.js';
import { FieldReader, isObject, NONE } from './fields.js';
import type { ProblemList } from './problems.js';

/**
 * Provenance: where a date, a quote's speaker or a claim comes from. Reads `dateSource` (the
 * article's words and date beside the record's), a quote's `attribution`, `citations` and
 * `corrections`. Like every reader here it never throws: what is wrong is reported at its path
 * and left out, and the event stays.
 */

const DATE_SOURCE_TYPES = ['article', 'record'] as const;
const ATTRIBUTIONS = ['stated', 'inferred'] as const;

/** Whether the period `outer` names holds all of the period `inner` names. */
function contains(outer: CalendarDate, inner: CalendarDate): boolean {
  return outer.time <= inner.time && inner.periodEnd <= outer.periodEnd;
}

/**
 * Two dates disagree when neither contains the other, compared at the coarser precision:
 * "April 14" and 13 April 2019 disagree; "June 2018" and 12 June 2018 agree (the record is
 * only more precise).
 */
export function datesDisagree(a: CalendarDate, b: CalendarDate): boolean {
  return !contains(a, b) && !contains(b, a);
}

function samePeriod(a: CalendarDate, b: CalendarDate): boolean {
  return a.time === b.time && a.periodEnd === b.periodEnd;
}

/** A required link: absent is reported like any missing field, a bad one by `url()`. */
function requiredUrl(reader: FieldReader, problems: ProblemList, key: string): string | undefined {
  const before = problems.count;
  const url = reader.url(key);
  if (url === undefined && problems.count === before) reader.report(key, 'is missing');
  return url;
}

/**
 * One object of a list (a citation, a correction): not an object, or without what `read`
 * needs, it is left out with every problem said at its path.
 */
function readItem<T>(
  problems: ProblemList,
  item: unknown,
  path: string,
  what: { readonly name: string; readonly fields: string },
  read: (reader: FieldReader) => T | undefined,
): T | undefined {
  if (!isObject(item)) {
    problems.add(path, `must be an object with ${what.fields}, not ${FieldReader.describe(item)}; ${what.name} left out`);
    return undefined;
  }
  const problemCount = problems.count;
  const value = read(new FieldReader(problems, item, path));
  if (value === undefined) problems.appendSince(problemCount, `; ${what.name} left out`);
  return value;
}

const CITATION = { name: 'citation', fields: 'name and url' } as const;
const CORRECTION = { name: 'correction', fields: 'date and text' } as const;

function readCitation(citation: FieldReader, problems: ProblemList): Citation | undefined {
  const name = citation.text('name', { required: true });
  const url = requiredUrl(citation, problems, 'url');
  return name === undefined || url === undefined ? undefined : { name, url };
}

/** `citations: [{ name, url }]` on an event, an era or a record date. */
export function readCitations(reader: FieldReader, problems: ProblemList): readonly Citation[] {
  return reader.list('citations', (item, path) => readItem(problems, item, path, CITATION, (r) => readCitation(r, problems)));
}

function readCorrection(correction: FieldReader): Correction | undefined {
  const date = correction.has('date') ? correction.date('date') : undefined;
  if (!correction.has('date')) correction.report('date', 'is missing; write the day of the correction, such as "2019-04-20"');
  const text = correction.text('text', { required: true });
  return date === undefined || text === undefined ? undefined : { date, text };
}

/** `corrections: [{ date, text }]` on an event or the whole story. */
export function readCorrections(reader: FieldReader, problems: ProblemList): readonly Correction[] {
  return reader.list('corrections', (item, path) => readItem(problems, item, path, CORRECTION, readCorrection));
}

/**
 * A quote's attribution: "stated" (the default) or "inferred". An unreadable value is shown as
 * inferred, the cautious reading: a reader is never told a source names a speaker it may not.
 */
export function readAttribution(
  quote: FieldReader,
  problems: ProblemList,
): { attribution: Attribution; attributionNote: string | undefined } {
  const problemCount = problems.count;
  const attribution = quote.oneOf('attribution', ATTRIBUTIONS);
  const unreadable = quote.has('attribution') && attribution === undefined;
  if (unreadable) problems.appendSince(problemCount, '; shown as inferred');
  return { attribution: unreadable ? 'inferred' : (attribution ?? 'stated'), attributionNote: quote.text('attributionNote') };
}

function readArticleDate(reader: FieldReader, problems: ProblemList): ArticleDate | undefined {
  const problemCount = problems.count;
  const wording = reader.text('wording', { required: true });
  if (wording === undefined) {
    problems.appendSince(problemCount, "; the article's date left out");
    return undefined;
  }
  return { wording, date: reader.date('date') };
}

function readRecordDate(reader: FieldReader, problems: ProblemList): RecordDate {
  return { date: reader.date('date'), note: reader.text('note'), citations: readCitations(reader, problems) };
}

/**
 * `dateSource` in its current form (`article`, `record`) and its legacy forms
 * (`{ type: "article", wording }`, `{ type: "record", note }`), read into one model.
 */
function readDateSourceFields(reader: FieldReader, problems: ProblemList): DateSource | undefined {
  const current = reader.has('article') || reader.has('record');
  const type = reader.oneOf('type', DATE_SOURCE_TYPES, { required: !current });
  let article = reader.object('article', (r) => readArticleDate(r, problems));
  let record = reader.object('record', (r) => readRecordDate(r, problems));

  const wording = reader.text('wording');
  if (wording !== undefined && article === undefined) article = { wording, date: undefined };
  else if (wording !== undefined) reader.report('wording', 'is also given as article.wording; article.wording kept');

  const note = reader.text('note');
  if (note !== undefined && record?.note !== undefined) reader.report('note', 'is also given as record.note; record.note kept');
  else if (note !== undefined || (type === 'record' && record === undefined)) {
    record = { date: record?.date, note, citations: record?.citations ?? NONE };
  }

  if (article === undefined && record === undefined) return undefined;
  const disagree = article?.date !== undefined && record?.date !== undefined && datesDisagree(article.date, record.date);
  return { article, record, disagree };
}

function describeDates(dateSource: DateSource): string {
  const { article, record } = dateSource;
  const parts = [
    record?.date ? `the record's date (${record.date.source})` : undefined,
    article?.date ? `the article's (${article.date.source})` : undefined,
  ].filter((part) => part !== undefined);
  return parts.join(' nor ');
}

/**
 * Reads an event's `dateSource` and checks that its `start` is one of the dates it gives: an
 * event is placed on the record's date when there is one, else on the article's. A start that
 * is neither is reported at `start`; the event stays where its start puts it.
 */
export function readDateSource(event: FieldReader, problems: ProblemList, start: CalendarDate): DateSource | undefined {
  const dateSource = event.object('dateSource', (reader) => readDateSourceFields(reader, problems));
  if (!dateSource) return undefined;
  const given = [dateSource.record?.date, dateSource.article?.date].filter((date) => date !== undefined);
  if (given.length > 0 && !given.some((date) => samePeriod(date, start))) {
    event.report(
      'start',
      `${start.source} is neither ${describeDates(dateSource)}; ` +
        "place the event on the record's date when there is one, else on the article's",
    );
  }
  return dateSource;
}
