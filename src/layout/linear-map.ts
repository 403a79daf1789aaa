/**
 * A piecewise linear map between times and pixels, and back: what d3-scale's `scaleUtc` did
 * here, on plain numbers. scaleUtc's tick formats brought d3-time-format and d3-format into
 * the bundle (~14 KB minified) although the element writes its own labels; ticks come from
 * d3-time's `utcTicks` (src/layout/ticks.ts).
 */
export interface LinearMap {
  (value: number): number;
  /** The value at `output`, the map read backwards. */
  invert(output: number): number;
}

/**
 * Maps each stretch [domain[i], domain[i + 1]] onto [range[i], range[i + 1]], and beyond the
 * ends along the first and last stretches, as d3's polylinear scales do. Both lists ascend.
 */
export function linearMap(domain: readonly number[], range: readonly number[]): LinearMap {
  const map = ((value: number) => along(domain, range, value)) as LinearMap;
  map.invert = (output: number) => along(range, domain, output);
  return map;
}

function along(from: readonly number[], to: readonly number[], value: number): number {
  // The last stretch starting at or before `value` (the first for values before it).
  let low = 0;
  let high = Math.min(from.length, to.length) - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (from[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  const [a, b, c, d] = [from[low]!, from[low + 1]!, to[low]!, to[low + 1]!];
  // A stretch of no length maps to its middle, as in d3.
  const t = b === a ? 0.5 : (value - a) / (b - a);
  return c * (1 - t) + d * t;
}
