import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../model/types.js';
import { formatProblem } from '../parse/problems.js';

/**
 * What editors see of a document's problems: one collapsed console group per load, and with
 * the `debug` attribute the same list inside the element. The console is for developers and
 * speaks English, like the problem messages; the notice's heading follows the element's language.
 */

/** What one load left for an editor to fix, and what it cost. */
export interface ProblemSummary {
  readonly problems: readonly Problem[];
  /** Events shown; undefined when the document could not be shown at all. */
  readonly shown: number | undefined;
  readonly skipped: number;
}

/** The console methods used, so a test can stand in for the console. */
export type ProblemConsole = Pick<Console, 'groupCollapsed' | 'groupEnd' | 'warn'>;

// Every line starts with the element's name (a reader filtering the console by warnings sees
// where each comes from); data only ever fills a %s, never the format string itself.
const LINE = 'news-timeline: %s';

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "3 problems in the timeline data: 5 events shown, 2 skipped." */
export function problemHeadline({ problems, shown, skipped }: ProblemSummary): string {
  const outcome = shown === undefined ? 'nothing could be shown' : `${count(shown, 'event')} shown, ${skipped} skipped`;
  return `${count(problems.length, 'problem')} in the timeline data: ${outcome}.`;
}

/** Logs a load's problems as one collapsed group: the counts, then each path and message. */
export function logProblems(summary: ProblemSummary, target: ProblemConsole = console): void {
  if (summary.problems.length === 0) return;
  target.groupCollapsed(LINE, problemHeadline(summary));
  for (const problem of summary.problems) target.warn(LINE, formatProblem(problem));
  target.groupEnd();
}

/** The `debug` notice: a translated heading, then every problem as plain text. */
export function renderProblemNotice(problems: readonly Problem[], heading: string): TemplateResult {
  // Focusable, as a long list scrolls in its strip (keyboard users scroll it too).
  return html`<div class="problems" part="problems" role="note" aria-label=${heading} tabindex="0">
    <p class="problems-heading">${heading}</p>
    ${problems.length > 0 ? html`<ul class="problems-list">${problems.map((p) => html`<li>${formatProblem(p)}</li>`)}</ul>` : nothing}
  </div>`;
}
