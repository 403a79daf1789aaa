/**
 * JSON.parse for a large document, a piece at a time, so that reading it never holds the page's
 * main thread for long: 70 MB of JSON (a million events) is ~400–500 ms of JSON.parse in one
 * task. The top-level `events` list is cut between its items, found by a scan that skips strings
 * with indexOf; each piece is read by JSON.parse itself, and so is the rest of the document, with
 * the list left empty. What it returns is what JSON.parse(text) returns; text it cannot cut as
 * that promises (not an object, no such list, a list written twice, anything malformed) is handed
 * to JSON.parse whole, which returns or throws as it always does. No DOM: timers only.
 */

/** Half a million UTF-16 units: ~3–5 ms of JSON.parse on the benchmark's machine. */
const PIECE_CHARS = 1 << 19;
/** Pieces are read back to back for this long, then the page gets its thread back. */
const BUDGET_MS = 25;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Where the text's `events` list is: its `[` and its `]`. */
interface EventsList {
  readonly open: number;
  readonly close: number;
}

/**
 * The document's value, read in pieces, giving the thread back (a task of its own) about every
 * 25 ms of reading. Throws what JSON.parse throws for text that is not JSON, and the abort reason
 * when `signal` aborts meanwhile.
 */
export async function parseJsonInPieces(
  text: string,
  signal?: AbortSignal,
  { pieceChars = PIECE_CHARS, budgetMs = BUDGET_MS }: { pieceChars?: number; budgetMs?: number } = {},
): Promise<unknown> {
  const open = eventsListStart(text);
  if (open === undefined) return JSON.parse(text);
  const events: unknown[] = [];
  let from = open + 1;
  let since = performance.now();
  let list: EventsList | undefined;
  while (!list) {
    const cut = nextCut(text, from, from + pieceChars);
    if (!cut) return JSON.parse(text);
    const piece = text.slice(from, cut.at);
    // An empty piece is JSON only as the whole of an empty list: `[1,,2]` and `[1,]` are not.
    if (piece.trim() === '') {
      if (!(cut.closes && from === open + 1)) return JSON.parse(text);
    } else if (!readPiece(piece, events)) {
      return JSON.parse(text);
    }
    if (cut.closes) list = { open, close: cut.at };
    from = cut.at + 1;
    if (performance.now() - since >= budgetMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      signal?.throwIfAborted();
      since = performance.now();
    }
  }
  const rest = restOf(text, list);
  if (!rest) return JSON.parse(text);
  rest.events = events;
  return rest;
}

/** Adds the piece's items to `into`; false if the piece is not a run of JSON values. */
function readPiece(piece: string, into: unknown[]): boolean {
  let items: unknown[];
  try {
    items = JSON.parse(`[${piece}]`) as unknown[];
  } catch {
    return false;
  }
  // One at a time: spreading a piece's 100,000 items into push() can overflow the stack.
  for (const item of items) into.push(item);
  return true;
}

/**
 * The document without its list (read with an empty one in its place), or undefined when the
 * list is not the document's only `events`: JSON.parse keeps the last of two, so such text is
 * read whole.
 */
function restOf(text: string, list: EventsList): Record<string, unknown> | undefined {
  if (topLevelKey(text, list.close + 1, false, 'events') !== undefined) return undefined;
  try {
    return JSON.parse(`${text.slice(0, list.open)}[]${text.slice(list.close + 1)}`) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The `[` of the top-level object's `events` list, or undefined. */
function eventsListStart(text: string): number | undefined {
  const start = skipSpace(text, 0);
  if (text.charCodeAt(start) !== OPEN_BRACE) return undefined;
  const afterKey = topLevelKey(text, start + 1, true, 'events');
  if (afterKey === undefined) return undefined;
  const colon = skipSpace(text, afterKey);
  if (text.charCodeAt(colon) !== COLON) return undefined;
  const open = skipSpace(text, colon + 1);
  return text.charCodeAt(open) === OPEN_BRACKET ? open : undefined;
}

/**
 * Scans from `from`, a place directly inside the top-level object (where a key comes next when
 * `atKey`), for that object's key `name`; returns the index just after the key's closing quote,
 * or undefined. A key is the first string after the object's `{` or one of its commas; one
 * written with escapes is decoded to compare.
 */
function topLevelKey(text: string, from: number, atKey: boolean, name: string): number | undefined {
  let depth = 1;
  let expectKey = atKey;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end === undefined) return undefined;
      if (expectKey && depth === 1 && isName(text.slice(i, end + 1), name)) return end + 1;
      expectKey = false;
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return undefined;
    } else if (c === COMMA && depth === 1) {
      expectKey = true;
    }
  }
  return undefined;
}

function isName(quoted: string, name: string): boolean {
  if (!quoted.includes('\\')) return quoted.length === name.length + 2 && quoted.slice(1, -1) === name;
  try {
    return JSON.parse(quoted) === name;
  } catch {
    return false;
  }
}

/**
 * Where the list's next piece ends: at the first comma between its items from `min` on, or at
 * the `]` that closes it, whichever comes first. Undefined for text that ends first or closes
 * the list with a `}`.
 */
function nextCut(text: string, from: number, min: number): { at: number; closes: boolean } | undefined {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end === undefined) return undefined;
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 0) return c === CLOSE_BRACKET ? { at: i, closes: true } : undefined;
      depth--;
    } else if (c === COMMA && depth === 0 && i >= min) {
      return { at: i, closes: false };
    }
  }
  return undefined;
}

/** The closing quote of the string that opens at `at`: indexOf does the skipping, natively. */
function stringEnd(text: string, at: number): number | undefined {
  let i = at;
  for (;;) {
    i = text.indexOf('"', i + 1);
    if (i < 0) return undefined;
    let backslashes = 0;
    while (text.charCodeAt(i - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && SPACE.has(text.charCodeAt(i))) i++;
  return i;
}
