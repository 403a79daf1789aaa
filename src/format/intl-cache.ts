/**
 * `Intl.DateTimeFormat`s, built once per locale and options: building one costs far more than
 * formatting with it, and a zoom frame formats every tick label again.
 *
 * Every formatter reads its value in UTC (date-only values are UTC midnights, and times are
 * handed in as their wall clock read as UTC, so nothing shifts with the reader's time zone) and
 * in the Gregorian calendar the data is written in: a year or a month of ISO 8601 is not a
 * year or month of the Persian or Islamic calendars that some locales default to, so writing
 * "2018" as a Solar Hijri year would change what the data says.
 */

/**
 * The cache lives as long as the page, and a page may name any number of languages (`lang` is
 * free text): it keeps the formatters used last, and forgets the longest unused beyond this.
 */
export const FORMATS_KEPT = 128;

const cache = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  // A Map keeps insertion order: moving a used entry to the end keeps the oldest first.
  if (format) cache.delete(key);
  else {
    if (cache.size >= FORMATS_KEPT) cache.delete(cache.keys().next().value!);
    const fixed = { ...options, timeZone: 'UTC', calendar: 'gregory' } as const;
    try {
      format = new Intl.DateTimeFormat(locale, fixed);
    } catch {
      // A tag the engine refuses (the page's `lang` is free text) falls back to English.
      format = new Intl.DateTimeFormat('en', fixed);
    }
  }
  cache.set(key, format);
  return format;
}
