/**
 * `news-timeline/parse`: the pure half of the package, for scripts, servers and build steps.
 * Reads a story in any format the element accepts and says what is wrong with it, exactly as
 * the element would, without a DOM and without registering <news-timeline>.
 *
 * ```js
 * import { checkText, formatProblem } from 'news-timeline/parse';
 * const report = await checkText(await readFile('story.csv', 'utf8'));
 * for (const problem of report.problems) console.log(formatProblem(problem));
 * ```
 */
export { checkText, summarize, type CheckReport, type CheckedProblem, type Severity } from './check/check-text.js';
export { parseTimeline, type ParseOptions } from './parse/parse-timeline.js';
export { formatProblem } from './parse/problems.js';
export type * from './model/types.js';
