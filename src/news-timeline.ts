import { html, LitElement, nothing, type PropertyValues } from 'lit';
// Each decorator from its own module: the barrel's other decorators are shaken out of the
// bundle, but their licence notices would stay in it.
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import { DEFAULT_STRINGS, type TimelineStrings } from './i18n/strings.js';
import { ENGLISH } from './i18n/locale.js';
import { SPACINGS, type Spacing } from './layout/axis-scale.js';
import { filterParams, filterState, NO_FILTER, readFilterParams, sameFilter, toggleLane, withTag, type EventFilter } from './layout/event-filter.js';
import { laneBands, type LaneBand } from './layout/scene.js';
import { NO_STORY, storyFacts, storyView, type StoryFacts, type StoryView } from './layout/story-view.js';
import type { Tick } from './layout/ticks.js';
import { spokenSpan } from './model/calendar-date.js';
import type { ParseResult, Problem, Timeline, TimelineEvent } from './model/types.js';
import { parseEmbeds } from './parse/classify-media.js';
import { LAYOUTS, LOADINGS, NARROW, oneOf, THEMES, timeSpan, type Layout, type Loading, type Theme, type TimeInput } from './element/attributes.js';
import { AnnouncementController } from './element/controllers/announcement-controller.js';
import { DocumentController } from './element/controllers/document-controller.js';
import { FocusController } from './element/controllers/focus-controller.js';
import { HashController } from './element/controllers/hash-controller.js';
import { LocaleController } from './element/controllers/locale-controller.js';
import { SelectionController } from './element/controllers/selection-controller.js';
import { ViewportController } from './element/controllers/viewport-controller.js';
import { timelineEvent, type FilterDetail, type SelectTrigger } from './element/events.js';
import { resolveColors } from './element/export-colors.js';
import { fontOf, imageFileName, saveFile, svgToPng, viewAsSvg } from './element/export-image.js';
import { DEFAULT_TIMEOUT_MS } from './element/load-source.js';
import { MarkLabels } from './element/mark-labels.js';
import { OverviewWindow } from './element/overview-window.js';
import { PlotInput } from './element/plot-input.js';
import { PopoverController } from './element/popover-controller.js';
import { renderProblemNotice } from './element/problem-report.js';
import { FORMATS, type DocumentFormat } from './element/read-document.js';
import type { ToolbarOptions } from './element/render-chrome.js';
import { pageOf } from './element/render-list.js';
import { popoverAddsToList } from './element/render-media.js';
import { laneColor } from './element/render-plot.js';
import { OVERVIEW_HEIGHT, renderTimeline } from './element/render-timeline.js';
import { SceneCache, type SceneContext } from './element/scene-cache.js';
import { filterStyles } from './element/filter-styles.js';
import { listStyles } from './element/list-styles.js';
import { mediaStyles } from './element/media-styles.js';
import { timelineStyles } from './element/styles.js';
import { ZOOM_STEP, ZoomController } from './element/zoom-controller.js';

export { LAYOUTS, LOADINGS, THEMES, type Layout, type Loading, type Theme, type TimeInput } from './element/attributes.js';

/**
 * The properties that take one word of a set. An attribute outside it is read as the default,
 * and the console says so; so is a property set from script (`#checkWords`).
 */
const WORDS = {
  format: oneOf('format', FORMATS, 'auto'),
  layout: oneOf('layout', LAYOUTS, 'auto'),
  spacing: oneOf('spacing', SPACINGS, 'auto'),
  theme: oneOf('theme', THEMES, undefined),
  loading: oneOf('loading', LOADINGS, 'eager'),
};

/** What the horizontal view's scene is computed from (besides the document). */
const SCENE_INPUTS = ['spacing', 'layout', 'theme', 'strings'] as const;

/** What, given anew, starts the element afresh after a fault inside an update. */
const FRESH_START = ['data', 'src', 'format', 'strings'] as const;

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
 * @csspart list-title - An event's title in the list: a button that opens its popover; in the vertical layout a button only when the sheet shows more than the list (a player), else text (the same part).
 * @csspart pager - The list's page controls, for long stories.
 * @csspart overview - The overview strip under the plot, with the brush.
 * @csspart popover - The popover with the event's details and quotes.
 * @csspart close - The popover's close button.
 * @csspart error - The error message.
 * @csspart footer - The story's source (named once for the whole timeline), era notes and corrections.
 * @csspart problems - The `debug` notice listing the document's problems.
 *
 * @cssprop --nt-font-family - Font (inherits the page's by default).
 * @cssprop --nt-font-size - Base font size (0.8125rem); every text of the element scales with it.
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

  /** The document as an object, or as text (JSON, or a CSV or TSV sheet); takes precedence over `src` and inline data. */
  @property({ attribute: false }) data: unknown;

  /** Which format the document is in; `auto` detects TimelineJS3, and spreadsheets by their address or type. */
  @property({ converter: WORDS.format }) format: DocumentFormat = 'auto';

  /** `auto` switches to the vertical view below 600 px wide. */
  @property({ reflect: true, converter: WORDS.layout }) layout: Layout = 'auto';

  /** `auto` collapses long empty stretches (and widens a small story's dense ones, marked on the axis); `time` is true to time; `equal` spaces events evenly. */
  @property({ reflect: true, converter: WORDS.spacing }) spacing: Spacing = 'auto';

  /**
   * `light`, `dark`, or `auto` to follow the reader's setting. Unset, the element follows the
   * page's `color-scheme` (light unless the page declares dark).
   */
  @property({ reflect: true, converter: WORDS.theme }) theme: Theme | undefined;

  /** `lazy` waits until the element nears the viewport before fetching `src` and reading the document. */
  @property({ converter: WORDS.loading }) loading: Loading = 'eager';

  /** The id of the selected event. Set by the page, it opens that event's popover (as `select()` does, without nt-select); cleared, it closes it. */
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
    return this.#result?.problems ?? [];
  }

  /** The document's events, in time order, whatever the reader's filter hides. */
  get events(): readonly TimelineEvent[] {
    return this.#timeline?.events ?? [];
  }

  /**
   * The reader's filter, as `nt-filter-change` reports it: the lanes shown (lane ids, `""` for
   * the "Other" track of events in no lane; empty when the story has no lanes) and the tag.
   */
  get filter(): FilterDetail {
    return filterState(this.eventFilter, this.#facts.laneKeys);
  }

  @state() private listView = false;
  @state() private listPage = 0;
  @state() private previewId: string | undefined;
  @state() private wheelHint = false;
  /** What the reader hid with the legend or chose with a tag; see event-filter.ts. */
  @state() private eventFilter: EventFilter = NO_FILTER;

  @query('.plot') private plot: HTMLElement | null | undefined;
  @query('.popover') private popoverPanel: HTMLElement | null | undefined;

  #result: ParseResult | undefined;
  /** What the document's events call for, whatever the filter (storyFacts). */
  #facts: StoryFacts = NO_STORY;
  /** The events the filter keeps, indexed (storyView); derived again only when the filter changes. */
  #view: StoryView | undefined;
  /** The tracks, sized to the plot's height, "Other" in the element's language. */
  #lanes: readonly LaneBand[] = [];
  /** The base axis and the scene, kept while nothing they are drawn from changes. */
  readonly #laidOut = new SceneCache();
  readonly #markLabels = new MarkLabels((items) => this.#laidOut.partsApart(items));
  #wheelHintTimer: ReturnType<typeof setTimeout> | undefined;
  #initialWindowApplied = false;
  /** A new document whose URL fragment is still to be read. */
  #fragmentPending = false;
  /** An nt-select to fire once nt-load has: the event a link opened the document on. */
  #selectedOnLoad: TimelineEvent | undefined;
  /** The element's words: English, then its language's, then the page's overrides. */
  #strs: TimelineStrings = DEFAULT_STRINGS;

  /** The element's language (its own, its ancestors', the page's), live; its dates and words. */
  readonly #locale = new LocaleController(this);
  /** The language the last update drew in. */
  #drawnIn: Pick<LocaleController, 'data' | 'dates'> = { data: ENGLISH, dates: this.#locale.dates };

  /** The box's size, the plot's height, the label font, and loading="lazy"'s nearness. */
  readonly #viewport = new ViewportController(this, {
    stage: () => this.renderRoot.querySelector('.stage'),
    lazy: () => this.loading === 'lazy',
  });

  /** The live region, and nt-range-change as the view moves. */
  readonly #announcer = new AnnouncementController(this, {
    range: () => this.visibleRange,
    spoken: (range) => this.#spokenRange(range),
  });

  /** Deep links: the fragment read on load and on hashchange, written on a reader's choice. */
  readonly #fragment = new HashController(this, {
    enabled: () => this.hash,
    elementId: () => this.id,
    eventIds: () => this.events.map((e) => e.id),
    onChange: (read) => this.#selectFromHash(false, read),
  });

  /** The document (data, inline, src), read and reported; a crash contained. */
  readonly #document = new DocumentController(this, {
    data: () => this.data,
    src: () => this.src,
    format: () => this.format,
    timeout: () => this.timeout,
    mayLoad: () => this.#viewport.mayLoad,
    onResult: (result) => this.#useResult(result),
    readyToReport: () => this.#locale.settled,
    otherProblems: () => (this.#locale.problem ? [this.#locale.problem] : []),
  });

  /** The one owner of the view's transform; the scene asks it at each update. */
  readonly #zoom = new ZoomController(this, {
    target: () => (this.#laidOut.scene ? this.plot : undefined),
    limits: () => ({ width: this.#width, height: this.#laidOut.scene?.height ?? 1, maxScale: this.#laidOut.maxScale }),
    wheelZooms: () => this.matches(':focus-within'),
    onWheelIgnored: () => this.#showWheelHint(),
    onMove: (cause) => this.#announcer.viewMoved(cause === 'reveal'),
    reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
  });

  /** Roving focus over the marks, and focus kept inside the element as they redraw. */
  readonly #roving = new FocusController(this, {
    button: (id) => this.#findEventButton(id),
    inView: (button) => {
      const mark = this.#laidOut.scene?.marks.find((m) => m.items[0]!.id === button.dataset.id);
      return !mark || (mark.x >= 0 && mark.x <= this.#width);
    },
    nearestShown: (id) => this.#nearestShown(id),
    fallback: () => this.plot,
  });

  /** The first event of the mark in view whose first event is nearest in time to `id`'s. */
  #nearestShown(id: string): string | undefined {
    const time = this.#view?.eventById(id)?.start.time;
    const shown = this.#laidOut.scene?.marks.filter((mark) => mark.x >= 0 && mark.x <= this.#width) ?? [];
    if (time === undefined || shown.length === 0) return undefined;
    const distance = (mark: (typeof shown)[number]) => Math.abs(mark.items[0]!.start.time - time);
    return shown.reduce((best, mark) => (distance(mark) < distance(best) ? mark : best)).items[0]!.id;
  }

  /** Says an event's title and date in the live region. */
  #sayEvent(event: TimelineEvent): void {
    this.#announcer.say(this.#strs.selected(event.title, this.#dates.range(event.start, event.end)));
  }

  /** The reader's keys, clicks, hovers and focus on the plot's marks. */
  readonly #input = new PlotInput({
    scene: () => this.#laidOut.scene,
    view: () => this.#view,
    lanes: () => this.#lanes,
    toPixel: () => (this.#isVertical ? undefined : this.#laidOut.baseScale()),
    partsApart: (items) => this.#laidOut.partsApart(items),
    width: () => this.#width,
    selected: () => this.selected,
    select: (id, trigger) => this.select(id, trigger),
    closePopover: () => this.#selection.close(false),
    preview: (id) => (this.previewId = id),
    announce: (event) => this.#sayEvent(event),
    roving: this.#roving,
    zoom: this.#zoom,
  });

  /** The overview strip's window, following the view and moving it when dragged. */
  readonly #overview = new OverviewWindow(this, {
    strip: () => this.renderRoot.querySelector<SVGGElement>('g.brush'),
    size: () => ({ width: this.#width, height: OVERVIEW_HEIGHT }),
    window: () => {
      const t = this.#zoom.transform();
      return [t.invertX(0), t.invertX(this.#width)];
    },
    onMove: (x0, x1) => this.#zoom.showSpan(x0, x1, false),
  });

  readonly #popoverPosition: PopoverController = new PopoverController(this, {
    isSheet: () => window.innerWidth < NARROW,
    panel: () => (this.#selection.open ? this.popoverPanel : undefined),
    anchor: () => (this.selected ? this.#findEventButton(this.selected) : undefined),
    fallback: (): Element => this.plot ?? this,
    onOutsidePress: () => this.#selection.close(false),
  });

  /** The selected event and its popover, and what the page hears of them. */
  readonly #selection: SelectionController = new SelectionController(this, {
    view: () => this.#view,
    scene: () => this.#laidOut.scene,
    selected: () => this.selected,
    setSelected: (id) => (this.selected = id),
    listing: () => ({ vertical: this.#isVertical, listView: this.listView }),
    addsToList: (event) => popoverAddsToList(event.media, parseEmbeds(this.embeds)),
    panel: () => this.popoverPanel,
    anchoredToMark: () => this.#popoverPosition.anchoredTo?.matches('.mark') ?? false,
    showPage: (index) => (this.listPage = pageOf(index)),
    reveal: (event) => this.#input.reveal(event),
    announce: (event) => this.#sayEvent(event),
    roving: this.#roving,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after leaving it mid-request or mid-read (both were abandoned): go on.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#wheelHintTimer);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.#locale.resolve();
  }

  /** The plot's width: the scene, the zoom's extent and the overview are drawn in it. */
  get #width(): number {
    return this.#viewport.plotWidth;
  }

  get #dates() {
    return this.#locale.dates;
  }

  get #isVertical(): boolean {
    const { width } = this.#viewport;
    return this.layout === 'vertical' || (this.layout === 'auto' && width > 0 && width < NARROW);
  }

  get #timeline(): Timeline | undefined {
    return this.#result?.timeline;
  }

  /** The event the arrow keys start from. */
  private get focusedId(): string | undefined {
    return this.#roving.focusedId;
  }

  get #shown(): readonly TimelineEvent[] {
    return this.#view?.shown ?? [];
  }

  // ——— derived state ———

  /** A word set from script outside its set is read as its default, and said, as for the attribute. */
  #checkWords(changed: PropertyValues): void {
    const host = this as unknown as Record<keyof typeof WORDS, string | undefined>;
    for (const name of Object.keys(WORDS) as (keyof typeof WORDS)[]) {
      if (changed.has(name)) host[name] = WORDS[name].fromAttribute(host[name] ?? null);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#checkWords(changed);
    // After a fault, a new story or new words are a fresh start: the page need not reload.
    if (FRESH_START.some((name) => changed.has(name))) this.#document.crashed = undefined;
    if (this.#document.crashed) return;
    // The language (and with it the words or the dates) changed since the last update.
    const wordsChanged = changed.has('strings') || this.#locale.data !== this.#drawnIn.data;
    const datesChanged = this.#locale.dates !== this.#drawnIn.dates;
    this.#drawnIn = { data: this.#locale.data, dates: this.#locale.dates };
    if (wordsChanged) this.#strs = { ...DEFAULT_STRINGS, ...this.#locale.data.messages, ...this.strings };
    if (wordsChanged || datesChanged) this.#markLabels.clear();
    this.#document.update(changed.has('data') || changed.has('format'));
    const timeline = this.#timeline;
    // The label rows a lane gets depend on the height the box leaves the plot.
    const measured = this.#viewport.changed;
    // The labels' font decides their rows' height: read before the lanes are laid out.
    this.#viewport.readFont(measured.has('width') || changed.has('theme'));
    if (timeline && (measured.has('plotHeight') || measured.has('fontPx') || wordsChanged)) this.#lanes = this.#bandsFor(timeline);
    if (timeline && this.eventFilter !== this.#view?.filter) this.#applyFilter();
    if (timeline) this.#viewport.measureWidth();
    // A new axis has a new deepest zoom, which decides what a cluster's name says Enter does.
    if (timeline && this.#laidOut.updateAxis(timeline, this.#width, this.spacing, this.#facts, measured.has('width') || changed.has('spacing'))) {
      this.#markLabels.clear();
    }
    const horizontal = this.#view && this.#laidOut.base && !this.#isVertical;
    // The start/end window is where the first horizontal scene opens, in this same update.
    if (horizontal) this.#applyInitialWindow();
    // A new width lays the axis out anew (its breaks, stretches and ends move with the width):
    // the view is set again by the times it showed, not carried over in pixels.
    const shown = this.#windowShown;
    if (horizontal && measured.has('width') && shown) {
      const scale = this.#laidOut.baseScale()!;
      this.#zoom.showSpan(scale(+shown.start), scale(+shown.end), false, true);
    }
    // A new document opens on the event its link names, drawn in this update (nt-select follows nt-load).
    if (this.#fragmentPending && timeline) {
      this.#fragmentPending = false;
      this.#selectFromHash(true);
    }
    const resized = measured.has('width') || measured.has('plotHeight');
    const inputsChanged = resized || wordsChanged || datesChanged || SCENE_INPUTS.some((name) => changed.has(name));
    const box = { width: this.#width, height: this.#viewport.plotHeight };
    this.#laidOut.updateScene(horizontal ? this.#sceneContext() : undefined, box, this.#zoom.transform(), inputsChanged);
    if (horizontal) this.#windowShown = this.visibleRange;
  }

  /** The window the last horizontal layout showed, kept across a new width (and the phone's list between). */
  #windowShown: { start: Date; end: Date } | undefined;

  /** A text's width in the labels' font. */
  #measure = (text: string) => this.#viewport.measure.width(text);

  /** An axis label, on the story's clock (and naming it, where the story's times have offsets). */
  #tickLabel = (tick: Tick) => this.#dates.tick(tick, this.#facts.clock);

  #sceneContext(): SceneContext {
    return {
      view: this.#view!,
      lanes: this.#lanes,
      finestTick: this.#facts.finestTick,
      clockOffset: this.#facts.clock.offset,
      laneNamesAtRight: this.#viewport.rightToLeft,
      measure: this.#measure,
      measureTick: (text) => this.#viewport.tickMeasure.width(text),
      tickLabel: this.#tickLabel,
      clusterLabel: (count) => this.#dates.digits(this.#strs.cluster(count)),
    };
  }

  /** Takes a parsed document, and derives what stays the same while the reader zooms. */
  #useResult(result: ParseResult | undefined): void {
    this.#result = result;
    this.#markLabels.clear();
    this.#laidOut.reset();
    const timeline = result?.timeline;
    this.#lanes = timeline ? this.#bandsFor(timeline) : [];
    this.#facts = storyFacts(timeline);
    // A page opted in to fragments opens on the filter its link names, before the first draw.
    const read = this.#fragment.read();
    this.eventFilter = read ? readFilterParams(read.filterParams, this.#facts.laneKeys, this.#facts.tags) : NO_FILTER;
    this.#initialWindowApplied = false;
    this.#fragmentPending = this.hash;
    this.#applyFilter();
    this.#selection.storyChanged();
  }

  /** The tracks to draw, the "Other" track in the element's language. */
  #bandsFor(timeline: Timeline): LaneBand[] {
    return laneBands(timeline.lanes, timeline.events, this.#viewport.plotHeight || undefined, this.#strs.other, this.#viewport.fontPx);
  }

  /** Derives what the reader sees from the filter: the events kept, indexed by lane and id. */
  #applyFilter(): void {
    this.#view = this.#timeline && storyView(this.#timeline, this.#lanes, this.eventFilter);
    this.#laidOut.invalidate();
    this.#markLabels.clear();
    this.listPage = pageOf(this.#view?.indexOf(this.selected) ?? -1);
    this.#selection.viewChanged();
    if (this.focusedId && !this.#view?.eventById(this.focusedId)) this.#roving.focusedId = undefined;
  }

  /** A reader's change of filter: applied, announced with the count it leaves, and reported. */
  #setFilter(filter: EventFilter): void {
    if (sameFilter(filter, this.eventFilter)) return;
    this.eventFilter = filter;
    this.#applyFilter();
    // A selection the reader has just hidden is let go, so no link names an event it cannot open.
    if (this.selected && !this.#view?.eventById(this.selected)) this.selected = undefined;
    this.#announcer.say(this.#dates.digits(this.#strs.filterShowing(this.#shown.length, this.events.length)));
    this.dispatchEvent(timelineEvent('nt-filter-change', filterState(filter, this.#facts.laneKeys)));
  }

  #onTag = (tag: string | undefined) => this.#setFilter(withTag(this.eventFilter, tag));
  #onToggleLane = (key: string) => this.#setFilter(toggleLane(this.eventFilter, key));

  // ——— after the update: what the page hears ———

  protected override updated(changed: PropertyValues): void {
    if (this.#document.crashed) return;
    if (this.#document.reportLoad()) {
      // The event a link opened the document on: its nt-select follows nt-load.
      const opened = this.#selectedOnLoad;
      this.#selectedOnLoad = undefined;
      if (opened) this.dispatchEvent(timelineEvent('nt-select', { event: opened, trigger: 'hash' }));
    }
    this.#selection.updated(changed.has('selected'));
    // The filter's first value is no reader's choice: writing it would wipe a fragment before the document names its events.
    const filterChanged = changed.has('eventFilter') && changed.get('eventFilter') !== undefined;
    if ((changed.has('selected') || filterChanged) && this.hash && this.#timeline) this.#fragment.write(this.selected, filterParams(this.eventFilter));
  }

  // ——— zoom and the visible range ———

  #applyInitialWindow(): void {
    const base = this.#laidOut.base;
    if (this.#initialWindowApplied || !base) return;
    this.#initialWindowApplied = true;
    if (!this.start && !this.end) return;
    try {
      this.zoomTo(this.start || base.domain[0]!, this.end || base.domain.at(-1)!, { animate: false });
    } catch {
      // An unreadable start/end leaves the whole story in view.
    }
  }

  /** The visible window. */
  get visibleRange(): { start: Date; end: Date } | undefined {
    const scale = this.#laidOut.baseScale();
    if (!scale || this.#width === 0) return undefined;
    const t = this.#zoom.transform();
    return { start: new Date(scale.invert(t.invertX(0))), end: new Date(scale.invert(t.invertX(this.#width))) };
  }

  /** What a screen reader hears of the visible window: its dates and the events it shows. */
  #spokenRange(range: { start: Date; end: Date }): string {
    const count = this.#laidOut.scene?.marks.reduce((n, m) => n + m.items.length, 0) ?? 0;
    const { finestTick, clock } = this.#facts;
    const span = spokenSpan(range.start.getTime(), range.end.getTime(), { times: finestTick !== 'day', offsetMinutes: clock.named ? clock.offset : undefined });
    const text = this.#dates.range(...span);
    return this.#dates.digits(this.#strs.showing(text, count));
  }

  /**
   * Shows `start` to `end` across the width. An ISO string names its whole period ("2019-04" ends
   * with April), as the `start` and `end` attributes do; a Date or a number is an instant.
   * Animated unless the reader prefers reduced motion or `animate` is false.
   */
  zoomTo(start: TimeInput, end: TimeInput, options: { animate?: boolean } = {}): void {
    const scale = this.#laidOut.baseScale();
    if (!scale) return;
    let span = [NaN, NaN];
    try {
      span = timeSpan(start, end);
    } catch {
      // A string that is no ISO date: warned of below, as NaN or an invalid Date is.
    }
    if (!span.every(Number.isFinite)) {
      console.warn(`<${this.localName}>: zoomTo takes two Dates, times or ISO dates; the view stays as it is`);
      return;
    }
    this.#zoom.showSpan(scale(span[0]!), scale(span[1]!), options.animate ?? true);
  }

  /** Shows the whole story. */
  fit(options: { animate?: boolean } = {}): void {
    this.#zoom.fit(options.animate ?? true);
  }

  /** Zooms in by a factor of 2, around the centre. */
  zoomIn(): void {
    this.#zoom.zoomBy(ZOOM_STEP);
  }

  /** Zooms out by a factor of 2, around the centre. */
  zoomOut(): void {
    this.#zoom.zoomBy(1 / ZOOM_STEP);
  }

  #showWheelHint(): void {
    this.wheelHint = true;
    clearTimeout(this.#wheelHintTimer);
    this.#announcer.hush();
    this.#wheelHintTimer = setTimeout(() => (this.wheelHint = false), 1500);
  }

  // ——— selection ———

  /** Selects an event by id and opens its popover; `undefined` clears the selection. */
  select(id: string | undefined, trigger: SelectTrigger = 'api'): void {
    this.#selection.select(id, trigger);
  }

  /** Selects the next event in time; on the last one, nothing happens (no nt-select). */
  next(): void {
    this.#selection.step(1);
  }

  /** Selects the previous event in time; on the first one, nothing happens (no nt-select). */
  previous(): void {
    this.#selection.step(-1);
  }

  /** The button that stands for an event: its mark, the cluster holding it, or its list entry. */
  #findEventButton(id: string): HTMLElement | null {
    const holder = this.#laidOut.scene?.marks.find((mark) => mark.items.some((e) => e.id === id))?.items[0]!.id ?? id;
    const listShown = this.#isVertical || this.listView;
    return this.renderRoot.querySelector<HTMLElement>(
      listShown ? `.list-title[data-id="${CSS.escape(id)}"]` : `.mark[data-id="${CSS.escape(holder)}"]`,
    );
  }

  /** Selects what the fragment names; `onLoad`: for a new document, whose nt-select waits for its nt-load. */
  #selectFromHash(onLoad = false, read = this.#fragment.read()): void {
    if (!read) return;
    // The fragment's filter first, so the event it names is among those shown.
    const filter = readFilterParams(read.filterParams, this.#facts.laneKeys, this.#facts.tags);
    if (!sameFilter(filter, this.eventFilter)) {
      this.eventFilter = filter;
      this.#applyFilter();
    }
    if (read.eventId === undefined || read.eventId === this.selected || !this.#view?.eventById(read.eventId)) return;
    if (onLoad) this.#selectedOnLoad = this.#selection.choose(read.eventId);
    else this.select(read.eventId, 'hash');
  }

  // ——— export ———

  /** The current view as a standalone SVG document, or undefined before anything is drawn. */
  toSVG(): string | undefined {
    const scene = this.#laidOut.scene;
    if (!scene) return undefined;
    return viewAsSvg({
      scene,
      title: this.#timeline?.title,
      colors: resolveColors(this.renderRoot, scene.lanes.map((_, i) => laneColor(i))),
      font: fontOf(this),
      measure: this.#measure,
      tickLabel: this.#tickLabel,
      clusterText: (n) => this.#dates.digits(this.#strs.cluster(n)),
    });
  }

  /** The current view as a PNG, twice its size on screen. */
  async toPNG(): Promise<Blob | undefined> {
    const svgText = this.toSVG();
    return svgText === undefined ? undefined : svgToPng(svgText);
  }

  async #saveImage(format: 'svg' | 'png'): Promise<void> {
    const svgText = this.toSVG();
    if (svgText === undefined) return;
    const blob = format === 'svg' ? new Blob([svgText], { type: 'image/svg+xml' }) : await svgToPng(svgText);
    saveFile(blob, imageFileName(this.#timeline?.title, format));
  }

  // ——— rendering ———

  #onToolbar = (action: Parameters<ToolbarOptions['act']>[0]) => {
    if (action === 'previous') this.previous();
    else if (action === 'next') this.next();
    else if (action === 'zoom-in') this.zoomIn();
    else if (action === 'zoom-out') this.zoomOut();
    else if (action === 'fit') this.fit();
    else if (action === 'list') this.listView = !this.listView;
    else void this.#saveImage(action === 'save-svg' ? 'svg' : 'png');
  };

  #renderTimeline(timeline: Timeline, view: StoryView) {
    return renderTimeline({
      timeline,
      view,
      scene: this.#laidOut.scene,
      lanes: this.#lanes,
      laneKeys: this.#facts.laneKeys,
      density: this.#laidOut.density,
      width: this.#width,
      vertical: this.#isVertical,
      listView: this.listView,
      listPage: this.listPage,
      selected: this.selected,
      focused: this.focusedId,
      previewId: this.previewId,
      wheelHint: this.wheelHint,
      download: this.download,
      headingLevel: this.headingLevel,
      embeds: this.embeds,
      dates: this.#dates,
      strings: this.#strs,
      measure: this.#measure,
      markLabels: this.#markLabels,
      tickLabel: this.#tickLabel,
      input: this.#input,
      selection: this.#selection,
      filter: this.eventFilter,
      toggleLane: this.#onToggleLane,
      chooseTag: this.#onTag,
      setPage: (page) => (this.listPage = page),
      act: this.#onToolbar,
    });
  }

  /** The `debug` notice: the document's problems, or why it could not be loaded. */
  #problemNotice(outcome: ParseResult | Error | undefined) {
    if (outcome === undefined) return nothing;
    const problems = outcome instanceof Error ? [{ path: '', message: outcome.message }] : outcome.problems;
    return renderProblemNotice(problems, this.#dates.digits(this.#strs.problemsHeading(problems.length)));
  }

  /**
   * Readers get a short message and the page's own fallback content (the element's children),
   * inside the same box; the technical reason went to nt-error and the console. A page that
   * cancels nt-error gets the fallback alone.
   */
  #renderError() {
    return html`${this.#document.errorHandled ? nothing : html`<div class="error" part="error" role="alert">${this.#strs.loadFailed}</div>`}
      <div class="fallback"><slot @slotchange=${this.#document.onSlotChange}></slot></div>`;
  }

  /**
   * Whatever goes wrong inside an update stays inside the element: it shows its error state
   * and fires nt-error, and never throws into the page's code.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.#document.crash(error);
    }
  }

  protected override render() {
    // After a fault, draw only what cannot fault again.
    if (this.#document.crashed) return this.#renderError();
    const timeline = this.#timeline;
    const outcome = this.#document.outcome();
    let body;
    if (timeline && this.#view) body = this.#renderTimeline(timeline, this.#view);
    else if (outcome instanceof Error || (outcome && !outcome.timeline)) body = this.#renderError();
    else if (this.#document.busy) {
      // A skeleton of the box's own size: nothing around the element moves when data arrives.
      body = html`<div class="loading" role="status"><span>${this.#strs.loading}</span></div>`;
    }
    else body = html`<div class="fallback"><slot @slotchange=${this.#document.onSlotChange}></slot></div>`;
    return html`<div
        class="container"
        part="container"
        role="region"
        aria-label=${timeline?.title ?? this.#strs.timelineLabel}
        @keydown=${this.#selection.onKeydown}
      >
        ${this.debug ? this.#problemNotice(outcome) : nothing} ${body}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcer.text}</div>`;
  }
}
