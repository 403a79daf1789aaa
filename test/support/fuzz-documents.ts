// Generators of timeline documents for the fuzz tests (fuzz-parse, fuzz-element). Each
// generated document comes with what the generator KNOWS about it: which events it made
// valid (and the id each must be kept under) and which it made invalid (and must be reported,
// then skipped). Arbitraries produce small plans; `buildDocument` turns a plan into the raw
// document, so that huge strings and deep nesting are made once per run, and a failing case
// is printed as its plan, not as megabytes of JSON.
import fc from 'fast-check';

type Json = Record<string, unknown>;

// ——— values made at build time ———

/** A value built when the document is built: a huge string, deep nesting, a cycle. */
export class Lazy {
  constructor(
    readonly describe: string,
    readonly make: () => unknown,
  ) {}

  [fc.toStringMethod](): string {
    return this.describe;
  }
}

export function materialize(value: unknown): unknown {
  return value instanceof Lazy ? value.make() : value;
}

/** `[[[…]]]` or `{"a":{"a":…}}`, `depth` levels, built without recursion. */
export function deep(depth: number, shape: 'array' | 'object'): Lazy {
  return new Lazy(`deep(${depth}, ${shape})`, () => {
    let value: unknown = shape === 'array' ? [] : {};
    for (let i = 0; i < depth; i++) value = shape === 'array' ? [value] : { a: value };
    return value;
  });
}

/** `unit` repeated: a string of `unit.length * times` code units. */
export function huge(unit: string, times: number, prefix = ''): Lazy {
  return new Lazy(`huge(${JSON.stringify(prefix)} + ${JSON.stringify(unit)} × ${times})`, () => prefix + unit.repeat(times));
}

function cyclic(): Lazy {
  return new Lazy('cyclic', () => {
    const a: Json = { id: 'cycle' };
    a.self = a;
    a.list = [a];
    return a;
  });
}

// ——— dates ———

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** "2018", "0044", "-0500" (501 BC), "+12000": ISO's expanded form outside 0000–9999. */
export function yearText(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 4)}`;
}

/** A date the README allows, with what the generator needs to place an end relative to it. */
export interface ValidDate {
  readonly text: string;
  readonly year: number;
  /** Whether it is a time with a UTC offset (which may move it into a neighbouring year). */
  readonly hasOffset: boolean;
}

const yearArb = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1900, max: 2100 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 9999 }) },
  { weight: 2, arbitrary: fc.integer({ min: -200_000, max: -1 }) }, // BC, "-0500"
  { weight: 2, arbitrary: fc.integer({ min: 10_000, max: 200_000 }) }, // far future, "+12000"
);

const offsetArb = fc.oneof(
  fc.constant(''),
  fc.constant('Z'),
  fc
    .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 18 }), fc.integer({ min: 0, max: 59 }), fc.boolean())
    .map(([sign, h, m, colon]) => `${sign}${pad(h, 2)}${colon ? ':' : ''}${pad(m, 2)}`),
);

const PRECISIONS = ['year', 'month', 'day', 'minute', 'second', 'fraction'] as const;

function dateText(
  year: number,
  precision: (typeof PRECISIONS)[number],
  month: number,
  day: number,
  [hour, minute, second]: readonly [number, number, number],
  fraction: string,
  offset: string,
): string {
  const y = yearText(year);
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(month, 2)}`;
  const date = `${y}-${pad(month, 2)}-${pad(day, 2)}`;
  if (precision === 'day') return date;
  const hm = `${date}T${pad(hour, 2)}:${pad(minute, 2)}`;
  if (precision === 'minute') return hm + offset;
  const hms = `${hm}:${pad(second, 2)}`;
  return (precision === 'second' ? hms : `${hms}.${fraction}`) + offset;
}

/** Dates at every precision, BC to far future, leap days, times with and without offsets. */
export function validDateArb(years = yearArb): fc.Arbitrary<ValidDate> {
  return fc
    .record({
      year: years,
      precision: fc.constantFrom(...PRECISIONS),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      leapDay: fc.boolean(),
      time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })),
      fraction: fc.stringMatching(/^\d{1,9}$/),
      offset: offsetArb,
    })
    .map(({ year, precision, month, day, leapDay, time, fraction, offset }) => {
      // Leap days where the year has one; otherwise a day the month has.
      const [m, d] = leapDay && isLeap(year) ? [2, 29] : [month, Math.min(day, daysInMonth(year, month))];
      const timed = precision === 'minute' || precision === 'second' || precision === 'fraction';
      return {
        text: dateText(year, precision, m, d, time, fraction, offset),
        year,
        hasOffset: timed && offset !== '',
      };
    });
}

/** Dates on one day, at every precision that day allows. */
export function oneDayDateArb(day = '2019-02-27'): fc.Arbitrary<ValidDate> {
  const year = Number(day.slice(0, 4));
  return fc
    .record({
      precision: fc.constantFrom('day', 'minute', 'second', 'fraction'),
      time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })),
      offset: offsetArb,
    })
    .map(({ precision, time: [h, m, s], offset }) => {
      const hm = `${day}T${pad(h, 2)}:${pad(m, 2)}`;
      const text =
        precision === 'day' ? day : precision === 'minute' ? hm + offset : `${hm}:${pad(s, 2)}${precision === 'fraction' ? '.5' : ''}${offset}`;
      return { text, year, hasOffset: precision !== 'day' && offset !== '' };
    });
}

/** Strings the README's date format does not allow. */
const INVALID_DATE_STRINGS = [
  '', ' ', 'June 2018', '12 June 2018', '2018-6-1', '2018-06-1', '2018/06/12', '20180612', '180612',
  '2018-06-12 10:00', '2018-06-12T10', '2018-06-12T1000', '2018-06-12T10:00:00.1234567890', '2018-06-12Z',
  'T10:00', '2018-W23', '2018-163', 'now', '∞', 'NaN', '١٢٣٤', '２０１８', '2018-06-12T10:00+05', '2018-06-12T10:00+5:00',
  '📅', '2018\u0000', '+123', '+1234567', '-1234567', '1e3', '0x7E2', '2018-06-12T10:00:00+05:00:00', '2018-13-01',
  '2019-02-29', '1900-02-29', '-0500-02-30', '+12000-13', '2018-06-12T24:00', '2018-06-12T23:60', '2018-06-12T23:59:60',
  '2018-06-12T10:00+19:00', '2018-06-12T10:00+05:60', '<script>', '2018-06-12\n10:00', 'Ⅻ', '2018‐06‐12', '−0500',
  '12000', '99999', '+300000', '-300000', '+999999-12-31', '2018-', '2018-06-', '-', '+', '2018-00', '2018-06-00',
  '2018-02-30', '2018-04-31', '\u202E2018',
];

const year4 = fc.integer({ min: 1000, max: 9999 });

export const invalidDateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INVALID_DATE_STRINGS) },
  // A month that does not exist.
  fc.tuple(yearArb, fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 }))).map(([y, m]) => `${yearText(y)}-${pad(m, 2)}`),
  // A day its month does not have.
  fc
    .tuple(yearArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 68 }))
    .map(([y, m, extra]) => `${yearText(y)}-${pad(m, 2)}-${pad(daysInMonth(y, m) + extra > 99 ? 0 : daysInMonth(y, m) + extra, 2)}`),
  // A time of day that does not exist.
  fc
    .tuple(year4, fc.integer({ min: 24, max: 99 }), fc.integer({ min: 60, max: 99 }), fc.integer({ min: 0, max: 2 }))
    .map(([y, h, m, which]) =>
      which === 0 ? `${y}-06-12T${h}:00` : which === 1 ? `${y}-06-12T10:${m}` : `${y}-06-12T10:00:${m}Z`,
    ),
  // An offset that does not exist.
  fc
    .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 19, max: 99 }), fc.integer({ min: 60, max: 99 }), fc.boolean())
    .map(([sign, h, m, badHours]) => `2018-06-12T10:00${sign}${badHours ? pad(h, 2) : '05'}:${badHours ? '00' : pad(m, 2)}`),
  // Beyond what a timeline can draw.
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 300_000, max: 999_999 })).map(([sign, y]) => `${sign}${y}`),
  // Too many or too few year digits.
  fc.integer({ min: 10_000, max: 99_999 }).map(String),
  fc.tuple(fc.constantFrom('+', '-', ''), fc.integer({ min: 0, max: 999 })).map(([sign, y]) => `${sign}${y}`),
);

// ——— other values ———

/** Values of the wrong type for a text, date or list field: never null, never undefined. */
export const wrongTypeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.integer({ min: 100, max: 3000 }).chain((depth) => fc.constantFrom(deep(depth, 'array'), deep(depth, 'object'))),
  fc.constantFrom<unknown>(NaN, Infinity, -0, 10n, Symbol('s'), () => 'fn', new Date(0), new String('text'), cyclic()),
  fc.constant(undefined).map(() => Object.create(null) as unknown),
);

/** Characters that are not words: controls, whitespace, bidi and zero-width marks, lone surrogates. */
const ODD_CHARACTERS = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f', '\t', '\n', '\r', '\u000b', '\f', ' ', '\u00a0',
  '\u2028', '\u2029', '\ufeff', '\u200b', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069', '\ud800', '\udfff', '\uffff', '\ufffd', '\u0301',
];

/** Characters a parser trims or strips away completely. */
const BLANK_CHARACTERS = [
  '\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u009f', ' ', '\t', '\n', '\r', '\u000b', '\f', '\u00a0', '\u2028',
  '\u2029', '\ufeff', '\u3000', '\u1680', '\u2003', '\u202f',
];

/** Text that certainly has something left after control characters are removed and it is trimmed. */
const VISIBLE = [
  'A', 'z', '0', 'жизнь', 'שלום', 'مرحبا', '中文', 'हिन्दी', '😀', '👩‍👩‍👧', '🏳️‍🌈', '🇰🇷', 'e\u0301', '\u202Eevil', 'Ω',
  '"', "'", '<b>', '&amp;', '\\', '${x}', '{{x}}', '</script>', 'Kim Jong-un', 'التفاوض النووي',
];

const junkArb = fc.string({
  unit: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom(...ODD_CHARACTERS)),
  maxLength: 10,
});

/** Non-empty text with emoji, RTL, controls and odd characters around a visible core. */
export const visibleTextArb: fc.Arbitrary<string> = fc
  .tuple(junkArb, fc.constantFrom(...VISIBLE), junkArb)
  .map(([before, core, after]) => before + core + after);

/** Text that is empty once controls are removed and whitespace trimmed. */
export const blankTextArb: fc.Arbitrary<string> = fc.string({ unit: fc.constantFrom(...BLANK_CHARACTERS), maxLength: 8 });

/** Valid text, sometimes huge (when `hugeStrings`). */
function textArb(hugeStrings: boolean): fc.Arbitrary<unknown> {
  if (!hugeStrings) return visibleTextArb;
  return fc.oneof(
    visibleTextArb,
    fc
      .tuple(fc.constantFrom('x', '😀', 'שלום ', '<img src=x onerror=alert(1)>', 'a\u0000', '\u202e'), fc.integer({ min: 10_000, max: 300_000 }))
      .map(([unit, times]) => huge(unit, times, 'T')),
  );
}

// ——— events ———

const LANE_IDS = ['us', 'nk', 'cn'];

const quoteArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ text: visibleTextArb, speaker: visibleTextArb, kind: fc.constantFrom('direct', 'paraphrase') }) },
  fc.record(
    {
      text: fc.oneof(visibleTextArb, blankTextArb, wrongTypeArb),
      speaker: fc.oneof(visibleTextArb, blankTextArb, wrongTypeArb),
      role: fc.oneof(visibleTextArb, wrongTypeArb),
      kind: fc.oneof(fc.constantFrom('direct', 'paraphrase', 'Direct', 'indirect', ''), wrongTypeArb),
      paragraph: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double(), wrongTypeArb),
    },
    { requiredKeys: [] },
  ),
  wrongTypeArb,
);

/**
 * Optional fields: valid or not, they never decide whether the event is kept. `huge` adds
 * huge strings.
 */
function optionalFieldsArb(hugeStrings: boolean) {
  return fc.record(
    {
      summary: fc.oneof(textArb(hugeStrings), blankTextArb, wrongTypeArb, fc.constant(null)),
      lanes: fc.oneof(
        fc.array(fc.oneof(fc.constantFrom(...LANE_IDS, 'zz', ' us ', 'US'), blankTextArb, wrongTypeArb), { maxLength: 4 }),
        wrongTypeArb,
      ),
      tags: fc.oneof(fc.array(fc.oneof(visibleTextArb, blankTextArb, wrongTypeArb), { maxLength: 4 }), wrongTypeArb),
      quotes: fc.oneof(fc.array(quoteArb, { maxLength: 3 }), wrongTypeArb),
      dateSource: fc.oneof(
        fc.record({ type: fc.constant('article'), wording: fc.oneof(visibleTextArb, wrongTypeArb) }, { requiredKeys: ['type'] }),
        fc.record({ type: fc.constant('record'), note: fc.oneof(visibleTextArb, wrongTypeArb) }, { requiredKeys: ['type'] }),
        fc.record({ type: fc.oneof(fc.constantFrom('press', ''), wrongTypeArb) }, { requiredKeys: [] }),
        wrongTypeArb,
      ),
      paragraph: fc.oneof(fc.integer({ min: -2, max: 500 }), fc.double(), wrongTypeArb),
      url: fc.oneof(
        fc.constantFrom(
          'https://example.com/a?b=c#d', 'http://example.org', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:x',
          'data:text/html,<script>alert(1)</script>', 'ftp://example.com', '/relative/path', 'not a url', 'mailto:a@b.c',
          'https://exa mple.com', 'https://例え.jp/パス', 'http://[::1]:80/', '',
        ),
        wrongTypeArb,
      ),
      // Keys a careless reader would trip over.
      constructor: visibleTextArb,
      hasOwnProperty: wrongTypeArb,
      toString: wrongTypeArb,
      unknownField: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  );
}

type EndPlan =
  | { readonly kind: 'none' | 'null' | 'same' | 'year-of-start' }
  | { readonly kind: 'later-year'; readonly by: number };

const endPlanArb: fc.Arbitrary<EndPlan> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.constantFrom({ kind: 'null' as const }, { kind: 'same' as const }, { kind: 'year-of-start' as const }),
  fc.integer({ min: 1, max: 500 }).map((by) => ({ kind: 'later-year' as const, by })),
);

/** A required field made unusable; `undefined` in `value` removes the field. */
type Defect =
  | { readonly field: 'id' | 'title' | 'start' | 'end'; readonly value: unknown; readonly remove?: boolean }
  | { readonly field: 'id'; readonly duplicateOf: number }
  | { readonly field: 'end'; readonly yearsBeforeStart: number };

const INVALID_IDS = [
  '', ' ', '-abc', '_abc', 'a b', 'a/b', 'a.b', 'é', 'a#b', '😀', '<script>', 'a\u00a0b', 'Ω', '\u0000', 'id"', "a'b",
  'a:b', '..', '%20', 'a+b', '$x', '\u202eab',
];

const defectArb: fc.Arbitrary<Defect> = fc.oneof(
  fc.constantFrom<Defect>({ field: 'id', value: undefined, remove: true }, { field: 'id', value: null }),
  fc.constantFrom(...INVALID_IDS).map((value): Defect => ({ field: 'id', value })),
  wrongTypeArb.map((value): Defect => ({ field: 'id', value })),
  fc.nat().map((duplicateOf): Defect => ({ field: 'id', duplicateOf })),
  fc.constantFrom<Defect>({ field: 'title', value: undefined, remove: true }, { field: 'title', value: null }),
  blankTextArb.map((value): Defect => ({ field: 'title', value })),
  fc.integer({ min: 1000, max: 200_000 }).map((n): Defect => ({ field: 'title', value: huge(' ', n, '\u0000') })),
  wrongTypeArb.map((value): Defect => ({ field: 'title', value })),
  fc.constantFrom<Defect>({ field: 'start', value: undefined, remove: true }, { field: 'start', value: null }),
  invalidDateArb.map((value): Defect => ({ field: 'start', value })),
  wrongTypeArb.map((value): Defect => ({ field: 'start', value })),
  invalidDateArb.map((value): Defect => ({ field: 'end', value })),
  wrongTypeArb.map((value): Defect => ({ field: 'end', value })),
  fc.integer({ min: 2, max: 1000 }).map((yearsBeforeStart): Defect => ({ field: 'end', yearsBeforeStart })),
);

interface EventFields {
  readonly prefix: string;
  readonly title: unknown;
  readonly start: ValidDate;
  readonly end: EndPlan;
  readonly optional: Json;
}

export type EventPlan =
  | { readonly kind: 'valid'; readonly fields: EventFields }
  | { readonly kind: 'invalid'; readonly fields: EventFields; readonly defects: readonly Defect[] }
  /** Not an object at all. */
  | { readonly kind: 'not-object'; readonly value: unknown }
  /** Every field inherited from a prototype, none its own. */
  | { readonly kind: 'inherited'; readonly fields: EventFields }
  /** The very object of an earlier valid event, listed again: a duplicate id. */
  | { readonly kind: 'same-object'; readonly pick: number };

function eventFieldsArb(dates: fc.Arbitrary<ValidDate>, hugeStrings: boolean, lean: boolean): fc.Arbitrary<EventFields> {
  return fc.record({
    prefix: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,12}$/),
    title: textArb(hugeStrings),
    start: dates,
    end: endPlanArb,
    optional: lean ? fc.constant({}) : optionalFieldsArb(hugeStrings),
  });
}

export interface DocumentOptions {
  readonly minEvents?: number;
  readonly maxEvents?: number;
  readonly dates?: fc.Arbitrary<ValidDate>;
  readonly hugeStrings?: boolean;
  /** No optional fields: for documents of thousands of events, which would take long to make. */
  readonly lean?: boolean;
}

export function eventPlanArb({ dates = validDateArb(), hugeStrings = false, lean = false }: DocumentOptions = {}): fc.Arbitrary<EventPlan> {
  const fields = eventFieldsArb(dates, hugeStrings, lean);
  return fc.oneof(
    { weight: 6, arbitrary: fields.map((f): EventPlan => ({ kind: 'valid', fields: f })) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(fields, fc.array(defectArb, { minLength: 1, maxLength: 3 }))
        .map(([f, defects]): EventPlan => ({ kind: 'invalid', fields: f, defects })),
    },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.constantFrom<unknown>(null, 0, 1, true, false, 'event', '', NaN),
          fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
          fc.integer({ min: 100, max: 3000 }).map((depth) => deep(depth, 'array')),
          fields.map((f) => new Lazy('[valid event in a list]', () => [rawFields(f, 0)])),
        )
        .map((value): EventPlan => ({ kind: 'not-object', value })),
    },
    { weight: 1, arbitrary: fields.map((f): EventPlan => ({ kind: 'inherited', fields: f })) },
    { weight: 1, arbitrary: fc.nat().map((pick): EventPlan => ({ kind: 'same-object', pick })) },
  );
}

/** The id a valid event at `index` is kept under: unique, because the index follows the last "_". */
function idOf(fields: EventFields, index: number): string {
  return `${fields.prefix}_${index}`;
}

function endText(plan: EndPlan, start: ValidDate): string | null | undefined {
  switch (plan.kind) {
    case 'none':
      return undefined;
    case 'null':
      return null;
    case 'same':
      return start.text;
    case 'year-of-start':
      // The start's own year holds it, unless an offset moved the start into the next year.
      return start.hasOffset ? yearText(start.year + 1) : yearText(start.year);
    case 'later-year':
      return yearText(start.year + plan.by);
  }
}

function rawFields(fields: EventFields, index: number): Json {
  const raw: Json = {};
  for (const [key, value] of Object.entries(fields.optional)) {
    // An own "__proto__"-like key as JSON.parse makes it, never the prototype.
    Object.defineProperty(raw, key, { value: materialize(value), enumerable: true, writable: true, configurable: true });
  }
  raw.id = idOf(fields, index);
  raw.title = materialize(fields.title);
  raw.start = fields.start.text;
  const end = endText(fields.end, fields.start);
  if (end !== undefined) raw.end = end;
  return raw;
}

function applyDefect(raw: Json, defect: Defect, fields: EventFields, validIds: readonly string[]): void {
  if ('duplicateOf' in defect) {
    // Without an earlier kept event there is nothing to duplicate: the id goes missing instead.
    if (validIds.length === 0) delete raw.id;
    else raw.id = validIds[defect.duplicateOf % validIds.length];
    return;
  }
  if ('yearsBeforeStart' in defect) {
    // Two years back at least: a start with an offset of up to 18 h may sit just before its year.
    raw.end = yearText(fields.start.year - defect.yearsBeforeStart);
    return;
  }
  if (defect.remove) delete raw[defect.field];
  else raw[defect.field] = materialize(defect.value);
}

export interface BuiltEvents {
  readonly events: unknown[];
  /** Index in `events` → the id it must be kept under. */
  readonly valid: Map<number, string>;
  /** Indexes of the events that must be skipped, each with a problem at its path. */
  readonly invalid: number[];
}

export function buildEvents(plans: readonly EventPlan[]): BuiltEvents {
  const events: unknown[] = [];
  const valid = new Map<number, string>();
  const invalid: number[] = [];
  const validRaws: Json[] = [];
  const validIds: string[] = [];
  plans.forEach((plan, index) => {
    switch (plan.kind) {
      case 'valid': {
        const raw = rawFields(plan.fields, index);
        events.push(raw);
        valid.set(index, idOf(plan.fields, index));
        validIds.push(idOf(plan.fields, index));
        validRaws.push(raw);
        return;
      }
      case 'invalid': {
        const raw = rawFields(plan.fields, index);
        for (const defect of plan.defects) applyDefect(raw, defect, plan.fields, validIds);
        events.push(raw);
        invalid.push(index);
        return;
      }
      case 'not-object':
        events.push(materialize(plan.value));
        invalid.push(index);
        return;
      case 'inherited':
        events.push(Object.create(rawFields(plan.fields, index)) as unknown);
        invalid.push(index);
        return;
      case 'same-object': {
        const earlier = validRaws[plan.pick % Math.max(validRaws.length, 1)];
        events.push(earlier ?? null);
        invalid.push(index);
        return;
      }
    }
  });
  return { events, valid, invalid };
}

// ——— documents ———

const laneArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ id: fc.constantFrom(...LANE_IDS), label: visibleTextArb }, { requiredKeys: ['id'] }) },
  fc.record(
    { id: fc.oneof(fc.constantFrom(...INVALID_IDS), wrongTypeArb, blankTextArb), label: fc.oneof(visibleTextArb, wrongTypeArb) },
    { requiredKeys: [] },
  ),
  wrongTypeArb,
);

const eraArb = fc.oneof(
  fc.record({ start: validDateArb().map((d) => d.text), end: validDateArb().map((d) => d.text), label: visibleTextArb }),
  fc.record(
    { start: fc.oneof(invalidDateArb, wrongTypeArb), end: fc.oneof(invalidDateArb, wrongTypeArb), label: fc.oneof(blankTextArb, wrongTypeArb) },
    { requiredKeys: [] },
  ),
  wrongTypeArb,
);

function topFieldsArb(hugeStrings: boolean) {
  return fc.record(
    {
      title: fc.oneof(textArb(hugeStrings), blankTextArb, wrongTypeArb),
      description: fc.oneof(textArb(hugeStrings), wrongTypeArb),
      source: fc.oneof(
        fc.record(
          {
            name: fc.oneof(visibleTextArb, blankTextArb, wrongTypeArb),
            url: fc.oneof(fc.constantFrom('https://en.irna.ir/news/1', 'javascript:alert(1)', 'nope'), wrongTypeArb),
            published: fc.oneof(validDateArb().map((d) => d.text), invalidDateArb, wrongTypeArb),
          },
          { requiredKeys: [] },
        ),
        wrongTypeArb,
      ),
      lanes: fc.oneof({ weight: 4, arbitrary: fc.array(laneArb, { maxLength: 5 }) }, wrongTypeArb),
      eras: fc.oneof({ weight: 4, arbitrary: fc.array(eraArb, { maxLength: 3 }) }, wrongTypeArb),
      extra: fc.integer({ min: 100, max: 3000 }).map((depth) => deep(depth, 'object')),
    },
    { requiredKeys: [] },
  );
}

export interface DocumentPlan {
  readonly top: Json;
  readonly events: readonly EventPlan[];
}

export function documentPlanArb(options: DocumentOptions = {}): fc.Arbitrary<DocumentPlan> {
  const { minEvents = 0, maxEvents = 12, hugeStrings = false } = options;
  return fc.record({
    top: topFieldsArb(hugeStrings),
    events: fc.array(eventPlanArb(options), { minLength: minEvents, maxLength: maxEvents }),
  });
}

export interface BuiltDocument extends BuiltEvents {
  readonly document: Json;
}

export function buildDocument(plan: DocumentPlan): BuiltDocument {
  const built = buildEvents(plan.events);
  const document: Json = {};
  for (const [key, value] of Object.entries(plan.top)) document[key] = materialize(value);
  document.events = built.events;
  return { ...built, document };
}
