import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { ZoomAnimation } from './zoom-animation.js';

/**
 * d3-zoom on the plot: wheel, trackpad pinch, drag, touch pinch and swipe, and the buttons and
 * keys, which go through the same behaviour so the same limits apply. The zoom state is d3's
 * immutable transform; the element derives its scale from it and never mutates a base scale.
 * Animated moves (buttons, keys, `zoomTo`) are a ZoomAnimation applied frame by frame through
 * `zoom.transform`; a reader's gesture stops them, as it would stop d3's own transition.
 *
 * The controller is the one owner of the view: d3 keeps the transform on the plot (read with
 * d3's `zoomTransform`), and before the plot is drawn (or while the phone's view has none) the
 * controller holds it, constrained by the same limits, and hands it to the next plot. The
 * element asks for it (`transform()`) when it lays out its scene; every move asks the host for
 * one update.
 */

export interface ZoomLimits {
  readonly width: number;
  readonly height: number;
  /** The deepest zoom, from the finest precision in the data. */
  readonly maxScale: number;
}

/** What moved the view: a reader's gesture, a method, or bringing an event into view. */
export type MoveCause = 'user' | 'api' | 'reveal';

export interface ZoomConfig {
  /** The plot the gestures act on, once it is drawn (bound after each update). */
  readonly target: () => HTMLElement | null | undefined;
  /** The view's limits now: read before each move and each time the transform is asked for. */
  readonly limits: () => ZoomLimits;
  /** Whether a plain wheel zooms (the timeline is active) or should scroll the page. */
  readonly wheelZooms: (event: WheelEvent) => boolean;
  /** Told when a plain wheel was left to the page, to show a hint. */
  readonly onWheelIgnored: () => void;
  /**
   * Told after a reader's gesture (`user`), a method (`api`) or a move that brings an event into
   * view (`reveal`: the event was said already) moved the view; the host is already asked to update.
   */
  readonly onMove: (cause: MoveCause) => void;
  readonly reducedMotion: () => boolean;
}

const TRANSITION_MS = 350;
/** The zoom buttons and keys zoom by this factor, around the centre. */
export const ZOOM_STEP = 2;
/**
 * A mouse wheel's notch arrives as one large delta (100 or 120 px in Chromium, a few lines in
 * Firefox, or a page); a trackpad pinch as many small Ctrl+wheel deltas. d3-zoom's default
 * multiplies every Ctrl delta by 10, which suits a pinch and makes one notch zoom ×4.
 */
const NOTCH_PIXELS = 50;
const NOTCH_ZOOM = 1.5;
const PIXELS_PER_NOTCH = 100;
const MAX_NOTCHES = 3;

/** d3-zoom's wheel delta (log2 of the zoom factor): ×1.5 a notch; a pinch's fine steps as d3 has them. */
export function wheelDelta(event: WheelEvent): number {
  const { deltaY, deltaMode } = event;
  if (deltaY === 0) return 0;
  const isNotch = deltaMode !== WheelEvent.DOM_DELTA_PIXEL || Math.abs(deltaY) >= NOTCH_PIXELS;
  if (isNotch) {
    // A fast spin can deliver several notches in one event.
    const notches = deltaMode === WheelEvent.DOM_DELTA_PIXEL ? Math.round(Math.abs(deltaY) / PIXELS_PER_NOTCH) : 1;
    return -Math.sign(deltaY) * Math.min(Math.max(notches, 1), MAX_NOTCHES) * Math.log2(NOTCH_ZOOM);
  }
  return -deltaY * 0.002 * (event.ctrlKey ? 10 : 1);
}

/**
 * Ctrl+wheel (and a pinch) over the timeline is the timeline's: d3-zoom returns before
 * preventDefault at its limits, which would let the browser zoom the whole page instead.
 */
function keepCtrlWheel(event: WheelEvent): void {
  if (event.ctrlKey || event.metaKey) event.preventDefault();
}
/** Past either end of the story, in pixels at scale 1. */
const PAN_MARGIN = 80;

export class ZoomController implements ReactiveController {
  readonly #behavior: ZoomBehavior<HTMLElement, unknown>;
  #target: Selection<HTMLElement, unknown, null, undefined> | undefined;
  /** NaN equals nothing, so the first sync always hands d3 an extent (the bundle drops its default). */
  #limits: ZoomLimits = { width: 1, height: 1, maxScale: NaN };
  /** The view while no plot is bound; once one is, d3 keeps it there. */
  #held: ZoomTransform = zoomIdentity;
  /** Set while a new plot is given the view it already shows. */
  #binding = false;
  /**
   * The cause of the move this controller is applying (an API move, or one bringing an event into
   * view), told as such: d3 hands its frames the event of a gesture still under way (a finger or
   * button held down), which would read as the reader's.
   */
  #applying: MoveCause | undefined;
  /** The view last drawn or asked for: the same view applied again is no move. */
  #last: ZoomTransform = zoomIdentity;
  readonly #animation = new ZoomAnimation();

  readonly #host: ReactiveControllerHost;
  readonly #config: ZoomConfig;

  constructor(host: ReactiveControllerHost, config: ZoomConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
    this.#behavior = zoom<HTMLElement, unknown>()
      // Always listen for touches: laptops with touch screens do not all say so up front, and
      // the listeners cost nothing where no touch comes.
      .touchable(() => true)
      .wheelDelta(wheelDelta)
      .filter((event: Event) => this.#accepts(event))
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const cause = this.#applying ?? (event.sourceEvent != null ? 'user' : 'api');
        // A wheel, drag or pinch takes over from an animated move once it moves the view; not
        // at its start, which every touch is: a second tap would freeze a glide part-way.
        if (cause === 'user') this.#animation.stop();
        const { k, x } = event.transform;
        if (this.#binding || (k === this.#last.k && x === this.#last.x)) return;
        this.#moved(event.transform, cause);
      });
  }

  #moved(transform: ZoomTransform, cause: MoveCause): void {
    this.#last = transform;
    this.#host.requestUpdate();
    this.#config.onMove(cause);
  }

  #accepts(event: Event): boolean {
    if (event.type === 'wheel') {
      const wheel = event as WheelEvent;
      // A pinch on a trackpad arrives as a wheel with ctrlKey set.
      if (wheel.ctrlKey || wheel.metaKey || this.#config.wheelZooms(wheel)) return true;
      this.#config.onWheelIgnored();
      return false;
    }
    const mouse = event as MouseEvent;
    return !mouse.ctrlKey && !mouse.button;
  }

  /** Where the one finger on the plot went down, and once it moved, whether up or down more than sideways. */
  #swipe: { x: number; y: number; vertical?: boolean } | undefined;

  readonly #onTouchStart = (event: TouchEvent): void => {
    const touch = event.touches.length === 1 ? event.touches[0] : undefined;
    this.#swipe = touch && { x: touch.clientX, y: touch.clientY };
  };

  /**
   * One finger moving more up or down than sideways is the page's scroll. The plot is
   * `touch-action: pan-y`, but d3-zoom cancels every touchmove, and a cancelled first move stops
   * the scroll: so those moves never reach it (decided on the first move; two fingers are the
   * timeline's).
   */
  readonly #onTouchMove = (event: TouchEvent): void => {
    const swipe = event.touches.length === 1 ? this.#swipe : undefined;
    const touch = event.touches[0];
    if (!swipe || !touch) return;
    swipe.vertical ??= Math.abs(touch.clientY - swipe.y) > Math.abs(touch.clientX - swipe.x);
    if (swipe.vertical) event.stopImmediatePropagation();
  };

  /** Binds the behaviour to the plot the update drew (a new one after the list or error view). */
  hostUpdated(): void {
    const element = this.#config.target() ?? undefined;
    if (this.#target?.node() === element) return;
    this.#detach();
    if (!element) return;
    this.#syncLimits();
    // Before d3-zoom's own listeners: capturing listeners run first on the plot itself.
    element.addEventListener('touchstart', this.#onTouchStart, { capture: true, passive: true });
    element.addEventListener('touchmove', this.#onTouchMove, { capture: true, passive: true });
    this.#target = select(element);
    this.#target.call(this.#behavior);
    element.addEventListener('wheel', keepCtrlWheel, { passive: false });
    // Let double-click fall through to events rather than zooming in.
    this.#target.on('dblclick.zoom', null);
    this.#handOver();
  }

  #detach(): void {
    const node = this.#target?.node();
    if (!node) return;
    this.#held = zoomTransform(node);
    node.removeEventListener('wheel', keepCtrlWheel);
    node.removeEventListener('touchstart', this.#onTouchStart, { capture: true });
    node.removeEventListener('touchmove', this.#onTouchMove, { capture: true });
    this.#animation.stop();
    this.#target?.on('.zoom', null);
    this.#target = undefined;
  }

  hostDisconnected(): void {
    this.#detach();
  }

  /** Reads the limits, and hands them to d3 when they changed. */
  #syncLimits(): void {
    const limits = this.#config.limits();
    const same = (Object.keys(limits) as (keyof ZoomLimits)[]).every((key) => limits[key] === this.#limits[key]);
    if (same) return;
    this.#limits = limits;
    const { width, height, maxScale } = limits;
    this.#behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([1, Math.max(1, maxScale)])
      .translateExtent([
        [-PAN_MARGIN, 0],
        [width + PAN_MARGIN, height],
      ]);
    // Like d3's own transform(), this leaves the view as it is: the next gesture is held to them
    // (a new width's view is set by the host, from the times it showed).
  }

  /** Gives a newly bound plot the view: already drawn, so no move and no update. */
  #handOver(): void {
    if (!this.#target) return;
    this.#binding = true;
    try {
      this.#behavior.transform(this.#target, this.#held);
    } finally {
      this.#binding = false;
    }
  }

  #current(): ZoomTransform {
    const node = this.#target?.node();
    return node ? zoomTransform(node) : this.#held;
  }

  /** The view now, under the limits of now: what the host lays out its scene with. */
  transform(): ZoomTransform {
    this.#syncLimits();
    return this.#current();
  }

  /**
   * The view as it will be once a running animation ends (the current view when none runs): a
   * move planned meanwhile starts from there.
   */
  planned(): ZoomTransform {
    return this.#animation.destination ?? this.transform();
  }

  #apply(transform: ZoomTransform, animate: boolean, revealing = false): void {
    this.#syncLimits();
    const target = this.#target;
    if (!target) {
      // No plot yet: the view the first one will show.
      if (transform.k === this.#last.k && transform.x === this.#last.x) return;
      this.#held = transform;
      this.#moved(transform, revealing ? 'reveal' : 'api');
      return;
    }
    // Each step of the move, now or in an animation's frames, is told with its cause.
    const move = (t: ZoomTransform) => {
      this.#applying = revealing ? 'reveal' : 'api';
      this.#behavior.transform(target, t);
      this.#applying = undefined;
    };
    if (animate && !this.#config.reducedMotion()) {
      this.#animation.start(this.#current(), transform, this.#limits, TRANSITION_MS, move);
    } else {
      this.#animation.stop();
      move(transform);
    }
  }

  zoomBy(factor: number, animate = true): void {
    if (!this.#target) return;
    // From where a running glide is going: each of two quick presses doubles.
    const next = this.planned();
    const centre: [number, number] = [this.#limits.width / 2, this.#limits.height / 2];
    const k = Math.min(Math.max(next.k * factor, 1), Math.max(1, this.#limits.maxScale));
    // Scale around the centre of the view, as the buttons and keys promise.
    const x = centre[0] - ((centre[0] - next.x) / next.k) * k;
    this.#apply(zoomIdentity.translate(x, 0).scale(k), animate);
  }

  panBy(pixels: number): void {
    if (!this.#target) return;
    this.#animation.stop();
    this.#behavior.translateBy(this.#target, -pixels / this.transform().k, 0);
  }

  /**
   * Shows base-axis pixels [x0, x1] across the whole width, as far as the zoom goes. Returns
   * whether that zooms in: false when the view is already as deep as it goes.
   */
  showSpan(x0: number, x1: number, animate = true, revealing = false): boolean {
    this.#syncLimits();
    const span = Math.max(x1 - x0, 1e-9);
    const k = Math.min(Math.max(this.#limits.width / span, 1), Math.max(1, this.#limits.maxScale));
    const centre = (x0 + x1) / 2;
    const deeper = k > this.planned().k;
    // Centred on the span, but never past the story's ends: a span wider than the story (or
    // reaching past one end) shows the story, not the empty time beside it. d3's transform()
    // holds no view to the pan limits, as its gestures are held.
    const width = this.#limits.width;
    const x = Math.min(Math.max(width / 2 - centre * k, width * (1 - k)), 0);
    this.#apply(zoomIdentity.translate(x, 0).scale(k), animate, revealing);
    return deeper;
  }

  /** Pans, without zooming, so base-axis pixel `x` is in view with `margin` to spare. */
  reveal(x: number, margin: number, animate = true): void {
    // From where the view is going: judged from a view still on its way, the target could be in
    // view now and off screen once the animation ends.
    const t = this.planned();
    const shown = t.applyX(x);
    const width = this.#limits.width;
    if (shown >= margin && shown <= width - margin) return;
    // No further than the story's own ends (not the gesture's margin past them): the margin
    // never pushes the story's other end out of a view that showed it all.
    const to = Math.min(Math.max(t.x + (shown < margin ? margin : width - margin) - shown, width * (1 - t.k)), 0);
    if (to !== t.x) this.#apply(zoomIdentity.translate(to, 0).scale(t.k), animate, true);
  }

  fit(animate = true): void {
    this.#apply(zoomIdentity, animate);
  }
}
