import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import type { Messages } from './strings.js';

/**
 * The languages the element speaks, each loaded only when a page uses it: its date-fns locale
 * and its messages arrive in one chunk, so an English page pays for neither.
 */

export interface LocaleData {
  /** The BCP 47 tag that was matched, e.g. "fr" for a page in "fr-CA". */
  readonly tag: string;
  readonly dateLocale: Locale;
  readonly messages: Messages;
}

export const ENGLISH: LocaleData = { tag: 'en', dateLocale: enUS, messages: {} };

type Loader = () => Promise<LocaleData>;

// Each import names its module literally, so bundlers split every language into its own chunk.
const LOADERS: Record<string, Loader> = {
  'en-GB': async () => ({ tag: 'en-GB', dateLocale: (await import('date-fns/locale/en-GB')).enGB, messages: {} }),
  fr: async () => ({
    tag: 'fr',
    dateLocale: (await import('date-fns/locale/fr')).fr,
    messages: (await import('./messages/fr.js')).messages,
  }),
  de: async () => ({
    tag: 'de',
    dateLocale: (await import('date-fns/locale/de')).de,
    messages: (await import('./messages/de.js')).messages,
  }),
  es: async () => ({
    tag: 'es',
    dateLocale: (await import('date-fns/locale/es')).es,
    messages: (await import('./messages/es.js')).messages,
  }),
  ar: async () => ({
    tag: 'ar',
    dateLocale: (await import('date-fns/locale/ar')).ar,
    messages: (await import('./messages/ar.js')).messages,
  }),
  fa: async () => ({
    tag: 'fa',
    dateLocale: (await import('date-fns/locale/fa-IR')).faIR,
    messages: (await import('./messages/fa.js')).messages,
  }),
  ko: async () => ({
    tag: 'ko',
    dateLocale: (await import('date-fns/locale/ko')).ko,
    messages: (await import('./messages/ko.js')).messages,
  }),
  ja: async () => ({
    tag: 'ja',
    dateLocale: (await import('date-fns/locale/ja')).ja,
    messages: (await import('./messages/ja.js')).messages,
  }),
  zh: async () => ({
    tag: 'zh',
    dateLocale: (await import('date-fns/locale/zh-CN')).zhCN,
    messages: (await import('./messages/zh.js')).messages,
  }),
  'zh-TW': async () => ({
    tag: 'zh-TW',
    dateLocale: (await import('date-fns/locale/zh-TW')).zhTW,
    messages: (await import('./messages/zh.js')).messages,
  }),
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

// Loaded locales are immutable modules; keeping the promise means each is fetched once per page.
const loaded = new Map<string, Promise<LocaleData>>();

export function loadLocale(lang: string): Promise<LocaleData> {
  const tag = matchLocale(lang);
  const loader = LOADERS[tag];
  if (!loader) return Promise.resolve(ENGLISH);
  let promise = loaded.get(tag);
  if (!promise) {
    promise = loader().catch(() => ENGLISH);
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
