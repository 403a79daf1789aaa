/**
 * Imports TimelineJS3 documents (https://timeline.knightlab.com/docs/json-format.html) as
 * newsrooms have them, mapping them to this package's raw timeline JSON, which the parser then
 * validates like any other input. Pure: no DOM, no clock, no local time zone.
 *
 * What maps:
 * - title slide: `text.headline` → `title`, `text.text` → `description`.
 * - events: `start_date`/`end_date` → ISO `start`/`end` at the precision written (year, month,
 *   day, or minute/second when an hour is given; no offset, as TimelineJS has none);
 *   `text.headline` → `title`, else the display date; `text.text` → `summary`;
 *   `unique_id` → `id` when URL-safe and not taken, else a slug of the title;
 *   `group` → a lane per distinct group, in order of first appearance.
 * - eras: `start_date`, `end_date`, `text.headline` → `{ start, end, label }`.
 * - HTML in any text becomes plain text (see html-to-text.ts); no HTML is kept anywhere.
 * - media → `media`: `url` (a protocol-relative `//host/…` as https), `alt`, `caption` and
 *   `credit` (as text), `link`. Pictures stay pictures and provider pages (YouTube, Vimeo,
 *   SoundCloud, X, Wikipedia, Google Maps, documents) become link cards, as the parser classifies
 *   them. A `thumbnail` picture is kept for a page that has no picture of its own (a Wikipedia
 *   article): the thumbnail is shown, linking to the page. Addresses other than http(s) and
 *   relative ones are never kept.
 *
 * Reported as problems, because a reader would lose something:
 * - media that cannot map: embedded HTML (TimelineJS's quotes and embed codes) and addresses
 *   that are not http(s); and the title slide's media, as the title slide is not shown;
 * - a picture without `alt` (reported by the parser, at its TimelineJS path);
 * - link addresses in text (captions and credits too), which are reduced to the link text;
 * - a display date that is not used as the title (the timeline shows its own date);
 * - a `scale` other than "human" (one problem at `scale`);
 * - an id that could not be kept;
 * - dates that cannot map: years beyond ±270,000 (TimelineJS's cosmological documents) or
 *   invalid ones skip the event (or era), or drop just the end date; date parts given after a
 *   missing one (a day without a month) are ignored.
 * Problems for an event that is skipped are limited to why it is skipped.
 *
 * Silently ignored, as presentation only (or never shown by TimelineJS itself): `background`
 * (colour, image, opacity), `type`, `autolink`, a date's `format` and `millisecond`, media
 * `title` and `link_target`, `location` (StoryMap data), and the title slide's date, group and background.
 * TimelineJS has no source field, so the mapped document has no `source`.
 *
 * Problem paths point into the TimelineJS document (`events[3]` is its fourth event), not into
 * the mapped one, whose indexes shift when events are skipped.
 */
import type { Problem } from '../model/types.js';
import { CALENDAR_YEAR_LIMIT, daysInMonth } from '../model/calendar-date.js';
import { classifyMedia, EMBEDDABLE } from '../parse/classify-media.js';
import { isObject, webAddress } from '../parse/fields.js';
import { EVENT_ID, ID_RULE } from '../parse/parse-event.js';
import { droppedTagsMessage, readHtml as readHtmlFragment, type ReadHtml } from './html-to-text.js';

export interface TimelineJsImport {
  /** Our raw timeline JSON; undefined when the input is not a TimelineJS document at all. */
  readonly document: Record<string, unknown> | undefined;
  readonly problems: Problem[];
  /**
   * For each mapped event (and era), the index of the TimelineJS event (era) it comes from, so
   * an importer built on this one (the spreadsheet's) can add its own fields and say where
   * each came from.
   */
  readonly sources: { readonly events: readonly number[]; readonly eras: readonly number[] };
}


const MAX_SLUG_LENGTH = 60;

const CONSEQUENCE = {
  eventSkipped: 'event skipped',
  eraSkipped: 'era skipped',
  endDropped: 'end date dropped',
} as const;
type Consequence = (typeof CONSEQUENCE)[keyof typeof CONSEQUENCE];

interface ImportedLane {
  id: string;
  label: string;
}

interface ImportedEra {
  start: string;
  end: string;
  label: string;
}

interface ImportedEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  summary?: string;
  lanes?: string[];
  media?: ImportedMedia;
}

interface ImportedMedia {
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
  link?: string;
}

type JsonObject = Record<string, unknown>;

export { isTimelineJsDocument } from './detect-timelinejs.js';

/** What each of our fields is called in a TimelineJS event or era. */
const TIMELINEJS_FIELDS: Readonly<Record<string, string>> = {
  id: 'unique_id',
  title: 'text.headline',
  label: 'text.headline',
  summary: 'text.text',
  start: 'start_date',
  end: 'end_date',
  lanes: 'group',
};

/**
 * Where a path of the mapped document is in the TimelineJS one, for the parser's problems:
 * `events[3].end` is `events[5].end_date` when two events before it could not map.
 */
export function placeInTimelineJs(path: string, sources: TimelineJsImport['sources']): string {
  const match = /^(events|eras)\[(\d+)\](?:\.(\w+))?/.exec(path);
  const index = match ? sources[match[1] as 'events' | 'eras'][Number(match[2])] : undefined;
  if (index === undefined) return path;
  const field = match![3] === undefined ? '' : `.${TIMELINEJS_FIELDS[match![3]] ?? match![3]}`;
  return `${match![1]}[${index}]${field}${path.slice(match![0].length)}`;
}

/** Maps a TimelineJS3 document to our raw timeline JSON, saying what could not map. */
export function fromTimelineJs(raw: unknown): TimelineJsImport {
  if (!isObject(raw)) {
    return { document: undefined, problems: [{ path: '', message: 'a TimelineJS document must be a JSON object' }], sources: NO_SOURCES };
  }
  if (!Array.isArray(raw.events)) {
    const problems = [{ path: 'events', message: 'a TimelineJS document needs an events array' }];
    return { document: undefined, problems, sources: NO_SOURCES };
  }
  const problems: Problem[] = [];
  const titleSlide = mapTitleSlide(raw.title, problems);
  reportScale(raw.scale, problems);
  const { eras, eraSources } = mapEras(raw.eras, problems);
  const { events, lanes, eventSources } = mapEvents(raw.events, problems);
  const document: JsonObject = {
    ...titleSlide,
    ...(lanes.length > 0 ? { lanes } : {}),
    ...(eras.length > 0 ? { eras } : {}),
    events,
  };
  return { document, problems, sources: { events: eventSources, eras: eraSources } };
}

const NO_SOURCES = { events: [], eras: [] };

// ---------------------------------------------------------------------------------------------
// Title slide and scale

function mapTitleSlide(raw: unknown, problems: Problem[]): { title?: string; description?: string } {
  if (!isObject(raw)) return {};
  const text = isObject(raw.text) ? raw.text : {};
  const headline = readHtml(text.headline);
  const body = readHtml(text.text);
  reportLostText(headline, 'title.text.headline', problems);
  reportLostText(body, 'title.text.text', problems);
  if (mediaUrl(raw.media) !== undefined) {
    problems.push({ path: 'title.media', message: 'the title slide’s media is not shown on this timeline' });
  }
  const title = singleLine(headline.text);
  return { ...(title !== '' ? { title } : {}), ...(body.text !== '' ? { description: body.text } : {}) };
}

function reportScale(scale: unknown, problems: Problem[]): void {
  if (scale === undefined || scale === null || (typeof scale === 'string' && scale.toLowerCase() === 'human')) {
    return;
  }
  const message =
    scale === 'cosmological'
      ? 'the cosmological scale is not supported: this timeline draws calendar dates, so events beyond ' +
        `±${formatThousands(CALENDAR_YEAR_LIMIT)} years are skipped`
      : `scale ${JSON.stringify(scale)} is not supported; dates are read as calendar dates`;
  problems.push({ path: 'scale', message });
}

// ---------------------------------------------------------------------------------------------
// Eras

function mapEras(raw: unknown, problems: Problem[]): { eras: ImportedEra[]; eraSources: number[] } {
  const eras: ImportedEra[] = [];
  const eraSources: number[] = [];
  arrayOrEmpty(raw).forEach((era, index) => {
    const mapped = mapEra(era, `eras[${index}]`, problems);
    if (mapped === undefined) return;
    eras.push(mapped);
    eraSources.push(index);
  });
  return { eras, eraSources };
}

function mapEra(raw: unknown, path: string, problems: Problem[]): ImportedEra | undefined {
  if (!isObject(raw)) {
    problems.push({ path, message: `an era must be an object; ${CONSEQUENCE.eraSkipped}`, skipped: 'era' });
    return undefined;
  }
  const start = convertDate(raw.start_date, `${path}.start_date`, 'start date');
  const end = convertDate(raw.end_date, `${path}.end_date`, 'end date');
  const label = readHtml(isObject(raw.text) ? raw.text.headline : undefined);
  const failures = [
    ...('problem' in start ? [start.problem] : []),
    ...('problem' in end ? [end.problem] : []),
    ...(singleLine(label.text) === ''
      ? [{ path: `${path}.text.headline`, message: 'the era has no headline to use as its label' }]
      : []),
  ];
  if ('problem' in start || 'problem' in end || failures.length > 0) {
    problems.push(...failures.map((problem) => withConsequence(problem, CONSEQUENCE.eraSkipped)));
    return undefined;
  }
  problems.push(...start.notes, ...end.notes);
  reportLostText(label, `${path}.text.headline`, problems);
  return { start: start.iso, end: end.iso, label: singleLine(label.text) };
}

// ---------------------------------------------------------------------------------------------
// Events

/** An event that maps, before it has an id and lanes. */
interface EventDraft {
  readonly title: string;
  readonly start: string;
  readonly end: string | undefined;
  readonly summary: string;
  readonly group: string;
  readonly media: ImportedMedia | undefined;
  /** `unique_id` as written, when it can serve as our id. */
  readonly declaredId: string | undefined;
}

function mapEvents(
  raw: readonly unknown[],
  problems: Problem[],
): { events: ImportedEvent[]; lanes: ImportedLane[]; eventSources: number[] } {
  const ids = new IdRegistry(raw);
  const lanes = new LaneRegistry();
  const events: ImportedEvent[] = [];
  const eventSources: number[] = [];
  raw.forEach((event, index) => {
    const path = `events[${index}]`;
    const draft = draftEvent(event, path, problems);
    if (draft === undefined) return;
    const id = ids.assign(draft, path, problems);
    const lane = draft.group !== '' ? lanes.idFor(draft.group) : undefined;
    eventSources.push(index);
    events.push({
      id,
      title: draft.title,
      start: draft.start,
      ...(draft.end !== undefined ? { end: draft.end } : {}),
      ...(draft.summary !== '' ? { summary: draft.summary } : {}),
      ...(lane !== undefined ? { lanes: [lane] } : {}),
      ...(draft.media !== undefined ? { media: draft.media } : {}),
    });
  });
  return { events, lanes: lanes.all(), eventSources };
}

/** Reads one event; reports and returns undefined when it cannot map. */
function draftEvent(raw: unknown, path: string, problems: Problem[]): EventDraft | undefined {
  if (!isObject(raw)) {
    problems.push({ path, message: `an event must be an object; ${CONSEQUENCE.eventSkipped}`, skipped: 'event' });
    return undefined;
  }
  const start = convertDate(raw.start_date, `${path}.start_date`, 'start date');
  const text = isObject(raw.text) ? raw.text : {};
  const headline = readHtml(text.headline);
  const displayDates = readDisplayDates(raw, path);
  const titleFallback = displayDates.find((date) => date.text !== '');
  const title = singleLine(headline.text) || titleFallback?.text || '';

  const failures: Problem[] = [];
  if ('problem' in start) failures.push(start.problem);
  if (title === '') {
    failures.push({
      path: `${path}.text.headline`,
      // A headline of markup alone (an <img>) is written, but has no words: said as such.
      message:
        typeof text.headline === 'string' && text.headline.trim() !== ''
          ? 'the headline (text.headline) has no text once its HTML is left out, and there is no display date to use as the title'
          : 'the event has no headline (text.headline) and no display date to use as its title',
    });
  }
  // Testing `start` again narrows it for TypeScript; it is already among the failures.
  if ('problem' in start || failures.length > 0) {
    problems.push(...failures.map((problem) => withConsequence(problem, CONSEQUENCE.eventSkipped)));
    return undefined;
  }

  problems.push(...start.notes);
  const end = readEnd(raw.end_date, `${path}.end_date`, problems);
  const summary = readHtml(text.text);
  reportLostText(headline, `${path}.text.headline`, problems);
  reportLostText(summary, `${path}.text.text`, problems);
  const usedAsTitle = headline.text === '' ? titleFallback : undefined;
  reportUnusedDisplayDates(displayDates, usedAsTitle, start.iso, problems);
  const media = mapMedia(raw.media, `${path}.media`, problems);

  return {
    title,
    start: start.iso,
    end,
    summary: summary.text,
    group: readGroup(raw.group),
    media,
    declaredId: readDeclaredId(raw.unique_id),
  };
}

function readEnd(raw: unknown, path: string, problems: Problem[]): string | undefined {
  if (isAbsentDate(raw)) return undefined;
  const end = convertDate(raw, path, 'end date');
  if ('problem' in end) {
    problems.push(withConsequence(end.problem, CONSEQUENCE.endDropped));
    return undefined;
  }
  problems.push(...end.notes);
  return end.iso;
}

/** TimelineJS writes "no end" as a missing, null or all-empty `end_date`. */
function isAbsentDate(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  return isObject(raw) && DATE_PARTS.every((part) => readPart(raw[part]).state === 'absent');
}


interface DisplayDate {
  readonly path: string;
  readonly text: string;
}

/** The display dates TimelineJS would show instead of the date itself, event level first. */
function readDisplayDates(event: JsonObject, path: string): DisplayDate[] {
  const candidates: [unknown, string][] = [
    [event.display_date, `${path}.display_date`],
    [isObject(event.start_date) ? event.start_date.display_date : undefined, `${path}.start_date.display_date`],
    [isObject(event.end_date) ? event.end_date.display_date : undefined, `${path}.end_date.display_date`],
  ];
  return candidates
    .map(([value, where]) => ({ path: where, text: singleLine(readHtml(value).text) }))
    .filter((date) => date.text !== '');
}

function reportUnusedDisplayDates(
  dates: readonly DisplayDate[],
  usedAsTitle: DisplayDate | undefined,
  startIso: string,
  problems: Problem[],
): void {
  for (const date of dates) {
    if (date === usedAsTitle) continue;
    problems.push({
      path: date.path,
      message: `display date "${date.text}" is not shown; the timeline shows the date itself (${startIso})`,
    });
  }
}

function readGroup(raw: unknown): string {
  if (typeof raw === 'number') return String(raw);
  return singleLine(readHtml(raw).text);
}

function readDeclaredId(raw: unknown): string | undefined {
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) return String(raw);
  if (typeof raw !== 'string') return undefined;
  const id = raw.trim();
  return id === '' ? undefined : id;
}

/**
 * Hands out event ids: a `unique_id` that is URL-safe goes to the first event declaring it;
 * every other event gets a slug of its title that no event has or declares.
 */
class IdRegistry {
  readonly #declared = new Set<string>();
  readonly #taken = new Set<string>();

  constructor(events: readonly unknown[]) {
    for (const event of events) {
      const id = isObject(event) ? readDeclaredId(event.unique_id) : undefined;
      if (id !== undefined && EVENT_ID.test(id)) this.#declared.add(id);
    }
  }

  assign(draft: EventDraft, path: string, problems: Problem[]): string {
    const declared = draft.declaredId;
    if (declared !== undefined && EVENT_ID.test(declared) && !this.#taken.has(declared)) {
      this.#taken.add(declared);
      return declared;
    }
    const id = this.#unused(slugify(draft.title, 'event'));
    this.#taken.add(id);
    if (declared !== undefined) {
      const reason = EVENT_ID.test(declared)
        ? 'is already the id of an earlier event'
        : `is not URL-safe: it ${ID_RULE}`;
      problems.push({ path: `${path}.unique_id`, message: `unique_id "${declared}" ${reason}; the event’s id is "${id}"` });
    }
    return id;
  }

  #unused(base: string): string {
    const isFree = (id: string) => !this.#taken.has(id) && !this.#declared.has(id);
    if (isFree(base)) return base;
    let suffix = 2;
    while (!isFree(`${base}-${suffix}`)) suffix++;
    return `${base}-${suffix}`;
  }
}

/** One lane per distinct group label, in order of first appearance, with unique slug ids. */
class LaneRegistry {
  readonly #idsByLabel = new Map<string, string>();
  readonly #lanes: ImportedLane[] = [];

  idFor(label: string): string {
    const known = this.#idsByLabel.get(label);
    if (known !== undefined) return known;
    const base = slugify(label, 'lane');
    const ids = new Set(this.#lanes.map((lane) => lane.id));
    let id = base;
    for (let suffix = 2; ids.has(id); suffix++) id = `${base}-${suffix}`;
    this.#idsByLabel.set(label, id);
    this.#lanes.push({ id, label });
    return id;
  }

  all(): ImportedLane[] {
    return [...this.#lanes];
  }
}

// ---------------------------------------------------------------------------------------------
// Dates

const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
type DatePart = (typeof DATE_PARTS)[number];

/** The parts that set a date's precision, coarsest first; minute and second ride on the hour. */
const PRECISION_PARTS = ['year', 'month', 'day', 'hour'] as const;

type PartReading =
  | { readonly state: 'absent' }
  | { readonly state: 'number'; readonly value: number; readonly written: string }
  | { readonly state: 'invalid'; readonly written: string };

type DateConversion =
  | { readonly iso: string; readonly notes: Problem[] }
  | { readonly problem: Problem };

interface PartRule {
  readonly min: number;
  readonly max: number;
  readonly describe: string;
}

const TIME_RULES = {
  hour: { min: 0, max: 23, describe: 'an hour from 0 to 23' },
  minute: { min: 0, max: 59, describe: 'a minute from 0 to 59' },
  second: { min: 0, max: 59, describe: 'a second from 0 to 59' },
} as const satisfies Record<string, PartRule>;

/**
 * A TimelineJS date object as an ISO string at the precision it was written with. A negative
 * year is a year BC as TimelineJS shows it (-44 reads "44 BCE"), so it is one more in ISO 8601's
 * astronomical years, where 0 is 1 BC and -43 is 44 BC.
 */
function convertDate(raw: unknown, path: string, label: string): DateConversion {
  if (raw === undefined || raw === null) return failure(path, `the ${label} is missing`);
  if (!isObject(raw)) return failure(path, `the ${label} must be an object with a year, such as {"year": 1850}`);
  const parts = readParts(raw);
  const used = usedPrecisionParts(parts);
  const notes = ignoredPartNotes(parts, used, path);

  const year = parts.year;
  if (year.state === 'absent') return failure(`${path}.year`, `the ${label} has no year`);
  if (year.state === 'invalid') return failure(`${path}.year`, `year "${year.written}" is not a whole number`);
  if (Math.abs(year.value) > CALENDAR_YEAR_LIMIT) {
    return failure(
      `${path}.year`,
      `${year.written} is beyond the calendar range this timeline can draw ` +
        `(±${formatThousands(CALENDAR_YEAR_LIMIT)} years)`,
    );
  }
  const astronomical = year.value < 0 ? year.value + 1 : year.value;
  // The count TimelineJS shows has no year 0 (1 BCE is followed by 1 CE): read as 1 BC, and said.
  if (year.value === 0) notes.push({ path: `${path}.year`, message: 'year 0 is not a year (1 BC is followed by AD 1); read as 1 BC' });
  let iso = isoYear(astronomical);
  if (used < 2) return { iso, notes };

  const month = checkPart(parts.month, { min: 1, max: 12, describe: 'a month from 1 to 12' }, `${path}.month`);
  if (typeof month !== 'number') return { problem: month };
  iso += `-${pad(month, 2)}`;
  if (used < 3) return { iso, notes };

  const dayRule = { min: 1, max: daysInMonth(astronomical, month), describe: `a day of ${iso}` };
  const day = checkPart(parts.day, dayRule, `${path}.day`);
  if (typeof day !== 'number') return { problem: day };
  iso += `-${pad(day, 2)}`;
  if (used < 4) return { iso, notes };

  const time = convertTime(parts, path);
  return 'problem' in time ? time : { iso: `${iso}T${time.iso}`, notes };
}

function convertTime(parts: Record<DatePart, PartReading>, path: string): DateConversion {
  const hour = checkPart(parts.hour, TIME_RULES.hour, `${path}.hour`);
  if (typeof hour !== 'number') return { problem: hour };
  // Minutes default to 0; seconds are written only when given, keeping the precision honest.
  const minute = parts.minute.state === 'absent' ? 0 : checkPart(parts.minute, TIME_RULES.minute, `${path}.minute`);
  if (typeof minute !== 'number') return { problem: minute };
  const hoursAndMinutes = `${pad(hour, 2)}:${pad(minute, 2)}`;
  if (parts.second.state === 'absent') return { iso: hoursAndMinutes, notes: [] };
  const second = checkPart(parts.second, TIME_RULES.second, `${path}.second`);
  if (typeof second !== 'number') return { problem: second };
  return { iso: `${hoursAndMinutes}:${pad(second, 2)}`, notes: [] };
}

function readParts(raw: JsonObject): Record<DatePart, PartReading> {
  return Object.fromEntries(DATE_PARTS.map((part) => [part, readPart(raw[part])])) as Record<
    DatePart,
    PartReading
  >;
}

/** TimelineJS writes date parts as numbers or numeric strings; "" means not given. */
function readPart(value: unknown): PartReading {
  if (value === undefined || value === null) return { state: 'absent' };
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? { state: 'number', value, written: String(value) }
      : { state: 'invalid', written: String(value) };
  }
  if (typeof value !== 'string') return { state: 'invalid', written: JSON.stringify(value) ?? typeof value };
  const written = value.trim();
  if (written === '') return { state: 'absent' };
  if (!/^[+-]?[0-9]+$/.test(written)) return { state: 'invalid', written };
  return { state: 'number', value: Number(written), written };
}

/** How many of year, month, day, hour are used: they count until the first one missing. */
function usedPrecisionParts(parts: Record<DatePart, PartReading>): number {
  const firstMissing = PRECISION_PARTS.findIndex((part) => parts[part].state === 'absent');
  return firstMissing === -1 ? PRECISION_PARTS.length : firstMissing;
}

/** Notes for parts given after a missing one (a day without a month), which are ignored. */
function ignoredPartNotes(parts: Record<DatePart, PartReading>, used: number, path: string): Problem[] {
  if (used === 0 || used === PRECISION_PARTS.length) return [];
  const missing = PRECISION_PARTS[used] ?? 'part';
  const ignored = DATE_PARTS.filter((part, index) => index > used && parts[part].state !== 'absent');
  return ignored.map((part) => ({
    path: `${path}.${part}`,
    message: `${part} is given without ${missing === 'hour' ? 'an' : 'a'} ${missing} and is ignored`,
  }));
}

/** The part's value when within the rule, else the problem to report. */
function checkPart(reading: PartReading, rule: PartRule, path: string): number | Problem {
  if (reading.state === 'number' && reading.value >= rule.min && reading.value <= rule.max) return reading.value;
  const written = reading.state === 'absent' ? '' : reading.written;
  const name = path.slice(path.lastIndexOf('.') + 1);
  return { path, message: `${name} "${written}" is not ${rule.describe}` };
}

/** ISO 8601 years: four digits for 0–9999, otherwise the expanded form with a sign. */
function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 4)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function failure(path: string, message: string): DateConversion {
  return { problem: { path, message } };
}

function withConsequence(problem: Problem, consequence: Consequence): Problem {
  const message = `${problem.message}; ${consequence}`;
  if (consequence === CONSEQUENCE.endDropped) return { path: problem.path, message };
  return { path: problem.path, message, skipped: consequence === CONSEQUENCE.eventSkipped ? 'event' : 'era' };
}

// ---------------------------------------------------------------------------------------------
// Text, links and media

type HtmlText = ReadHtml;

/** Plain text of an HTML field; TimelineJS text is HTML, and numbers are accepted as text. */
function readHtml(value: unknown): HtmlText {
  if (typeof value === 'number' && Number.isFinite(value)) return { text: String(value), links: 0, slips: [] };
  if (typeof value !== 'string') return { text: '', links: 0, slips: [] };
  return readHtmlFragment(value);
}

/** What reading a field's HTML left out: its links' addresses, and text that read as tags. */
function reportLostText(field: HtmlText, path: string, problems: Problem[]): void {
  const slips = droppedTagsMessage(field.slips);
  if (slips !== undefined) problems.push({ path, message: slips });
  if (field.links === 0) return;
  const message =
    field.links === 1
      ? 'a link in this text is shown as plain text; its address is not kept'
      : `${field.links} links in this text are shown as plain text; their addresses are not kept`;
  problems.push({ path, message });
}

/** Titles and labels are one line; paragraph breaks from the HTML become spaces. */
function singleLine(text: string): string {
  return text.replace(/\n+/g, ' ').trim();
}

/** The media's URL as written (it can be an embed code), or undefined when there is none. */
function mediaUrl(media: unknown): string | undefined {
  if (!isObject(media) || typeof media.url !== 'string') return undefined;
  const url = media.url.trim();
  return url === '' ? undefined : url;
}

/**
 * An event's media in our format, or undefined (reported when it has an address that cannot
 * map). Relative addresses are not kept: TimelineJS resolves them against whichever page shows
 * the document, which cannot be known here.
 */
function mapMedia(raw: unknown, path: string, problems: Problem[]): ImportedMedia | undefined {
  const written = mediaUrl(raw);
  if (written === undefined || !isObject(raw)) return undefined;
  if (written.startsWith('<')) {
    problems.push({ path: `${path}.url`, message: 'embedded HTML (a quote or an embed code) is not shown; media left out' });
    return undefined;
  }
  // TimelineJS loads "//host/…" with the page's scheme; on the web today that is https.
  const address = written.startsWith('//') ? `https:${written}` : written;
  if (!isHttpUrl(address)) {
    // A relative address means whatever page TimelineJS ran on: write it whole.
    const why = /^[a-z][a-z0-9+.-]*:/i.test(address)
      ? 'only absolute http: and https: addresses are shown'
      : `"${address}" is relative to the page TimelineJS showed it on; write the whole address (https://…)`;
    problems.push({ path: `${path}.url`, message: `${why}; media left out` });
    return undefined;
  }
  const caption = readHtml(raw.caption);
  const credit = readHtml(raw.credit);
  reportLostText(caption, `${path}.caption`, problems);
  reportLostText(credit, `${path}.credit`, problems);
  const alt = singleLine(readHtml(raw.alt).text);
  const writtenLink = typeof raw.link === 'string' ? raw.link.trim() : '';
  const link = isHttpUrl(writtenLink) ? writtenLink : undefined;
  if (writtenLink !== '' && link === undefined) {
    problems.push({ path: `${path}.link`, message: 'only absolute http: and https: addresses are linked; link left out' });
  }
  const thumbnail = thumbnailFor(address, raw.thumbnail);
  return {
    url: thumbnail ?? address,
    ...(alt !== '' ? { alt } : {}),
    ...(caption.text !== '' ? { caption: caption.text } : {}),
    ...(credit.text !== '' ? { credit: credit.text } : {}),
    ...(thumbnail !== undefined ? { link: link ?? address } : link !== undefined ? { link } : {}),
  };
}

/**
 * The thumbnail, when it is a picture and the media is a page with nothing better to show (not
 * a picture itself, nor a video a page may opt in to play): the thumbnail then stands for it.
 */
function thumbnailFor(address: string, thumbnail: unknown): string | undefined {
  if (typeof thumbnail !== 'string') return undefined;
  const candidate = thumbnail.trim().startsWith('//') ? `https:${thumbnail.trim()}` : thumbnail.trim();
  if (!isHttpUrl(candidate) || classifyMedia(new URL(candidate)).kind !== 'picture') return undefined;
  const media = classifyMedia(new URL(address));
  if (media.kind === 'picture') return undefined;
  const playable = (EMBEDDABLE as readonly string[]).includes(media.provider ?? '');
  return playable ? undefined : candidate;
}

/** Only absolute http(s) addresses are kept; anything else (javascript:, //host, embeds) is not. */
/** FNV-1a over the text's UTF-16 code units, in base 36: a short name that only the text decides. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function isHttpUrl(text: string): boolean {
  return !/\s/.test(text) && webAddress(text) !== undefined;
}

/**
 * A URL-safe id from text: accents folded, anything else between letters and digits made a
 * single "-", cut at a word boundary when long. Text with no Latin letter or digit (日本, مصر)
 * gets the fallback and a hash of the text: made from the text alone, its id stays the same
 * when rows are added above it, as a shared link needs (a count, "event-2", would not).
 */
function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return `${fallback}-${textHash(text.normalize('NFC'))}`;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const atWord = cut.slice(0, cut.lastIndexOf('-')).replace(/-+$/, '');
  return atWord || slug.slice(0, MAX_SLUG_LENGTH);
}

function formatThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// ---------------------------------------------------------------------------------------------
// JSON helpers

function arrayOrEmpty(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
