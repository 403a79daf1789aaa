import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateText, type DateText } from '../../i18n/date-text.js';
import { dateLocale, digitsFor, ENGLISH, loadedLocale, loadLocale, type LocaleData } from '../../i18n/locale.js';
import type { Problem } from '../../model/types.js';

/**
 * The element's language, live: its own `lang`, else the nearest ancestor's, else the page's
 * (`<html lang>`). Dates are in that language at once (the platform writes them); the words
 * come in a chunk, and until then (or if it cannot load) English shows. A MutationObserver on
 * every `lang` of the host's tree (and of `<html>` when that tree is a shadow root) sees a page
 * change its language after load, on whichever ancestor: one may gain or lose a `lang` any
 * time. The host's own `lang` also reaches `resolve()` through its attributeChangedCallback.
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

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Only `lang` changes are delivered: a busy page's other mutations never reach it.
    this.#observer = new MutationObserver(() => this.resolve());
    for (const target of new Set([this.#host.getRootNode(), document])) {
      this.#observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.resolve();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Why the words are English though the language is not: a problem for nt-load to report. */
  get problem(): Problem | undefined {
    return this.data.unavailable === undefined ? undefined : { path: '', message: this.data.unavailable };
  }

  /** Reads the language again (the host's `lang` or `dir` changed, or an ancestor's `lang`). */
  resolve(): void {
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
}
