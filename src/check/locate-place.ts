/**
 * Where a problem's place is in the document's text, so an editor can put the cursor there:
 * a JSON path (`events[3].quotes[0].speaker`) is found by walking the JSON text, a sheet's
 * `row 11, column "Year"` by walking the CSV's rows and cells (quoted line breaks included),
 * and `line 3, column 14` is counted. Pure.
 */
import { columnFor } from '../import/sheet-columns.js';
import { JsonScanner } from '../parse/json-syntax.js';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
  /** False when the place itself is not in the text (a missing field): the span is what encloses it. */
  readonly exact: boolean;
}

export function locatePlace(text: string, place: string): TextSpan | undefined {
  const lineColumn = /^line (\d+), column (\d+)$/.exec(place);
  if (lineColumn) return locateLineColumn(text, Number(lineColumn[1]), Number(lineColumn[2]));
  const cell = /^row (\d+)(?:, column "(.*)")?$/.exec(place);
  if (cell) return locateSheetCell(text, Number(cell[1]), cell[2]);
  return locateJsonPath(text, place);
}

function locateLineColumn(text: string, line: number, column: number): TextSpan | undefined {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return undefined;
    offset = next + 1;
  }
  const start = Math.min(offset + column - 1, text.length);
  return { start, end: start, exact: true };
}

/** `events[3].quotes[0]` → ["events", 3, "quotes", 0]. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return segments;
}

/** The span of the value at `path` in JSON text; undefined when the text is not JSON. */
export function locateJsonPath(text: string, path: string): TextSpan | undefined {
  const scanner = new JsonScanner(text);
  try {
    scanner.skipSpace();
    let start = scanner.at;
    for (const segment of pathSegments(path)) {
      if (!enter(scanner, text, segment)) {
        return { start, end: valueEnd(scanner, text, start), exact: false };
      }
      start = scanner.at;
    }
    scanner.value();
    return { start, end: scanner.at, exact: true };
  } catch {
    return undefined;
  }
}

function valueEnd(scanner: JsonScanner, text: string, start: number): number {
  const cursor = new JsonScanner(text);
  cursor.at = start;
  cursor.value();
  return cursor.at;
}

/**
 * Moves the scanner from an object or array to the value of `segment` in it; false (the
 * scanner somewhere inside) when there is no such member or item.
 */
function enter(scanner: JsonScanner, text: string, segment: string | number): boolean {
  const open = text[scanner.at];
  const isObject = open === '{';
  if (!isObject && open !== '[') return false;
  if (isObject !== (typeof segment === 'string')) return false;
  const close = isObject ? '}' : ']';
  scanner.at++;
  scanner.skipSpace();
  for (let index = 0; text[scanner.at] !== close; index++) {
    let key: string | number = index;
    if (isObject) {
      const keyStart = scanner.at;
      scanner.string();
      key = JSON.parse(text.slice(keyStart, scanner.at)) as string;
      scanner.skipSpace();
      scanner.at++; // the colon
      scanner.skipSpace();
    }
    if (key === segment) return true;
    scanner.value();
    scanner.skipSpace();
    if (text[scanner.at] !== ',') return false;
    scanner.at++;
    scanner.skipSpace();
  }
  return false;
}

/**
 * The span of a sheet's cell (or its row, without a column), by the row number a spreadsheet
 * shows (the header is row 1) and the column's header name, matched as the importer matches it.
 */
export function locateSheetCell(text: string, row: number, column: string | undefined): TextSpan | undefined {
  const cells = csvCells(text);
  const header = cells.filter((cell) => cell.row === 1);
  const wanted = column === undefined ? undefined : (columnFor(column) ?? column.trim().toLowerCase());
  const columnIndex = header.findIndex((cell) => {
    const name = text.slice(cell.start, cell.end).replace(/^"|"$/g, '');
    return (columnFor(name) ?? name.trim().toLowerCase()) === wanted;
  });
  const inRow = cells.filter((cell) => cell.row === row);
  if (inRow.length === 0) return undefined;
  const cell = columnIndex === -1 ? undefined : inRow[columnIndex];
  if (cell !== undefined) return { start: cell.start, end: cell.end, exact: true };
  return { start: inRow[0]!.start, end: inRow.at(-1)!.end, exact: column === undefined };
}

interface CellSpan {
  readonly row: number;
  readonly start: number;
  readonly end: number;
}

/** Every cell's span, rows numbered from 1, quoted cells (with their line breaks) kept whole. */
function csvCells(text: string): CellSpan[] {
  const cells: CellSpan[] = [];
  let row = 1;
  let start = 0;
  let quoted = false;
  for (let at = 0; at <= text.length; at++) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') at++;
      else if (char === '"') quoted = false;
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === ',' || char === '\n' || char === '\r' || char === undefined) {
      cells.push({ row, start, end: at });
      if (char === '\r' && text[at + 1] === '\n') at++;
      if (char !== ',') row++;
      start = at + 1;
    }
  }
  return cells;
}
