/**
 * Event marks and their labels, placed so that nothing overlaps. Pure: positions in, positions
 * out, in pixels.
 *
 * Marks closer together than `clusterDistance` in one lane merge into a cluster that shows a
 * count and splits again as the reader zooms in. Each mark's label goes into the first row of
 * its lane with room for at least `minLabelWidth`; it is then cut (with an ellipsis, by the
 * renderer) where the next label in its row begins. A label with no row is hidden; its mark
 * stays, and its title stays reachable by hover, focus and the list view.
 */

export interface MarkInput<T> {
  readonly item: T;
  /** Where the mark sits. */
  readonly x: number;
  /** Where the event's bar ends (x for a point event). */
  readonly xEnd: number;
  /** Index of the lane the mark is drawn in. */
  readonly lane: number;
  /** The label's natural width in pixels. */
  readonly labelWidth: number;
}

export interface PlacedMark<T> {
  readonly items: readonly T[];
  readonly x: number;
  readonly xEnd: number;
  readonly lane: number;
  /** Label row within the lane, or undefined when the label is hidden. */
  readonly row: number | undefined;
  /** Room the label may take; less than its natural width means it is cut. */
  readonly labelWidth: number;
}

export interface LabelOptions {
  readonly rows: number;
  readonly clusterDistance: number;
  readonly minLabelWidth: number;
  /** Space between a mark and its label, and between labels. */
  readonly gap: number;
  /** The right edge labels must stay inside. */
  readonly width: number;
  /** Natural label width of a cluster of `count` events. */
  readonly clusterLabelWidth: (count: number) => number;
}

/**
 * Merges marks of one lane (sorted by x) that are too close to tell apart. A mark's
 * `labelWidth` is read only if it stays on its own, so the caller can measure lazily: at
 * 100,000 events, most are in clusters and never measured.
 */
export function clusterMarks<T>(marks: readonly MarkInput<T>[], distance: number): MarkInput<T[]>[] {
  const clusters: { item: T[]; x: number; xEnd: number; lane: number; first: MarkInput<T> }[] = [];
  for (const mark of marks) {
    const open = clusters.at(-1);
    // Measured from the cluster's first mark, not its last: chaining neighbour to neighbour
    // would merge a dense stretch of any length into one cluster.
    if (open && mark.x - open.x < distance) {
      open.item.push(mark.item);
      open.xEnd = Math.max(open.xEnd, mark.xEnd);
    } else {
      clusters.push({ item: [mark.item], x: mark.x, xEnd: mark.xEnd, lane: mark.lane, first: mark });
    }
  }
  return clusters.map(({ item, x, xEnd, lane, first }) => ({
    item,
    x,
    xEnd,
    lane,
    get labelWidth() {
      return first.labelWidth;
    },
  }));
}

/** Lays out the marks of every lane. `marks` must be sorted by x. */
export function placeMarks<T>(marks: readonly MarkInput<T>[], options: LabelOptions): PlacedMark<T>[] {
  const byLane = new Map<number, MarkInput<T>[]>();
  for (const mark of marks) {
    const lane = byLane.get(mark.lane);
    if (lane) lane.push(mark);
    else byLane.set(mark.lane, [mark]);
  }
  return placeClusters(
    [...byLane.values()].map((laneMarks) => clusterMarks(laneMarks, options.clusterDistance)),
    options,
  );
}

/** Places labels for marks already clustered, one list per lane (each sorted by x). */
export function placeClusters<T>(lanes: readonly (readonly MarkInput<T[]>[])[], options: LabelOptions): PlacedMark<T>[] {
  const placed: PlacedMark<T>[] = [];
  for (const laneMarks of lanes) placed.push(...placeLane(laneMarks, options));
  return placed.sort((a, b) => a.x - b.x || a.lane - b.lane);
}

function placeLane<T>(marks: readonly MarkInput<T[]>[], options: LabelOptions): PlacedMark<T>[] {
  const { rows, minLabelWidth, gap, width, clusterLabelWidth } = options;
  // Per row: the index of its last label, and where that label's text starts and ends.
  const last = Array.from({ length: rows }, () => ({ index: -1, start: -Infinity, end: -Infinity }));
  const result: PlacedMark<T>[] = [];
  for (const mark of marks) {
    const natural = mark.item.length > 1 ? clusterLabelWidth(mark.item.length) : mark.labelWidth;
    const start = mark.x + gap;
    const room = Math.min(natural, width - start);
    const placed: PlacedMark<T> = { items: mark.item, x: mark.x, xEnd: mark.xEnd, lane: mark.lane, row: undefined, labelWidth: 0 };
    result.push(placed);
    if (room < Math.min(minLabelWidth, natural)) continue;
    // A row with room for the whole label first; else one whose last label can be cut short.
    let row = last.findIndex((r) => r.end + gap <= start);
    if (row < 0) row = last.findIndex((r) => r.start + minLabelWidth + gap <= start);
    if (row < 0) continue;
    const previous = last[row]!;
    if (previous.index >= 0 && previous.end + gap > start) {
      const cut = result[previous.index]!;
      result[previous.index] = { ...cut, labelWidth: start - gap - previous.start };
    }
    result[result.length - 1] = { ...placed, row, labelWidth: room };
    last[row] = { index: result.length - 1, start, end: start + room };
  }
  return result;
}
