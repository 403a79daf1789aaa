import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GEOMETRY } from '../../layout/scene.js';
import { TextMeasure } from '../text-measure.js';

export interface ViewportConfig {
  /** The stage the plot fills, once drawn (a new one after the error or loading state). */
  readonly stage: () => Element | null | undefined;
  /** loading="lazy": whether the document waits until the element nears the viewport. */
  readonly lazy: () => boolean;
}

/** The plot's top and bottom borders, inside the stage it fills. */
const PLOT_BORDERS = 2;
/** loading="lazy" starts this far before the element scrolls into view. */
const LAZY_MARGIN = '600px 0px';

/** What the viewport controller measured anew since the last update ('width': either width). */
export type Measured = 'width' | 'plotHeight' | 'nearViewport' | 'fontPx';

/**
 * The element's box and place on the page: its width (a ResizeObserver), the height its stage
 * leaves the plot, whether it has come near the viewport (loading="lazy", an
 * IntersectionObserver that stops once it has), and the font labels are measured in. Each new
 * measure asks the host for an update and is listed in `changed` for that update.
 */
export class ViewportController implements ReactiveController {
  /** The element's content box: what the layout (plot or list) is chosen by. */
  width = 0;
  /**
   * What a vertical scroll bar in the stage takes from the plot's width (0 where scroll bars
   * overlay the page, as on phones and in headless Chromium; ~15 px in Firefox on a desktop).
   */
  scrollBar = 0;
  /** The height the plot has inside the element's box; 0 until measured. */
  plotHeight = 0;
  nearViewport = false;
  /** Label widths, in the font labels are drawn in. */
  readonly measure = new TextMeasure();
  /** Tick labels are drawn smaller than titles (`.axis text`, in em): measured in their own size. */
  readonly tickMeasure = new TextMeasure();
  /** The labels' font size, which their rows' height follows (see `laneBands`). */
  fontPx: number = GEOMETRY.textBase;
  /** Whether text runs right to left (lane names then sit at the right). */
  rightToLeft = false;
  /** What changed since the last update. */
  readonly changed = new Set<Measured>();
  #fontRead = false;
  #resizeObserver: ResizeObserver | undefined;
  #stageObserver: ResizeObserver | undefined;
  #observedStage: Element | undefined;
  #observedPlot: Element | undefined;
  #viewportObserver: IntersectionObserver | undefined;
  #resizeFrame: number | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #config: ViewportConfig;

  constructor(host: ReactiveControllerHost & HTMLElement, config: ViewportConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  /** The width the plot is drawn in: the element's, less the stage's scroll bar. */
  get plotWidth(): number {
    return Math.max(this.width - this.scrollBar, 0);
  }

  /** Whether the document may be fetched and read: always, unless lazy and still far away. */
  get mayLoad(): boolean {
    return !this.#config.lazy() || this.nearViewport;
  }

  #set<K extends Measured | 'scrollBar'>(name: K, value: this[K]): void {
    if (this[name] === value) return;
    this[name] = value;
    this.changed.add(name === 'scrollBar' ? 'width' : (name as Measured));
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      // Re-rendering changes the element's height; doing it in the next frame rather than in
      // this callback keeps the observer from looping.
      if (this.#resizeFrame !== undefined) cancelAnimationFrame(this.#resizeFrame);
      this.#resizeFrame = requestAnimationFrame(() => {
        this.#resizeFrame = undefined;
        this.#set('width', width);
      });
    });
    this.#resizeObserver.observe(this.#host);
    // The stage's height is the element's box less its header, toolbar and overview. It changes
    // only with the box, never with what the scene draws inside it, so it is safe to apply now.
    // A scroll bar comes into the stage when the plot is drawn taller than it, and narrows the
    // plot, not the stage: it is seen on the plot, observed too, which lies deeper in the tree
    // than the stage, so the plot laid out again for it in this frame is no observer loop. The
    // plot's height never follows its width, so the bar, once there, stays.
    this.#stageObserver = new ResizeObserver((entries) => {
      const stage = this.#observedStage as HTMLElement | undefined;
      if (!stage) return;
      // (The stage has no border.)
      this.#set('scrollBar', stage.offsetWidth - stage.clientWidth);
      const entry = entries.find((e) => e.target === stage);
      if (!entry) return;
      const height = Math.floor(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
      this.#set('plotHeight', Math.max(height - PLOT_BORDERS, 0));
      stage.style.removeProperty('visibility');
      // A header that scrolls in its strip (it then leaves the stage less room) is a Tab stop,
      // so that keyboard users can scroll it too; one that fits is none.
      const header = this.#host.shadowRoot?.querySelector('.header');
      if (header && header.scrollHeight > header.clientHeight) header.setAttribute('tabindex', '0');
      else header?.removeAttribute('tabindex');
    });
    this.#observedStage = undefined;
    this.#observedPlot = undefined;
    this.#watchViewport();
  }

  hostUpdated(): void {
    this.changed.clear();
    this.#observeStage();
    this.#watchViewport();
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#stageObserver?.disconnect();
    this.#stageObserver = undefined;
    this.#stopWatchingViewport();
    if (this.#resizeFrame !== undefined) cancelAnimationFrame(this.#resizeFrame);
    this.#resizeFrame = undefined;
  }

  /** The first layout needs the width now, not a frame later from the ResizeObserver. */
  measureWidth(): void {
    if (this.width === 0 && this.#host.isConnected) this.#set('width', Math.floor(this.#host.clientWidth));
  }

  /** Reads the font labels are drawn in (first, and again when `again`: a new width or theme). */
  readFont(again: boolean): void {
    if ((this.#fontRead && !again) || !this.#host.isConnected) return;
    const style = getComputedStyle(this.#host);
    // "normal" reads as 0.
    const [letter, word] = [parseFloat(style.letterSpacing) || 0, parseFloat(style.wordSpacing) || 0];
    this.measure.setFont(`${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, letter, word);
    const fontPx = parseFloat(style.fontSize);
    this.tickMeasure.setFont(`${style.fontStyle} ${style.fontWeight} ${GEOMETRY.smallText * fontPx}px ${style.fontFamily}`, letter, word);
    this.rightToLeft = style.direction === 'rtl';
    // Read during an update: listed for it, with no other update asked for.
    if (fontPx !== this.fontPx) this.changed.add('fontPx');
    this.fontPx = fontPx;
    this.#fontRead = true;
  }

  /** Measures the stage the plot fills (a new one after the error or loading state). */
  #observeStage(): void {
    const stage = this.#config.stage() ?? undefined;
    this.#observePlot(stage?.querySelector(':scope > .plot') ?? undefined);
    if (stage === this.#observedStage) return;
    if (this.#observedStage) this.#stageObserver?.unobserve(this.#observedStage);
    this.#observedStage = stage;
    // The border box: a scrollbar that comes or goes inside the stage as the plot is laid out
    // again for its new height changes the content box, and would loop the observer.
    if (!stage) return;
    // Unseen until the observer has measured it: a plot drawn at a stand-in height, painted and
    // then drawn at the stage's, would jump (a layout shift). Measuring at once instead would run
    // the plot's second update in the document's task (for a million events, one task with both).
    (stage as HTMLElement).style.visibility = 'hidden';
    this.#stageObserver?.observe(stage, { box: 'border-box' });
  }

  #observePlot(plot: Element | undefined): void {
    if (plot === this.#observedPlot) return;
    if (this.#observedPlot) this.#stageObserver?.unobserve(this.#observedPlot);
    this.#observedPlot = plot;
    if (plot) this.#stageObserver?.observe(plot);
  }

  /** loading="lazy": waits for the element to near the viewport, then stops watching. */
  #watchViewport(): void {
    if (!this.#config.lazy() || this.nearViewport || this.#viewportObserver || !this.#host.isConnected) return;
    this.#viewportObserver = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#set('nearViewport', true);
        this.#stopWatchingViewport();
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#viewportObserver.observe(this.#host);
  }

  #stopWatchingViewport(): void {
    this.#viewportObserver?.disconnect();
    this.#viewportObserver = undefined;
  }
}
