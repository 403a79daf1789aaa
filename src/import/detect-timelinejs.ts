import { isObject } from '../parse/fields.js';

/**
 * Whether a document is TimelineJS3's rather than ours: its slides have `start_date` objects,
 * or it has a title slide with text. Ours has `events[].start` strings and never these. Kept
 * apart from the importer so that only pages with TimelineJS documents load the importer.
 */
export function isTimelineJsDocument(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  // Each list read where it is: a copy of both would be a million entries for a large story.
  const slides = [raw.events, raw.eras];
  if (slides.some((list) => Array.isArray(list) && list.some((slide) => isObject(slide) && isObject(slide.start_date)))) return true;
  const title = raw.title;
  return isObject(title) && isObject(title.text) && (typeof title.text.headline === 'string' || typeof title.text.text === 'string');
}
