import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { placePopover } from './place-popover.js';

/**
 * Keeps the open popover next to its event and inside the viewport (src/element/place-popover.ts),
 * placed again when the page scrolls or resizes, when the popover's content changes size, and
 * after each update of the element (zoom and pan move the event). Narrow screens get a bottom
 * sheet instead, which needs no positioning. Also closes the popover on a pointer press outside it.
 * After each update it reads whether a popover is drawn and by what it stands; nothing is pushed.
 */

export interface PopoverConfig {
  readonly isSheet: () => boolean;
  /** The open popover, once drawn; none while it is closed. */
  readonly panel: () => HTMLElement | null | undefined;
  /** The button standing for the open event (its mark, the cluster holding it, its list entry), when drawn. */
  readonly anchor: () => Element | null | undefined;
  /** Where the popover stands before its event is drawn (the view has yet to pan to it). */
  readonly fallback: () => Element;
  readonly onOutsidePress: (event: PointerEvent) => void;
}

export class PopoverController implements ReactiveController {
  #anchor: Element | undefined;
  #floating: HTMLElement | undefined;
  #frame: number | undefined;
  #resizeObserver: ResizeObserver | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #config: PopoverConfig;

  constructor(host: ReactiveControllerHost & HTMLElement, config: PopoverConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  readonly #onPointerDown = (event: PointerEvent) => {
    if (this.#floating && !event.composedPath().includes(this.#floating)) this.#config.onOutsidePress(event);
  };

  /**
   * Scrolls, resizes and content changes are placed on the next frame, once for all of them.
   * Never from inside the ResizeObserver's callback: a new max-height there would be a size
   * change in the same frame, which engines report as a ResizeObserver loop.
   */
  readonly #placeSoon = () => {
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#place();
    });
  };

  /** What the open popover stands by now. */
  get anchoredTo(): Element | undefined {
    return this.#anchor;
  }

  /** Follows the popover the update drew (zoom and pan move its event; Lit may reuse a button for another). */
  hostUpdated(): void {
    const panel = this.#config.panel();
    if (!panel) return this.#close();
    const anchor = this.#config.anchor() ?? this.#config.fallback();
    if (panel === this.#floating && anchor === this.#anchor) this.#place();
    else this.#open(anchor, panel);
  }

  /** Starts following `anchor`. */
  #open(anchor: Element, floating: HTMLElement): void {
    if (this.#floating !== floating) {
      this.#close();
      // Capture, so a press that d3-zoom stops from propagating still closes the popover.
      window.addEventListener('pointerdown', this.#onPointerDown, true);
      // Scrolls inside the element (the list, the stage) are not composed: they never reach the window.
      window.addEventListener('scroll', this.#placeSoon, { capture: true, passive: true });
      this.#host.shadowRoot?.addEventListener('scroll', this.#placeSoon, { capture: true, passive: true });
      window.addEventListener('resize', this.#placeSoon);
      // A pinch, or a pan of the page the reader has pinch-zoomed, moves only the visual viewport.
      visualViewport?.addEventListener('resize', this.#placeSoon);
      visualViewport?.addEventListener('scroll', this.#placeSoon);
      this.#resizeObserver = new ResizeObserver(this.#placeSoon);
      this.#resizeObserver.observe(floating);
    }
    this.#anchor = anchor;
    this.#floating = floating;
    this.#place();
  }

  /** Places the popover by its anchor now. */
  #place(): void {
    const anchor = this.#anchor;
    const floating = this.#floating;
    if (!anchor || !floating) return;
    if (this.#config.isSheet()) {
      floating.style.removeProperty('transform');
      floating.style.removeProperty('max-height');
      return;
    }
    // The visual viewport, as floating-ui measured it: what the reader sees of a page they have
    // pinch-zoomed, which is offset in the layout viewport that boxes are measured in (and may be
    // narrower than the popover's own limit, 26rem). The root's client size is the document's own
    // height on a page in quirks mode.
    const root = document.documentElement;
    const seen = visualViewport ?? { offsetLeft: 0, offsetTop: 0, width: root.clientWidth, height: root.clientHeight };
    floating.style.setProperty('--seen-width', `${seen.width}px`);
    // Measured at the height its content asks for, not the height it was last given.
    floating.style.removeProperty('max-height');
    const box = floating.getBoundingClientRect();
    // `position: fixed` is relative to the viewport unless an ancestor (a transformed one) holds
    // it: where the box is now, less the translation it has, is that origin.
    const shifted = new DOMMatrixReadOnly(getComputedStyle(floating).transform);
    const origin = { x: box.left - shifted.m41, y: box.top - shifted.m42 };
    const { left, right, top, bottom } = anchor.getBoundingClientRect();
    const [dx, dy] = [seen.offsetLeft, seen.offsetTop];
    const place = placePopover({ left: left - dx, right: right - dx, top: top - dy, bottom: bottom - dy }, box, seen);
    floating.style.setProperty('max-height', `${place.maxHeight}px`);
    floating.style.setProperty('transform', `translate(${place.x + dx - origin.x}px, ${place.y + dy - origin.y}px)`);
  }

  #close(): void {
    if (this.#floating === undefined) return;
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#anchor = undefined;
    this.#floating = undefined;
    window.removeEventListener('pointerdown', this.#onPointerDown, true);
    window.removeEventListener('scroll', this.#placeSoon, { capture: true });
    this.#host.shadowRoot?.removeEventListener('scroll', this.#placeSoon, { capture: true });
    window.removeEventListener('resize', this.#placeSoon);
    visualViewport?.removeEventListener('resize', this.#placeSoon);
    visualViewport?.removeEventListener('scroll', this.#placeSoon);
  }

  hostDisconnected(): void {
    this.#close();
  }
}
