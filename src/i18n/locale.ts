import type { Messages } from './strings.js';
import { chunkNotLoaded } from '../parse/problems.js';

/**
 * The languages the element speaks. Dates need nothing loaded: the platform's `Intl` writes
 * them in every language (see `dateLocale`). The element's own words come in one chunk per
 * language, loaded only when a page uses it, so an English page pays for none of them.
 */

export interface LocaleData {
  /** The BCP 47 tag that was matched, e.g. "fr" for a page in "fr-CA". */
  readonly tag: string;
  readonly messages: Messages;
  /** Set when the language's words could not be loaded (English stands in): what was said on the console. */
  readonly unavailable?: string;
}

export const ENGLISH: LocaleData = { tag: 'en', messages: {} };

type Loader = () => Promise<{ messages: Messages }>;

// Each import names its module literally, so bundlers split every language into its own chunk.
const LOADERS: Record<string, Loader> = {
  fr: () => import('./messages/fr.js'),
  de: () => import('./messages/de.js'),
  es: () => import('./messages/es.js'),
  ar: () => import('./messages/ar.js'),
  fa: () => import('./messages/fa.js'),
  ko: () => import('./messages/ko.js'),
  ja: () => import('./messages/ja.js'),
  zh: () => import('./messages/zh.js'),
  'zh-TW': () => import('./messages/zh-TW.js'),
};

/** The supported tag for a page's language: "fr-CA" → "fr", "zh-Hant-TW" → "zh-TW", "xx" → "en". */
export function matchLocale(lang: string): string {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(lang.trim() || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
  if (canonical in LOADERS) return canonical;
  const locale = new Intl.Locale(canonical);
  if (locale.language === 'zh' && (locale.script === 'Hant' || ['TW', 'HK', 'MO'].includes(locale.region ?? ''))) {
    return 'zh-TW';
  }
  return locale.language in LOADERS ? locale.language : 'en';
}

/**
 * The tag dates are written in: the page's own, so "fr-CA", "en-GB" and "zh-Hant-HK" get their
 * regional forms, when the element speaks its language; else English, like the element's words.
 */
export function dateLocale(lang: string): string {
  try {
    const canonical = Intl.getCanonicalLocales(lang.trim() || 'en')[0] ?? 'en';
    return new Intl.Locale(canonical).language === 'en' || matchLocale(canonical) !== 'en' ? canonical : 'en';
  } catch {
    return 'en';
  }
}

// Loaded locales are immutable modules; keeping the promise means each is fetched once per page.
const loaded = new Map<string, Promise<LocaleData>>();
// What each of those promises gave, once it has: an element in a language already here needs no wait.
const settled = new Map<string, LocaleData>();

/** The words for `lang` if they need no wait (English, or a language already loaded or found missing). */
export function loadedLocale(lang: string): LocaleData | undefined {
  const tag = matchLocale(lang);
  return LOADERS[tag] ? settled.get(tag) : ENGLISH;
}

export function loadLocale(lang: string): Promise<LocaleData> {
  const tag = matchLocale(lang);
  const loader = LOADERS[tag];
  if (!loader) return Promise.resolve(ENGLISH);
  let promise = loaded.get(tag);
  if (!promise) {
    promise = loader().then(
      ({ messages }) => ({ tag, messages }),
      (error: unknown): LocaleData => {
        // Said once per page: the promise is kept, so every later element in this language reuses it.
        const unavailable = chunkNotLoaded(`The words in "${tag}"`, error, "; they are shown in English, with dates in the page's language");
        console.warn(`news-timeline: the ${unavailable.slice(4)}`);
        return { ...ENGLISH, unavailable };
      },
    ).then((data) => {
      settled.set(tag, data);
      return data;
    });
    loaded.set(tag, promise);
  }
  return promise;
}

/**
 * Digits in the locale's own numbering system where it has one (Persian ۱۴۰۲, Arabic ١٤٤٥);
 * Latin digits stay as they are.
 */
export function digitsFor(lang: string): (text: string) => string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(lang, { useGrouping: false });
  } catch {
    return (text) => text;
  }
  if (format.resolvedOptions().numberingSystem === 'latn') return (text) => text;
  const digits = Array.from({ length: 10 }, (_, d) => format.format(d));
  return (text) => text.replace(/[0-9]/g, (d) => digits[Number(d)]!);
}
