import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateText, type DateText } from '../../i18n/date-text.js';
import { dateLocale, digitsFor, ENGLISH, loadedLocale, loadLocale, type LocaleData } from '../../i18n/locale.js';
import type { Problem } from '../../model/types.js';

/** The element, then the host of each shadow root it sits in, out to the document's tree. */
function* hostsOut(element: Element): Generator<Element> {
  for (let at: Element | undefined = element; at; at = (at.getRootNode() as Partial<ShadowRoot>).host) yield at;
}

/**
 * The element's language, live: its own `lang`, else the nearest ancestor's, else the page's
 * (`<html lang>`). Dates are in that language at once (the platform writes them); the words
 * come in a chunk, and until then (or if it cannot load) English shows. The nearest ancestor
 * may be outside a shadow root the element is in (a framework's component): the search goes on
 * from its host, as the platform's :lang() does. A MutationObserver on every `lang` of the host's
 * tree and of each tree around it, out to the document, sees a page change its language after
 * load, on whichever ancestor: one may gain or lose a `lang` any time. The host's own `lang`
 * also reaches `resolve()` through its attributeChangedCallback.
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
    for (const target of new Set([...hostsOut(this.#host)].map((at) => at.getRootNode()).concat(document))) {
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
    let lang: string | undefined;
    // The platform's :lang() crosses shadow roots to their hosts: so does the element.
    for (const at of hostsOut(host)) if ((lang = at.closest('[lang]')?.getAttribute('lang') ?? undefined) !== undefined) break;
    lang ||= document.documentElement.lang || 'en';
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
