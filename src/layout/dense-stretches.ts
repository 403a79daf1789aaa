import { baseAxis, type AxisBreak, type BaseAxis, type Interval, type Spacing } from './axis-scale.js';

/**
 * Room for the dense stretches of a small story. Twelve events over sixteen years, seven of
 * them within six weeks, would draw those seven within a few pixels: clustered behind a count,
 * their titles unread until the reader zooms. Under `spacing="auto"`, a story of up to
 * `SMALL_STORY` events gets room for them instead: each step between two moments drawn closer
 * than a mark's target (24 px), at first or once the rest has given up room, is widened to an
 * equal share of the width, and the rest of the axis gives up that room in proportion, so it
 * keeps one scale (true to time, breaks aside). Two moments are then at least a mark's target
 * apart, the distance at which marks cluster, so every one gets a mark and a title.
 * The widened stretches are returned for the axis to mark, as collapsed gaps are. Done once per
 * width, never per zoom frame. `spacing="time"` and `"equal"` are left as they are.
 */

/** Up to this many events, every title should be readable at first sight. */
export const SMALL_STORY = 20;
/** Two moments closer than a mark's target (24 px) are a dense step. */
const DENSE_GAP = 24;
/** Room kept at either end of the axis: half a mark's target. */
const EDGE_ROOM = 12;

/** The base axis the element draws: `baseAxis`, with a small story's dense stretches widened under `auto`. */
export function readableAxis(intervals: readonly Interval[], width: number, spacing: Spacing, minPad?: number): BaseAxis {
  const axis = baseAxis(intervals, width, spacing, minPad);
  if (spacing !== 'auto' || intervals.length > SMALL_STORY) return axis;
  const moments = [...new Set(intervals.map((i) => i.start))].sort((a, b) => a - b);
  return widenDense(axis, moments, Math.max(width, 1));
}

/** `axis` with the dense steps between the sorted `moments` widened; `stretched` names them. */
export function widenDense(axis: BaseAxis, moments: readonly number[], width: number): BaseAxis {
  if (moments.length < 2) return axis;
  const at = pixelOf(axis);
  // The steps: from the left edge to the first moment, between moments, to the right edge.
  const bounds = [0, ...moments.map(at), width];
  const steps = bounds.slice(1).map((b, i) => b - bounds[i]!);
  const share = width / (moments.length + 1);
  const dense = Math.min(DENSE_GAP, share);
  const isInner = (i: number) => i > 0 && i < steps.length - 1;
  if (!steps.some((step, i) => isInner(i) && step < dense)) return axis;
  // Fixed widths: the dense steps' share, and the room at either end once it would shrink below
  // half a mark (a mark at the very edge would be cut). The room the dense steps take shrinks the
  // rest, which can draw a step that was wide enough closer than a mark's target: it is widened
  // too, in the next pass, until no step is left too narrow (each pass fixes one step at least).
  const fixed = new Map<number, number>();
  let factor = 1;
  for (let pass = 0; pass <= steps.length; pass++) {
    const narrow = steps.flatMap((step, i) => (!fixed.has(i) && isInner(i) && step * factor < dense ? [i] : []));
    const edges = [0, steps.length - 1].filter((i) => !fixed.has(i) && steps[i]! * factor < Math.min(steps[i]!, EDGE_ROOM));
    if (narrow.length === 0 && edges.length === 0) break;
    for (const i of narrow) fixed.set(i, share);
    for (const i of edges) fixed.set(i, Math.min(steps[i]!, EDGE_ROOM));
    const fixedRoom = [...fixed.values()].reduce((a, b) => a + b, 0);
    const restTime = steps.reduce((sum, step, i) => sum + (fixed.has(i) ? 0 : step), 0);
    if (restTime <= 0 || fixedRoom >= width) return axis;
    // The rest of the axis keeps one scale: it shrinks by the same factor everywhere.
    factor = (width - fixedRoom) / restTime;
  }
  const newSteps = steps.map((step, i) => fixed.get(i) ?? step * factor);
  const newBounds = [0];
  for (const step of newSteps) newBounds.push(newBounds.at(-1)! + step);
  newBounds[newBounds.length - 1] = width;

  const moved = (pixel: number) => {
    let j = 0;
    while (j < steps.length - 1 && pixel > bounds[j + 1]!) j++;
    const share = steps[j]! > 0 ? (pixel - bounds[j]!) / steps[j]! : 0;
    return newBounds[j]! + share * newSteps[j]!;
  };
  const domain = [...new Set([...axis.domain, ...moments])].sort((a, b) => a - b);
  const range = domain.map((time) => moved(at(time)));
  range[0] = 0;
  range[range.length - 1] = width;

  const stretched: AxisBreak[] = [];
  for (let i = 1; i < steps.length - 1; i++) {
    if (!fixed.has(i)) continue;
    const last = stretched.at(-1);
    if (last && last.end === moments[i - 1]) stretched[stretched.length - 1] = { start: last.start, end: moments[i]! };
    else stretched.push({ start: moments[i - 1]!, end: moments[i]! });
  }
  return { domain, range, breaks: axis.breaks, stretched };
}

/** The axis's piecewise-linear mapping from time to pixels. */
function pixelOf({ domain, range }: BaseAxis): (time: number) => number {
  return (time) => {
    let i = 0;
    while (i < domain.length - 2 && time > domain[i + 1]!) i++;
    const span = domain[i + 1]! - domain[i]!;
    return range[i]! + (span > 0 ? ((time - domain[i]!) / span) * (range[i + 1]! - range[i]!) : 0);
  };
}
