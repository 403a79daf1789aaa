import type { TimelineEvent } from '../model/types.js';

/**
 * The overview strip shows the whole story in miniature as a density: how many events start
 * in each pixel column. One bar per busy column keeps it to at most `width` nodes, however
 * many events there are.
 */
export interface DensityColumn {
  readonly x: number;
  readonly count: number;
}

export function densityColumns(
  events: readonly TimelineEvent[],
  toPixel: (time: number) => number,
  width: number,
  columnWidth = 4,
): DensityColumn[] {
  // Counted by column index: the columns ascend as the array's indices do, and `forEach` skips
  // the empty ones. Events that share a start share a column: a million events over twenty
  // years start on some 7,300 days, so `toPixel` is asked 7,300 times, not a million.
  const counts: number[] = [];
  let time: number | undefined;
  let column = 0;
  for (const event of events) {
    if (event.start.time !== time) column = Math.floor(toPixel((time = event.start.time)) / columnWidth);
    if (column >= 0 && column * columnWidth <= width) counts[column] = (counts[column] ?? 0) + 1;
  }
  const columns: DensityColumn[] = [];
  counts.forEach((count, index) => columns.push({ x: index * columnWidth, count }));
  return columns;
}
