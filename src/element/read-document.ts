import type { ParseResult, Problem } from '../model/types.js';
import { isTimelineJsDocument } from '../import/detect-timelinejs.js';
import { TimelineParser, type ParseOptions } from '../parse/parse-timeline.js';

export const FORMATS = ['auto', 'news-timeline', 'timelinejs'] as const;
export type DocumentFormat = (typeof FORMATS)[number];

/** Documents with more events than this are read in slices, between frames. */
export const SLICED_ABOVE = 5000;
/** How long one slice may run, so the page still gets most of each frame. */
const SLICE_MS = 8;

function withImportProblems(result: ParseResult, importProblems: readonly Problem[]): ParseResult {
  if (importProblems.length === 0) return result;
  return { timeline: result.timeline, problems: [...importProblems, ...result.problems] };
}

export function isTimelineJs(raw: unknown, format: DocumentFormat): boolean {
  return format === 'timelinejs' || (format === 'auto' && isTimelineJsDocument(raw));
}

/** A document in our format → the timeline model, at once. */
export function readDocument(raw: unknown, options: ParseOptions = {}): ParseResult {
  return new TimelineParser(raw, options).result();
}

/**
 * The parser's paths point into the mapped document; an imported document's editor knows only
 * their own, so `events[k]` is turned back into the index the event had there.
 */
function inSourcePaths(problems: readonly Problem[], sourceIndexes: readonly number[]): Problem[] {
  return problems.map((problem) => {
    const match = /^events\[(\d+)\]/.exec(problem.path);
    const source = match ? sourceIndexes[Number(match[1])] : undefined;
    return source === undefined ? problem : { ...problem, path: `events[${source}]${problem.path.slice(match![0].length)}` };
  });
}

/**
 * A parser over the document in our format. TimelineJS documents are mapped first, by an
 * importer that is loaded only when a page has such a document. When the importer's file
 * cannot be loaded (the bundle was hosted without its chunks/ folder), the document cannot be
 * read, and the problem says which file is missing instead of leaving the reader waiting.
 */
interface Prepared {
  readonly parser: TimelineParser;
  readonly importProblems: readonly Problem[];
  /** For an imported document: each mapped event's index in the original. */
  readonly sourceIndexes: readonly number[] | undefined;
}

async function prepare(raw: unknown, format: DocumentFormat, options: ParseOptions): Promise<Prepared | ParseResult> {
  if (!isTimelineJs(raw, format)) return { parser: new TimelineParser(raw, options), importProblems: [], sourceIndexes: undefined };
  let importer: typeof import('../import/timelinejs.js');
  try {
    importer = await import('../import/timelinejs.js');
  } catch (error) {
    return { timeline: undefined, problems: [missingChunk('TimelineJS importer', error)] };
  }
  const imported = importer.fromTimelineJs(raw);
  return { parser: new TimelineParser(imported.document, options), importProblems: imported.problems, sourceIndexes: imported.sourceIndexes };
}

/** A lazily loaded part that failed to load, named for whoever hosts the files. */
function missingChunk(part: string, error: unknown): Problem {
  // Chromium and Firefox name the URL that failed in their message; WebKit does not.
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return {
    path: '',
    message: `The ${part} could not be loaded${detail}. Host the chunks/ folder beside news-timeline.bundle.js.`,
  };
}

export function isLargeDocument(raw: unknown): boolean {
  const events = (raw as { events?: unknown } | null)?.events;
  return Array.isArray(events) && events.length > SLICED_ABOVE;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Any document, a slice at a time, giving the page back its main thread between slices, so
 * reading 100,000 events never freezes it. Resolves undefined if `signal` aborts first.
 */
export async function readDocumentInSlices(
  raw: unknown,
  format: DocumentFormat,
  signal: AbortSignal,
  options: ParseOptions = {},
): Promise<ParseResult | undefined> {
  const prepared = await prepare(raw, format, options);
  if (signal.aborted) return undefined;
  if (!('parser' in prepared)) return prepared;
  const { parser, importProblems, sourceIndexes } = prepared;
  let size = 500;
  while (parser.read < parser.total) {
    const started = performance.now();
    parser.step(size);
    const took = performance.now() - started;
    // Aim each slice at the budget, from what the last one cost.
    size = Math.max(100, Math.round(size * (SLICE_MS / Math.max(took, 0.5))));
    await nextTask();
    if (signal.aborted) return undefined;
  }
  const result = parser.result();
  const problems = sourceIndexes ? inSourcePaths(result.problems, sourceIndexes) : result.problems;
  return withImportProblems({ timeline: result.timeline, problems }, importProblems);
}
