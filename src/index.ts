/**
 * The package entry: registers <news-timeline> and exports its class and types. To register
 * under another tag without side effects, import `news-timeline/news-timeline.js` instead.
 */
import './define.js';

export { defineNewsTimeline } from './define.js';
export { NewsTimeline, LAYOUTS, LOADINGS, THEMES, type Layout, type Loading, type Theme, type TimeInput } from './news-timeline.js';
export type * from './element/events.js';
export type { Messages, TimelineStrings } from './i18n/strings.js';
export type * from './model/types.js';
export { parseTimeline } from './parse/parse-timeline.js';
export { formatProblem } from './parse/problems.js';
