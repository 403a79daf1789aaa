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

/** A closed set of words from an attribute, falling back to a default on anything else. */
export function oneOf<T extends string, F extends T | undefined>(allowed: readonly T[], fallback: F) {
  return {
    fromAttribute: (value: string | null): T | F => (allowed as readonly (string | null)[]).includes(value) ? (value as T) : fallback,
    toAttribute: (value: T | F) => value,
  };
}

/** A Date, an ISO calendar value or a time value, as `zoomTo` and `start`/`end` take them. */
export type TimeInput = Date | string | number;

export function toTime(value: TimeInput): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  return parseCalendarDate(value).time;
}
