import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { timelineEvent } from '../events.js';

/** The view's range as `nt-range-change` reports it. */
export interface VisibleRange {
  readonly start: Date;
  readonly end: Date;
}

export interface AnnouncementConfig {
  /** The visible window now, or undefined before there is an axis. */
  readonly range: () => VisibleRange | undefined;
  /** What a screen reader hears of a window (its dates and how many events it shows). */
  readonly spoken: (range: VisibleRange) => string;
}

/** The spoken range waits for the view to be still this long. */
const ANNOUNCE_AFTER_MS = 400;

/**
 * What the element says in its aria-live region, and what it reports when the view moves:
 * `nt-range-change` once a frame at most, the spoken range once the view has been still for a
 * moment, so a screen reader is not talked over while the reader pinches.
 */
export class AnnouncementController implements ReactiveController {
  /** The live region's text. */
  text = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether a spoken range is waiting for the view to be still. */
  #rangeWaiting = false;
  #frame: number | undefined;
  /** The range `nt-range-change` last reported. */
  #reported: string | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #config: AnnouncementConfig;

  constructor(host: ReactiveControllerHost & HTMLElement, config: AnnouncementConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  /** Says `text` now (a selection, a filter's count), in place of a spoken range still waiting. */
  say(text: string): void {
    this.hush();
    if (text === this.text) return;
    this.text = text;
    this.#host.requestUpdate();
  }

  /**
   * The view moved. A move that brings an event into view (`revealing`), which was said as it
   * was reached, says no range of its own: in a polite region it would replace, or cut off,
   * the event. It only puts off a range already waiting (a zoom's, whose pan keeps the focused
   * event in view).
   */
  viewMoved(revealing = false): void {
    if (!revealing || this.#rangeWaiting) {
      clearTimeout(this.#timer);
      this.#rangeWaiting = true;
      this.#timer = setTimeout(() => {
        this.#rangeWaiting = false;
        const range = this.#config.range();
        if (range) this.say(this.#config.spoken(range));
      }, ANNOUNCE_AFTER_MS);
    }
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      const range = this.#config.range();
      // A view set again for a new width (a scroll bar come or gone) shows the same range.
      const key = range && `${+range.start} ${+range.end}`;
      if (!range || key === this.#reported) return;
      this.#reported = key;
      this.#host.dispatchEvent(timelineEvent('nt-range-change', range));
    });
  }

  /** Drops a spoken range still waiting (the wheel hint speaks instead). */
  hush(): void {
    clearTimeout(this.#timer);
    this.#rangeWaiting = false;
  }

  hostDisconnected(): void {
    this.hush();
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}
