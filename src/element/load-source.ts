/** Fetching a `src` document: every way it can fail becomes a LoadError with a reader-facing reason. */
import { CsvDocument, opensLikeSheet } from '../import/csv-document.js';
import type { DocumentFormat } from '../import/import-document.js';
import { chunkNotLoaded } from '../parse/problems.js';

export const LOAD_FAILURES = ['network', 'http', 'not-json', 'not-csv', 'not-published', 'empty', 'timeout'] as const;
export type LoadFailure = (typeof LOAD_FAILURES)[number];

export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Aborts when `outer` aborts or `ms` pass; `isTimedOut` tells which. */
function withTimeout(outer: AbortSignal, ms: number) {
  const controller = new AbortController();
  let timedOut = false;
  const abort = () => controller.abort(outer.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('timed out', 'TimeoutError'));
  }, ms);
  if (outer.aborted) abort();
  else outer.addEventListener('abort', abort, { once: true });
  return {
    signal: controller.signal,
    isTimedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      outer.removeEventListener('abort', abort);
    },
  };
}

/** Google answers these for a sheet that is not published, or not shared with everyone. */
const NOT_PUBLISHED_STATUSES = new Set([400, 401, 403]);

/** A spreadsheet by what the request says: the format asked for, the address, or the answer's type. */
// Also run by the command-line checker in Node, where there is no page `location`.
function isCsvAnswer(url: string, format: DocumentFormat, response: Response): boolean {
  if (format === 'csv') return true;
  if (format !== 'auto') return false;
  const type = response.headers.get('Content-Type') ?? '';
  return /^text\/(csv|tab-separated-values)\b/i.test(type) || /\.[ct]sv$/i.test(new URL(url, globalThis.location?.href).pathname);
}

/**
 * A sheet's text in the encoding it was saved in. UTF-16 by its byte-order mark (Excel's "Unicode
 * Text"); otherwise UTF-8 whatever a server's charset says (many servers label everything
 * Latin-1), also with a stray byte or two from elsewhere (shown as �). Only
 * text with no UTF-8 in it at all is read in the charset a server names, else as Windows-1252:
 * what Excel for Windows saves "CSV" in across Western Europe and the Americas.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array, contentType = ''): string {
  const [first, second] = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const bom = first === 0xff && second === 0xfe ? 'utf-16le' : first === 0xfe && second === 0xff ? 'utf-16be' : undefined;
  if (bom) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const utf8 = new TextDecoder().decode(bytes);
    if (/[^\0-\x7f\ufffd]/.test(utf8)) return utf8;
  }
  const named = /charset="?([\w:.-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(named && !/^utf-?8$/i.test(named) ? named : 'windows-1252').decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A sign-in page or any other web page where a sheet was expected. */
function isHtml(text: string, response: Response): boolean {
  return /^text\/html\b/i.test(response.headers.get('Content-Type') ?? '') || /^\s*</.test(text);
}

/** The text's JSON value, or undefined for text that is not JSON. */
export function jsonValue(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

// The scanner that finds where text stops being JSON is a chunk: only broken documents need it.
let locator: Promise<typeof import('../parse/json-syntax.js') | undefined> | undefined;

/** The chunk that locates JSON errors and reads large documents in pieces; undefined if it cannot load. */
function jsonTools() {
  return (locator ??= import('../parse/json-syntax.js').catch((error: unknown) => {
    const instead = '; JSON errors are said without line and column';
    console.warn(`news-timeline: ${chunkNotLoaded('the JSON error locator', error, instead)}`);
    return undefined;
  }));
}

/**
 * What reads Google Sheets links, a chunk loaded only for one (it is no use without the CSV
 * importer's chunk either); undefined for any other address.
 */
async function sheetsFor(url: string) {
  if (!url.trim().startsWith('https://docs.google.com/spreadsheets/')) return undefined;
  try {
    return await import('../import/google-sheets.js');
  } catch (error) {
    throw new LoadError('network', chunkNotLoaded('The Google Sheets reader', error));
  }
}

/**
 * The error for text that is not JSON, saying where it breaks (line and column, the same in
 * every engine). Without the locator's chunk (the bundle hosted alone) it says less, and the
 * console says once which file is missing.
 */
export async function notJsonError(text: string, where: string): Promise<LoadError> {
  const found = await jsonTools();
  const place = found ? ` (${found.describeJsonSyntaxError(found.findJsonSyntaxError(text))})` : '';
  return new LoadError('not-json', `${where} is not valid JSON${place}.`);
}

/**
 * Fetches a document: JSON, parsed, or a spreadsheet as a CsvDocument for the CSV importer.
 * Google Sheets links are fetched in their published CSV form. Rejects with the caller's abort
 * reason when `signal` aborts (a newer `src`, or the element leaving the page), and with a
 * LoadError otherwise.
 */
export async function fetchDocument(
  url: string,
  signal: AbortSignal,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  format: DocumentFormat = 'auto',
): Promise<unknown> {
  const { text, isCsv } = await fetchText(url, signal, timeoutMs, format);
  if (isCsv) return new CsvDocument(text);
  // A large document (over ~8 MB, some 100,000 events) is read in pieces, between tasks: JSON.parse
  // of a million events is one task of ~0.5 s. Whole when the chunk that does it cannot load.
  const tools = text.length > 8_000_000 && (await jsonTools());
  try {
    return tools ? await tools.parseJsonInPieces(text, signal) : (JSON.parse(text) as unknown);
  } catch {
    signal.throwIfAborted();
    if (format === 'auto' && opensLikeSheet(text)) return new CsvDocument(text);
    throw await notJsonError(text, `The timeline data at ${url}`);
  }
}

/**
 * The document's text and whether it is a spreadsheet, failing as `fetchDocument` does. The
 * command-line checker uses it too, to say where JSON text goes wrong.
 */
export async function fetchText(
  url: string,
  signal: AbortSignal,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  format: DocumentFormat = 'auto',
): Promise<{ text: string; isCsv: boolean }> {
  const sheets = await sheetsFor(url);
  const sheet = sheets?.googleSheetCsvUrl(url);
  const deadline = withTimeout(signal, timeoutMs);
  try {
    let response: Response;
    try {
      const accept = sheet || format === 'csv' ? 'text/csv' : 'application/json, text/csv;q=0.9';
      response = await fetch(sheet ?? url, { signal: deadline.signal, headers: { Accept: accept } });
    } catch (error) {
      throw deadline.isTimedOut() ? timeoutError(url, timeoutMs) : signal.aborted ? error : networkError(url);
    }
    if (sheet && NOT_PUBLISHED_STATUSES.has(response.status)) {
      throw new LoadError('not-published', sheets!.notPublishedMessage(url), response.status);
    }
    if (!response.ok) {
      throw new LoadError('http', `The timeline data at ${url} could not be loaded (HTTP ${response.status}).`, response.status);
    }
    // A sheet is read in the encoding it was saved in, and so is any answer not typed as JSON:
    // it may be one Excel saved ("Unicode Text", "Text (Tab delimited)": `.txt`, `text/plain`).
    // JSON is UTF-8, read as the platform reads it (a million events' 70 MB, decoded again from
    // bytes, cost ~0.5 s and a copy in memory).
    const isCsv = !!sheet || isCsvAnswer(url, format, response);
    const type = response.headers.get('Content-Type') ?? '';
    let text: string;
    try {
      text = isCsv || !/json/i.test(type) ? decodeText(await response.arrayBuffer(), type) : await response.text();
    } catch (error) {
      throw deadline.isTimedOut() ? timeoutError(url, timeoutMs) : signal.aborted ? error : networkError(url);
    }
    if (text.trim() === '') throw new LoadError('empty', `The timeline data at ${url} is empty.`);
    if (!isCsv) return { text, isCsv: false };
    if (!isHtml(text, response)) return { text, isCsv: true };
    if (sheet) throw new LoadError('not-published', sheets!.notPublishedMessage(url));
    throw new LoadError('not-csv', `The timeline data at ${url} is a web page, not a spreadsheet (CSV).`);
  } finally {
    deadline.dispose();
  }
}

function networkError(url: string): LoadError {
  return new LoadError('network', `The timeline data at ${url} could not be reached.`);
}

function timeoutError(url: string, ms: number): LoadError {
  const limit = ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
  return new LoadError('timeout', `The timeline data at ${url} took longer than ${limit} to load.`);
}
