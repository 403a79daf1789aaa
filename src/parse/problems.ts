import type { Problem } from '../model/types.js';

/** Collects problems while the parser walks a document; each is said once, at its path. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(path: string, message: string): void {
    this.items.push({ path, message });
  }

  get count(): number {
    return this.items.length;
  }

  /** Adds to the message of every problem said since `count`, e.g. that the event was skipped. */
  appendSince(count: number, words: string): void {
    for (let i = count; i < this.items.length; i++) {
      const problem = this.items[i]!;
      this.items[i] = { ...problem, message: problem.message + words };
    }
  }
}

/** `events[3].start: "June 2018x" is not a date`, the way an editor reads it. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}
