import type { ParseResult } from '../model/types.js';
import { importDocument, withImportProblems, type DocumentFormat, type ImportedDocument } from '../import/import-document.js';
import { TimelineParser, type ParseOptions } from '../parse/parse-timeline.js';

export { FORMATS, needsImport, type DocumentFormat } from '../import/import-document.js';

/** Documents with more events than this are read in slices, between frames. */
export const SLICED_ABOVE = 5000;
/**
 * How long one slice may run: about a frame, so the page still draws one between slices, and
 * well under the 50 ms of a long task. Browsers hold each timer after the fifth back 4 ms, so
 * shorter slices spend more of the read idle (8 ms slices: 100,000 events drawn ~7% later).
 */
const SLICE_MS = 16;

/** A document in our format → the timeline model, at once. */
export function readDocument(raw: unknown, options: ParseOptions = {}): ParseResult {
  return new TimelineParser(raw, options).result();
}

/**
 * A parser over the document in our format. TimelineJS documents and spreadsheets are mapped
 * first, by importers that are loaded only when a page has such a document.
 */
async function prepare(
  raw: unknown,
  format: DocumentFormat,
  options: ParseOptions,
): Promise<{ parser: TimelineParser; imported: ImportedDocument }> {
  const imported = await importDocument(raw, format);
  return { parser: new TimelineParser(imported.document, options), imported };
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
  const { parser, imported } = await prepare(raw, format, options);
  if (signal.aborted) return undefined;
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
  return withImportProblems(parser.result(), imported);
}
