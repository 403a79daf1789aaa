/**
 * Imports spreadsheets: a sheet in TimelineJS's template columns (what a newsroom's Google Sheet
 * gives when published to the web as CSV), plus this package's own columns (sheet-columns.ts).
 * Pure: no DOM, no clock, no network. Parsed with d3-dsv.
 *
 * The rows are first read as TimelineJS reads them (its ConfigFactory): a `title` row is the
 * story's title and description, `era` rows are eras, every other row is an event; date cells
 * lose their spaces and thousands separators; a Time cell gives the hour, minute and second.
 * Those TimelineJS slides are then mapped by the TimelineJS importer (timelinejs.ts), so dates,
 * display dates, groups (lanes), ids and HTML are handled exactly as for TimelineJS JSON. The
 * columns TimelineJS does not have (media details, quotes, tags, date sources, citations,
 * corrections) are added to the mapped events afterwards, their HTML reduced to plain text.
 *
 * Continuation rows: a row with no Year and no Headline whose ID names an earlier event adds
 * the repeatable values it fills (another quote, citation or correction, more tags) to it.
 *
 * Problems name what a person sees in the sheet: `row 11, column "Year"`, the header being row 1.
 * `placeOf` turns the parser's later problems (JSON paths into the mapped document) into such
 * places too.
 */
import { dsvFormat } from 'd3-dsv';
import type { Problem } from '../model/types.js';
import { COLUMNS, IGNORED, REPEATABLE, columnFor, type ColumnKey } from './sheet-columns.js';
import { parseSheetTime } from './sheet-time.js';
import { droppedTagsMessage, readHtml } from './html-to-text.js';
import { fromTimelineJs } from './timelinejs.js';
import { isObject } from '../parse/fields.js';
import { asRowProblem, inSheetOrder, quotedValue } from '../parse/problems.js';

export interface CsvImport {
  /** Our raw timeline JSON; undefined when the text is not a timeline sheet at all. */
  readonly document: Record<string, unknown> | undefined;
  readonly problems: Problem[];
  /** The sheet place (`row 4, column "Quote"`) of a path into `document`, or the path itself. */
  readonly placeOf: (path: string) => string;
}

type JsonObject = Record<string, unknown>;

/** A data row: its number as the spreadsheet shows it, and its cells by column. */
class SheetRow {
  /** Cells whose text has been read: what reading one leaves out is said once. */
  readonly #read = new Set<ColumnKey>();

  constructor(
    readonly number: number,
    private readonly cells: readonly string[],
    private readonly columns: ReadonlyMap<ColumnKey, number>,
    private readonly problems: Problem[],
  ) {}

  /** The cell, trimmed; "" when the sheet has no such column. */
  get(key: ColumnKey): string {
    const index = this.columns.get(key);
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  has(key: ColumnKey): boolean {
    return this.get(key) !== '';
  }

  /** Plain text of a cell that may hold HTML; text that reads as a tag is left out, and said. */
  text(key: ColumnKey): string {
    const { text, slips } = readHtml(this.get(key));
    const message = this.#read.has(key) ? undefined : droppedTagsMessage(slips);
    this.#read.add(key);
    if (message !== undefined) this.problems.push({ path: this.place(key), message });
    return text;
  }

  filled(): ColumnKey[] {
    return [...this.columns.keys()].filter((key) => this.has(key));
  }

  place(key?: ColumnKey): string {
    return key === undefined ? `row ${this.number}` : `row ${this.number}, column "${COLUMNS[key]}"`;
  }

  get isBlank(): boolean {
    return this.cells.every((cell) => cell.trim() === '');
  }
}

/** Where each value of the mapped document came from in the sheet. */
class Places {
  readonly #byPath = new Map<string, string>();

  #noRows: string | undefined;

  /** Where a sheet with no event rows says so: the row under its header. */
  noRows(place: string): void {
    this.#noRows = place;
  }

  set(path: string, row: SheetRow, key?: ColumnKey): void {
    this.#byPath.set(path, row.place(key));
  }

  /** The place of the path, or of the nearest enclosing value that has one. */
  placeOf = (path: string): string => {
    if (path === 'events') return this.#noRows ?? path;
    for (let at = path; at !== ''; at = parentPath(at)) {
      const place = this.#byPath.get(at);
      if (place !== undefined) return place;
    }
    return path;
  };
}

function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}

interface SheetEvent {
  readonly row: SheetRow;
  readonly continuations: SheetRow[];
}

/** What the rows say, sorted by kind, before mapping. */
interface Sheet {
  title: SheetRow | undefined;
  readonly events: SheetEvent[];
  readonly eras: SheetRow[];
}

/** Reads a CSV spreadsheet into our raw timeline JSON, saying what could not be read and where. */
export function fromCsv(text: string): CsvImport {
  const places = new Places();
  const problems: Problem[] = [];
  const { rows: all, separator, unclosedQuote } = sheetRows(text);
  // Blank rows above the header (a table that does not start at A1) keep their numbers.
  const top = Math.max(all.findIndex((cells) => !isBlank(cells)), 0);
  const header = all[top] ?? [];
  const columns = readHeader(header, top + 1, problems);
  if (!columns.has('year') && !columns.has('headline')) {
    const message = isBlank(header)
      ? 'the spreadsheet is empty; its first row must name the columns, such as Year and Headline'
      : `the first row names neither a Year nor a Headline column, so this is not a timeline sheet${separator === ',' ? '' : ` (read with ${SEPARATOR_NAMES[separator]} between cells)`}`;
    return { document: undefined, problems: [{ path: `row ${top + 1}`, message }], placeOf: places.placeOf };
  }
  const rows = all.slice(top + 1).flatMap((cells, index) => {
    const row = new SheetRow(top + 2 + index, cells, columns, problems);
    if (row.isBlank) return [];
    reportExtraCells(row, cells, header.length, separator, problems);
    return [row];
  });
  if (unclosedQuote && rows.length > 0) {
    const message = 'a cell opens a quotation mark (") that is never closed, so every row after it was read into that cell; close it, or write "" for a quotation mark inside a quoted cell';
    problems.push({ path: rows.at(-1)!.place(), message });
  }
  places.noRows(`row ${top + 2}`);
  const sheet = sortRows(rows, problems);
  const slides = sheet.events.map(({ row }) => eventSlide(row, problems));
  const imported = fromTimelineJs({
    ...(sheet.title ? { title: titleSlide(sheet.title) } : {}),
    eras: sheet.eras.map((row) => ({ ...dates(row, problems), text: { headline: row.get('headline') } })),
    events: slides,
  });
  // One at a time: pushed as a spread, some 120,000 problems overflow the stack.
  for (const problem of imported.problems) problems.push(sheetProblem(problem, sheet));
  const document = imported.document ?? { events: [] };
  if (sheet.title) addTitleFields(document, sheet.title, places);
  addEraFields(document, sheet.eras, imported.sources.eras, places);
  addEventFields(document, sheet.events, imported.sources.events, places);
  return { document, problems: inSheetOrder(problems), placeOf: places.placeOf };
}

const SEPARATOR_NAMES: Readonly<Record<string, string>> = { ',': 'a comma', ';': 'a semicolon', '\t': 'a tab' };

/**
 * The sheet's rows, split at the separator it was saved with: commas, semicolons (Excel and
 * LibreOffice where the decimal mark is a comma) or tabs (cells copied out of a sheet). Excel
 * may name it on a first `sep=;` line, which it does not show as a row; otherwise the header
 * row says it: of the three, the one it holds most of (outside quotes), commas on a tie.
 */
function sheetRows(text: string): { rows: string[][]; separator: string; unclosedQuote: boolean } {
  let body = text.replace(/^\uFEFF/, '');
  const named = /^sep=(.)[^\r\n]*\r?(?:\n|$)/i.exec(body);
  if (named) body = body.slice(named[0].length);
  const header = body.split(/\r\n?|\n/).find((line) => /[^\s,;"]/.test(line)) ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((separator) => [separator, outsideQuotes.split(separator).length] as const);
  const separator = named?.[1] ?? counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  return { rows: dsvFormat(separator).parseRows(body), separator, unclosedQuote: endsInQuotes(body, separator) };
}

/**
 * Whether a quoted cell is still open at the end of the text (read as the CSV parser reads it:
 * a quotation mark opens a cell only at the cell's start, and "" inside one is a quotation mark).
 * The parser then takes everything after it, to the end, as that one cell.
 */
function endsInQuotes(text: string, separator: string): boolean {
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else {
      if (char === '"' && cellStart) quoted = true;
      cellStart = char === separator || char === '\n' || char === '\r';
    }
  }
  return quoted;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Cells past the header's last column are not read: said, with what they held. */
function reportExtraCells(row: SheetRow, cells: readonly string[], width: number, separator: string, problems: Problem[]): void {
  const extra = cells.slice(width).filter((cell) => cell.trim() !== '');
  if (extra.length === 0) return;
  const what = extra.map((cell) => quotedValue(cell.trim())).join(', ');
  const message = `the row has more cells than the header has columns, so ${what} ${extra.length === 1 ? 'was' : 'were'} not read; a cell that holds ${SEPARATOR_NAMES[separator]} must be in quotation marks`;
  problems.push({ path: row.place(), message });
}

function readHeader(header: readonly string[], number: number, problems: Problem[]): Map<ColumnKey, number> {
  const columns = new Map<ColumnKey, number>();
  header.forEach((name, index) => {
    if (name.trim() === '') return;
    const key = columnFor(name);
    const place = `row ${number}, column "${name.trim()}"`;
    if (key === undefined) {
      problems.push({ path: place, message: 'this is not a column this timeline reads; ignored' });
    } else if (columns.has(key)) {
      problems.push({ path: place, message: `a second ${COLUMNS[key]} column; only the first is read` });
    } else {
      columns.set(key, index);
    }
  });
  return columns;
}

/** Title, eras and events, as TimelineJS's handleRow sorts them; continuation rows joined. */
function sortRows(rows: readonly SheetRow[], problems: Problem[]): Sheet {
  const sheet: Sheet = { title: undefined, events: [], eras: [] };
  const byId = new Map<string, SheetEvent>();
  for (const row of rows) {
    const type = row.get('type').toLowerCase();
    if (type === 'title' && sheet.title === undefined) {
      sheet.title = row;
      reportUnused(row, TITLE_COLUMNS, 'the title row', problems);
    } else if (type === 'era') {
      sheet.eras.push(row);
      reportUnused(row, ERA_COLUMNS, 'an era row', problems);
    } else if (isContinuation(row)) {
      const event = byId.get(row.get('id'));
      if (event === undefined) {
        const message = `"${row.get('id')}" is not the ID of an earlier row, and this row has no Year or Headline of its own; row skipped`;
        problems.push({ path: row.place('id'), message, skipped: 'row' });
      } else {
        event.continuations.push(row);
        reportUnused(row, CONTINUATION_COLUMNS, 'a continuation row (no Year, no Headline)', problems);
      }
    } else {
      if (type === 'title') problems.push({ path: row.place('type'), message: 'a second title row is read as an event' });
      else if (type !== '') problems.push({ path: row.place('type'), message: `"${row.get('type')}" is not "title" or "era"; read as an event` });
      const event = { row, continuations: [] };
      sheet.events.push(event);
      if (row.has('id') && !byId.has(row.get('id'))) byId.set(row.get('id'), event);
      reportUnused(row, EVENT_COLUMNS, 'an event row', problems);
    }
  }
  return sheet;
}

function isContinuation(row: SheetRow): boolean {
  return !row.has('year') && !row.has('headline') && row.has('id');
}

const DATE_COLUMNS: readonly ColumnKey[] = ['year', 'month', 'day', 'time', 'endYear', 'endMonth', 'endDay', 'endTime'];
const TITLE_COLUMNS: readonly ColumnKey[] = ['type', 'headline', 'text', 'media', 'correctionDate', 'correction'];
const ERA_COLUMNS: readonly ColumnKey[] = ['type', 'headline', ...DATE_COLUMNS, 'dateNote', 'citation', 'citationUrl'];
const CONTINUATION_COLUMNS: readonly ColumnKey[] = ['id', 'type', ...REPEATABLE];
const EVENT_COLUMNS = Object.keys(COLUMNS) as ColumnKey[];

/** Cells a row fills that its kind does not use, said once per row; presentation columns aside. */
function reportUnused(row: SheetRow, used: readonly ColumnKey[], kind: string, problems: Problem[]): void {
  const unused = row.filled().filter((key) => !used.includes(key) && !IGNORED.includes(key));
  if (unused.length === 0) return;
  const names = unused.map((key) => `"${COLUMNS[key]}"`).join(', ');
  problems.push({ path: row.place(unused[0]), message: `${names} ${unused.length === 1 ? 'is' : 'are'} not used on ${kind}; ignored` });
}

// ---------------------------------------------------------------------------------------------
// TimelineJS slides, as its ConfigFactory builds them from a row

/**
 * TimelineJS's clean_integer: "1,850" and "- 500" are numbers written for people. Only a comma
 * before three digits is a thousands separator: "2019,00" (a decimal comma) is not 201900. A
 * whole number a sheet shows with decimals ("2019.0", "6,00": a cell formatted as a number) is
 * that number, as TimelineJS's parseInt reads it.
 */
function datePart(row: SheetRow, key: ColumnKey): string {
  return row.get(key).replace(/\s+/g, '').replace(/,(?=\d{3}(?!\d))/g, '').replace(/(?<=\d)[.,]0+$/, '');
}

const DAY = 86_400_000;
/** Day 0 of the serial numbers Excel and Google Sheets keep dates as. */
const SERIAL_DAY_ZERO = Date.UTC(1899, 11, 30);

function dateObject(row: SheetRow, keys: readonly [ColumnKey, ColumnKey, ColumnKey, ColumnKey], problems: Problem[]) {
  const [yearKey, monthKey, dayKey, timeKey] = keys;
  if (!row.has(yearKey)) {
    // Without its year the rest of a date means nothing (a start without one is reported missing).
    const orphans = (yearKey === 'year' ? [timeKey] : [monthKey, dayKey, timeKey]).filter((key) => row.has(key));
    if (orphans.length > 0) {
      const names = orphans.map((key) => COLUMNS[key]).join(', ');
      problems.push({ path: row.place(orphans[0]), message: `${names} ${orphans.length === 1 ? 'is' : 'are'} ignored without ${COLUMNS[yearKey]}; fill in ${COLUMNS[yearKey]} too` });
    }
    return undefined;
  }
  const year = datePart(row, yearKey);
  // A whole date typed where a spreadsheet keeps it as a number: 43538 is Mar 14, 2019.
  if (/^\d{5}$/.test(row.get(yearKey))) {
    const serial = new Date(SERIAL_DAY_ZERO + Number(year) * DAY).toISOString().slice(0, 10);
    const message = `${year} is read as the year ${year}; if it is a date the spreadsheet keeps as a number (${serial}), write its year, month and day in their own columns`;
    problems.push({ path: row.place(yearKey), message });
  }
  const date: JsonObject = { year, month: datePart(row, monthKey), day: datePart(row, dayKey) };
  if (!row.has(timeKey)) return date;
  // A cell that is not a time is passed on as the hour, for the importer to report at Time.
  return { ...date, ...(parseSheetTime(row.get(timeKey)) ?? { hour: row.get(timeKey) }) };
}

function dates(row: SheetRow, problems: Problem[]): JsonObject {
  const start = dateObject(row, ['year', 'month', 'day', 'time'], problems);
  const end = dateObject(row, ['endYear', 'endMonth', 'endDay', 'endTime'], problems);
  return { ...(start ? { start_date: start } : {}), ...(end ? { end_date: end } : {}) };
}

function eventSlide(row: SheetRow, problems: Problem[]): JsonObject {
  return {
    ...dates(row, problems),
    display_date: row.get('displayDate'),
    text: { headline: row.get('headline'), text: lineBreaksKept(row.get('text')) },
    group: row.get('group'),
    ...(row.has('id') ? { unique_id: row.get('id') } : {}),
    // TimelineJS's own media columns, mapped as its JSON is (quotes and embeds reported,
    // provider pages as cards, a thumbnail standing in for a page without a picture).
    media: {
      url: row.get('media'),
      alt: row.get('altText'),
      caption: row.get('mediaCaption'),
      credit: row.get('mediaCredit'),
      link: row.get('mediaLink'),
      thumbnail: row.get('mediaThumbnail'),
    },
  };
}

/**
 * A Text cell for TimelineJS's HTML reading: a cell without tags is plain text, whose line
 * breaks (Alt+Enter in a cell) the editor means, and HTML would run together.
 */
function lineBreaksKept(cell: string): string {
  return /<[a-z!/]/i.test(cell) ? cell : cell.replace(/\r\n?|\n/g, '<br>');
}

function titleSlide(row: SheetRow): JsonObject {
  return { text: { headline: row.get('headline'), text: lineBreaksKept(row.get('text')) }, media: { url: row.get('media') } };
}

// ---------------------------------------------------------------------------------------------
// Problems of the TimelineJS importer, moved to the sheet's rows and columns

const SLIDE_FIELD_COLUMNS: readonly [RegExp, ColumnKey][] = [
  [/^start_date\.(hour|minute|second)/, 'time'],
  [/^start_date\.month/, 'month'],
  [/^start_date\.day/, 'day'],
  [/^start_date\.display_date/, 'displayDate'],
  [/^start_date/, 'year'],
  [/^end_date\.(hour|minute|second)/, 'endTime'],
  [/^end_date\.month/, 'endMonth'],
  [/^end_date\.day/, 'endDay'],
  [/^end_date\.display_date/, 'displayDate'],
  [/^end_date/, 'endYear'],
  [/^display_date/, 'displayDate'],
  [/^text\.headline/, 'headline'],
  [/^text\.text/, 'text'],
  [/^unique_id/, 'id'],
  [/^group/, 'group'],
  [/^media\.alt/, 'altText'],
  [/^media\.caption/, 'mediaCaption'],
  [/^media\.credit/, 'mediaCredit'],
  [/^media\.link/, 'mediaLink'],
  [/^media\.thumbnail/, 'mediaThumbnail'],
  [/^media/, 'media'],
];

function sheetProblem(problem: Problem, sheet: Sheet): Problem {
  const slide = /^(events|eras)\[(\d+)\]\.?(.*)$/.exec(problem.path);
  const row =
    slide === null
      ? problem.path.startsWith('title')
        ? sheet.title
        : undefined
      : slide[1] === 'events'
        ? sheet.events[Number(slide[2])]?.row
        : sheet.eras[Number(slide[2])];
  const field = slide?.[3] ?? problem.path.replace(/^title\.?/, '');
  const key = SLIDE_FIELD_COLUMNS.find(([pattern]) => pattern.test(field))?.[1];
  const message = problem.message
    .replace(/^unique_id /, 'ID ')
    .replace(' (text.headline)', '')
    .replace(/^year "(.*)" is not a whole number/, (_, written: string) => notAYear(row && key ? row.get(key) : written))
    .replace(/^hour "(.*)" is not an hour from 0 to 23/, '"$1" is not a time of day such as 14:30 or 2:30 PM');
  return asRowProblem(problem, row === undefined ? problem.path : row.place(key), message);
}

/** Says which year cell is wrong as the editor typed it, and how to write what it seems to hold. */
function notAYear(cell: string): string {
  const said = `${JSON.stringify(cell)} is not a year`;
  if (/\b(bc|bce|b\.c\.)$/i.test(cell)) return `${said} (write a year BC with a minus sign: -44 for 44 BC)`;
  if (/\d\s*[-/.:]\s*\d|[a-z]{3}/i.test(cell)) return `${said} (write the year alone here, and the month and day in their own columns)`;
  // Another script's digits (٢٠١٩, ۱۳۹۸, ２０１９): not read as ours, as they may count another calendar's years.
  if (/[^\P{Nd}\d]/u.test(cell)) return `${said} (write it in the digits 0–9, as a year of the Gregorian calendar)`;
  return said;
}

// ---------------------------------------------------------------------------------------------
// Our columns, added to the mapped document

function addTitleFields(document: JsonObject, row: SheetRow, places: Places): void {
  places.set('title', row, 'headline');
  places.set('description', row, 'text');
  const correction = correctionOf(row);
  if (correction === undefined) return;
  document.corrections = [correction];
  placeRepeated(places, 'corrections[0]', row, CORRECTION_FIELDS);
}

function addEraFields(document: JsonObject, rows: readonly SheetRow[], sources: readonly number[], places: Places): void {
  const eras = (document.eras ?? []) as JsonObject[];
  eras.forEach((era, index) => {
    const row = rows[sources[index] ?? -1];
    if (row === undefined) return;
    const path = `eras[${index}]`;
    places.set(path, row);
    places.set(`${path}.label`, row, 'headline');
    places.set(`${path}.start`, row, 'year');
    places.set(`${path}.end`, row, 'endYear');
    if (row.has('dateNote')) {
      era.note = row.text('dateNote');
      places.set(`${path}.note`, row, 'dateNote');
    }
    const citation = citationOf(row);
    if (citation !== undefined) {
      era.citations = [citation];
      placeRepeated(places, `${path}.citations[0]`, row, CITATION_FIELDS);
    }
  });
}

const EVENT_FIELDS: readonly [string, ColumnKey][] = [
  ['id', 'id'],
  ['title', 'headline'],
  ['start', 'year'],
  ['end', 'endYear'],
  ['summary', 'text'],
  ['lanes', 'group'],
  ['tags', 'tags'],
];
const QUOTE_FIELDS: readonly [string, ColumnKey][] = [
  ['text', 'quote'],
  ['speaker', 'speaker'],
  ['role', 'speakerRole'],
  ['kind', 'quoteKind'],
  ['lang', 'quoteLanguage'],
  ['attribution', 'attribution'],
  ['attributionNote', 'attributionNote'],
];
const CITATION_FIELDS: readonly [string, ColumnKey][] = [
  ['name', 'citation'],
  ['url', 'citationUrl'],
];
const CORRECTION_FIELDS: readonly [string, ColumnKey][] = [
  ['date', 'correctionDate'],
  ['text', 'correction'],
];
const MEDIA_FIELDS: readonly [string, ColumnKey][] = [
  ['url', 'media'],
  ['alt', 'altText'],
  ['caption', 'mediaCaption'],
  ['credit', 'mediaCredit'],
  ['link', 'mediaLink'],
  ['type', 'mediaType'],
  ['width', 'mediaWidth'],
  ['height', 'mediaHeight'],
];
const MEDIA_DETAIL_FIELDS = MEDIA_FIELDS.filter(([name]) => ['type', 'width', 'height'].includes(name));
const DATE_SOURCE_FIELDS: readonly [string, ColumnKey][] = [
  ['type', 'dateSource'],
  ['wording', 'dateNote'],
  ['note', 'dateNote'],
  ['article.wording', 'articleWording'],
  ['article.date', 'articleDate'],
  ['record.date', 'recordDate'],
  ['record.note', 'recordNote'],
];

function placeRepeated(places: Places, path: string, row: SheetRow, fields: readonly [string, ColumnKey][]): void {
  places.set(path, row);
  for (const [name, key] of fields) places.set(`${path}.${name}`, row, key);
}

function addEventFields(document: JsonObject, sheetEvents: readonly SheetEvent[], sources: readonly number[], places: Places): void {
  const events = (document.events ?? []) as JsonObject[];
  events.forEach((event, index) => {
    const sheetEvent = sheetEvents[sources[index] ?? -1];
    if (sheetEvent === undefined) return;
    const path = `events[${index}]`;
    const { row, continuations } = sheetEvent;
    places.set(path, row);
    for (const [name, key] of EVENT_FIELDS) places.set(`${path}.${name}`, row, key);
    const rows = [row, ...continuations];
    addTags(event, rows, path, places);
    addRepeated(event, 'quotes', rows, quoteOf, QUOTE_FIELDS, path, places);
    if (isObject(event.media)) {
      Object.assign(event.media, mediaDetails(row));
      placeRepeated(places, `${path}.media`, row, MEDIA_FIELDS);
    }
    const dateSource = dateSourceOf(row);
    if (dateSource !== undefined) {
      event.dateSource = dateSource;
      placeRepeated(places, `${path}.dateSource`, row, DATE_SOURCE_FIELDS);
    }
    addRepeated(event, 'citations', rows, citationOf, CITATION_FIELDS, path, places);
    addRepeated(event, 'corrections', rows, correctionOf, CORRECTION_FIELDS, path, places);
  });
}

/** One entry per row that fills it, each placed at its own row. */
function addRepeated(
  event: JsonObject,
  name: string,
  rows: readonly SheetRow[],
  read: (row: SheetRow) => JsonObject | undefined,
  fields: readonly [string, ColumnKey][],
  path: string,
  places: Places,
): void {
  const items: JsonObject[] = [];
  for (const row of rows) {
    const item = read(row);
    if (item === undefined) continue;
    placeRepeated(places, `${path}.${name}[${items.length}]`, row, fields);
    items.push(item);
  }
  if (items.length > 0) event[name] = items;
}

/** Tags from every row, in order and once each, each placed at the row that gave it. */
function addTags(event: JsonObject, rows: readonly SheetRow[], path: string, places: Places): void {
  const tags: string[] = [];
  for (const row of rows) {
    for (const tag of tagsOf(row)) {
      if (tags.includes(tag)) continue;
      places.set(`${path}.tags[${tags.length}]`, row, 'tags');
      tags.push(tag);
    }
  }
  if (tags.length > 0) event.tags = tags;
}

function tagsOf(row: SheetRow): string[] {
  return row
    .text('tags')
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** The fields whose cells are filled, as plain text; undefined when none is. */
function filledFields(row: SheetRow, fields: readonly [string, ColumnKey][]): JsonObject | undefined {
  const entries = fields.filter(([, key]) => row.has(key)).map(([name, key]) => [name, row.text(key)] as const);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

function quoteOf(row: SheetRow): JsonObject | undefined {
  const quote = filledFields(row, QUOTE_FIELDS);
  if (quote === undefined) return undefined;
  // A quote's kind is required in JSON; in a sheet an empty Quote Kind means a direct quote.
  const kind = typeof quote.kind === 'string' ? quote.kind.toLowerCase() : 'direct';
  const attribution = typeof quote.attribution === 'string' ? quote.attribution.toLowerCase() : undefined;
  return { ...quote, kind, ...(attribution !== undefined ? { attribution } : {}) };
}

function citationOf(row: SheetRow): JsonObject | undefined {
  return filledFields(row, CITATION_FIELDS);
}

function correctionOf(row: SheetRow): JsonObject | undefined {
  return filledFields(row, CORRECTION_FIELDS);
}

/** Our media columns, which TimelineJS's sheet does not have: the kind and the picture's size. */
function mediaDetails(row: SheetRow): JsonObject {
  const media = filledFields(row, MEDIA_DETAIL_FIELDS) ?? {};
  if (typeof media.type === 'string') media.type = media.type.toLowerCase();
  // Sizes are numbers in JSON; a cell that is not one is passed on for the parser to report.
  for (const size of ['width', 'height']) {
    const value = media[size];
    if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)) media[size] = Number(value);
  }
  return media;
}

/**
 * Date Source says whether the date is the article's or the public record's; Date Note is the
 * article's wording or the record's note accordingly. The article's and the record's own
 * columns fill `article` and `record`.
 */
function dateSourceOf(row: SheetRow): JsonObject | undefined {
  const type = row.get('dateSource').toLowerCase();
  const note = row.text('dateNote');
  const article = filledFields(row, [
    ['wording', 'articleWording'],
    ['date', 'articleDate'],
  ]);
  const record = filledFields(row, [
    ['date', 'recordDate'],
    ['note', 'recordNote'],
  ]);
  if (type === '' && note === '' && article === undefined && record === undefined) return undefined;
  return {
    ...(type !== '' ? { type } : {}),
    ...(note !== '' ? { [type === 'record' ? 'note' : 'wording']: note } : {}),
    ...(article !== undefined ? { article } : {}),
    ...(record !== undefined ? { record } : {}),
  };
}
