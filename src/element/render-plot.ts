import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from './css-props.js';
import type { PlacedMark } from '../layout/labels.js';
import type { Tick } from '../layout/ticks.js';
import { labelBox } from '../layout/mark-geometry.js';
import { cutMixedTitle } from '../layout/fit-text.js';
import { GEOMETRY, type Scene } from '../layout/scene.js';
import type { TimelineEvent } from '../model/types.js';
import type { DateText } from '../i18n/date-text.js';
import type { PlotInput } from './plot-input.js';
import { renderPreview } from './render-chrome.js';

/**
 * The horizontal view: an SVG for what is only seen (lanes, eras, bars, ties, the axis), and
 * HTML buttons for what is also pressed and read out (each mark
 * with its label, one target). All positions come from the pure scene; styles are set through
 * the CSSOM (cssProps), never inline style attributes, so a strict CSP holds.
 */

/** The colour of a track (the n-th lane drawn): five custom properties, taken in turn. */
export const laneColor = (track: number): string => `var(--nt-lane-${(track % 5) + 1})`;

export interface PlotHandlers {
  readonly isCurrent: (event: TimelineEvent) => boolean;
  readonly isTabStop: (mark: PlacedMark<TimelineEvent>) => boolean;
  readonly laneColor: (lane: number) => string;
  readonly markLabel: (mark: PlacedMark<TimelineEvent>) => string;
  readonly clusterText: (count: number) => string;
  readonly tickLabel: (tick: Tick) => string;
  /** A text's width in the labels' font (the layout's measure). */
  readonly measure: (text: string) => number;
}

/**
 * The time axis, drawn as d3-axis's axisBottom would draw it (same elements, classes and
 * attributes, but for its fixed font: the ticks' is the element's, at a share of its size),
 * from ticks the pure layout has already placed and thinned. Drawing it here
 * instead of through d3-axis saves d3-axis and the d3-scale and d3-format it needed (~10 KB
 * minified).
 */
function renderAxis(scene: Scene, tickLabel: PlotHandlers['tickLabel']) {
  // Half a pixel puts one-pixel lines on the pixel grid of a standard-density screen, as d3 does.
  const offset = devicePixelRatio > 1 ? 0 : 0.5;
  return svg`<g class="axis" part="axis" transform=${`translate(0, ${scene.axisY})`}
      fill="none" text-anchor="middle">
    <path class="domain" stroke="currentColor" d=${`M${offset},0V${offset}H${scene.width + offset}V0`}></path>
    ${scene.ticks.map(
      (tick) => svg`<g class="tick" transform=${`translate(${tick.x + offset},0)`}><line stroke="currentColor" y2=${GEOMETRY.tickSize}></line><text fill="currentColor" y=${GEOMETRY.tickLabel} dy="0.71em">${tickLabel(tick)}</text></g>`,
    )}
  </g>`;
}

function renderChart(scene: Scene, { laneColor, tickLabel }: PlotHandlers) {
  return html`<svg class="chart" part="chart" aria-hidden="true" width=${scene.width} height=${scene.height}>
    ${scene.eras.map(
      (era) => svg`<rect class="era" part="era" x=${era.x0} y="0" width=${Math.max(era.x1 - era.x0, 1)} height=${scene.axisY}></rect>${era.label === undefined ? nothing : svg`<text class="era-label" x=${Math.max(era.x0, 0) + GEOMETRY.eraInset} y=${scene.axisY - GEOMETRY.eraInset}>${era.label}</text>`}`,
    )}
    ${scene.lanes.map(
      (lane) => svg`<rect class="lane-band" x="0" y=${lane.top} width=${scene.width} height=${lane.height}></rect><line class="baseline" x1="0" x2=${scene.width} y1=${lane.baseline} y2=${lane.baseline}></line>`,
    )}
    ${scene.bars.map((bar) => {
      const height = bar.kind === 'range' ? GEOMETRY.rangeBar : GEOMETRY.periodBar;
      return svg`<rect class=${`bar-${bar.kind}`} part=${`bar bar-${bar.kind}`} data-id=${bar.event.id}
        style=${cssProps({ '--lane-color': laneColor(bar.lane) })}
        x=${bar.x0} y=${bar.y - height / 2} width=${Math.max(bar.x1 - bar.x0, 2)}
        height=${height} rx=${GEOMETRY.barCorner}></rect>`;
    })}
    ${scene.ties.map(
      (tie) => svg`<line class="tie" x1=${tie.x} x2=${tie.x} y1=${tie.y0} y2=${tie.y1}></line><circle class="tie-end" cx=${tie.x} cy=${tie.y1} r=${GEOMETRY.tieEnd}></circle>`,
    )}
    ${renderAxis(scene, tickLabel)}
    ${scene.stretched.map(
      (s) => svg`<line class="axis-stretch" x1=${s.x0} x2=${s.x1} y1=${scene.axisY + 1} y2=${scene.axisY + 1}></line>`,
    )}
    ${scene.breaks.map(
      (b) => svg`<rect class="axis-break" x=${b.x0} y=${scene.axisY - 5} width=${Math.max(b.x1 - b.x0, GEOMETRY.breakWidth)} height="10"></rect><text class="axis-break-mark" x=${b.mark} y=${scene.axisY + 4} text-anchor="middle">≈</text>`,
    )}
  </svg>`;
}

function renderMark(mark: PlacedMark<TimelineEvent>, scene: Scene, handlers: PlotHandlers): TemplateResult {
  const lane = scene.lanes[mark.lane]!;
  const isCluster = mark.items.length > 1;
  const first = mark.items[0]!;
  const box = labelBox(mark, lane);
  // The label and its leader are placed from the button's corner; the mark is its centre.
  const half = GEOMETRY.markTarget / 2;
  // A label in a higher row has a longer leader, which rises past the lower rows' labels: marks
  // are drawn lower rows on top, so every title paints over the leaders that cross it.
  const position = {
    transform: `translate(${mark.x}px, ${lane.baseline}px)`,
    '--lane-color': handlers.laneColor(mark.lane),
    'z-index': mark.row ? `${-mark.row}` : undefined,
  };
  // No whitespace between the tags, here and in the chart's repeated shapes: the button's
  // children are all placed absolutely, and SVG draws no text outside <text>, so it would only
  // be text nodes, made and removed with every mark and tick that comes and goes.
  return html`<button
    class=${isCluster ? 'mark cluster' : 'mark'}
    part=${isCluster ? 'cluster' : 'event'}
    data-id=${first.id}
    data-count=${mark.items.length}
    tabindex=${handlers.isTabStop(mark) ? 0 : -1}
    aria-current=${!isCluster && handlers.isCurrent(first) ? 'true' : nothing}
    aria-label=${handlers.markLabel(mark)}
    style=${cssProps(position)}
  ><span class="dot"></span>${box === undefined
      ? nothing
      : html`<span class="leader" style=${cssProps({ transform: `scaleY(${lane.baseline - box.leaderTop})` })}></span><span
            class=${mark.lines > 1 ? 'label titles' : 'label'}
            part="label"
            aria-hidden="true"
            style=${cssProps({
              transform: `translate(${box.left - mark.x + half}px, ${box.top - lane.baseline + half}px)`,
              'max-width': `${box.width}px`,
            })}
            >${mark.lines > 1
              ? mark.items.map((item, i) => html`${i ? ' ' : ''}<span class="title-line">${item.title}</span>`)
              : isCluster
                ? handlers.clusterText(mark.items.length)
                : cutMixedTitle(first.title, box.width - 2 * GEOMETRY.labelPadX, handlers.measure)}</span
          >`}</button>`;
}

export function renderPlot(scene: Scene, handlers: PlotHandlers, groupLabel: string): TemplateResult {
  return html`${renderChart(scene, handlers)}
    ${scene.lanes.map((lane) =>
      lane.label
        ? html`<span class=${scene.laneNamesAtRight ? 'lane-label at-right' : 'lane-label'} part="lane-label" style=${cssProps({ transform: `translateY(${lane.top + GEOMETRY.laneNameTop}px)` })}>${lane.label}</span>`
        : nothing,
    )}
    <div class="marks" role="group" aria-label=${groupLabel} style=${cssProps({ '--row-scale': `${scene.lanes[0]!.scale}` })}>
      ${repeat(
        scene.marks,
        (mark) => mark.items[0]!.id,
        (mark) => renderMark(mark, scene, handlers),
      )}
    </div>`;
}

export interface PlotViewOptions extends PlotHandlers {
  readonly input: PlotInput;
  /** The marks group's accessible name. */
  readonly groupLabel: string;
  /** The event hovered or focused, previewed when its label is hidden or cut. */
  readonly preview: TimelineEvent | undefined;
  readonly dates: DateText;
  /** "Use Ctrl + scroll to zoom", while a plain wheel over the plot is left to the page. */
  readonly wheelHint: string | undefined;
}

/** Preview cards are this wide, at most (the styles' max-width), kept inside the plot. */
const PREVIEW_WIDTH = 288;

/** The plot: the scene, the reader's input on its marks, the hover preview and the wheel hint. */
export function renderPlotView(scene: Scene, options: PlotViewOptions): TemplateResult {
  const { input } = options;
  const empty = scene.marks.length === 0;
  return html`<div
    class="plot"
    part="plot"
    tabindex=${empty ? 0 : -1}
    aria-label=${empty ? options.groupLabel : nothing}
    @click=${input.onClick}
    @keydown=${input.onKeydown}
    @pointerover=${input.onPreview}
    @pointerout=${input.onPreview}
    @focusin=${input.onPreview}
    @focusout=${input.onPreview}
  >
    ${renderPlot(scene, options, options.groupLabel)} ${previewOf(scene, options)}
    ${options.wheelHint ? html`<div class="wheel-hint" aria-hidden="true">${options.wheelHint}</div>` : nothing}
  </div>`;
}

/** Only for a label that is hidden or cut: a whole label needs no preview. */
function previewOf(scene: Scene, { preview: event, measure, dates }: PlotViewOptions) {
  const mark = event && scene.marks.find((m) => m.items.length === 1 && m.items[0] === event);
  if (!event || !mark || (mark.row !== undefined && mark.labelWidth >= measure(event.title))) return nothing;
  const left = Math.min(Math.max(mark.x - 20, 0), Math.max(scene.width - PREVIEW_WIDTH, 0));
  return renderPreview(event, left, scene.lanes[mark.lane]!.baseline + 14, dates);
}
