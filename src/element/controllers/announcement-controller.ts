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
  /** Something was just said: the moves that follow it (a selection's reveal) do not talk over it. */
  #holding = false;
  #frame: number | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #config: AnnouncementConfig;

  constructor(host: ReactiveControllerHost & HTMLElement, config: AnnouncementConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  /**
   * Says `text` now (a selection, a filter's count). A spoken range still waiting is dropped, and
   * so is the range of the moves that go on from here until the view is still (a selection's
   * reveal): in a polite region it would replace, or cut off, what was just said.
   */
  say(text: string): void {
    this.#holding = true;
    this.#whenStill(() => (this.#holding = false));
    this.#speak(text);
  }

  /** The view moved. */
  viewMoved(): void {
    if (this.#holding) this.#whenStill(() => (this.#holding = false));
    else
      this.#whenStill(() => {
        const range = this.#config.range();
        if (range) this.#speak(this.#config.spoken(range));
      });
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      const range = this.#config.range();
      if (range) this.#host.dispatchEvent(timelineEvent('nt-range-change', range));
    });
  }

  #speak(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.#host.requestUpdate();
  }

  /** Runs `then` once the view has been still for a moment, in place of what was waiting. */
  #whenStill(then: () => void): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(then, ANNOUNCE_AFTER_MS);
  }

  /** Drops a spoken range still waiting (the wheel hint speaks instead). */
  hush(): void {
    clearTimeout(this.#timer);
    this.#holding = false;
  }

  hostDisconnected(): void {
    this.hush();
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}
