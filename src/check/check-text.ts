/**
 * Checks a document given as text — our JSON, TimelineJS JSON or a CSV spreadsheet — with the
 * element's own importers and parser, and says every problem with its place: a JSON path, a
 * sheet's `row N, column "X"`, or `line L, column C` for JSON that does not parse. Shared by the
 * command-line checker (bin/news-timeline.mjs) and the editor page. Pure: no DOM, no network.
 */
import type { ParseResult, Problem } from '../model/types.js';
import { CsvDocument } from '../import/csv-document.js';
import { importDocument, withImportProblems, type DocumentFormat } from '../import/import-document.js';
import { parseJson, type JsonSyntaxError } from '../parse/json-syntax.js';
import { TimelineParser } from '../parse/parse-timeline.js';
import { countSkipped } from '../parse/problems.js';

export const SCHEMA_URL = 'https://unpkg.com/news-timeline/data/timeline.schema.json';

/** A problem that skips an event or a sheet's row is an error; one that skips nothing, a warning. */
export type Severity = 'error' | 'warning';

export interface CheckedProblem extends Problem {
  readonly severity: Severity;
  /** Where a JSON syntax error is, for putting a cursor there. */
  readonly syntax?: JsonSyntaxError;
}

export interface CheckReport {
  /** What the text was read as. */
  readonly format: Exclude<DocumentFormat, 'auto'>;
  /** Whether a timeline can be drawn from it at all. */
  readonly usable: boolean;
  readonly events: number;
  readonly skipped: number;
  readonly problems: readonly CheckedProblem[];
  /** The document in our JSON format (what `convert` writes); undefined when there is none. */
  readonly document: unknown;
  /** The parser's result, for a preview. */
  readonly result: ParseResult;
}

/** A spreadsheet, unless the text opens like JSON. */
export function looksLikeCsv(text: string): boolean {
  return !/^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
}

export async function checkText(text: string, format: DocumentFormat = 'auto'): Promise<CheckReport> {
  const isCsv = format === 'csv' || (format === 'auto' && looksLikeCsv(text));
  let raw: unknown;
  if (isCsv) {
    raw = new CsvDocument(text);
  } else {
    const parsed = parseJson(text.replace(/^\uFEFF/, ''));
    if ('error' in parsed) return syntaxReport(parsed.error, format);
    raw = parsed.value;
  }
  const imported = await importDocument(raw, isCsv ? 'csv' : format);
  const result = withImportProblems(new TimelineParser(imported.document).result(), imported);
  const problems = result.problems.map(
    (problem): CheckedProblem => ({
      ...problem,
      severity: !result.timeline || problem.skipped !== undefined ? 'error' : 'warning',
    }),
  );
  return {
    format: imported.format,
    usable: result.timeline !== undefined,
    events: result.timeline?.events.length ?? 0,
    skipped: countSkipped(problems),
    problems,
    document: imported.document,
    result,
  };
}

function syntaxReport(error: JsonSyntaxError, format: DocumentFormat): CheckReport {
  const problem: CheckedProblem = {
    path: `line ${error.line}, column ${error.column}`,
    message: `not valid JSON: ${error.message}`,
    severity: 'error',
    syntax: error,
  };
  return {
    format: format === 'auto' || format === 'csv' ? 'news-timeline' : format,
    usable: false,
    events: 0,
    skipped: 0,
    problems: [problem],
    document: undefined,
    result: { timeline: undefined, problems: [problem] },
  };
}

/** Our JSON with `$schema` first, for editors that offer help from the schema. */
export function withSchema(document: unknown): unknown {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  const { $schema: _ignored, ...rest } = document as Record<string, unknown>;
  return { $schema: SCHEMA_URL, ...rest };
}

/** `10 events, 1 skipped, 2 warnings (CSV spreadsheet)`: one line for a person. */
export function summarize(report: CheckReport): string {
  const kind = { 'news-timeline': 'news-timeline JSON', timelinejs: 'TimelineJS JSON', csv: 'CSV spreadsheet' }[report.format];
  if (!report.usable) {
    const reason = report.problems.at(-1)?.message ?? 'it cannot be read';
    return `cannot be used (${kind}): ${reason}`;
  }
  const warnings = report.problems.filter((p) => p.severity === 'warning').length;
  const errors = report.problems.length - warnings;
  const parts = [
    plural(report.events, 'event'),
    `${report.skipped} skipped`,
    ...(errors > 0 ? [plural(errors, 'error')] : []),
    plural(warnings, 'warning'),
  ];
  return `${parts.join(', ')} (${kind})`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
