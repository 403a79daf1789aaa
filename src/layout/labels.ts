/**
 * Event marks and their labels, placed so that nothing overlaps. Pure: positions in, positions
 * out, in pixels.
 *
 * Marks closer together than `clusterDistance` in one lane merge into a cluster that splits
 * again as the reader zooms in. A cluster lists its members' titles, one a row, when its lane
 * has the rows for them; otherwise it shows a count. Each label goes whole into the first row
 * with room for it after its mark, else whole before its mark (near the right edge, in a dense
 * stretch), else slid over its mark as far as the plot's edge needs (`slide`: row by row, and
 * anywhere over its mark), else after its mark, cutting short (with an ellipsis, by the
 * renderer) the label before it in a row. The plot's edges never cut a label: one that cannot
 * be drawn whole inside is hidden; its mark stays, and its title stays reachable by hover,
 * focus and the list view. A title wider than the whole plot is placed as one half as wide,
 * cut short, so that a story of long headlines on a narrow plot still shows them.
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
  /** Label row within the lane (its lowest, for a list of titles), or undefined when the label is hidden. */
  readonly row: number | undefined;
  /** Room the label may take; less than its natural width means it is cut. */
  readonly labelWidth: number;
  /** Where the label's text begins: after the mark, or before it when it ends at the mark. */
  readonly labelStart: number;
  /** Rows the label takes: a cluster listing its members' titles takes one per member. */
  readonly lines: number;
}

export interface LabelOptions {
  /** Label rows per lane; `laneRows[lane]` when given, else `rows`. */
  readonly rows: number;
  readonly laneRows?: readonly number[];
  /** A member's label width, for a cluster that lists its members' titles. Without it clusters show counts. */
  readonly itemLabelWidth?: (item: never) => number;
  readonly clusterDistance: number;
  readonly minLabelWidth: number;
  /** Space between a mark and its label, and between labels. */
  readonly gap: number;
  /** The right edge labels must stay inside. */
  readonly width: number;
  /**
   * Lets labels slide to any place still over their mark, row by row from the lowest, so a
   * small story packs its titles into fewer rows: `near` keeps a label beside its mark where a
   * row has room for it there, `packed` puts each as far left as it may go, which leaves the most
   * room for the labels after it.
   */
  readonly slide?: 'near' | 'packed';
  /** Per lane, a stretch of its top row that labels keep clear of (the lane's name). */
  readonly reserved?: readonly ({ start: number; end: number } | undefined)[];
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
  lanes.forEach((laneMarks, lane) =>
    placed.push(...placeLane(laneMarks, options, options.laneRows?.[lane] ?? options.rows, options.reserved?.[lane])),
  );
  return placed.sort((a, b) => a.x - b.x || a.lane - b.lane);
}

/** A label's place in a row: where its text starts and ends, and which result it belongs to. */
interface Taken {
  start: number;
  end: number;
  readonly index: number;
}

function placeLane<T>(
  marks: readonly MarkInput<T[]>[],
  options: LabelOptions,
  rows: number,
  reserved: { start: number; end: number } | undefined,
): PlacedMark<T>[] {
  const { minLabelWidth, gap, width, clusterLabelWidth } = options;
  // The renderer draws a label's box from `gap` before where its text starts (from the mark's
  // centre, for a label after its mark): a label starting earlier would be cut by the edge.
  const first = gap;
  const itemWidth = options.itemLabelWidth as ((item: T) => number) | undefined;
  const taken: Taken[][] = Array.from({ length: rows }, () => []);
  // The lane's name sits at one end of its top row: labels keep clear of it.
  if (reserved && rows > 0) taken[rows - 1]!.push({ ...reserved, index: -1 });
  const free = (row: number, start: number, end: number) =>
    taken[row]!.every((t) => t.end + gap <= start || end + gap <= t.start);
  const result: PlacedMark<T>[] = [];
  /**
   * The leader a label starting at `start` in `row` would seem to hang from, if any: another
   * mark's, rising to this row or past it, about where the label's box begins, as a label after
   * its own mark begins by its leader. (Marks come in order of x: those placed so far are the
   * ones a label slid to the left can meet.)
   */
  const hangsFrom = (start: number, row: number, x: number): number | undefined => {
    // Beginning by its own mark's leader, a label reads as that mark's.
    if (start === x + gap) return undefined;
    for (let i = result.length - 2; i >= 0; i--) {
      const placed = result[i]!;
      if (placed.x < start - 2 * gap) return undefined;
      if (placed.x <= start + gap && placed.row !== undefined && placed.row >= row) return placed.x;
    }
    return undefined;
  };
  /**
   * The lowest of `lines` adjacent rows all free over [start, end] where the label reads as its
   * own mark's (`row`), and the lowest free one where it begins by another's leader (`byLeader`);
   * -1 for none.
   */
  const rowsFor = (lines: number, start: number, end: number, x: number) => {
    let byLeader = -1;
    for (let row = 0; row + lines <= rows; row++) {
      let ok = true;
      for (let r = row; r < row + lines && ok; r++) ok = free(r, start, end);
      if (!ok) continue;
      if (hangsFrom(start, row, x) === undefined) return { row, byLeader };
      if (byLeader < 0) byLeader = row;
    }
    return { row: -1, byLeader };
  };
  const take = (placed: PlacedMark<T>, row: number) => {
    result[result.length - 1] = placed;
    for (let r = row; r < row + placed.lines; r++) {
      taken[r]!.push({ start: placed.labelStart, end: placed.labelStart + placed.labelWidth, index: result.length - 1 });
    }
  };
  /** Where a label of this width may start whole: its mark's sides first, then slid inside the plot. */
  const startsFor = (x: number, natural: number): number[] => {
    const last = width - natural;
    if (last < first) return [];
    const after = x + gap;
    const before = x - gap - natural;
    const starts = [after, before].filter((start) => start >= first && start <= last);
    // A label the plot's edge would cut moves inside, whole, as far as it must: over its mark,
    // or, for a mark just outside the plot whose label reaches in, to the edge. None is drawn half.
    const slid = (start: number) => Math.min(Math.max(start, first), last);
    if (x >= 0 && x <= width) starts.push(slid(after), slid(before));
    // (In the top row, the lane's name may hold that edge: then just clear of the name.)
    else if (x < 0 && after + natural > first) starts.push(slid(after), ...(reserved ? [slid(reserved.end + gap)] : []));
    else if (x > width && before < width) starts.push(slid(before), ...(reserved ? [slid(reserved.start - gap - natural)] : []));
    return [...new Set(starts)];
  };
  /** Whole beside the mark, else slid inside the plot; with `slide`, row by row, anywhere over the mark. */
  const placeWhole = (hidden: PlacedMark<T>, natural: number, lines: number): boolean => {
    const starts = startsFor(hidden.x, natural);
    if (options.slide && hidden.x >= 0 && hidden.x <= width) return slideWhole(hidden, natural, lines, starts);
    // Where it reads as its own mark's first; else by another's leader, as a title beats none.
    let byLeader: { row: number; start: number } | undefined;
    for (const start of starts) {
      const found = rowsFor(lines, start, start + natural, hidden.x);
      if (found.row >= 0) {
        take({ ...hidden, row: found.row, labelWidth: natural, labelStart: start, lines }, found.row);
        return true;
      }
      if (found.byLeader >= 0) byLeader ??= { row: found.byLeader, start };
    }
    if (byLeader) take({ ...hidden, row: byLeader.row, labelWidth: natural, labelStart: byLeader.start, lines }, byLeader.row);
    return byLeader !== undefined;
  };
  /**
   * The lowest rows with room for the label: beside the mark or slid inside as above, else at
   * any place still over the mark, just after or just before another label, so that few rows
   * hold many titles.
   */
  const slideWhole = (hidden: PlacedMark<T>, natural: number, lines: number, starts: readonly number[]): boolean => {
    if (starts.length === 0) return false;
    const lo = Math.max(hidden.x - gap - natural, first);
    const hi = Math.min(hidden.x + gap, width - natural);
    // The first place that fits but begins by another's leader: taken if no other is found.
    let byLeader: { row: number; start: number } | undefined;
    for (let row = 0; row + lines <= rows; row++) {
      const band = taken.slice(row, row + lines).flat();
      const between = band
        .flatMap((t) => [t.end + gap, t.start - gap - natural])
        .filter((s) => s >= lo && s <= hi)
        .sort((a, b) => a - b);
      const tried = options.slide === 'packed' ? [lo, ...between] : [...starts, ...between];
      let start: number | undefined;
      // (The list grows as it is walked.)
      for (const s of tried) {
        if (!band.every((t) => t.end + gap <= s || s + natural + gap <= t.start)) continue;
        const leader = hangsFrom(s, row, hidden.x);
        if (leader === undefined) {
          start = s;
          break;
        }
        byLeader ??= { row, start: s };
        // Tried again just past that leader, clear of it.
        const past = leader + 2 * gap + 1;
        if (past <= hi && !tried.includes(past)) tried.push(past);
      }
      if (start !== undefined) {
        take({ ...hidden, row, labelWidth: natural, labelStart: start, lines }, row);
        return true;
      }
    }
    if (byLeader) take({ ...hidden, row: byLeader.row, labelWidth: natural, labelStart: byLeader.start, lines }, byLeader.row);
    return byLeader !== undefined;
  };

  for (const mark of marks) {
    const hidden: PlacedMark<T> = { items: mark.item, x: mark.x, xEnd: mark.xEnd, lane: mark.lane, row: undefined, labelWidth: 0, labelStart: mark.x + gap, lines: 1 };
    result.push(hidden);
    const count = mark.item.length;
    if (count > 1 && itemWidth && count <= rows && placeWhole(hidden, Math.max(...mark.item.map(itemWidth)), count)) continue;
    // A title wider than the whole plot could never be placed whole: it is placed as one half
    // the plot's width, cut short (with an ellipsis, by the renderer), rather than not at all.
    const whole = count > 1 ? clusterLabelWidth(count) : mark.labelWidth;
    const natural = whole > width - first ? Math.max((width - first) / 2, minLabelWidth) : whole;
    if (placeWhole(hidden, natural, 1)) continue;
    // No whole place: after the mark, cutting short the label before it in its row. Never cut
    // by the plot's edge: a label that cannot be drawn whole inside is hidden.
    const start = mark.x + gap;
    const room = natural;
    if (start < first || start + room > width) continue;
    const lastOf = (row: number) => taken[row]!.reduce<Taken | undefined>((a, t) => (a && a.end >= t.end ? a : t), undefined);
    let row = taken.findIndex((_, r) => free(r, start, start + room));
    if (row < 0) {
      row = taken.findIndex((row, r) => {
        const last = lastOf(r);
        return (
          last !== undefined &&
          last.index >= 0 &&
          result[last.index]!.lines === 1 &&
          result[last.index]!.labelStart > result[last.index]!.x &&
          last.start + minLabelWidth + gap <= start &&
          row.every((t) => t === last || t.end + gap <= start)
        );
      });
      if (row < 0) continue;
      const last = lastOf(row)!;
      last.end = start - gap;
      const cut = result[last.index]!;
      result[last.index] = { ...cut, labelWidth: last.end - last.start };
    }
    take({ ...hidden, row, labelWidth: room }, row);
  }
  return result;
}
