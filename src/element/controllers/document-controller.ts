import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ParseResult, Problem } from '../../model/types.js';
import { CsvDocument, opensLikeSheet } from '../../import/csv-document.js';
import { countSkipped } from '../../parse/problems.js';
import { DEFAULT_TIMEOUT_MS, fetchDocument, jsonValue, LoadError, notJsonError } from '../load-source.js';
import { isLargeDocument, needsImport, readDocument, readDocumentInSlices, type DocumentFormat } from '../read-document.js';
import { loadDetail, timelineEvent, type ErrorDetail } from '../events.js';
import { logProblems } from '../problem-report.js';

export interface DocumentConfig {
  /** The `data` property: the document as an object (or CSV text), first in line. */
  readonly data: () => unknown;
  readonly src: () => string | undefined;
  readonly format: () => DocumentFormat;
  /** The `timeout` attribute, in milliseconds (anything but a positive number: the default). */
  readonly timeout: () => number;
  /** Whether the document may be fetched and read yet (loading="lazy" waits for the viewport). */
  readonly mayLoad: () => boolean;
  /** A new document was read (or none is shown any more): the host derives what it draws from it. */
  readonly onResult: (result: ParseResult | undefined) => void;
  /** Whether the host is ready to announce a drawn document (its words have arrived). */
  readonly readyToReport: () => boolean;
  /** Problems that are not the document's but belong in its nt-load (a language's missing words). */
  readonly otherProblems: () => readonly Problem[];
}

/** Inline text that is not JSON, while the error saying where it breaks is made (a chunk may load). */
const LOCATING = Symbol('locating the JSON error');

/** What a load ended in: a parsed document (perhaps with no timeline), a load failure, or nothing yet. */
export type Outcome = ParseResult | Error | undefined;

/**
 * The document: `data`, an inline `<script type="application/json">` (or `text/csv`) child,
 * or `src` fetched by a @lit/task (a newer request aborts the older); read at once, or in
 * slices between frames for large and imported documents; its outcome reported as `nt-error`
 * (before render, so a page that cancels it never sees the built-in alert) or `nt-load`
 * (after render, so listeners find the events drawn). Also what contains a crash: the host's
 * failed update lands here as an `internal` nt-error.
 */
export class DocumentController implements ReactiveController {
  /** The last document read; undefined while loading, reading or after a failure. */
  result: ParseResult | undefined;
  /** Whether the page cancelled nt-error (it shows its fallback alone). */
  errorHandled = false;
  /** What went wrong inside an update; the host then draws only what cannot fault again. */
  crashed: Error | undefined;
  #inline: unknown;
  #reading: AbortController | undefined;
  /**
   * Set for the first 100 ms of reading a document given as `data` or inline while the fallback
   * shows: a read that ends within them shows no loading state, and the story simply appears,
   * without a skeleton's flash (a tenth of a second reads as at once). One that came from `src`
   * keeps the loading state its request showed, and one that replaces a story shows it at once.
   */
  #quietRead: ReturnType<typeof setTimeout> | undefined;
  #lastRaw: unknown;
  /** The inline script's text last read. */
  #inlineText: string | undefined;
  /** `data` last given as text, and what it was read as. */
  #dataText: string | undefined;
  #dataRead: unknown;
  #lastReported: Outcome;
  /** What the last request asked for, so the same is not asked again. */
  #requested: string | undefined;

  readonly #task: Task<readonly [string, number, DocumentFormat], unknown>;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #config: DocumentConfig;

  constructor(host: ReactiveControllerHost & HTMLElement, config: DocumentConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
    this.#task = new Task<readonly [string, number, DocumentFormat], unknown>(host, {
      task: async ([src, timeout, format], { signal }) => {
        try {
          return await fetchDocument(src, signal, timeout, format);
        } catch (error) {
          // Aborted by a newer src or by leaving the page: not a failure, just no result.
          if (signal.aborted) return initialState;
          throw error;
        }
      },
      // Run from `update()`, only when there is a src to fetch: a document given inline costs
      // no update for a request never made.
      autoRun: false,
    });
  }

  hostConnected(): void {
    this.#readInline();
  }

  hostDisconnected(): void {
    // A large document being read is read again on reconnect (the raw document is kept). One
    // read already is kept: an element moved in the page reports no second nt-load.
    if (this.#reading) this.#lastRaw = undefined;
    this.#stopReading();
    // The request of a removed element is abandoned (and asked again on reconnect): @lit/task
    // aborts only on its next run, so abort now.
    if (this.#task.status === TaskStatus.PENDING) this.#requested = undefined;
    this.#task.abort();
  }

  /** Inline JSON that arrives after the element (an async script, a CMS filling the page in). */
  readonly onSlotChange = () => {
    if (this.#inline === undefined) this.#readInline();
  };

  /**
   * Inline `<script type="application/json">`, `text/csv` or `text/tab-separated-values`: no
   * request, what a CMS embed wants. The selector matches the type in any case, as HTML does.
   */
  #readInline(): void {
    const script = this.#host.querySelector<HTMLScriptElement>(
      ':scope>script:is([type="application/json"],[type="text/csv"],[type="text/tab-separated-values"])',
    );
    if (!script) return;
    // Without a byte-order mark, as a file from src is read (a CMS may paste one in).
    const text = (script.textContent ?? '').replace(/^\uFEFF/, '');
    // Read once: reconnecting (the element moved) with the same text changes nothing.
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    const json = /json/i.test(script.type) ? jsonValue(text) : { value: CsvDocument.fromInline(text) };
    this.#inline = json ? json.value : LOCATING;
    if (!json) {
      void notJsonError(text, 'The inline timeline data').then((error) => {
        if (this.#inline !== LOCATING) return;
        this.#inline = error;
        this.#host.requestUpdate();
      });
    }
    this.#host.requestUpdate();
  }

  /** Whether a request or a slow read is under way (the loading state shows). */
  get busy(): boolean {
    return this.#request === TaskStatus.PENDING || (this.#reading && !this.#quietRead) || this.#inline === LOCATING;
  }

  /**
   * Called from the host's willUpdate: starts the request `src` asks for, reads the document
   * when it changed (`again`: the same object given anew, or a new format), and reports a
   * failure before it is drawn.
   */
  update(again: boolean): void {
    this.#startRequest();
    const raw = this.#raw;
    if (again || raw !== this.#lastRaw) {
      this.#lastRaw = raw;
      this.#stopReading();
      if (raw === undefined || raw instanceof LoadError) this.#use(undefined);
      else if (isLargeDocument(raw) || needsImport(raw, this.#config.format())) this.#readInSlices(raw);
      else this.#use(readDocument(raw, { baseUrl: this.#base() }));
    }
    this.#reportFailure();
  }

  #use(result: ParseResult | undefined): void {
    this.result = result;
    this.#config.onResult(result);
  }

  /** The `src` to fetch: none when `data` or inline data is given, or while loading="lazy" waits. */
  get #srcToLoad(): string | undefined {
    return this.#config.data() === undefined && this.#inline === undefined && this.#config.mayLoad() ? this.#config.src() || undefined : undefined;
  }

  /** The request's state, for the `src` asked for now. */
  get #request(): TaskStatus {
    return this.#srcToLoad ? this.#task.status : TaskStatus.INITIAL;
  }

  /** Starts the request `src` asks for when it changed (a newer one aborts the older); abandons one no longer wanted. */
  #startRequest(): void {
    // A removed element asks for nothing (an update may still reach it: its aborted request's own).
    if (!this.#host.isConnected) return;
    const src = this.#srcToLoad;
    const given = this.#config.timeout();
    const timeout = Number.isFinite(given) && given > 0 ? given : DEFAULT_TIMEOUT_MS;
    const format = this.#config.format();
    const key = src && `${src}\u0000${timeout}\u0000${format}`;
    if (key === this.#requested) return;
    this.#requested = key;
    if (src) void this.#task.run([src, timeout, format]);
    else if (this.#task.status === TaskStatus.PENDING) this.#task.abort();
  }

  get #raw(): unknown {
    if (!this.#config.mayLoad()) return undefined;
    const data = this.#config.data();
    if (typeof data === 'string' && this.#config.format() !== 'csv') return this.#fromText(data);
    if (data !== undefined) return data;
    if (this.#inline !== undefined) return this.#inline === LOCATING ? undefined : this.#inline;
    return this.#request === TaskStatus.COMPLETE ? this.#task.value : undefined;
  }

  /**
   * `data` given as text (a response's body): JSON where it reads as JSON, a sheet where it
   * opens like one, else the text (which the parser reports); read once per text.
   */
  #fromText(text: string): unknown {
    if (text !== this.#dataText) {
      this.#dataText = text;
      this.#dataRead = jsonValue(text)?.value ?? (opensLikeSheet(text) ? new CsvDocument(text) : text);
    }
    return this.#dataRead;
  }

  /**
   * A large or TimelineJS document is read between frames; the loading state shows meanwhile
   * (see #quietRead).
   */
  #readInSlices(raw: unknown): void {
    // Quiet only while the fallback is what shows: not after a request's skeleton, nor over a story.
    if (!this.#srcToLoad && !this.result) {
      this.#quietRead = setTimeout(() => {
        this.#quietRead = undefined;
        this.#host.requestUpdate();
      }, 100);
    }
    this.#use(undefined);
    const reading = new AbortController();
    this.#reading = reading;
    void readDocumentInSlices(raw, this.#config.format(), reading.signal, { baseUrl: this.#base() }).then((result) => {
      if (reading.signal.aborted || !result) return;
      this.#stopReading();
      this.#use(result);
      this.#host.requestUpdate();
    });
  }

  /** Ends the read under way, if any (aborting one that is done changes nothing), and its timer. */
  #stopReading(): void {
    this.#reading?.abort();
    this.#reading = undefined;
    clearTimeout(this.#quietRead);
    this.#quietRead = undefined;
  }

  /** What relative media addresses resolve against: the document's own URL when it came from `src`, else the page's. */
  #base(): string {
    const src = this.#config.data() === undefined && this.#inline === undefined && this.#config.src();
    try {
      return src ? new URL(src, document.baseURI).href : document.baseURI;
    } catch {
      return document.baseURI;
    }
  }

  outcome(): Outcome {
    if (this.result) return this.result;
    const raw = this.#raw;
    if (raw instanceof LoadError) return raw;
    if (this.#request === TaskStatus.ERROR) {
      const error = this.#task.error;
      return error instanceof Error ? error : new LoadError('network', String(error));
    }
    return undefined;
  }

  /**
   * A failure is reported before render, so a page that cancels nt-error never shows the
   * built-in alert, not even for a frame.
   */
  #reportFailure(): void {
    const outcome = this.outcome();
    if (outcome === undefined || outcome === this.#lastReported) return;
    if (outcome instanceof Error) {
      this.#lastReported = outcome;
      this.#fireError(outcome instanceof LoadError ? outcome.failure : 'network', outcome.message, []);
    } else if (!outcome.timeline) {
      this.#lastReported = outcome;
      logProblems({ problems: outcome.problems, shown: undefined, skipped: countSkipped(outcome.problems) });
      const message = outcome.problems.at(-1)?.message ?? 'The timeline could not be read.';
      this.#fireError('invalid', message, outcome.problems, { logged: true });
    }
  }

  /** Success is reported after render (the host calls this from `updated`), so listeners find the events drawn. Returns whether it reported. */
  reportLoad(): boolean {
    const outcome = this.outcome();
    if (outcome === undefined || outcome === this.#lastReported || outcome instanceof Error || !outcome.timeline) return false;
    if (!this.#config.readyToReport()) return false;
    this.#lastReported = outcome;
    const shown = outcome.timeline.events.length;
    const skipped = countSkipped(outcome.problems);
    const problems = [...outcome.problems, ...this.#config.otherProblems()];
    this.#host.dispatchEvent(timelineEvent('nt-load', loadDetail(shown, skipped, problems)));
    logProblems({ problems: outcome.problems, shown, skipped });
    return true;
  }

  /** Whatever goes wrong inside an update stays inside the element: its error state and an nt-error. */
  crash(error: unknown): void {
    if (this.crashed) return;
    this.crashed = error instanceof Error ? error : new Error(String(error));
    // With its cause and stack: the page's developers have nothing else to go on.
    const message = 'The timeline could not be drawn.';
    console.error(`<${this.#host.localName}>: ${message}`, this.crashed);
    this.#fireError('internal', message, [], { logged: true });
    this.#host.requestUpdate();
  }

  #fireError(reason: ErrorDetail['reason'], message: string, problems: readonly Problem[], { logged = false } = {}): void {
    const event = timelineEvent('nt-error', { reason, message, problems }, { cancelable: true });
    // Readers see a short message; the page's developers find the reason here (unless the
    // problems were just logged as a group) and in the event.
    if (!logged) console.warn(`<${this.#host.localName}>: ${message}`);
    const handled = !this.#host.dispatchEvent(event);
    if (handled !== this.errorHandled) {
      this.errorHandled = handled;
      this.#host.requestUpdate();
    }
  }
}
