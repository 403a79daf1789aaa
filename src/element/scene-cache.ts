import type { ZoomTransform } from 'd3-zoom';
import { edgeRoom, type BaseAxis, type Spacing } from '../layout/axis-scale.js';
import { readableAxis } from '../layout/dense-stretches.js';
import { eventEnd } from '../layout/lane-index.js';
import { linearMap, type LinearMap } from '../layout/linear-map.js';
import { maxZoomScale } from '../layout/navigation.js';
import { densityColumns, type DensityColumn } from '../layout/overview.js';
import { GEOMETRY, buildScene, type LaneBand, type Scene } from '../layout/scene.js';
import type { StoryFacts, StoryView } from '../layout/story-view.js';
import type { Tick, TickUnit } from '../layout/ticks.js';
import type { Timeline, TimelineEvent } from '../model/types.js';

/** What a scene is laid out with besides the zoom: the events shown, the box, and the words. */
export interface SceneContext {
  readonly view: StoryView;
  readonly lanes: readonly LaneBand[];
  /** No axis ticks finer than this (the story's finest dates). */
  readonly finestTick: TickUnit;
  /** Minutes the axis's clock is ahead of UTC. */
  readonly clockOffset: number;
  readonly laneNamesAtRight: boolean;
  readonly measure: (text: string) => number;
  /** A tick label's width: tick labels are drawn smaller. */
  readonly measureTick: (text: string) => number;
  readonly tickLabel: (tick: Tick) => string;
  readonly clusterLabel: (count: number) => string;
}

/**
 * The horizontal view's layout, kept between updates: the base axis (with the deepest zoom) made
 * again only for a new document, width or spacing; the overview's density again only for a new
 * axis or filter; and the scene laid out again only when the zoom or something it is drawn from
 * changed. An update for anything else (an announcement, the popover) reuses them all.
 */
export class SceneCache {
  /** The unzoomed axis, once the box has a width. */
  base: BaseAxis | undefined;
  /** The overview strip's columns, along the base axis: the events the filter shows. */
  density: readonly DensityColumn[] = [];
  /** The deepest zoom: the story's finest dates fill the width. */
  maxScale = 1;
  /** What the horizontal view draws; undefined in the vertical view and before there is an axis. */
  scene: Scene | undefined;
  #laidOutAt: ZoomTransform | undefined;
  #stale = true;
  /** What `density` counts: these events along this axis. */
  #densityOf: { events: readonly TimelineEvent[]; base: BaseAxis } | undefined;

  /** A new document: the axis is made again at the next update. */
  reset(): void {
    this.base = undefined;
    this.#stale = true;
  }

  /** The scene's events or tracks changed (a filter, the lanes' heights): lay it out again. */
  invalidate(): void {
    this.#stale = true;
  }

  /**
   * Makes the base axis when there is none yet, or `again` (the width or spacing changed).
   * Returns whether it made one.
   */
  updateAxis(timeline: Timeline, width: number, spacing: Spacing, facts: StoryFacts, again: boolean): boolean {
    if (width <= 0 || (this.base && !again)) return false;
    // The axis spans the whole story, whatever the filter hides: hiding a lane never moves the others.
    const intervals = timeline.events.map((e) => ({ start: e.start.time, end: eventEnd(e) }));
    this.base = readableAxis(intervals, width, spacing, edgeRoom(facts.finestTick));
    this.maxScale = maxZoomScale(this.base, facts.finest, width);
    return true;
  }

  /**
   * Whether the deepest zoom draws a cluster's events (in time order) apart, a cluster's width
   * from its first, and so parts it. If not, no zoom can: they are the same day of a story told
   * in days, or as close.
   */
  partsApart(items: readonly TimelineEvent[]): boolean {
    const x = this.baseScale();
    return !!x && (x(items.at(-1)!.start.time) - x(items[0]!.start.time)) * this.maxScale >= GEOMETRY.clusterDistance;
  }

  /** Time ↔ unzoomed pixels, once there is an axis. */
  baseScale(): LinearMap | undefined {
    return this.base && linearMap(this.base.domain, this.base.range);
  }

  /**
   * Lays the scene out at `transform` when the zoom moved, the cache was invalidated or
   * `changed` (the size, the words, an input of the view); `context` undefined drops it (the
   * vertical view draws none).
   */
  updateScene(context: SceneContext | undefined, box: { width: number; height: number }, transform: ZoomTransform, changed: boolean): void {
    if (context && this.base) this.#countDensity(context.view.shown, this.base, box.width);
    const zoomed = transform.k !== this.#laidOutAt?.k || transform.x !== this.#laidOutAt.x;
    // Kept only while it is still wanted: no context drops it whatever else changed.
    if (!this.#stale && !zoomed && !changed && (context || !this.scene)) return;
    this.scene = context && this.base ? this.#layOut(context, this.base, box, transform) : undefined;
    this.#laidOutAt = transform;
    this.#stale = false;
  }

  /** The overview counts what the filter shows: hiding a lane takes its events out of the strip too. */
  #countDensity(events: readonly TimelineEvent[], base: BaseAxis, width: number): void {
    if (this.#densityOf?.events === events && this.#densityOf.base === base) return;
    this.#densityOf = { events, base };
    this.density = densityColumns(events, this.baseScale()!, width);
  }

  #layOut(context: SceneContext, base: BaseAxis, box: { width: number; height: number }, t: ZoomTransform): Scene {
    const { view, measure } = context;
    return buildScene({
      timeline: view.timeline,
      domain: base.domain,
      range: base.range.map((x) => t.applyX(x)),
      breaks: base.breaks,
      stretched: base.stretched,
      width: box.width,
      lanes: context.lanes,
      laneEvents: view.laneEvents,
      tiedLanes: view.tiedLanes,
      height: box.height || undefined,
      measureLabel: measure,
      measureTickLabel: context.measureTick,
      // Lane names are drawn smaller, in bold spaced capitals: the labels' measure of the
      // capitals, a tenth wider, errs on the wide side (at 26 px, WebKit's bold came out wider).
      laneNameWidth: (name) => measure(name.toUpperCase()) * 1.1,
      // Lane names sit at the right in right-to-left text: labels keep clear of them there.
      laneNamesAtRight: context.laneNamesAtRight,
      tickLabel: context.tickLabel,
      finestTick: context.finestTick,
      clockOffset: context.clockOffset,
      clusterLabel: context.clusterLabel,
    });
  }
}
