import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateText, type DateText } from '../../i18n/date-text.js';
import { dateLocale, digitsFor, ENGLISH, loadedLocale, loadLocale, type LocaleData } from '../../i18n/locale.js';
import type { Problem } from '../../model/types.js';

/**
 * The element's language, live: its own `lang`, else the nearest ancestor's, else the page's
 * (`<html lang>`). Dates are in that language at once (the platform writes them); the words
 * come in a chunk, and until then (or if it cannot load) English shows. A MutationObserver on
 * the nearest ancestor with a `lang` and on `<html>` sees a page change its language after
 * load; the host's own `lang` reaches `resolve()` through its attributeChangedCallback.
 */
export class LocaleController implements ReactiveController {
  /** Dates, ticks and digits in the element's language. */
  dates: DateText = dateText('en', (text) => text);
  /** The element's words in its language, English until (or unless) they arrive. */
  data: LocaleData = ENGLISH;
  /** Whether the words of the current language have arrived or are known to be missing. */
  settled = true;
  #lang: string | undefined;
  #observer: MutationObserver | undefined;
  readonly #watched: Element[] = [];

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#watched.length = 0;
  }

  /** Why the words are English though the language is not: a problem for nt-load to report. */
  get problem(): Problem | undefined {
    return this.data.unavailable === undefined ? undefined : { path: '', message: this.data.unavailable };
  }

  /** Reads the language again (the host's `lang` or `dir` changed, or an ancestor's `lang`). */
  resolve(): void {
    this.#watch();
    const host = this.#host;
    const lang = host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    if (lang === this.#lang) return;
    this.#lang = lang;
    const locale = dateLocale(lang);
    this.dates = dateText(locale, digitsFor(locale));
    const known = loadedLocale(lang);
    this.data = known ?? this.data;
    this.settled = known !== undefined;
    host.requestUpdate();
    if (known) return;
    void loadLocale(lang).then((data) => {
      if (this.#lang !== lang) return;
      this.data = data;
      this.settled = true;
      host.requestUpdate();
    });
  }

  /** Observes the `lang` of the nearest ancestor that has one and of `<html>`. */
  #watch(): void {
    if (!this.#host.isConnected) return;
    const targets = [this.#host.parentElement?.closest('[lang]'), document.documentElement].filter(
      (target, i, all): target is Element => target != null && all.indexOf(target) === i,
    );
    if (this.#observer && targets.length === this.#watched.length && targets.every((t, i) => t === this.#watched[i])) return;
    this.#observer?.disconnect();
    this.#observer = new MutationObserver(() => this.resolve());
    for (const target of targets) this.#observer.observe(target, { attributes: true, attributeFilter: ['lang'] });
    this.#watched.splice(0, this.#watched.length, ...targets);
  }
}
