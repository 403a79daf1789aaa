import type { PlacedMark } from './labels.js';
import { GEOMETRY, type LaneBand } from './scene.js';

/**
 * Where a placed mark's label is drawn, in the plot's pixels: the same box on screen
 * (render-plot.ts) and in the exported image (export-image.ts). Pure.
 */
export interface LabelBox {
  /** The box's left edge and top; its text starts `labelPadX` further in. */
  readonly left: number;
  readonly top: number;
  /** The box's width: the label's width in the layout and the padding on both sides. */
  readonly width: number;
  /** The first line's top, and the height of each line (a list of titles takes a row per line). */
  readonly lineTop: number;
  readonly lineHeight: number;
  /** Where the leader from the mark ends: the bottom of the label's lowest line. */
  readonly leaderTop: number;
}

export function labelBox(mark: PlacedMark<unknown>, lane: LaneBand): LabelBox | undefined {
  if (mark.row === undefined) return undefined;
  const { labelGap, labelPadX, labelPadY } = GEOMETRY;
  // Rows and lines grow with the labels' text (the lane's scale, see laneBands); the padding does not.
  const [rowHeight, labelLine] = [GEOMETRY.rowHeight * lane.scale, GEOMETRY.labelLine * lane.scale];
  const list = mark.lines > 1;
  const topRow = mark.row + mark.lines - 1;
  // One line is labelLine + 2 × labelPadY (20 px at the text's base size) tall, labelPadY into
  // its row; a list of titles has no padding and a row for each title.
  const top = lane.top + (lane.rows - 1 - topRow) * rowHeight + (list ? 0 : labelPadY);
  const lineTop = top + (list ? 0 : labelPadY);
  return {
    left: mark.labelStart - labelGap,
    top,
    width: Math.max(mark.labelWidth, 0) + 2 * labelPadX,
    lineTop,
    lineHeight: list ? rowHeight : labelLine,
    leaderTop: top + (mark.lines - 1) * rowHeight + labelLine + 2 * labelPadY,
  };
}
