/**
 * Any document this package reads, as our raw JSON: TimelineJS3 documents and spreadsheets are
 * mapped by their importers, each a chunk loaded only when a page has such a document; ours
 * pass through. Shared by the element, the editor page and the command-line checker.
 */
import type { ParseResult, Problem } from '../model/types.js';
import { CsvDocument } from './csv-document.js';
import { isTimelineJsDocument } from './detect-timelinejs.js';
import { asRowProblem, chunkNotLoaded, inSheetOrder } from '../parse/problems.js';

export const FORMATS = ['auto', 'news-timeline', 'timelinejs', 'csv'] as const;
export type DocumentFormat = (typeof FORMATS)[number];

export interface ImportedDocument {
  /** What the document was read as. */
  readonly format: Exclude<DocumentFormat, 'auto'>;
  /** Our raw JSON, for the parser; undefined when the importer could not use the document. */
  readonly document: unknown;
  readonly problems: readonly Problem[];
  /** Where a problem the parser finds in `document` is in the original (a sheet's row). */
  readonly placeProblem: (problem: Problem) => Problem;
}

const samePlace = (problem: Problem) => problem;

export function isSpreadsheet(raw: unknown, format: DocumentFormat): raw is CsvDocument | string {
  return raw instanceof CsvDocument || (format === 'csv' && typeof raw === 'string');
}

export function isTimelineJs(raw: unknown, format: DocumentFormat): boolean {
  return format === 'timelinejs' || (format === 'auto' && isTimelineJsDocument(raw));
}

/** Whether the document needs an importer (and so a chunk) before the parser can read it. */
export function needsImport(raw: unknown, format: DocumentFormat): boolean {
  return isSpreadsheet(raw, format) || isTimelineJs(raw, format);
}

/**
 * Maps the document to our format. When an importer's file cannot be loaded (the bundle was
 * hosted without its chunks/ folder), the document cannot be read, and the problem says which
 * file is missing instead of leaving the reader waiting.
 */
export async function importDocument(raw: unknown, format: DocumentFormat): Promise<ImportedDocument> {
  if (isSpreadsheet(raw, format)) {
    const chunk = await loadChunk(() => import('./csv.js'), 'spreadsheet (CSV) importer');
    if ('missing' in chunk) return unreadable('csv', chunk.missing);
    const imported = chunk.module.fromCsv(raw instanceof CsvDocument ? raw.text : raw);
    const placeProblem = (problem: Problem): Problem => asRowProblem(problem, imported.placeOf(problem.path));
    return { format: 'csv', document: imported.document, problems: imported.problems, placeProblem };
  }
  if (isTimelineJs(raw, format)) {
    const chunk = await loadChunk(() => import('./timelinejs.js'), 'TimelineJS importer');
    if ('missing' in chunk) return unreadable('timelinejs', chunk.missing);
    const imported = chunk.module.fromTimelineJs(raw);
    // The parser's paths point into the mapped document; the editor knows only the TimelineJS one.
    const placeProblem = (problem: Problem): Problem => ({ ...problem, path: chunk.module.placeInTimelineJs(problem.path, imported.sources) });
    return { format: 'timelinejs', document: imported.document, problems: imported.problems, placeProblem };
  }
  return { format: 'news-timeline', document: raw, problems: [], placeProblem: samePlace };
}

function unreadable(format: ImportedDocument['format'], problem: Problem): ImportedDocument {
  return { format, document: undefined, problems: [problem], placeProblem: samePlace };
}

/**
 * A lazily loaded part, or the problem that says which file is missing when it cannot be loaded,
 * named for whoever hosts the files.
 */
async function loadChunk<T>(load: () => Promise<T>, part: string): Promise<{ module: T } | { missing: Problem }> {
  try {
    return { module: await load() };
  } catch (error) {
    return { missing: { path: '', message: chunkNotLoaded(`The ${part}`, error) } };
  }
}

/**
 * The parser's result with the importer's problems first and every problem in the original's
 * places; a sheet's in the order of its rows.
 */
export function withImportProblems(result: ParseResult, imported: ImportedDocument): ParseResult {
  if (imported.format === 'news-timeline') return result;
  // A document the importer could not use at all is reported by the importer alone.
  if (imported.document === undefined) return { timeline: undefined, problems: imported.problems };
  const problems = [...imported.problems, ...result.problems.map(imported.placeProblem)];
  return { timeline: result.timeline, problems: imported.format === 'csv' ? inSheetOrder(problems) : problems };
}

