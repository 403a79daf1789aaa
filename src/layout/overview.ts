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
  const counts = new Map<number, number>();
  for (const event of events) {
    const column = Math.floor(toPixel(event.start.time) / columnWidth);
    if (column < 0 || column * columnWidth > width) continue;
    counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([column, count]) => ({ x: column * columnWidth, count }));
}
