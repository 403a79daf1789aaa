import { GEOMETRY, type Scene } from '../layout/scene.js';

/**
 * The current view as a standalone image, for print and social posts. The drawing is cloned
 * with its computed colours written onto it (a file has no access to the page's CSS), and the
 * marks and labels, which are HTML on the page, are drawn as SVG. All text goes in through
 * `textContent`; nothing is parsed as markup.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAINT = ['fill', 'stroke', 'opacity', 'fill-opacity', 'stroke-opacity', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-family', 'font-style', 'font-weight'] as const;

function inlineComputedStyles(original: Element, copy: Element): void {
  const style = getComputedStyle(original);
  for (const property of PAINT) copy.setAttribute(property, style.getPropertyValue(property));
  const children = original.children;
  for (let i = 0; i < children.length; i++) inlineComputedStyles(children[i]!, copy.children[i]!);
}

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

export interface ExportInput {
  readonly chart: SVGSVGElement;
  readonly scene: Scene;
  readonly title: string | undefined;
  /** Resolved colours: background, text, and one per lane. */
  readonly colors: { background: string; text: string; lane: (lane: number) => string };
  readonly font: string;
  readonly clusterText: (count: number) => string;
}

/** The view as an SVG document (a string, ready to save). */
export function viewAsSvg({ chart, scene, title, colors, font, clusterText }: ExportInput): string {
  const heading = title ? 28 : 0;
  const svg = svgElement('svg', { xmlns: SVG_NS, width: scene.width, height: scene.height + heading, viewBox: `0 ${-heading} ${scene.width} ${scene.height + heading}` });
  svg.append(svgElement('rect', { x: 0, y: -heading, width: scene.width, height: scene.height + heading, fill: colors.background }));
  if (title) {
    const text = svgElement('text', { x: 4, y: -10, fill: colors.text, 'font-family': font, 'font-size': 15, 'font-weight': 700 });
    text.textContent = title;
    svg.append(text);
  }
  const drawing = chart.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(chart, drawing);
  const group = svgElement('g', {});
  group.append(...Array.from(drawing.childNodes));
  svg.append(group);

  for (const mark of scene.marks) {
    const lane = scene.lanes[mark.lane]!;
    const color = colors.lane(mark.lane);
    svg.append(svgElement('circle', { cx: mark.x, cy: lane.baseline, r: mark.items.length > 1 ? 7 : 5, fill: color, stroke: colors.background, 'stroke-width': 2 }));
    if (mark.row === undefined) continue;
    const lines = mark.lines > 1 ? mark.items.map((item) => item.title) : [mark.items.length > 1 ? clusterText(mark.items.length) : mark.items[0]!.title];
    lines.forEach((words, i) => {
      // Lines read top to bottom; the last sits in the label's lowest row.
      const row = mark.row! + lines.length - 1 - i;
      const y = lane.top + (lane.rows - 1 - row) * GEOMETRY.rowHeight + 16;
      const text = svgElement('text', { x: mark.labelStart - GEOMETRY.labelGap + 6, y, fill: colors.text, 'font-family': font, 'font-size': 12 });
      // A cut label is cut here too, with an ellipsis, at roughly the width it had on screen.
      const fits = Math.max(1, Math.floor(mark.labelWidth / 6.5));
      text.textContent = words.length > fits ? `${words.slice(0, Math.max(fits - 1, 1))}…` : words;
      svg.append(text);
    });
  }
  return new XMLSerializer().serializeToString(svg);
}

/** The same view as a PNG, at `scale` times its size on screen. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
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
