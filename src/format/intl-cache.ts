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

const cache = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    const fixed = { ...options, timeZone: 'UTC', calendar: 'gregory' } as const;
    try {
      format = new Intl.DateTimeFormat(locale, fixed);
    } catch {
      // A tag the engine refuses (the page's `lang` is free text) falls back to English.
      format = new Intl.DateTimeFormat('en', fixed);
    }
    cache.set(key, format);
  }
  return format;
}
