import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { linearMap } from './layout/linear-map.js';
import { edgeRoom, SPACINGS, type BaseAxis, type Spacing } from './layout/axis-scale.js';
import { readableAxis } from './layout/dense-stretches.js';
import { buildScene, GEOMETRY, laneBands, laneLookup, type LaneBand, type Scene } from './layout/scene.js';
import { eventEnd, indexLanes, type LaneEvents } from './layout/lane-index.js';
import type { PlacedMark } from './layout/labels.js';
import { parseCalendarDate, spokenSpan } from './model/calendar-date.js';
import type { ParseResult, Problem, Timeline, TimelineEvent } from './model/types.js';
import { timelineEvent, type FilterDetail, type SelectTrigger } from './element/events.js';
import { renderProblemNotice } from './element/problem-report.js';
import { DEFAULT_TIMEOUT_MS } from './element/load-source.js';
import { PopoverController } from './element/popover-controller.js';
import { FORMATS, type DocumentFormat } from './element/read-document.js';
import { renderHeader, renderOverview, renderPopover, renderPreview, renderToolbar, type ToolbarOptions } from './element/render-chrome.js';
import { pageOf, renderList } from './element/render-list.js';
import { renderStoryProvenance } from './element/render-provenance.js';
import { renderPlot } from './element/render-plot.js';
import { DEFAULT_STRINGS, type TimelineStrings } from './i18n/strings.js';
import type { DateText } from './i18n/date-text.js';
import { ENGLISH } from './i18n/locale.js';
import { LocaleController } from './element/controllers/locale-controller.js';
import { timelineStyles } from './element/styles.js';
import { mediaStyles } from './element/media-styles.js';
import { parseEmbeds } from './parse/classify-media.js';
import { ViewportController } from './element/controllers/viewport-controller.js';
import { AnnouncementController } from './element/controllers/announcement-controller.js';
import { resolveColors } from './element/export-colors.js';
import { saveFile, svgToPng, viewAsSvg } from './element/export-image.js';
import { ZoomController } from './element/zoom-controller.js';
import type { ZoomTransform } from 'd3-zoom';
import { keyAction } from './element/keys.js';
import { HashController } from './element/controllers/hash-controller.js';
import { DocumentController } from './element/controllers/document-controller.js';
import { FocusController } from './element/controllers/focus-controller.js';
import {
  documentTags,
  drawnLane,
  filterEvents,
  filterParams,
  filterState,
  laneKeys,
  NO_FILTER,
  OTHER_LANE,
  readFilterParams,
  sameFilter,
  toggleLane,
  withTag,
  type EventFilter,
} from './layout/event-filter.js';
import { renderFilterBar } from './element/render-filters.js';
import { filterStyles } from './element/filter-styles.js';
import { listStyles } from './element/list-styles.js';
import { laneNames } from './layout/list-context.js';
import { popoverAddsToList } from './element/render-media.js';
import { finestPeriod, maxZoomScale, nearestInLane, separatingScale } from './layout/navigation.js';
import { finestTickUnit, type TickUnit } from './layout/ticks.js';
import { OverviewWindow } from './element/overview-window.js';
import { densityColumns, type DensityColumn } from './layout/overview.js';

export const LAYOUTS = ['auto', 'horizontal', 'vertical'] as const;
export type Layout = (typeof LAYOUTS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const LOADINGS = ['eager', 'lazy'] as const;
export type Loading = (typeof LOADINGS)[number];

/** What the horizontal view's scene is computed from (besides the document). */
const SCENE_INPUTS = ['spacing', 'layout', 'theme', 'strings'] as const;

/** Below this width, layout="auto" shows the vertical, page-scrolling view phones expect. */
const NARROW = 600;
const ZOOM_STEP = 2;
const PAN_STEP = 0.2;
const OVERVIEW_HEIGHT = 32;

/** A closed set of words from an attribute, falling back to a default on anything else. */
function oneOf<T extends string, F extends T | undefined>(allowed: readonly T[], fallback: F) {
  return {
    fromAttribute: (value: string | null): T | F => (allowed as readonly (string | null)[]).includes(value) ? (value as T) : fallback,
    toAttribute: (value: T | F) => value,
  };
}

/** A Date, an ISO calendar value or a time value, as `zoomTo` and `start`/`end` take them. */
export type TimeInput = Date | string | number;

function toTime(value: TimeInput): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  return parseCalendarDate(value).time;
}

/**
 * An interactive, zoomable timeline of a news story, with quote popovers.
 *
 * @summary Zoomable, accessible news timeline with quote popovers.
 *
 * @event {CustomEvent<LoadDetail>} nt-load - The document loaded. `detail`: `{ count, skipped, problems }` (`events`, the old name of `count`, still works for this release).
 * @event {CustomEvent<ErrorDetail>} nt-error - The document could not be shown; readers see a short message and the fallback content. Cancelable: cancel it to hide the built-in message (the fallback stays). `detail`: `{ message, reason, problems }` (`message` is the technical reason).
 * @event {CustomEvent<SelectDetail>} nt-select - The reader (or `select()`) chose an event. `detail`: `{ event, trigger }`.
 * @event {CustomEvent<RangeDetail>} nt-range-change - The visible window changed. `detail`: `{ start, end }` (Dates).
 * @event {CustomEvent<PopoverDetail>} nt-popover-open - A popover opened. `detail`: `{ event }`.
 * @event {CustomEvent<PopoverDetail>} nt-popover-close - A popover closed. `detail`: `{ event }`.
 * @event {CustomEvent<FilterDetail>} nt-filter-change - The reader showed or hid a lane with the legend, or chose or cleared a tag. `detail`: `{ lanes, tag }` (the ids of the lanes shown, `""` standing for the "Other" track; the tag or undefined).
 *
 * @attr lang - The language of the element's words and dates (else the nearest ancestor's `lang`, then the page's).
 * @attr dir - `rtl` sets the element's text right to left; time still runs left to right.
 *
 * @slot - An inline `<script type="application/json">` holding the document; anything else is the fallback, shown without JavaScript and when the document cannot be loaded.
 *
 * @csspart container - The whole component.
 * @csspart header - Title and description.
 * @csspart toolbar - The row of controls.
 * @csspart control - Each control button.
 * @csspart plot - The zoomable horizontal view.
 * @csspart chart - The SVG inside the plot.
 * @csspart axis - The time axis.
 * @csspart era - An era band.
 * @csspart bar - An event's range or the period of a coarse date.
 * @csspart bar-range - An event's range, from start to end.
 * @csspart bar-period - The period a coarse date covers (a month, a year).
 * @csspart event - An event's mark and label (one button).
 * @csspart cluster - A mark standing for several close events.
 * @csspart label - An event's label.
 * @csspart lane-label - A lane's name.
 * @csspart legend - The lane names as toggle buttons that show or hide their lanes' events.
 * @csspart legend-item - One lane's toggle button (`aria-pressed="true"` while its events show).
 * @csspart filter-chip - "Filtered by: <tag> ×", shown while a tag is chosen; its × clears it.
 * @csspart tag - An event's tag (a button that filters to it), in the popover and the list.
 * @csspart list-era - An era's name in the list, before its first event.
 * @csspart list - The list of all events (vertical layout and list view).
 * @csspart list-title - An event's title in the list: a button that opens its popover; in the vertical layout, only when the sheet shows more than the list (a player), else text.
 * @csspart pager - The list's page controls, for long stories.
 * @csspart overview - The overview strip under the plot, with the brush.
 * @csspart popover - The popover with the event's details and quotes.
 * @csspart close - The popover's close button.
 * @csspart error - The error message.
 * @csspart footer - The story's source (named once for the whole timeline), era notes and corrections.
 * @csspart problems - The `debug` notice listing the document's problems.
 *
 * @cssprop --nt-font-family - Font (inherits the page's by default).
 * @cssprop --nt-font-size - Base font size.
 * @cssprop --nt-bg - Background.
 * @cssprop --nt-fg - Text colour.
 * @cssprop --nt-muted - Secondary text colour.
 * @cssprop --nt-line - Lines and borders.
 * @cssprop --nt-accent - Accent: marks, links, pressed controls.
 * @cssprop --nt-focus - Focus ring.
 * @cssprop --nt-era-bg - Era bands.
 * @cssprop --nt-popover-bg - Popover background.
 * @cssprop [--nt-lane-1=#0b5cad] - Colour of the first lane.
 * @cssprop [--nt-lane-2=#b3261e] - Colour of the second lane.
 * @cssprop [--nt-lane-3=#1f7a3a] - Colour of the third lane.
 * @cssprop [--nt-lane-4=#8a4baf] - Colour of the fourth lane.
 * @cssprop [--nt-lane-5=#a15c00] - Colour of the fifth lane; a sixth lane takes the first lane's colour again, a seventh the second's, and so on.
 * @cssprop --nt-lane-bg - Lane background.
 * @cssprop --nt-popover-shadow - Popover shadow.
 * @cssprop [--nt-radius=6px] - Corner radius of controls and the popover.
 */
export class NewsTimeline extends LitElement {
  static override styles = [timelineStyles, mediaStyles, filterStyles, listStyles];

  /**
   * URL of a timeline document: JSON (ours or TimelineJS3), a CSV spreadsheet, or a Google
   * Sheets link (read in its published CSV form). A newer `src` cancels the older request.
   */
  @property({ reflect: true }) src: string | undefined;

  /** The document as an object (or CSV text with `format="csv"`); takes precedence over `src` and inline data. */
  @property({ attribute: false }) data: unknown;

  /** Which format the document is in; `auto` detects TimelineJS3, and spreadsheets by their address or type. */
  @property({ converter: oneOf(FORMATS, 'auto') }) format: DocumentFormat = 'auto';

  /** `auto` switches to the vertical view below 600 px wide. */
  @property({ reflect: true, converter: oneOf(LAYOUTS, 'auto') }) layout: Layout = 'auto';

  /** `auto` collapses long empty stretches (and widens a small story's dense ones, marked on the axis); `time` is true to time; `equal` spaces events evenly. */
  @property({ reflect: true, converter: oneOf(SPACINGS, 'auto') }) spacing: Spacing = 'auto';

  /**
   * `light`, `dark`, or `auto` to follow the reader's setting. Unset, the element follows the
   * page's `color-scheme` (light unless the page declares dark).
   */
  @property({ reflect: true, converter: oneOf(THEMES, undefined) }) theme: Theme | undefined;

  /** `lazy` waits until the element nears the viewport before fetching `src` and reading the document. */
  @property({ converter: oneOf(LOADINGS, 'eager') }) loading: Loading = 'eager';

  /** The id of the selected event; reflects the open popover. */
  @property({ reflect: true }) selected: string | undefined;

  /** Start of the initial visible window: an ISO date such as "2018-06". */
  @property() start: string | undefined;

  /** End of the initial visible window: an ISO date such as "2019-04" (its whole month is shown). */
  @property() end: string | undefined;

  /** Write the selected event to the URL fragment, and select the event a fragment names on load. */
  @property({ type: Boolean, reflect: true }) hash = false;

  /** Offer "Download SVG" and "Download PNG" controls that save the current view. */
  @property({ type: Boolean, reflect: true }) download = false;

  /** The level (1–6) of the title heading; none by default, so it adds nothing to the page outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number | undefined;

  /** How long a `src` request may take, in milliseconds. */
  @property({ attribute: 'timeout', type: Number }) timeout: number = DEFAULT_TIMEOUT_MS;

  /**
   * Providers whose video player the popover may show, separated by spaces: `youtube`, `vimeo`.
   * Each is the provider's privacy-enhanced player (youtube-nocookie.com, Vimeo with `dnt=1`),
   * loaded only when the popover opens; the page's CSP must allow it in `frame-src`. Without
   * it, every video, audio and other provider's page is a link card: no third-party frame.
   */
  @property({ reflect: true }) embeds: string | undefined;

  /** Show editors the document's problems inside the element, as they are logged to the console. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /** Overrides for the element's own words. */
  @property({ attribute: false }) strings: Partial<TimelineStrings> = {};

  /** Problems found in the last document, each with its JSON path. */
  get problems(): readonly Problem[] {
    return this.result?.problems ?? [];
  }

  /** The document's events, in time order, whatever the reader's filter hides. */
  get events(): readonly TimelineEvent[] {
    return this.result?.timeline?.events ?? [];
  }

  /**
   * The reader's filter, as `nt-filter-change` reports it: the lanes shown (lane ids, `""` for
   * the "Other" track of events in no lane; empty when the story has no lanes) and the tag.
   */
  get filter(): FilterDetail {
    return filterState(this.eventFilter, this.laneKeys);
  }

  @state() private popoverOpen = false;
  @state() private listView = false;
  @state() private listPage = 0;
  @state() private previewId: string | undefined;
  @state() private wheelHint = false;
  /** What the reader hid with the legend or chose with a tag; see event-filter.ts. */
  @state() private eventFilter: EventFilter = NO_FILTER;

  @query('.plot') private plot: HTMLElement | null | undefined;
  @query('.popover') private popoverPanel: HTMLElement | null | undefined;

  private result: ParseResult | undefined;
  private base: BaseAxis | undefined;
  private lanes: readonly LaneBand[] = [];
  private laneEvents: readonly LaneEvents[] = [];
  private finest = Infinity;
  /** The finest axis ticks the story's dates call for (days for a story of dates only). */
  private finestTick: TickUnit = 'day';
  private eventIndex = new Map<string, number>();
  /** The events the filter keeps: everything the reader can see, step through and hear of. */
  private shown: readonly TimelineEvent[] = [];
  /** The timeline with only the events shown, for the scene and the list. */
  private view: Timeline | undefined;
  private laneKeys: readonly string[] = [];
  private tags: ReadonlySet<string> = new Set();
  private maxScale = 1;
  private scene: Scene | undefined;
  private density: readonly DensityColumn[] = [];
  private wheelHintTimer: ReturnType<typeof setTimeout> | undefined;
  private returnFocusTo: string | undefined;
  private sceneStale = true;
  /** The filter `shown`, `view` and the indexes were derived for. */
  private appliedFilter: EventFilter | undefined;
  /** The zoom the scene was laid out at. */
  private sceneTransform: ZoomTransform | undefined;
  private readonly markLabels = new Map<string, string>();
  private initialWindowApplied = false;
  /** A new document whose URL fragment is still to be read. */
  private fragmentPending = false;
  /** An nt-select to fire once nt-load has: the event a link opened the document on. */
  private selectedOnLoad: TimelineEvent | undefined;

  /** The element's language (its own, its ancestors', the page's), live; its dates and words. */
  private readonly locale = new LocaleController(this);
  /** The language the last update drew in. */
  private drawnIn: Pick<LocaleController, 'data' | 'dates'> = { data: ENGLISH, dates: this.locale.dates };

  private get dates(): DateText {
    return this.locale.dates;
  }

  /** The box's size, the plot's height, the label font, and loading="lazy"'s nearness. */
  private readonly viewport = new ViewportController(this, {
    stage: () => this.renderRoot.querySelector('.stage'),
    lazy: () => this.loading === 'lazy',
  });

  /** The live region, and nt-range-change as the view moves. */
  private readonly announcer = new AnnouncementController(this, {
    range: () => this.visibleRange,
    spoken: (range) => this.spokenRange(range),
  });

  /** Deep links: the fragment read on load and on hashchange, written on a reader's choice. */
  private readonly fragment = new HashController(this, {
    enabled: () => this.hash,
    elementId: () => this.id,
    eventIds: () => this.events.map((e) => e.id),
    onChange: (read) => this.selectFromHash(false, read),
  });

  /** The document (data, inline, src), read and reported; a crash contained. */
  private readonly document = new DocumentController(this, {
    data: () => this.data,
    src: () => this.src,
    format: () => this.format,
    timeout: () => this.timeout,
    mayLoad: () => this.viewport.mayLoad,
    onResult: (result) => this.useResult(result),
    readyToReport: () => this.locale.settled,
    otherProblems: () => (this.locale.problem ? [this.locale.problem] : []),
  });

  /** The one owner of the view's transform; the scene asks it at each update. */
  private readonly zoom = new ZoomController(this, {
    target: () => (this.scene ? this.plot : undefined),
    limits: () => ({ width: this.width, height: this.scene?.height ?? 1, maxScale: this.maxScale }),
    wheelZooms: () => this.matches(':focus-within'),
    onWheelIgnored: () => this.showWheelHint(),
    onMove: () => this.announcer.viewMoved(),
    reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
  });

  /** Roving focus over the marks, and focus kept inside the element as they redraw. */
  private readonly roving = new FocusController(this, {
    button: (id) => this.findEventButton(id),
    fallback: () => this.plot,
  });

  /** The event the arrow keys start from. */
  private get focusedId(): string | undefined {
    return this.roving.focusedId;
  }

  private readonly overview = new OverviewWindow(this, (x0, x1) => this.zoom.showSpan(x0, x1, false));

  private readonly popoverPosition = new PopoverController(this, {
    isSheet: () => window.innerWidth < NARROW,
    panel: () => (this.popoverOpen ? this.popoverPanel : undefined),
    anchor: () => (this.selected ? this.findEventButton(this.selected) : undefined),
    fallback: (): Element => this.plot ?? this,
    onOutsidePress: () => this.closePopover(false),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after leaving it mid-request or mid-read (both were abandoned): go on.
    if (this.hasUpdated) this.requestUpdate();
  }

  private get width(): number {
    return this.viewport.width;
  }

  private get plotHeight(): number {
    return this.viewport.plotHeight;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.wheelHintTimer);
  }

  /** The element's words: English, then its language's, then the page's overrides. */
  private strs: TimelineStrings = DEFAULT_STRINGS;

  private get isVertical(): boolean {
    return this.layout === 'vertical' || (this.layout === 'auto' && this.width > 0 && this.width < NARROW);
  }

  private get timeline(): Timeline | undefined {
    return this.result?.timeline;
  }

  // ——— derived state ———

  protected override willUpdate(changed: PropertyValues): void {
    if (this.document.crashed) return;
    // The language (and with it the words or the dates) changed since the last update.
    const wordsChanged = changed.has('strings') || this.locale.data !== this.drawnIn.data;
    const datesChanged = this.locale.dates !== this.drawnIn.dates;
    this.drawnIn = { data: this.locale.data, dates: this.locale.dates };
    if (wordsChanged) this.strs = { ...DEFAULT_STRINGS, ...this.locale.data.messages, ...this.strings };
    if (wordsChanged || datesChanged) this.markLabels.clear();
    this.document.update(changed.has('data') || changed.has('format'));
    const timeline = this.timeline;
    // The label rows a lane gets depend on the height the box leaves the plot.
    const measured = this.viewport.changed;
    if (timeline && (measured.has('plotHeight') || wordsChanged)) this.lanes = this.bandsFor(timeline);
    if (this.eventFilter !== this.appliedFilter) this.applyFilter();
    if (timeline) this.viewport.measureWidth();
    this.viewport.readFont(measured.has('width') || changed.has('theme'));
    if (timeline && this.width > 0 && (!this.base || measured.has('width') || changed.has('spacing'))) {
      const intervals = timeline.events.map((e) => ({ start: e.start.time, end: eventEnd(e) }));
      this.base = readableAxis(intervals, this.width, this.spacing, edgeRoom(this.finestTick));
      const scale = this.baseScale();
      this.density = densityColumns(timeline.events, scale, this.width);
      this.maxScale = maxZoomScale(this.base, this.finest, this.width);
    }
    // The scene depends on the zoom, the size and the words only: an update for anything else
    // (an announcement, the popover) reuses it.
    const horizontal = this.view && this.base && !this.isVertical;
    // The start/end window is where the first horizontal scene opens, in this same update.
    if (horizontal) this.applyInitialWindow();
    // A new document opens on the event its link names, drawn in this update (nt-select follows nt-load).
    if (this.fragmentPending && this.timeline) {
      this.fragmentPending = false;
      this.selectFromHash(true);
    }
    const transform = this.zoom.transform();
    const zoomed = transform.k !== this.sceneTransform?.k || transform.x !== this.sceneTransform.x;
    const resized = measured.has('width') || measured.has('plotHeight');
    if (this.sceneStale || zoomed || resized || wordsChanged || datesChanged || SCENE_INPUTS.some((name) => changed.has(name))) {
      this.scene = horizontal ? this.buildScene(this.view!, this.base!, transform) : undefined;
      this.sceneTransform = transform;
      this.sceneStale = false;
    }
    if (this.popoverLeftView()) this.closePopover(false);
  }

  private buildScene(timeline: Timeline, base: BaseAxis, t: ZoomTransform): Scene {
    const range = base.range.map((x) => t.applyX(x));
    return buildScene({
      timeline,
      domain: base.domain,
      range,
      breaks: base.breaks,
      stretched: base.stretched,
      width: this.width,
      lanes: this.lanes,
      laneEvents: this.laneEvents,
      height: this.plotHeight || undefined,
      measureLabel: (text) => this.viewport.measure.width(text),
      // Lane names are drawn smaller, in capitals: this measure errs on the wide side.
      laneNameWidth: (name) => this.viewport.measure.width(name.toUpperCase()),
      // Lane names sit at the right in right-to-left text: labels keep clear of them there.
      laneNamesAtRight: this.viewport.rightToLeft,
      tickLabel: (tick) => this.dates.tick(tick),
      finestTick: this.finestTick,
      clusterLabel: (count) => this.dates.digits(this.strs.cluster(count)),
    });
  }

  /** Takes a parsed document, and derives what stays the same while the reader zooms. */
  private useResult(result: ParseResult | undefined): void {
    this.result = result;
    this.markLabels.clear();
    this.sceneStale = true;
    this.base = undefined;
    const timeline = result?.timeline;
    this.lanes = timeline ? this.bandsFor(timeline) : [];
    this.finest = timeline ? finestPeriod(timeline.events) : Infinity;
    this.finestTick = timeline ? finestTickUnit(timeline.events) : 'day';
    this.laneKeys = timeline ? laneKeys(timeline) : [];
    this.tags = documentTags(timeline?.events ?? []);
    // A page opted in to fragments opens on the filter its link names, before the first draw.
    this.eventFilter = this.fragmentFilter() ?? NO_FILTER;
    this.initialWindowApplied = false;
    this.fragmentPending = this.hash;
    this.applyFilter();
  }

  /** The tracks to draw, the "Other" track in the element's language. */
  private bandsFor(timeline: Timeline): LaneBand[] {
    return laneBands(timeline.lanes, timeline.events, this.plotHeight || undefined, this.strs.other);
  }

  /** Derives what the reader sees from the filter: the events kept, indexed by lane and id. */
  private applyFilter(): void {
    const filter = this.eventFilter;
    this.appliedFilter = filter;
    this.shown = filterEvents(this.events, filter);
    this.view = this.timeline && { ...this.timeline, events: this.shown };
    const laneOf = laneLookup(this.lanes);
    this.laneEvents = this.timeline ? indexLanes(this.shown, this.lanes.length, (event) => laneOf(drawnLane(event, filter))) : [];
    this.eventIndex = new Map(this.shown.map((event, index) => [event.id, index]));
    this.sceneStale = true;
    this.markLabels.clear();
    this.listPage = pageOf(this.indexOf(this.selected));
    if (this.selected && !this.eventIndex.has(this.selected)) this.popoverOpen = false;
    if (this.focusedId && !this.eventIndex.has(this.focusedId)) this.roving.focusedId = undefined;
  }

  /** A reader's change of filter: applied, announced with the count it leaves, and reported. */
  private setFilter(filter: EventFilter): void {
    if (sameFilter(filter, this.eventFilter)) return;
    this.eventFilter = filter;
    this.applyFilter();
    // A selection the reader has just hidden is let go, so no link names an event it cannot open.
    if (this.selected && !this.eventIndex.has(this.selected)) this.selected = undefined;
    this.announcer.say(this.dates.digits(this.strs.filterShowing(this.shown.length, this.events.length)));
    this.dispatchEvent(timelineEvent('nt-filter-change', filterState(filter, this.laneKeys)));
  }

  /** The filter the URL fragment names for this element, if it names one. */
  private fragmentFilter(): EventFilter | undefined {
    const read = this.fragment.read();
    if (!read) return undefined;
    return readFilterParams(read.filterParams, this.laneKeys, this.tags);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.locale.resolve();
  }

  /** The base (unzoomed) scale, for converting between time and base pixels. */
  private baseScale() {
    return linearMap(this.base!.domain, this.base!.range);
  }

  // ——— load outcome ———

  protected override updated(changed: PropertyValues): void {
    if (this.document.crashed) return;
    if (this.document.reportLoad()) {
      // The event a link opened the document on: its nt-select follows nt-load.
      const opened = this.selectedOnLoad;
      this.selectedOnLoad = undefined;
      if (opened) this.dispatchEvent(timelineEvent('nt-select', { event: opened, trigger: 'hash' }));
    }
    if (this.scene && this.plot) this.syncOverview();
    if (changed.has('popoverOpen') || (this.popoverOpen && changed.has('selected'))) this.popoverChanged();
    if (changed.has('selected') && !this.popoverOpen) this.showInList();
    // The filter's first value is no reader's choice: writing it would wipe a fragment before the document names its events.
    const filterChanged = changed.has('eventFilter') && changed.get('eventFilter') !== undefined;
    if ((changed.has('selected') || filterChanged) && this.hash && this.timeline) this.fragment.write(this.selected, filterParams(this.eventFilter));
  }

  /** An event selected in the phone's view, where no sheet opens: brought into sight in the list. */
  private showInList(): void {
    if (!this.selected || !this.isVertical) return;
    this.renderRoot.querySelector(`ol.list > li[data-id="${CSS.escape(this.selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  // ——— zoom, range ———

  private applyInitialWindow(): void {
    if (this.initialWindowApplied || !this.base) return;
    this.initialWindowApplied = true;
    if (!this.start && !this.end) return;
    try {
      const from = this.start ? parseCalendarDate(this.start).time : this.base.domain[0]!;
      const to = this.end ? parseCalendarDate(this.end).periodEnd : this.base.domain.at(-1)!;
      this.zoomTo(from, to, { animate: false });
    } catch {
      // An unreadable start/end leaves the whole story in view.
    }
  }

  private syncOverview(): void {
    const group = this.renderRoot.querySelector<SVGGElement>('g.brush');
    if (!group) return;
    this.overview.attach(group, this.width, OVERVIEW_HEIGHT);
    const t = this.zoom.transform();
    this.overview.show(t.invertX(0), t.invertX(this.width));
  }

  /** The visible window. */
  get visibleRange(): { start: Date; end: Date } | undefined {
    if (!this.base || this.width === 0) return undefined;
    const scale = this.baseScale();
    const t = this.zoom.transform();
    const x0 = t.invertX(0);
    const x1 = t.invertX(this.width);
    return { start: new Date(scale.invert(x0)), end: new Date(scale.invert(x1)) };
  }

  /** What a screen reader hears of the visible window: its dates and the events it shows. */
  private spokenRange(range: { start: Date; end: Date }): string {
    const count = this.scene?.marks.reduce((n, m) => n + m.items.length, 0) ?? 0;
    const text = this.dates.range(...spokenSpan(range.start.getTime(), range.end.getTime()));
    return this.dates.digits(this.strs.showing(text, count));
  }

  /**
   * Shows [start, end] across the width. Animated unless the reader prefers reduced motion or
   * `animate` is false.
   */
  zoomTo(start: TimeInput, end: TimeInput, options: { animate?: boolean } = {}): void {
    if (!this.base) return;
    const scale = this.baseScale();
    const [a, b] = [toTime(start), toTime(end)].sort((p, q) => p - q) as [number, number];
    this.zoom.showSpan(scale(a), scale(b), options.animate ?? true);
  }

  /** Shows the whole story. */
  fit(options: { animate?: boolean } = {}): void {
    this.zoom.fit(options.animate ?? true);
  }

  /** Zooms in by a factor of 2, around the centre. */
  zoomIn(): void {
    this.zoom.zoomBy(ZOOM_STEP);
  }

  /** Zooms out by a factor of 2, around the centre. */
  zoomOut(): void {
    this.zoom.zoomBy(1 / ZOOM_STEP);
  }

  private showWheelHint(): void {
    this.wheelHint = true;
    clearTimeout(this.wheelHintTimer);
    this.announcer.hush();
    this.wheelHintTimer = setTimeout(() => (this.wheelHint = false), 1500);
  }

  // ——— selection and navigation ———

  /** An event's place in time order; a map, since this runs on every render. */
  private indexOf(id: string | undefined): number {
    return id === undefined ? -1 : (this.eventIndex.get(id) ?? -1);
  }

  private eventById(id: string | undefined): TimelineEvent | undefined {
    return this.shown[this.indexOf(id)];
  }

  /** Selects an event by id and opens its popover; `undefined` clears the selection. */
  select(id: string | undefined, trigger: SelectTrigger = 'api'): void {
    if (id !== undefined && !this.eventById(id)) return;
    this.dispatchEvent(timelineEvent('nt-select', { event: this.choose(id), trigger }));
  }

  /** Selects a known event (or none): the selection, focus, list page, popover, view and announcement. */
  private choose(id: string | undefined): TimelineEvent | undefined {
    const event = this.eventById(id);
    this.selected = event?.id;
    this.roving.focusedId = event?.id ?? this.focusedId;
    if (event) this.listPage = pageOf(this.indexOf(event.id));
    this.popoverOpen = event !== undefined && this.popoverAddsSomething(event);
    if (event) {
      this.revealEvent(event);
      this.announcer.say(this.strs.selected(event.title, this.dates.range(event.start, event.end)));
    }
    return event;
  }

  /**
   * The phone's view is the list, which already shows everything of an event but a player: its
   * sheet opens only for that. (The list view keeps its popover, tied to the plot's selection.)
   */
  private popoverAddsSomething(event: TimelineEvent): boolean {
    return !this.isVertical || popoverAddsToList(event.media, parseEmbeds(this.embeds));
  }

  /** Selects the next event in time; stays on the last one. */
  next(): void {
    this.step(1);
  }

  /** Selects the previous event in time; stays on the first one. */
  previous(): void {
    this.step(-1);
  }

  private step(by: number): void {
    const events = this.shown;
    if (events.length === 0) return;
    const current = this.indexOf(this.selected ?? this.focusedId);
    const index = current < 0 ? (by > 0 ? 0 : events.length - 1) : Math.min(Math.max(current + by, 0), events.length - 1);
    this.select(events[index]!.id, 'navigation');
  }

  private revealEvent(event: TimelineEvent): void {
    if (!this.base || this.isVertical) return;
    this.zoom.reveal(this.baseScale()(event.start.time), 80);
  }

  /** The button that stands for an event: its mark, the cluster holding it, or its list entry. */
  private findEventButton(id: string): HTMLElement | null {
    const holder = this.scene?.marks.find((mark) => mark.items.some((e) => e.id === id))?.items[0]!.id ?? id;
    const listShown = this.isVertical || this.listView;
    return this.renderRoot.querySelector<HTMLElement>(
      listShown ? `.list-title[data-id="${CSS.escape(id)}"]` : `.mark[data-id="${CSS.escape(holder)}"]`,
    );
  }

  private closePopover(restoreFocus = true): void {
    if (!this.popoverOpen) return;
    this.popoverOpen = false;
    if (restoreFocus && this.selected) this.roving.pending = this.selected;
  }

  /** Whether an open popover's event, once drawn, has left the horizontal view. */
  private popoverLeftView(): boolean {
    if (!this.popoverOpen || !this.scene || this.listView || !this.popoverPosition.anchoredTo?.matches('.mark')) return false;
    return !this.scene.marks.some((mark) => mark.items.some((e) => e.id === this.selected));
  }

  /** A popover opened (placed by its controller already) or closed: focus moves into it, and the page hears. */
  private popoverChanged(): void {
    const event = this.eventById(this.selected);
    if (this.popoverOpen && event && this.popoverPanel) {
      this.returnFocusTo = event.id;
      this.popoverPanel.focus({ preventScroll: true });
      this.dispatchEvent(timelineEvent('nt-popover-open', { event }));
    } else {
      const closed = this.eventById(this.returnFocusTo);
      this.returnFocusTo = undefined;
      if (closed) this.dispatchEvent(timelineEvent('nt-popover-close', { event: closed }));
    }
  }

  // ——— URL fragment ———

  /** Selects what the fragment names; `onLoad`: for a new document, whose nt-select waits for its nt-load. */
  private selectFromHash(onLoad = false, read = this.fragment.read()): void {
    if (!read) return;
    // The fragment's filter first, so the event it names is among those shown.
    const filter = readFilterParams(read.filterParams, this.laneKeys, this.tags);
    if (!sameFilter(filter, this.eventFilter)) {
      this.eventFilter = filter;
      this.applyFilter();
    }
    if (read.eventId === undefined || read.eventId === this.selected || !this.eventById(read.eventId)) return;
    if (onLoad) this.selectedOnLoad = this.choose(read.eventId);
    else this.select(read.eventId, 'hash');
  }

  // ——— input ———

  private onMarkClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLElement>('.mark');
    if (!button?.dataset.id) return;
    if (Number(button.dataset.count) > 1) this.expandCluster(button.dataset.id);
    else this.select(button.dataset.id, 'pointer');
  }

  /** Whether the mark whose first event is `markId` stands for the event `id` (itself or in its cluster). */
  private markHolds(markId: string, id: string | undefined): boolean {
    if (id === undefined) return false;
    return this.scene?.marks.some((m) => m.items[0]!.id === markId && m.items.some((e) => e.id === id)) ?? false;
  }

  /** Zooms to a cluster's events, which splits it. */
  private expandCluster(firstId: string): void {
    const mark = this.scene?.marks.find((m) => m.items.length > 1 && m.items[0]!.id === firstId);
    if (!mark) return;
    const first = mark.items[0]!;
    this.roving.focusedId = first.id;
    this.roving.pending = first.id;
    this.zoomTo(first.start.time, Math.max(...mark.items.map(eventEnd)));
  }

  private onPlotKeydown(event: KeyboardEvent): void {
    const action = keyAction(event);
    if (!action) return;
    event.preventDefault();
    const current = this.indexOf(this.focusedId ?? this.selected);
    switch (action) {
      case 'zoom-in':
        return this.zoomIn();
      case 'zoom-out':
        return this.zoomOut();
      case 'fit':
        return this.fit();
      case 'pan-earlier':
      case 'pan-later':
        return this.zoom.panBy((action === 'pan-later' ? 1 : -1) * this.width * PAN_STEP);
      case 'previous':
      case 'next': {
        const next = current < 0 ? 0 : current + (action === 'next' ? 1 : -1);
        return this.focusEvent(this.shown[Math.min(Math.max(next, 0), this.shown.length - 1)]);
      }
      case 'lane-up':
      case 'lane-down':
        return this.moveFocusAcrossLanes(action === 'lane-down' ? 1 : -1);
      case 'first':
        return this.focusEvent(this.shown[0]);
      case 'last':
        return this.focusEvent(this.shown.at(-1));
      case 'open':
        return this.openFocused(event.target as Element);
    }
  }

  /** Enter or Space on a mark: opens its event; on a cluster, zooms in until it splits. */
  private openFocused(target: Element): void {
    const id = target.closest<HTMLElement>('.mark')?.dataset.id;
    if (!id) return;
    // Enter right after an arrow key: focus is still on its way to that event; open it.
    if (this.roving.pending) return this.select(this.roving.pending, 'keyboard');
    const isCluster = this.scene?.marks.some((m) => m.items.length > 1 && m.items[0]!.id === id) ?? false;
    // Arrow keys that walked to an event drawn inside a cluster open that event.
    if (isCluster && this.markHolds(id, this.roving.walkedTo)) this.select(this.roving.walkedTo, 'keyboard');
    else if (isCluster) this.expandCluster(id);
    else this.select(id, 'keyboard');
  }

  private focusEvent(event: TimelineEvent | undefined): void {
    if (!event) return;
    this.roving.moveTo(event.id);
    if (!this.zoomToSeparate(event)) this.revealEvent(event);
  }

  /**
   * When the keyboard lands on an event that would be drawn inside a cluster, zooms in around
   * it just far enough for it to get a mark of its own. Judged at the view a running animation
   * is heading for, not the view on its way there. Returns whether it zoomed.
   */
  private zoomToSeparate(event: TimelineEvent): boolean {
    if (!this.base || this.isVertical) return false;
    const toPixel = this.baseScale();
    const index = this.indexOf(event.id);
    const k = this.zoom.planned().k;
    const apart = separatingScale(this.shown, index, toPixel, GEOMETRY.clusterDistance, this.laneDrawnIn);
    if (!Number.isFinite(apart) || apart <= k) return false;
    const needed = separatingScale(this.shown, index, toPixel, GEOMETRY.clusterDistance + 2, this.laneDrawnIn);
    const at = toPixel(event.start.time);
    const half = this.width / (2 * needed);
    this.zoom.showSpan(at - half, at + half);
    return true;
  }

  /** The lane an event is drawn in under the reader's filter. */
  private laneDrawnIn = (event: TimelineEvent) => drawnLane(event, this.eventFilter);

  /** Up/Down: the event nearest in time in the lane above or below. */
  private moveFocusAcrossLanes(by: number): void {
    const current = this.shown[this.indexOf(this.focusedId ?? this.selected)];
    if (!current) return;
    // Lane ids in drawing order; undefined is the track of events in no lane.
    const laneIds = this.lanes.map((lane) => lane.id);
    // A lane the reader hid is empty: passed over to the next that has events.
    for (let target = laneIds.indexOf(this.laneDrawnIn(current)) + by; target >= 0 && target < laneIds.length; target += by) {
      const nearest = nearestInLane(this.shown, current, laneIds[target], this.laneDrawnIn);
      if (nearest) return this.focusEvent(nearest);
    }
  }

  private onPopoverKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.closePopover();
    }
  }

  private onHostKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.popoverOpen) this.closePopover();
  };

  private onMarkPreview(event: Event): void {
    const button = (event.target as Element).closest<HTMLElement>('.mark');
    // Focus arriving on a mark by Tab or click makes it the starting point for the arrow keys.
    if (event.type === 'focusin' && button?.dataset.id && !this.markHolds(button.dataset.id, this.focusedId)) {
      this.roving.focusedId = button.dataset.id;
      this.roving.walkedTo = undefined;
    }
    this.previewId = event.type === 'pointerover' || event.type === 'focusin' ? button?.dataset.id : undefined;
  }

  // ——— rendering ———

  private laneColor = (lane: number): string => `var(--nt-lane-${(lane % 5) + 1})`;

  /**
   * A mark's accessible name. Formatting dates is the dearest part of a zoom frame, so names
   * are kept until the language or the words change.
   */
  private markLabel(mark: PlacedMark<TimelineEvent>): string {
    const first = mark.items[0]!;
    const last = mark.items.at(-1)!;
    const key = mark.items.length > 1 ? `${first.id}\u0000${last.id}\u0000${mark.items.length}\u0000${mark.lines}` : first.id;
    const known = this.markLabels.get(key);
    if (known !== undefined) return known;
    const cluster = this.dates.digits(this.strs.clusterLabel(mark.items.length, this.dates.range(first.start, last.end ?? last.start)));
    // A cluster that shows its members' titles says them too, so what is seen is what is read.
    const titles = mark.lines > 1 ? `${mark.items.map((e) => e.title).join(', ')}. ` : '';
    const label = mark.items.length > 1 ? `${titles}${cluster}` : `${this.dates.range(first.start, first.end)}: ${first.title}`;
    this.markLabels.set(key, label);
    return label;
  }

  /** The one mark in the Tab order: the one holding the focused (or selected) event, else the first. */
  private tabStop(): PlacedMark<TimelineEvent> | undefined {
    const marks = this.scene?.marks ?? [];
    const wanted = this.eventById(this.focusedId ?? this.selected);
    return (wanted && marks.find((m) => m.items.includes(wanted))) ?? marks[0];
  }

  private onToolbar = (action: Parameters<ToolbarOptions['act']>[0]) => {
    if (action === 'previous') this.previous();
    else if (action === 'next') this.next();
    else if (action === 'zoom-in') this.zoomIn();
    else if (action === 'zoom-out') this.zoomOut();
    else if (action === 'fit') this.fit();
    else if (action === 'list') this.listView = !this.listView;
    else void this.saveImage(action === 'save-svg' ? 'svg' : 'png');
  };

  /** The current view as a standalone SVG document, or undefined before anything is drawn. */
  toSVG(): string | undefined {
    if (!this.scene) return undefined;
    const style = getComputedStyle(this);
    return viewAsSvg({
      scene: this.scene,
      title: this.timeline?.title,
      colors: resolveColors(this.renderRoot, this.scene.lanes.map((_, i) => this.laneColor(i))),
      font: { family: style.fontFamily, size: parseFloat(style.fontSize), rem: parseFloat(getComputedStyle(document.documentElement).fontSize) },
      laneNamesAtRight: this.viewport.rightToLeft,
      measure: (text) => this.viewport.measure.width(text),
      tickLabel: (tick) => this.dates.tick(tick),
      clusterText: (n) => this.dates.digits(this.strs.cluster(n)),
    });
  }

  /** The current view as a PNG, twice its size on screen. */
  async toPNG(): Promise<Blob | undefined> {
    const svgText = this.toSVG();
    return svgText === undefined ? undefined : svgToPng(svgText);
  }

  private async saveImage(format: 'svg' | 'png'): Promise<void> {
    const name = (this.timeline?.title ?? 'timeline').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'timeline';
    if (format === 'svg') {
      const svgText = this.toSVG();
      if (svgText) saveFile(new Blob([svgText], { type: 'image/svg+xml' }), `${name}.svg`);
      return;
    }
    const png = await this.toPNG();
    if (png) saveFile(png, `${name}.png`);
  }

  private preview() {
    const event = this.eventById(this.previewId);
    if (!event || this.popoverOpen || !this.scene) return nothing;
    const mark = this.scene.marks.find((m) => m.items.length === 1 && m.items[0] === event);
    // Only for labels that are hidden or cut: a whole label needs no preview.
    if (!mark || (mark.row !== undefined && mark.labelWidth >= this.viewport.measure.width(event.title))) return nothing;
    const left = Math.min(Math.max(mark.x - 20, 0), Math.max(this.width - 288, 0));
    return renderPreview(event, left, this.scene.lanes[mark.lane]!.baseline + 14, this.dates);
  }

  private renderTimeline(timeline: Timeline) {
    const vertical = this.isVertical;
    const shown = vertical || this.listView;
    const view = this.view ?? timeline;
    const tags = { onTag: this.onTag, current: this.eventFilter.tag };
    const embeds = parseEmbeds(this.embeds);
    // The list does not change while the reader zooms and pans: render it only when it does.
    const list = guard([view, this.dates, this.strs, shown, vertical, this.listPage, this.lanes, this.selected, this.embeds], () =>
      renderList(view, {
        dates: this.dates,
        strings: this.strs,
        shown,
        page: this.listPage,
        laneColor: (event) => this.laneColor(Math.max(this.lanes.findIndex((l) => l.id === drawnLane(event, this.eventFilter)), 0)),
        laneNames: (event) => laneNames(event, timeline.lanes, this.strs.other),
        opens: (event) => !vertical || popoverAddsToList(event.media, embeds),
        current: this.selected,
        tags,
        onOpen: (event) => this.select(event.id, 'pointer'),
        onPage: (page) => (this.listPage = page),
      }),
    );
    const index = this.indexOf(this.selected);
    const selected = this.popoverOpen ? this.shown[index] : undefined;
    const tabStop = this.tabStop();
    return html`${renderHeader(timeline, this.headingLevel)}
      ${renderToolbar({
        strings: this.strs,
        dates: this.dates,
        canGoBack: index !== 0,
        canGoOn: index !== this.shown.length - 1,
        horizontal: !vertical,
        listView: this.listView,
        eventCount: this.shown.length,
        download: this.download,
        filters: renderFilterBar({
          strings: this.strs,
          lanes: this.laneKeys.map((key) => this.legendLane(timeline, key)),
          filter: this.eventFilter,
          onToggleLane: (key) => this.setFilter(toggleLane(this.eventFilter, key)),
          onClearTag: () => this.setFilter(withTag(this.eventFilter, undefined)),
        }),
        act: this.onToolbar,
      })}
      <div class=${this.listView && !vertical ? 'stage listing' : 'stage'}>
      ${this.scene
        ? html`<div
            class="plot"
            part="plot"
            tabindex=${this.scene.marks.length === 0 ? 0 : -1}
            aria-label=${this.scene.marks.length === 0 ? this.strs.eventsGroup : nothing}
            @click=${this.onMarkClick}
            @keydown=${this.onPlotKeydown}
            @pointerover=${this.onMarkPreview}
            @pointerout=${this.onMarkPreview}
            @focusin=${this.onMarkPreview}
            @focusout=${this.onMarkPreview}
          >
            ${renderPlot(
              this.scene,
              {
                isCurrent: (e) => e.id === this.selected,
                isTabStop: (m) => m === tabStop,
                laneColor: this.laneColor,
                markLabel: (m) => this.markLabel(m),
                clusterText: (n) => this.dates.digits(this.strs.cluster(n)),
                tickLabel: (tick) => this.dates.tick(tick),
              },
              this.strs.eventsGroup,
            )}
            ${this.preview()}
            ${this.wheelHint ? html`<div class="wheel-hint" aria-hidden="true">${this.strs.wheelHint}</div>` : nothing}
          </div>`
        : nothing}
      ${list}
      </div>
      ${this.scene && !this.listView
        ? guard([this.density, this.width], () => renderOverview(this.density, this.width, OVERVIEW_HEIGHT))
        : nothing}
      ${guard([timeline, this.dates, this.strs], () => renderStoryProvenance(timeline, this.dates, this.strs))}
      ${selected
        ? renderPopover(selected, {
            dates: this.dates,
            strings: this.strs,
            sheet: window.innerWidth < NARROW,
            embeds,
            tags: { ...tags, tabindex: 0 },
            onKeydown: (e) => this.onPopoverKeydown(e),
            onClose: () => this.closePopover(),
          })
        : nothing}`;
  }

  /** A legend entry: the lane's name and the colour its track is drawn in. */
  private legendLane(timeline: Timeline, key: string) {
    const track = this.lanes.findIndex((band) => (band.id ?? OTHER_LANE) === key);
    const label = key === OTHER_LANE ? this.strs.other : (timeline.lanes.find((lane) => lane.id === key)?.label ?? key);
    return { key, label, color: this.laneColor(Math.max(track, 0)) };
  }

  private onTag = (tag: string) => this.setFilter(withTag(this.eventFilter, tag));

  /** The `debug` notice: the document's problems, or why it could not be loaded. */
  private problemNotice(outcome: ParseResult | Error | undefined) {
    if (outcome === undefined) return nothing;
    const problems = outcome instanceof Error ? [{ path: '', message: outcome.message }] : outcome.problems;
    return renderProblemNotice(problems, this.dates.digits(this.strs.problemsHeading(problems.length)));
  }

  /**
   * Readers get a short message and the page's own fallback content (the element's children),
   * inside the same box; the technical reason went to nt-error and the console. A page that
   * cancels nt-error gets the fallback alone.
   */
  private renderError() {
    return html`${this.document.errorHandled ? nothing : html`<div class="error" part="error" role="alert">${this.strs.loadFailed}</div>`}
      <div class="fallback"><slot @slotchange=${this.document.onSlotChange}></slot></div>`;
  }

  /**
   * Whatever goes wrong inside an update stays inside the element: it shows its error state
   * and fires nt-error, and never throws into the page's code.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.document.crash(error);
    }
  }

  protected override render() {
    // After a fault, draw only what cannot fault again.
    if (this.document.crashed) return this.renderError();
    const timeline = this.timeline;
    const outcome = this.document.outcome();
    let body;
    if (timeline) body = this.renderTimeline(timeline);
    else if (outcome instanceof Error || (outcome && !outcome.timeline)) body = this.renderError();
    else if (this.document.busy) {
      // A skeleton of the box's own size: nothing around the element moves when data arrives.
      body = html`<div class="loading" role="status"><span>${this.strs.loading}</span></div>`;
    }
    else body = html`<div class="fallback"><slot @slotchange=${this.document.onSlotChange}></slot></div>`;
    return html`<div
        class="container"
        part="container"
        role="region"
        aria-label=${timeline?.title ?? this.strs.timelineLabel}
        @keydown=${this.onHostKeydown}
      >
        ${this.debug ? this.problemNotice(outcome) : nothing} ${body}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>`;
  }
}
