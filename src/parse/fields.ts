import { CalendarDateError, parseCalendarDate } from '../model/calendar-date.js';
import type { CalendarDate } from '../model/types.js';
import { childPath, quotedValue, type ProblemList } from './problems.js';

/**
 * Field readers shared by the parser. Each reads one field of a JSON object, reports what is
 * wrong at the field's path, and returns undefined for a value that cannot be used.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An absolute http: or https: address, the only links a reader is ever offered; else undefined. */
export function webAddress(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** "https://trusted.example@elsewhere.example" reads as one site and goes to another: refused. */
export function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}
export const CREDENTIALS_REFUSED = 'holds a user name or password; such addresses are refused';

/** Own fields only, so "constructor" or "__proto__" never reads something the data did not say. */
export function field(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quotedValue(value);
  return String(value);
}

// C0 and C1 control characters other than tab and line feed: they have no place in text a
// reader sees, and some (bidi overrides are not among them) confuse screen readers.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

// The direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and what
// pops one of each.
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';

/**
 * Closes the embeddings, overrides and isolates a value opens and leaves open, as the Unicode
 * bidi algorithm pairs them, so that they end where the value ends: an unclosed right-to-left
 * override in a speaker's name would otherwise reverse the role after it, or the next link's name.
 */
export function closeDirections(text: string): string {
  if (text.search(DIRECTION_CONTROLS) < 0) return text;
  const open: string[] = [];
  for (const [control] of text.matchAll(DIRECTION_CONTROLS)) {
    // A pop closes only what it pairs with: the last embedding, or its isolate and what opened
    // inside it; one with nothing of its kind open does nothing.
    if (control === POP_EMBEDDING) {
      if (open.at(-1) === control) open.pop();
    } else if (control === POP_ISOLATE) {
      if (open.includes(control)) open.length = open.lastIndexOf(control);
    } else open.push(control < '\u2066' ? POP_EMBEDDING : POP_ISOLATE);
  }
  return text + open.reverse().join('');
}

/** The one empty list every absent list is (a million events without tags hold no million lists). */
export const NONE: readonly never[] = Object.freeze([]);

export class FieldReader {
  readonly #problems: ProblemList;
  readonly #fields: JsonObject;
  readonly #path: string;
  readonly #index: number | undefined;

  /**
   * The object at `path`, or at `path[index]`: an event is read with its list's path and its
   * index, so its own path is written only for a problem (a million events, a million strings).
   */
  constructor(problems: ProblemList, fields: JsonObject, path: string, index?: number) {
    this.#problems = problems;
    this.#fields = fields;
    this.#path = path;
    this.#index = index;
  }

  pathOf(key: string): string {
    return childPath(this.#index === undefined ? this.#path : childPath(this.#path, this.#index), key);
  }

  /** Whether the field is given; null counts as absent, as it does for every reader here. */
  has(key: string): boolean {
    const value = field(this.#fields, key);
    return value !== undefined && value !== null;
  }

  report(key: string, message: string): void {
    this.#problems.add(this.pathOf(key), message);
  }

  /** Text for a reader: a string, control characters removed, trimmed; empty counts as missing. */
  text(key: string, { required = false } = {}): string | undefined {
    const value = field(this.#fields, key);
    if (value === undefined || value === null) {
      if (required) this.report(key, 'is missing');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(key, `must be text, not ${describe(value)}`);
      return undefined;
    }
    const text = value.replace(CONTROL_CHARACTERS, '').trim();
    if (text === '') {
      if (required) this.report(key, 'is empty');
      return undefined;
    }
    return closeDirections(text);
  }

  date(key: string, { required = false } = {}): CalendarDate | undefined {
    const value = field(this.#fields, key);
    if (value === undefined || value === null) {
      if (required) this.report(key, 'is missing; write a date such as "2018-06-12"');
      return undefined;
    }
    if (typeof value !== 'string') {
      // A year given as a number is the same year in quotation marks; 20190414 is no date either way.
      const hint = typeof value !== 'number' ? '' : /^-?\d{1,6}$/.test(`${value}`) ? `; write it as text: "${value}"` : '; write it as text, such as "2018-06-12"';
      this.report(key, `must be a date written as text, not ${describe(value)}${hint}`);
      return undefined;
    }
    try {
      return parseCalendarDate(value);
    } catch (error) {
      if (!(error instanceof CalendarDateError)) throw error;
      this.report(key, error.message);
      return undefined;
    }
  }

  /** A whole number of at least 1, such as a paragraph number. */
  positiveInteger(key: string): number | undefined {
    const value = field(this.#fields, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      this.report(key, `must be a whole number from 1 up, not ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  /** A link a reader may follow: only http: and https: are kept, without a user name or password. */
  url(key: string): string | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      this.report(key, `${describe(text)} is not a web address; write it in full, starting with https://`);
      return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      this.report(key, `only http: and https: links are shown; ${describe(url.protocol)} was left out`);
      return undefined;
    }
    if (hasCredentials(url)) {
      this.report(key, CREDENTIALS_REFUSED);
      return undefined;
    }
    return url.href;
  }

  /** One of a closed set of words. */
  oneOf<T extends string>(key: string, allowed: readonly T[], { required = false } = {}): T | undefined {
    const value = field(this.#fields, key);
    if (value === undefined || value === null) {
      if (required) this.report(key, `is missing; use ${allowed.map((a) => JSON.stringify(a)).join(' or ')}`);
      return undefined;
    }
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.report(key, `must be ${allowed.map((a) => JSON.stringify(a)).join(' or ')}, not ${describe(value)}`);
    return undefined;
  }

  /**
   * A list; each item is handed to `read` with its path, and the items it returns are kept. An
   * absent list is `NONE`.
   */
  list<T>(key: string, read: (item: unknown, path: string) => T | undefined): readonly T[] {
    const value = field(this.#fields, key);
    if (value === undefined || value === null) return NONE;
    if (!Array.isArray(value)) {
      this.report(key, `must be a list, not ${describe(value)}`);
      return [];
    }
    const items: T[] = [];
    value.forEach((item: unknown, index) => {
      const kept = read(item, childPath(this.pathOf(key), index));
      if (kept !== undefined) items.push(kept);
    });
    return items;
  }

  /** A nested object, read with its own FieldReader. */
  object<T>(key: string, read: (reader: FieldReader) => T | undefined): T | undefined {
    const value = field(this.#fields, key);
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) {
      this.report(key, `must be an object, not ${describe(value)}`);
      return undefined;
    }
    return read(new FieldReader(this.#problems, value, this.pathOf(key)));
  }

  /** A string list item, reported at its own path when it is not text. */
  static textItem(problems: ProblemList, item: unknown, path: string): string | undefined {
    // Stripped before the check, so an item of only control characters is not kept as "".
    const text = typeof item === 'string' ? item.replace(CONTROL_CHARACTERS, '').trim() : '';
    if (text === '') {
      problems.add(path, `must be text, not ${describe(item)}`);
      return undefined;
    }
    return closeDirections(text);
  }

  static describe = describe;
}
