import type { ParseResult } from '../model/types.js';
import { fromTimelineJs, isTimelineJsDocument } from '../import/timelinejs.js';
import { parseTimeline } from '../parse/parse-timeline.js';

export const FORMATS = ['auto', 'news-timeline', 'timelinejs'] as const;
export type DocumentFormat = (typeof FORMATS)[number];

/** Raw JSON in either format → the timeline model; TimelineJS documents are mapped first. */
export function readDocument(raw: unknown, format: DocumentFormat): ParseResult {
  const asTimelineJs = format === 'timelinejs' || (format === 'auto' && isTimelineJsDocument(raw));
  if (!asTimelineJs) return parseTimeline(raw);
  const imported = fromTimelineJs(raw);
  const parsed = parseTimeline(imported.document);
  return { timeline: parsed.timeline, problems: [...imported.problems, ...parsed.problems] };
}
