/**
 * Where the popover goes, as a pure function of boxes in viewport pixels: above its event if it
 * fits, else below, right or left (the first that fits, else the one that overflows least);
 * slid along that side to stay `EDGE` px inside the viewport; and no taller than the room on its
 * side. What floating-ui's offset → flip → shift → size did here, in a few lines (floating-ui
 * weighed ~17 KB minified). CSS anchor positioning cannot slide a box back into the viewport
 * nor cap its height by the room left, so it would not replace this.
 */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export type Side = 'top' | 'bottom' | 'right' | 'left';

export interface PopoverPlace {
  readonly x: number;
  readonly y: number;
  readonly maxHeight: number;
  readonly side: Side;
}

/** Between the event and the popover. */
export const GAP = 10;
/** Kept free at the viewport's edges. */
export const EDGE = 8;
/** A popover is never squeezed below this height; it scrolls instead. */
const MIN_HEIGHT = 120;
const SIDES: readonly Side[] = ['top', 'bottom', 'right', 'left'];

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

export function placePopover(event: Box, popover: Size, viewport: Size): PopoverPlace {
  // An event scrolled out of view (a long list) counts as at the nearest edge: the popover stays
  // in view, beside where the event went.
  const anchor: Box = {
    left: clamp(event.left, 0, viewport.width),
    right: clamp(event.right, 0, viewport.width),
    top: clamp(event.top, 0, viewport.height),
    bottom: clamp(event.bottom, 0, viewport.height),
  };
  const room: Record<Side, number> = {
    top: anchor.top - GAP - EDGE,
    bottom: viewport.height - anchor.bottom - GAP - EDGE,
    left: anchor.left - GAP - EDGE,
    right: viewport.width - anchor.right - GAP - EDGE,
  };
  const need = (side: Side) => (side === 'top' || side === 'bottom' ? popover.height : popover.width);
  const spare = (side: Side) => room[side] - need(side);
  // The first side it fits whole; else above or below with room for it to scroll (the roomier);
  // else the side it overflows least.
  const scrolls = (['top', 'bottom'] as const).filter((s) => room[s] >= MIN_HEIGHT).sort((a, b) => room[b] - room[a])[0];
  const side = SIDES.find((s) => spare(s) >= 0) ?? scrolls ?? SIDES.reduce((best, s) => (spare(s) > spare(best) ? s : best));
  const vertical = side === 'top' || side === 'bottom';
  // Never more than it measured: a taller limit would undo the styles' own (28rem), and the
  // popover, placed for the height it measured, would grow down over its event.
  const maxHeight = Math.max(MIN_HEIGHT, Math.min(Math.ceil(popover.height), Math.floor(vertical ? room[side] : viewport.height - 2 * EDGE)));
  const height = Math.min(popover.height, maxHeight);
  const middle = { x: (anchor.left + anchor.right) / 2, y: (anchor.top + anchor.bottom) / 2 };
  let x = side === 'right' ? anchor.right + GAP : side === 'left' ? anchor.left - GAP - popover.width : middle.x - popover.width / 2;
  let y = side === 'top' ? anchor.top - GAP - height : side === 'bottom' ? anchor.bottom + GAP : middle.y - height / 2;
  // Slid along its side; and where no side has the room (a page pinch-zoomed to a few hundred
  // pixels), held in view over its event rather than beside it out of view.
  const cramped = spare(side) < 0;
  if (vertical || cramped) x = clamp(x, EDGE, viewport.width - EDGE - popover.width);
  if (!vertical || cramped) y = clamp(y, EDGE, viewport.height - EDGE - height);
  return { x: Math.round(x), y: Math.round(y), maxHeight, side };
}
