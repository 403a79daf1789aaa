import type { PlacedMark } from '../layout/labels.js';
import { fitted } from '../layout/fit-text.js';
import { labelBox } from '../layout/mark-geometry.js';
import { GEOMETRY, type Scene } from '../layout/scene.js';
import type { Tick } from '../layout/ticks.js';
import type { TimelineEvent } from '../model/types.js';
import type { ExportColors } from './export-colors.js';

/**
 * The current view as a standalone image, for print and social posts, drawn from the scene:
 * everything the layout placed (lanes, eras, bars, ties, the axis, lane names, marks, clusters
 * and labels) where it and GEOMETRY put it on screen, in colours resolved once from the
 * element's custom properties (a file has none of the page's CSS). Nothing is read back from
 * the rendered DOM. All text goes in through `textContent`; nothing is parsed as markup.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attributes = Record<string, string | number>;

export interface ExportInput {
  readonly scene: Scene;
  readonly title: string | undefined;
  readonly colors: ExportColors;
  /** The element's font: family and size in px (small text is a share of it). */
  readonly font: { readonly family: string; readonly size: number };
  /** A text's width in the element's font: the layout's measure, to cut labels where the screen does. */
  readonly measure: (text: string) => number;
  readonly tickLabel: (tick: Tick) => string;
  readonly clusterText: (count: number) => string;
}

/** The view as an SVG document (a string, ready to save). */
export function viewAsSvg({ scene, title, colors, font, measure, tickLabel, clusterText }: ExportInput): string {
  const { laneNamesAtRight } = scene;
  const heading = title ? 28 : 0;
  const { width, axisY } = scene;
  const height = scene.height + heading;
  const svg = document.createElementNS(SVG_NS, 'svg');
  const add = (name: string, attributes: Attributes, text?: string) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    svg.append(element);
  };
  const small = { 'font-size': GEOMETRY.smallText * font.size, fill: colors.muted };
  const dashed = { stroke: colors.muted, 'stroke-dasharray': '2 3' };
  for (const [key, value] of Object.entries({ xmlns: SVG_NS, width, height, viewBox: `0 ${-heading} ${width} ${height}`, 'font-family': font.family })) {
    svg.setAttribute(key, String(value));
  }

  add('rect', { x: 0, y: -heading, width, height, fill: colors.background });
  if (title) add('text', { x: 4, y: -10, fill: colors.text, 'font-size': 15, 'font-weight': 700 }, title);
  for (const era of scene.eras) {
    add('rect', { x: era.x0, y: 0, width: Math.max(era.x1 - era.x0, 1), height: axisY, fill: colors.era });
    if (era.label !== undefined) add('text', { x: Math.max(era.x0, 0) + GEOMETRY.eraInset, y: axisY - GEOMETRY.eraInset, fill: colors.muted, 'font-size': GEOMETRY.eraText * font.size, 'font-style': 'italic' }, era.label);
  }
  for (const lane of scene.lanes) {
    add('rect', { x: 0, y: lane.top, width, height: lane.height, fill: colors.laneBand });
    add('line', { x1: 0, x2: width, y1: lane.baseline, y2: lane.baseline, stroke: colors.line });
  }
  for (const bar of scene.bars) {
    const size = bar.kind === 'range' ? GEOMETRY.rangeBar : GEOMETRY.periodBar;
    const fill = { fill: colors.lanes[bar.lane] ?? colors.text, 'fill-opacity': bar.kind === 'range' ? 0.55 : 0.16, stroke: colors.background };
    add('rect', { x: bar.x0, y: bar.y - size / 2, width: Math.max(bar.x1 - bar.x0, 2), height: size, rx: GEOMETRY.barCorner, ...fill });
  }
  for (const tie of scene.ties) {
    add('line', { x1: tie.x, x2: tie.x, y1: tie.y0, y2: tie.y1, ...dashed });
    add('circle', { cx: tie.x, cy: tie.y1, r: GEOMETRY.tieEnd, fill: colors.background, stroke: colors.muted });
  }

  // The axis, a half pixel onto the pixel grid as on a standard-density screen.
  add('path', { d: `M0,${axisY + 0.5}H${width}`, stroke: colors.line });
  for (const tick of scene.ticks) {
    add('line', { x1: tick.x + 0.5, x2: tick.x + 0.5, y1: axisY, y2: axisY + GEOMETRY.tickSize, stroke: colors.line });
    add('text', { x: tick.x + 0.5, y: axisY + GEOMETRY.tickLabel, dy: '0.71em', 'text-anchor': 'middle', ...small }, tickLabel(tick));
  }
  for (const s of scene.stretched) add('line', { x1: s.x0, x2: s.x1, y1: axisY + 1, y2: axisY + 1, 'stroke-width': 3, ...dashed });
  for (const b of scene.breaks) {
    add('rect', { x: b.x0, y: axisY - 5, width: Math.max(b.x1 - b.x0, GEOMETRY.breakWidth), height: 10, fill: colors.background, stroke: colors.muted });
    add('text', { x: b.mark, y: axisY + 4, 'text-anchor': 'middle', fill: colors.text }, '≈');
  }

  // Lane names: small capitals at the top of each lane, at the edge the scene kept clear.
  for (const lane of scene.lanes) {
    if (!lane.label) continue;
    const at = { x: laneNamesAtRight ? width - GEOMETRY.laneNameInset : GEOMETRY.laneNameInset, y: lane.top + GEOMETRY.laneNameTop, 'dominant-baseline': 'hanging', 'text-anchor': laneNamesAtRight ? 'end' : 'start' };
    // Cut no later than the screen cuts it (its CSS max-width), measured as the scene measures it: wide.
    const name = fitted(lane.label.toUpperCase(), width * GEOMETRY.laneNameShare, (text) => measure(text) * 1.1);
    add('text', { ...at, ...small, 'font-weight': 600, 'letter-spacing': '0.04em' }, name);
  }

  // Higher label rows first, as on screen: their leaders rise past the lower rows' titles.
  for (const mark of [...scene.marks].sort((a, b) => (b.row ?? 0) - (a.row ?? 0))) drawMark(mark);
  return new XMLSerializer().serializeToString(svg);

  /** A mark as on screen: a dot ringed in the background's colour and outlined in its lane's (a rounded square for a cluster), its leader and its label. */
  function drawMark(mark: PlacedMark<TimelineEvent>): void {
    const lane = scene.lanes[mark.lane]!;
    const color = colors.lanes[mark.lane] ?? colors.text;
    const cy = lane.baseline;
    const { markRing: ring, labelPadX, labelCorner } = GEOMETRY;
    const box = labelBox(mark, lane);
    if (box) add('line', { x1: mark.x - 0.5, x2: mark.x - 0.5, y1: box.leaderTop, y2: cy, stroke: colors.line });
    const [radius, corner] = mark.items.length > 1 ? [GEOMETRY.clusterRadius, GEOMETRY.clusterCorner] : [GEOMETRY.markRadius, GEOMETRY.markRadius];
    const square = (r: number, rx: number, paint: Attributes) => add('rect', { x: mark.x - r, y: cy - r, width: 2 * r, height: 2 * r, rx, ...paint });
    square(radius + 1, corner + 1, { fill: color });
    square(radius - ring / 2, corner, { fill: color, stroke: colors.background, 'stroke-width': ring, class: 'mark' });
    if (!box) return;
    const lines = mark.lines > 1 ? mark.items.map((item) => item.title) : [mark.items.length > 1 ? clusterText(mark.items.length) : mark.items[0]!.title];
    add('rect', { x: box.left, y: box.top, width: box.width, height: lines.length * box.lineHeight + box.lineTop - box.top, rx: labelCorner, fill: colors.background });
    lines.forEach((line, i) => {
      const at = { x: box.left + labelPadX, y: box.lineTop + (i + 0.5) * box.lineHeight, 'dominant-baseline': 'central' };
      add('text', { ...at, fill: colors.text, 'font-size': font.size }, fitted(line, box.width - 2 * labelPadX, measure));
    });
  }
}

/** The same view as a PNG, at `scale` times its size on screen (the SVG's width and height). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const { naturalWidth: width, naturalHeight: height } = image;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a file to the reader's browser to save. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file a story's view is saved as: its title in lower case, words joined by "-". */
export function imageFileName(title: string | undefined, extension: 'svg' | 'png'): string {
  const name = (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'timeline';
  return `${name}.${extension}`;
}

/** Families any viewer of the file knows; one ends the list, so text never falls to a stranger's default. */
const GENERIC_FAMILY = /^(serif|sans-serif|monospace|cursive|fantasy|system-ui)$/;

/**
 * The element's font as the export draws text: its family and size. WebKit's keywords (its
 * default reads `-webkit-standard`) mean nothing to other viewers: they are left out (a page's
 * `-apple-system` is kept: Apple's viewers know it, others pass over it), and the list ends with
 * a generic family (serif, the engines' default, where the page names none).
 */
export function fontOf(element: Element): ExportInput['font'] {
  const style = getComputedStyle(element);
  const families = style.fontFamily.split(',').map((family) => family.trim()).filter((family) => family && !family.startsWith('-webkit-'));
  if (!GENERIC_FAMILY.test(families.at(-1) ?? '')) families.push('serif');
  return { family: families.join(', '), size: parseFloat(style.fontSize) };
}
