import { parseCalendarDate } from '../model/calendar-date.js';

/** The element's attributes that take one word of a closed set, and the values its methods take. */

export const LAYOUTS = ['auto', 'horizontal', 'vertical'] as const;
export type Layout = (typeof LAYOUTS)[number];
/** Below this width, layout="auto" shows the vertical, page-scrolling view phones expect (and popovers are bottom sheets). */
export const NARROW = 600;
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const LOADINGS = ['eager', 'lazy'] as const;
export type Loading = (typeof LOADINGS)[number];

/**
 * A closed set of words from an attribute, falling back to a default on anything else: a word
 * not in the set is said in the console, as a page author would otherwise never learn of it.
 */
export function oneOf<T extends string, F extends T | undefined>(name: string, allowed: readonly T[], fallback: F) {
  return {
    fromAttribute: (value: string | null): T | F => {
      // In any case, as HTML reads its own enumerated attributes (dir="RTL").
      const word = value?.toLowerCase() as T;
      if (allowed.includes(word)) return word;
      if (value !== null) console.warn(`<news-timeline ${name}="${value}">: ${name} is one of ${allowed.join(', ')}; ${fallback ?? 'none'} is used`);
      return fallback;
    },
    toAttribute: (value: T | F) => value,
  };
}

/** A Date, an ISO calendar value or a time value, as `zoomTo` and `start`/`end` take them. */
export type TimeInput = Date | string | number;

/**
 * The window from the start of `start` to the end of `end`, in either order: an ISO string names
 * its whole period, as the `start` and `end` attributes do ("2019-04" ends with April); a Date or
 * a number is an instant. `timeSpan('2019', '2019-03')` ends with March, not with 2019.
 */
export function timeSpan(start: TimeInput, end: TimeInput): [number, number] {
  const [first, last] = [periodOf(start), periodOf(end)].sort((a, b) => a[0] - b[0]);
  return [first![0], last![1]];
}

function periodOf(value: TimeInput): [start: number, end: number] {
  if (typeof value !== 'string') return [+value, +value];
  const date = parseCalendarDate(value);
  return [date.time, date.periodEnd];
}
