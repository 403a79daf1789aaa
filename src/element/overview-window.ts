import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The overview's window, which readers drag to scrub through the story: drag the window to
 * move it, drag an edge to widen or narrow it, drag elsewhere on the strip to draw a new one,
 * or press there to centre the window on that point. Pointer events, so mouse, pen and touch
 * alike (a vertical swipe still scrolls the page: the strip is `touch-action: pan-y`). It drew
 * the same rectangles as d3-brush, which weighed 9 KB minified for this one strip.
 *
 * After each update it reads the strip the update drew and the main view's window; a reader's
 * drag reports back through `onMove`, and only a reader's, so the two never echo each other.
 */

type Part = 'overlay' | 'selection' | 'west' | 'east';

/** Handles straddle each edge of the window, as wide as d3-brush's: a mouse's. */
const HANDLE = 6;
/** A finger this near an edge takes it: half of a 24 px target (a miss would draw a new window). */
const TOUCH_REACH = 12;
const SVG = 'http://www.w3.org/2000/svg';
const CURSORS: Record<Part, string> = { overlay: 'crosshair', selection: 'move', west: 'ew-resize', east: 'ew-resize' };

export interface OverviewConfig {
  /** The strip's group for the window, when the update drew the overview. */
  readonly strip: () => SVGGElement | null | undefined;
  /** The strip's size, in pixels (as wide as the plot). */
  readonly size: () => { readonly width: number; readonly height: number };
  /** The main view's window along the strip, in pixels. */
  readonly window: () => readonly [number, number];
  /** A reader dragged the window to [x0, x1]. */
  readonly onMove: (x0: number, x1: number) => void;
}

interface Drag {
  readonly part: Part;
  readonly pointerId: number;
  readonly x: number;
  readonly window: readonly [number, number];
  moved: boolean;
}

export class OverviewWindow implements ReactiveController {
  #group: SVGGElement | undefined;
  #rects: Record<Part, SVGRectElement> | undefined;
  #width = 0;
  #height = 0;
  #window: [number, number] = [0, 0];
  #drag: Drag | undefined;

  readonly #config: OverviewConfig;

  constructor(host: ReactiveControllerHost, config: OverviewConfig) {
    this.#config = config;
    host.addController(this);
  }

  hostUpdated(): void {
    const group = this.#config.strip();
    if (!group) return this.#detach();
    const { width, height } = this.#config.size();
    this.#attach(group, width, height);
    this.#show(...this.#config.window());
  }

  #attach(group: SVGGElement, width: number, height: number): void {
    if (group !== this.#group) {
      this.#detach();
      this.#group = group;
      this.#rects = {
        overlay: this.#rect(group, 'overlay', 'overlay'),
        selection: this.#rect(group, 'selection', 'selection'),
        west: this.#rect(group, 'west', 'handle handle--w'),
        east: this.#rect(group, 'east', 'handle handle--e'),
      };
      group.addEventListener('pointerdown', this.#onPointerDown);
      group.addEventListener('pointermove', this.#onPointerMove);
      group.addEventListener('pointerup', this.#onPointerUp);
      group.addEventListener('pointercancel', this.#onPointerUp);
    }
    this.#width = width;
    this.#height = height;
  }

  #rect(group: SVGGElement, part: Part, className: string): SVGRectElement {
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('class', className);
    rect.setAttribute('cursor', CURSORS[part]);
    rect.dataset.part = part;
    if (part !== 'selection') rect.setAttribute('fill', 'none');
    rect.setAttribute('pointer-events', 'all');
    group.append(rect);
    return rect;
  }

  /** Shows the main view's window, in overview pixels. */
  #show(x0: number, x1: number): void {
    if (!this.#group) return;
    const clamped: [number, number] = [clamp(x0, 0, this.#width), clamp(x1, 0, this.#width)];
    if (clamped[1] - clamped[0] < 1) clamped[1] = Math.min(clamped[0] + 1, this.#width);
    this.#window = clamped;
    this.#draw();
  }

  #draw(): void {
    if (!this.#rects) return;
    const [x0, x1] = this.#window;
    const set = (rect: SVGRectElement, x: number, width: number) => {
      rect.setAttribute('x', String(x));
      rect.setAttribute('y', '0');
      rect.setAttribute('width', String(Math.max(width, 0)));
      rect.setAttribute('height', String(this.#height));
    };
    set(this.#rects.overlay, 0, this.#width);
    set(this.#rects.selection, x0, x1 - x0);
    set(this.#rects.west, x0 - HANDLE / 2, HANDLE);
    set(this.#rects.east, x1 - HANDLE / 2, HANDLE);
  }

  #pointerX(event: PointerEvent): number {
    return clamp(event.clientX - this.#group!.getBoundingClientRect().left, 0, this.#width);
  }

  readonly #onPointerDown = (event: PointerEvent) => {
    if (this.#drag || event.button !== 0) return;
    const x = this.#pointerX(event);
    this.#drag = { part: this.#partAt(event, x), pointerId: event.pointerId, x, window: [...this.#window], moved: false };
    this.#group!.setPointerCapture(event.pointerId);
    // No text selection or native drag while scrubbing; a vertical touch swipe is not a pointerdown here.
    event.preventDefault();
  };

  #partAt(event: PointerEvent, x: number): Part {
    const hit = ((event.target as Element).getAttribute('data-part') ?? 'overlay') as Part;
    if (event.pointerType === 'mouse') return hit;
    const [x0, x1] = this.#window;
    // A window too narrow for a finger to tell its edges from its middle moves, as it did.
    if (x > x0 && x < x1 && x1 - x0 < 4 * TOUCH_REACH) return 'selection';
    const [west, east] = [x0, x1].map((edge) => Math.abs(x - edge));
    return Math.min(west!, east!) > TOUCH_REACH ? hit : west! < east! ? 'west' : 'east';
  }

  readonly #onPointerMove = (event: PointerEvent) => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const x = this.#pointerX(event);
    if (x === drag.x && !drag.moved) return;
    drag.moved = true;
    const [a, b] = drag.window;
    if (drag.part === 'selection') {
      const shift = clamp(x - drag.x, -a, this.#width - b);
      this.#report(a + shift, b + shift);
    } else if (drag.part === 'west' || drag.part === 'east') {
      // The other edge stays; dragged past it, the edges trade places.
      const fixed = drag.part === 'west' ? b : a;
      this.#report(Math.min(fixed, x), Math.max(fixed, x));
    } else {
      this.#report(Math.min(drag.x, x), Math.max(drag.x, x));
    }
  };

  readonly #onPointerUp = (event: PointerEvent) => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.#drag = undefined;
    if (this.#group?.hasPointerCapture(event.pointerId)) this.#group.releasePointerCapture(event.pointerId);
    if (drag.moved || drag.part !== 'overlay' || event.type === 'pointercancel') return;
    // A press beside the window centres the window there, at the same width.
    const [a, b] = drag.window;
    const half = (b - a) / 2;
    const centre = clamp(drag.x, half, this.#width - half);
    this.#report(centre - half, centre + half);
  };

  #report(x0: number, x1: number): void {
    if (x1 - x0 < 1) return;
    this.#window = [x0, x1];
    this.#draw();
    this.#config.onMove(x0, x1);
  }

  #detach(): void {
    const group = this.#group;
    if (!group) return;
    group.removeEventListener('pointerdown', this.#onPointerDown);
    group.removeEventListener('pointermove', this.#onPointerMove);
    group.removeEventListener('pointerup', this.#onPointerUp);
    group.removeEventListener('pointercancel', this.#onPointerUp);
    for (const rect of Object.values(this.#rects ?? {})) rect.remove();
    this.#group = undefined;
    this.#rects = undefined;
    this.#drag = undefined;
  }

  hostDisconnected(): void {
    this.#detach();
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
