import { css } from 'lit';
import { GEOMETRY } from '../layout/scene.js';

// Mark geometry comes from the layout (GEOMETRY), so the plot, the export and these styles
// agree; only constants are interpolated here, never data.
const { markTarget, markRadius, markRing, clusterRadius, clusterCorner, labelLine, labelPadX, labelPadY, labelCorner, rowHeight, laneNameInset, laneNameShare, smallText, eraText } = GEOMETRY;

/**
 * Colours. Each is a light-dark() pair, so the element follows the color-scheme it inherits
 * from the page: light unless the page declares `color-scheme: light dark` (or `dark`) and the
 * reader prefers dark. `theme` pins it by setting the element's own color-scheme.
 */
const schemeColors = css`
    --nt-bg: light-dark(#ffffff, #16181c);
    --nt-fg: light-dark(#1a1a1a, #ececec);
    --nt-muted: light-dark(#5c5c5c, #a9adb4);
    --nt-line: light-dark(#c9c9c9, #4a4f57);
    --nt-accent: light-dark(#0b5cad, #7db7ff);
    --nt-focus: light-dark(#0b5cad, #7db7ff);
    --nt-era-bg: light-dark(rgba(11, 92, 173, 0.07), rgba(125, 183, 255, 0.09));
    --nt-lane-bg: light-dark(rgba(0, 0, 0, 0.025), rgba(255, 255, 255, 0.03));
    --nt-popover-bg: light-dark(#ffffff, #23262c);
    --nt-lane-1: light-dark(#0b5cad, #7db7ff);
    --nt-lane-2: light-dark(#b3261e, #ff8a80);
    --nt-lane-3: light-dark(#1f7a3a, #7ad58f);
    --nt-lane-4: light-dark(#8a4baf, #d4a5ff);
    --nt-lane-5: light-dark(#a15c00, #ffc266);
    --nt-popover-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
`;

/** For an engine without light-dark(): light unless `theme` asks for dark. */
const lightColors = css`
    --nt-bg: #ffffff;
    --nt-fg: #1a1a1a;
    --nt-muted: #5c5c5c;
    --nt-line: #c9c9c9;
    --nt-accent: #0b5cad;
    --nt-focus: #0b5cad;
    --nt-era-bg: rgba(11, 92, 173, 0.07);
    --nt-lane-bg: rgba(0, 0, 0, 0.025);
    --nt-popover-bg: #ffffff;
    --nt-lane-1: #0b5cad;
    --nt-lane-2: #b3261e;
    --nt-lane-3: #1f7a3a;
    --nt-lane-4: #8a4baf;
    --nt-lane-5: #a15c00;
    --nt-popover-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
`;
const darkColors = css`
    --nt-bg: #16181c;
    --nt-fg: #ececec;
    --nt-muted: #a9adb4;
    --nt-line: #4a4f57;
    --nt-accent: #7db7ff;
    --nt-focus: #7db7ff;
    --nt-era-bg: rgba(125, 183, 255, 0.09);
    --nt-lane-bg: rgba(255, 255, 255, 0.03);
    --nt-popover-bg: #23262c;
    --nt-lane-1: #7db7ff;
    --nt-lane-2: #ff8a80;
    --nt-lane-3: #7ad58f;
    --nt-lane-4: #d4a5ff;
    --nt-lane-5: #ffc266;
    --nt-popover-shadow: 0 6px 24px rgba(0, 0, 0, 0.6);
`;

/** One default height at every width (see README); a height the page sets wins. */
export const DEFAULT_HEIGHT_PX = 512;

export const timelineStyles = css`
  :host {
    --nt-font-family: inherit;
    --nt-font-size: 0.8125rem;
    ${schemeColors}
    --nt-radius: 6px;
    display: block;
    /* The column's width, also where a block would shrink to its content (a flex column centred,
       a float, an inline-block): the size containment below gives the element no content width,
       so it would be 0 px wide there. Each engine takes the last value it knows. */
    width: -moz-available;
    width: -webkit-fill-available;
    width: stretch;
    position: relative;
    height: ${DEFAULT_HEIGHT_PX}px;
    overflow: hidden;
    font-family: var(--nt-font-family);
    font-size: var(--nt-font-size);
    line-height: 1.35;
    color: var(--nt-fg);
    /* A long word or address wraps wherever text wraps (popover, list, header, legend, tags),
       rather than running past its box; labels that keep to one line end in an ellipsis. */
    overflow-wrap: anywhere;
    background: var(--nt-bg);
    container-type: inline-size;
  }
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
    --nt-popover-shadow: 0 6px 24px rgba(0, 0, 0, 0.6);
  }
  :host([theme='auto' i]) {
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      --nt-popover-shadow: 0 6px 24px rgba(0, 0, 0, 0.6);
    }
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${lightColors}
    }
    :host([theme='dark' i]) {
      ${darkColors}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto' i]) {
        ${darkColors}
      }
    }
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark' i]) {
    ${darkColors}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      ${darkColors}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* The box: header and toolbar at the top, the overview at the bottom, and between them the
     stage, which takes the rest of the element's height and scrolls what does not fit. */
  .container {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  .header,
  .toolbar,
  svg.overview {
    flex: none;
  }
  .stage,
  .fallback,
  .loading {
    position: relative;
    flex: 1 1 0;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: auto;
  }
  .stage.listing .plot {
    display: none;
  }
  .visually-hidden,
  .for-assistive-technology {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    /* Laid out with the story, never seen: no breaks to look for in every word. */
    overflow-wrap: normal;
  }
  /* A long title or description (a pasted paragraph) scrolls in its own strip rather than
     leaving the plot no room; so does a long list of problems. */
  .header {
    margin: 0 0 0.5rem;
    max-height: 40%;
    overflow-y: auto;
  }
  .title {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
  }
  .description {
    margin: 0.25rem 0 0;
    color: var(--nt-muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin-bottom: 0.5rem;
  }
  .toolbar .range {
    margin-inline-start: auto;
    color: var(--nt-muted);
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    color: inherit;
  }
  .control {
    min-width: 32px;
    min-height: 32px;
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--nt-line);
    border-radius: var(--nt-radius);
    background: var(--nt-bg);
    cursor: pointer;
  }
  .control:hover:not(:disabled) {
    border-color: var(--nt-accent);
  }
  .control:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .control[aria-pressed='true'] {
    background: var(--nt-accent);
    color: var(--nt-bg);
    border-color: var(--nt-accent);
  }
  :focus-visible {
    outline: 2px solid var(--nt-focus);
    outline-offset: 2px;
  }
  .plot {
    position: relative;
    overflow: hidden;
    /* Zooming redraws only the plot: keep its layout and paint from touching the rest. */
    contain: layout paint;
    /* A vertical swipe scrolls the page; a horizontal one and a pinch go to the timeline. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
    border-top: 1px solid var(--nt-line);
    border-bottom: 1px solid var(--nt-line);
  }
  .plot:active {
    cursor: grabbing;
  }
  svg.chart {
    display: block;
    overflow: visible;
  }
  .lane-band {
    fill: var(--nt-lane-bg);
  }
  /* Moved down by a transform as lanes gain rows (no layout shift; see .mark .label). */
  .lane-label {
    position: absolute;
    top: 0;
    left: ${laneNameInset}px;
    font-size: ${smallText}em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--nt-muted);
    pointer-events: none;
    max-width: ${laneNameShare * 100}%;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Right-to-left text: at the right edge, where the scene kept the labels clear of them. */
  .lane-label.at-right {
    left: auto;
    right: ${laneNameInset}px;
  }
  .era {
    fill: var(--nt-era-bg);
  }
  .era-label {
    fill: var(--nt-muted);
    font-size: ${eraText}em;
    font-style: italic;
  }
  .baseline {
    stroke: var(--nt-line);
  }
  /* Outlined in the background, so ranges that meet or overlap in one lane read as bars of their own. */
  .bar-range,
  .bar-period {
    fill: var(--lane-color, var(--nt-accent));
    stroke: var(--nt-bg);
  }
  .bar-range {
    fill-opacity: 0.55;
  }
  .bar-period {
    fill-opacity: 0.16;
  }
  .tie {
    stroke: var(--nt-muted);
    stroke-dasharray: 2 3;
  }
  .tie-end {
    fill: var(--nt-bg);
    stroke: var(--nt-muted);
  }
  .axis text {
    fill: var(--nt-muted);
    font-family: var(--nt-font-family);
    font-size: ${smallText}em;
  }
  .axis line,
  .axis path {
    stroke: var(--nt-line);
  }
  .axis-break {
    fill: var(--nt-bg);
    stroke: var(--nt-muted);
  }
  .axis-break-mark {
    fill: var(--nt-fg);
  }
  /* A stretch drawn wider than the rest of the axis (a small story's dense days): a thick dashed line. */
  .axis-stretch {
    stroke: var(--nt-muted);
    stroke-width: 3;
    stroke-dasharray: 2 3;
  }
  svg.overview {
    display: block;
    margin-top: 4px;
    touch-action: pan-y;
  }
  .overview .density {
    fill: var(--nt-muted);
    opacity: 0.6;
  }
  .overview .selection {
    fill: var(--nt-accent);
    fill-opacity: 0.15;
    stroke: var(--nt-accent);
  }
  /* Its own stacking context: the marks' z-index (lower label rows on top) orders them only. */
  .marks {
    position: absolute;
    inset: 0;
    pointer-events: none;
    isolation: isolate;
  }
  .mark {
    contain: layout style;
    position: absolute;
    top: 0;
    left: 0;
    width: ${markTarget}px;
    height: ${markTarget}px;
    margin: ${-markTarget / 2}px 0 0 ${-markTarget / 2}px;
    padding: 0;
    border: 0;
    background: none;
    pointer-events: auto;
    cursor: pointer;
  }
  .mark .dot {
    position: absolute;
    inset: ${markTarget / 2 - markRadius}px;
    border-radius: 50%;
    background: var(--lane-color, var(--nt-accent));
    border: ${markRing}px solid var(--nt-bg);
    box-shadow: 0 0 0 1px var(--lane-color, var(--nt-accent));
  }
  .mark.cluster .dot {
    inset: ${markTarget / 2 - clusterRadius}px;
    border-radius: ${clusterCorner}px;
  }
  .mark[aria-current='true'] .dot {
    box-shadow: 0 0 0 3px var(--nt-fg);
  }
  .mark:focus-visible {
    outline: none;
  }
  .mark:focus-visible .dot {
    outline: 2px solid var(--nt-focus);
    outline-offset: 3px;
  }
  /* A pixel stretched up to its label's row (scaleY), so its box never moves: no layout shift. */
  .mark .leader {
    position: absolute;
    left: ${markTarget / 2 - 1}px;
    bottom: ${markTarget / 2}px;
    width: 1px;
    height: 1px;
    transform-origin: bottom;
    background: var(--nt-line);
  }
  /* Placed by a transform, as the marks are: a label moving to another row as the view zooms is
     then no layout shift on the page's count (a page driving zoomTo as it scrolls would pay it). */
  .mark .label {
    position: absolute;
    top: 0;
    left: 0;
    padding: ${labelPadY}px ${labelPadX}px;
    border-radius: ${labelCorner}px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    text-align: start;
    /* As tall as the layout's rows, which grow with larger text where the box has room (laneBands). */
    line-height: calc(${labelLine}px * var(--row-scale));
    background: var(--nt-bg);
  }
  .mark .label.titles {
    padding: 0 ${labelPadX}px;
    line-height: calc(${rowHeight}px * var(--row-scale));
  }
  .title-line {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .mark:hover .label,
  .mark:focus-visible .label {
    color: var(--nt-accent);
    text-decoration: underline;
  }
  .mark:focus-visible .label {
    outline: 2px solid var(--nt-focus);
  }
  .preview {
    position: absolute;
    z-index: 2;
    max-width: 18rem;
    padding: 0.35rem 0.5rem;
    border-radius: var(--nt-radius);
    background: var(--nt-fg);
    color: var(--nt-bg);
    font-size: 0.923em;
  }
  .wheel-hint {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    background: rgba(0, 0, 0, 0.45);
    color: #fff;
    font-weight: 600;
    pointer-events: none;
  }
  .error {
    flex: none;
    padding: 0.5rem 0.75rem;
    border: 1px solid #b3261e;
    border-radius: var(--nt-radius);
    margin-bottom: 0.5rem;
  }
  /* The loading skeleton fills the box it will be drawn in. */
  .loading {
    display: grid;
    place-items: center;
    border-radius: var(--nt-radius);
    background: var(--nt-lane-bg);
    color: var(--nt-muted);
  }
  /* The debug notice for editors: plain and compact, above whatever the element shows. */
  .problems {
    flex: none;
    max-height: 25%;
    overflow-y: auto;
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--nt-line);
    border-inline-start-width: 4px;
    border-radius: var(--nt-radius);
    font-size: 0.875em;
  }
  .problems-heading {
    margin: 0;
    font-weight: 600;
  }
  .problems-list {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .pager {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  /* Time runs left to right in every language (see README); the controls and text mirror. */
  .plot,
  svg.overview,
  .steps {
    direction: ltr;
  }
  /* Each reads in its own direction: an Arabic date on the axis right to left. */
  .mark .label,
  .lane-label,
  .axis text {
    unicode-bidi: plaintext;
  }
  /* The rail at the start side in either direction, inset by half a dot so no dot is cut. */
  ol.list {
    list-style: none;
    margin: 0;
    margin-inline-start: 8px;
    padding: 0;
    padding-inline-start: 1rem;
    border-inline-start: 2px solid var(--nt-line);
  }
  ol.list > li {
    position: relative;
    margin: 0 0 1rem;
    padding-inline-start: 0.5rem;
  }
  /* The dot sits on the date's line (placed where the date starts: no top), below an era's name. */
  ol.list > li > .list-date::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1rem - 7px);
    margin-top: 0.15em;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--lane-color, var(--nt-accent));
    border: 2px solid var(--nt-bg);
  }
  .list-date {
    display: block;
    color: var(--nt-muted);
    font-size: 0.85em;
  }
  .list-title {
    display: block;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    font-weight: 600;
    cursor: pointer;
    min-height: 24px;
  }
  .list-title:hover {
    color: var(--nt-accent);
    text-decoration: underline;
  }
  .provenance {
    color: var(--nt-muted);
    font-size: 0.85em;
    font-style: italic;
  }
  /* One block for where an event's content comes from; the story's own in the footer. */
  .provenance-block,
  .footer {
    color: var(--nt-muted);
    font-size: 0.9em;
  }
  .provenance-block p,
  .footer p {
    margin: 0.25rem 0 0;
  }
  /* Below the overview, outside the stage: the plot keeps its width. A long footer (notes,
     corrections) scrolls in its own strip rather than taking the plot's height; the strip
     shows its first line whole: its padding, the paragraph's margin and one line. */
  .footer {
    flex: none;
    max-height: calc(0.75rem + 1.35em);
    overflow-y: auto;
    padding: 0.5rem 0 0;
  }
  .provenance.disagree {
    font-style: normal;
  }
  /* Flags (dates disagree, attribution inferred) are words, so they survive forced colours. */
  .flag {
    font-style: normal;
    font-weight: 600;
    color: var(--nt-fg);
  }
  .provenance-block a,
  .footer a {
    color: var(--nt-accent);
  }
  .popover {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 10;
    width: max-content;
    /* The width the reader sees, on a page they have pinch-zoomed too (set by the popover's placement). */
    max-width: min(26rem, calc(var(--seen-width, 100vw) - 16px));
    max-height: min(28rem, calc(100vh - 16px));
    overflow: auto;
    padding: 0.9rem 1rem;
    border: 1px solid var(--nt-line);
    border-radius: var(--nt-radius);
    background: var(--nt-popover-bg);
    box-shadow: var(--nt-popover-shadow);
    overscroll-behavior: contain;
  }
  .popover.sheet {
    top: auto;
    bottom: 0;
    left: 0;
    right: 0;
    width: auto;
    max-width: none;
    max-height: 70vh;
    border-radius: var(--nt-radius) var(--nt-radius) 0 0;
  }
  /* A summary's line breaks are the editor's (a TimelineJS text's paragraphs, a cell's lines). */
  .summary {
    white-space: pre-line;
  }
  .popover h3,
  .popover .popover-title {
    margin: 0 0 0.25rem;
    margin-inline-end: 2rem;
    font-size: 1.05em;
  }
  .popover .close {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
    width: 32px;
    height: 32px;
    border: 0;
    border-radius: var(--nt-radius);
    background: transparent;
    font-size: 1.2rem;
    cursor: pointer;
  }
  .popover .close:hover {
    background: var(--nt-lane-bg);
  }
  .popover blockquote {
    margin: 0.6rem 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--nt-accent);
  }
  .popover .quote-text {
    margin: 0;
  }
  .popover .attribution {
    margin: 0.25rem 0 0;
    color: var(--nt-muted);
    font-size: 0.9em;
  }
  .popover a {
    color: var(--nt-accent);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .mark .dot,
    ol.list > li > .list-date::before {
      background: CanvasText;
      border-color: Canvas;
      forced-color-adjust: none;
    }
    .bar-range,
    .bar-period,
    .axis text,
    .axis-break-mark,
    .era-label {
      fill: CanvasText;
    }
    .bar-range,
    .bar-period {
      stroke: Canvas;
    }
    /* A background, which forced colours make the Canvas's: the leader would vanish. */
    .mark .leader {
      forced-color-adjust: none;
      background: CanvasText;
    }
    /* States the colours alone told: pressed, shown, selected. */
    .control[aria-pressed='true'],
    .tag[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .legend-item .swatch {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    .mark[aria-current='true'] .dot {
      box-shadow: 0 0 0 3px Highlight;
    }
  }
  @media print {
    /* On paper the list is the story: the box grows to hold all of it. */
    :host {
      height: auto !important;
      overflow: visible;
    }
    .container,
    .stage {
      height: auto;
      overflow: visible;
    }
    .toolbar,
    .plot,
    svg.overview,
    .pager {
      display: none;
    }
    .for-assistive-technology {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }
`;
