import type { Problem } from '../model/types.js';

/** Collects problems while the parser walks a document; each is said once, at its path. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(path: string, message: string, skipped?: Problem['skipped']): void {
    this.items.push(skipped === undefined ? { path, message } : { path, message, skipped });
  }

  get count(): number {
    return this.items.length;
  }

  /** Adds to the message of every problem said since `count`, e.g. that a field was left out. */
  appendSince(count: number, words: string): void {
    for (let i = count; i < this.items.length; i++) {
      const problem = this.items[i]!;
      this.items[i] = { ...problem, message: problem.message + words };
    }
  }

  /** Marks every problem said since `count` as the reason an event (or era) was left out, and says so. */
  skipSince(count: number, what: 'event' | 'era' = 'event'): void {
    for (let i = count; i < this.items.length; i++) {
      const problem = this.items[i]!;
      this.items[i] = { ...problem, message: `${problem.message}; ${what} skipped`, skipped: what };
    }
  }
}

/** `events[3].start: "June 2018x" is not a date`, the way an editor reads it. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/**
 * How many events (or sheet rows) were left out: each once, however many problems it had,
 * counted by the place its problems share (`events[3]`, `row 12`).
 */
export function countSkipped(problems: readonly Problem[]): number {
  const places = problems
    .filter((problem) => problem.skipped === 'event' || problem.skipped === 'row')
    .map((problem) => /^(events\[\d+\]|row \d+)/.exec(problem.path)?.[0] ?? problem.path);
  return new Set(places).size;
}

/**
 * A problem the parser or the TimelineJS mapping found in an event or era, said of the
 * spreadsheet row it came from: at the row's place, and "row skipped" where the row was left out.
 */
export function asRowProblem(problem: Problem, path: string, message = problem.message): Problem {
  if (problem.skipped === undefined) return { path, message };
  return { path, message: message.replace(/; (event|era) skipped$/, '; row skipped'), skipped: 'row' };
}

/**
 * What to say of a lazily loaded file that could not be loaded (the bundle hosted without its
 * chunks/ folder): what it is, the engine's reason, what the reader gets instead, what to host.
 */
export function chunkNotLoaded(what: string, error: unknown, instead = ''): string {
  // Chromium and Firefox name the URL that failed in their message; WebKit does not.
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `${what} could not be loaded${detail}${instead}. Host the chunks/ folder beside news-timeline.bundle.js.`;
}

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** A sheet's problems top to bottom, as an editor goes through it (stable within a row). */
export function inSheetOrder(problems: readonly Problem[]): Problem[] {
  const rowOf = (problem: Problem) => Number(/^row (\d+)/.exec(problem.path)?.[1] ?? 0);
  return [...problems].sort((a, b) => rowOf(a) - rowOf(b));
}

/**
 * A value as a problem quotes it: in JSON's quotation marks, cut at 40 UTF-16 units with an
 * ellipsis. A cut through an emoji (a surrogate pair) drops its half, which JSON would show as
 * "\ud83d".
 */
export function quotedValue(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40).replace(/[\uD800-\uDBFF]$/, '')}…` : text);
}
