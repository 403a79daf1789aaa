import { html, nothing, svg, type TemplateResult } from 'lit';
import { cssProps } from './css-props.js';
import type { DateText } from '../i18n/date-text.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { DensityColumn } from '../layout/overview.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { renderEventBody } from './render-event-body.js';
import type { EmbeddableProvider } from '../parse/classify-media.js';
import type { TagOptions } from './render-filters.js';

/** The element's frame around the plot: header, toolbar, overview, hover preview and popover. */

export function renderHeader(timeline: Timeline, headingLevel: number | undefined) {
  if (!timeline.title && !timeline.description) return nothing;
  const level = headingLevel && headingLevel >= 1 && headingLevel <= 6 ? headingLevel : undefined;
  return html`<div class="header" part="header">
    ${timeline.title
      ? html`<div class="title" role=${level ? 'heading' : nothing} aria-level=${level ?? nothing}>${timeline.title}</div>`
      : nothing}
    ${timeline.description ? html`<p class="description">${timeline.description}</p>` : nothing}
  </div>`;
}

export interface ToolbarOptions {
  readonly strings: TimelineStrings;
  readonly dates: DateText;
  readonly canGoBack: boolean;
  readonly canGoOn: boolean;
  /** The zoom controls and list toggle belong to the horizontal view only. */
  readonly horizontal: boolean;
  readonly listView: boolean;
  readonly eventCount: number;
  /** Offer to save the view as an image. */
  readonly download: boolean;
  /** The lane legend and the tag chip (render-filters.ts), in the toolbar's row while they fit. */
  readonly filters?: TemplateResult | typeof nothing;
  readonly act: (action: 'previous' | 'next' | 'zoom-in' | 'zoom-out' | 'fit' | 'list' | 'save-svg' | 'save-png') => void;
}

function control(action: Parameters<ToolbarOptions['act']>[0], label: string, text: string, act: ToolbarOptions['act'], extra = {}) {
  const { disabled = false, pressed } = extra as { disabled?: boolean; pressed?: boolean };
  return html`<button
    class="control"
    part="control"
    data-action=${action}
    ?disabled=${disabled}
    aria-pressed=${pressed === undefined ? nothing : String(pressed)}
    aria-label=${label === text ? nothing : label}
    title=${label === text ? nothing : label}
    @click=${() => act(action)}
  >
    ${text}
  </button>`;
}

export function renderToolbar(options: ToolbarOptions): TemplateResult {
  const { strings: s, act } = options;
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${s.timelineLabel}>
    <span class="steps">
      ${control('previous', s.previous, '‹', act, { disabled: !options.canGoBack })}
      ${control('next', s.next, '›', act, { disabled: !options.canGoOn })}
    </span>
    ${options.horizontal
      ? html`${control('zoom-in', s.zoomIn, '+', act)} ${control('zoom-out', s.zoomOut, '−', act)}
          ${control('fit', s.fit, s.fit, act)} ${control('list', s.listView, s.listView, act, { pressed: options.listView })}
          ${options.download ? html`${control('save-svg', s.saveSvg, s.saveSvg, act)} ${control('save-png', s.savePng, s.savePng, act)}` : nothing}
          ${options.filters ?? nothing}
          <span class="range" aria-hidden="true">${options.dates.digits(s.eventCount(options.eventCount))}</span>`
      : (options.filters ?? nothing)}
  </div>`;
}

export function renderOverview(density: readonly DensityColumn[], width: number, height: number): TemplateResult {
  const busiest = Math.max(1, ...density.map((c) => c.count));
  // A log scale, so one busy day does not flatten the rest of the story.
  const barHeight = (count: number) => 4 + ((height - 8) * Math.log1p(count)) / Math.log1p(busiest);
  // One path for every bar rather than a rect each: a long story has a bar every 4 px of the
  // width (270 rects and 800 DOM nodes at 1200 px), and the page pays for each node it holds.
  const bars = density.map((c) => {
    const h = Math.round(barHeight(c.count) * 100) / 100;
    return `M${c.x},${height - h}h4v${h}h-4z`;
  });
  return html`<svg class="overview" part="overview" aria-hidden="true" width=${width} height=${height}>
    ${bars.length ? svg`<path class="density" d=${bars.join('')}></path>` : nothing}
    <g class="brush"></g>
  </svg>`;
}

/** The light hover or focus preview of an event whose label is hidden or cut. */
export function renderPreview(event: TimelineEvent, left: number, top: number, dates: DateText): TemplateResult {
  return html`<div class="preview" aria-hidden="true" style=${cssProps({ left: `${left}px`, top: `${top}px` })}>
    <strong>${event.title}</strong><br />${dates.range(event.start, event.end)}
  </div>`;
}

export interface PopoverOptions {
  readonly dates: DateText;
  readonly strings: TimelineStrings;
  /** On narrow screens the popover is a bottom sheet. */
  readonly sheet: boolean;
  /** Providers whose player the page opted in to (the `embeds` attribute). */
  readonly embeds: ReadonlySet<EmbeddableProvider>;
  /** The event's tags, each choosing a filter. */
  readonly tags: TagOptions;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onClose: () => void;
}

export function renderPopover(event: TimelineEvent, options: PopoverOptions): TemplateResult {
  // Ids are scoped to the element's shadow root, so a fixed one never clashes with another timeline's.
  const titleId = 'nt-popover-title';
  const { strings } = options;
  return html`<div
    class=${options.sheet ? 'popover sheet' : 'popover'}
    part="popover"
    role="dialog"
    aria-labelledby=${titleId}
    tabindex="-1"
    @keydown=${options.onKeydown}
  >
    <button class="close" part="close" aria-label=${strings.close} title=${strings.close} @click=${options.onClose}>×</button>
    <div class="popover-title" id=${titleId}>${event.title}</div>
    ${renderEventBody(event, options.dates, strings, { media: { place: 'popover', embeds: options.embeds }, tags: options.tags })}
  </div>`;
}
