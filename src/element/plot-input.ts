import type { LinearMap } from '../layout/linear-map.js';
import { nearestInLane, separatingScale } from '../layout/navigation.js';
import { GEOMETRY, type LaneBand, type Scene } from '../layout/scene.js';
import type { StoryView } from '../layout/story-view.js';
import type { TimelineEvent } from '../model/types.js';
import type { FocusController } from './controllers/focus-controller.js';
import type { SelectTrigger } from './events.js';
import { keyAction } from './keys.js';
import { ZOOM_STEP, type ZoomController } from './zoom-controller.js';

/** The arrow keys pan by this share of the width. */
const PAN_STEP = 0.2;
/** An event revealed by the keys keeps this far from the edge, in pixels. */
const REVEAL_MARGIN = 80;
/** What a cluster zoomed into leaves free at each end of the view, as a share of its width. */
const CLUSTER_SPARE = 0.1;

export interface PlotInputConfig {
  readonly scene: () => Scene | undefined;
  readonly view: () => StoryView | undefined;
  /** The tracks, top to bottom, as the scene draws them. */
  readonly lanes: () => readonly LaneBand[];
  /** Time → unzoomed pixels while the horizontal view is drawn; undefined otherwise. */
  readonly toPixel: () => LinearMap | undefined;
  /** Whether zooming in can part a cluster's events. */
  readonly partsApart: (items: readonly TimelineEvent[]) => boolean;
  readonly width: () => number;
  readonly selected: () => string | undefined;
  readonly select: (id: string, trigger: SelectTrigger) => void;
  /** Closes the popover, the event staying selected: the keys have gone on to another event. */
  readonly closePopover: () => void;
  /** The mark hovered or focused, whose hidden or cut label the plot previews; undefined when none. */
  readonly preview: (id: string | undefined) => void;
  /** Says an event in the live region. */
  readonly announce: (event: TimelineEvent) => void;
  readonly roving: FocusController;
  readonly zoom: ZoomController;
}

/**
 * What a reader's keys, clicks, hovers and focus do on the plot's marks: the key map
 * (`keys.ts`) acted on, arrow keys walking from event to event (through clusters, across
 * lanes, zooming in just enough to separate an event from its neighbours), a click or Enter
 * opening an event or splitting a cluster. Its handlers are bound in the plot's template.
 */
export class PlotInput {
  readonly #config: PlotInputConfig;

  constructor(config: PlotInputConfig) {
    this.#config = config;
  }

  readonly onClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLElement>('.mark');
    if (!button?.dataset.id) return;
    if (Number(button.dataset.count) > 1) this.#expandCluster(button.dataset.id, 'pointer');
    else this.#config.select(button.dataset.id, 'pointer');
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    // Escape dismisses the preview a hover or focus showed (WCAG 1.4.13), and closes a popover.
    if (event.key === 'Escape') this.#config.preview(undefined);
    const action = keyAction(event);
    if (!action) return;
    event.preventDefault();
    const { zoom, view } = this.#config;
    const shown = view()?.shown ?? [];
    switch (action) {
      case 'zoom-in': {
        zoom.zoomBy(ZOOM_STEP);
        // Zoomed in around the middle of the view, a focused event near an edge would leave it:
        // it stays in view, as it does for every other key.
        const focused = (event.target as Element).closest?.('.mark') && view()?.eventById(this.#config.roving.focusedId);
        if (focused) this.reveal(focused);
        return;
      }
      case 'zoom-out':
        return zoom.zoomBy(1 / ZOOM_STEP);
      case 'fit':
        return zoom.fit();
      case 'pan-earlier':
      case 'pan-later':
        // The pan may take the focused event past the plot's edge: focus then goes to the nearest in view.
        this.#config.roving.keepInView();
        return zoom.panBy((action === 'pan-later' ? 1 : -1) * this.#config.width() * PAN_STEP);
      case 'previous':
      case 'next': {
        const current = this.#current();
        const next = current < 0 ? 0 : current + (action === 'next' ? 1 : -1);
        return this.#focusEvent(shown[Math.min(Math.max(next, 0), shown.length - 1)]);
      }
      case 'lane-up':
      case 'lane-down':
        return this.#moveAcrossLanes(action === 'lane-down' ? 1 : -1);
      case 'first':
        return this.#focusEvent(shown[0]);
      case 'last':
        return this.#focusEvent(shown.at(-1));
      case 'open':
        return this.#openFocused(event.target as Element);
    }
  };

  /** Hover and focus on a mark: its preview, and focus arriving by Tab or click makes it where the arrow keys start. */
  readonly onPreview = (event: Event): void => {
    // The pointer may move onto the preview and stay there (WCAG 1.4.13); leaving it hides it.
    const into = (event as PointerEvent).relatedTarget as Element | null;
    if ((event.target as Element).closest('.preview') || (event.type === 'pointerout' && into?.closest?.('.preview'))) return;
    const button = (event.target as Element).closest<HTMLElement>('.mark');
    const { roving } = this.#config;
    if (event.type === 'focusin' && button?.dataset.id && !this.#markHolds(button.dataset.id, roving.focusedId)) {
      roving.focusedId = button.dataset.id;
      roving.walkedTo = undefined;
    }
    // Focus shows it where the browser shows focus (keys); not for focus handed back after a tap
    // closed the popover, where no key can dismiss it and it would only hide the titles below.
    const shows = event.type === 'pointerover' || (event.type === 'focusin' && button?.matches(':focus-visible'));
    this.#config.preview(shows ? button?.dataset.id : undefined);
  };

  /** Where the keys start from: the focused event, else the selected one; -1 for none. */
  #current(): number {
    return this.#config.view()?.indexOf(this.#config.roving.focusedId ?? this.#config.selected()) ?? -1;
  }

  /** Whether the mark whose first event is `markId` stands for the event `id` (itself or in its cluster). */
  #markHolds(markId: string, id: string | undefined): boolean {
    if (id === undefined) return false;
    return this.#config.scene()?.marks.some((m) => m.items[0]!.id === markId && m.items.some((e) => e.id === id)) ?? false;
  }

  /**
   * Zooms to a cluster's events, which splits it. Events on one day of a story told in days, or
   * as close at the deepest zoom, stay a cluster whatever the zoom: it opens its first event
   * (the toolbar's Next event, and the arrow keys, reach the others), as its name says.
   */
  #expandCluster(firstId: string, trigger: SelectTrigger): void {
    const mark = this.#config.scene()?.marks.find((m) => m.items.length > 1 && m.items[0]!.id === firstId);
    const toPixel = this.#config.toPixel();
    if (!mark || !toPixel) return;
    const first = mark.items[0]!;
    const { roving, zoom } = this.#config;
    // The span of the starts, which is what parts the marks (an event's end can run on for years),
    // with a tenth of the width to spare at each end: its first and last marks are drawn whole.
    const x0 = toPixel(first.start.time);
    const x1 = toPixel(mark.items.at(-1)!.start.time);
    const spare = ((x1 - x0) * CLUSTER_SPARE) / (1 - 2 * CLUSTER_SPARE);
    const zoomed = this.#config.partsApart(mark.items) && zoom.showSpan(x0 - spare, x1 + spare);
    if (!zoomed) return this.#config.select(first.id, trigger);
    roving.focusedId = first.id;
    roving.pending = first.id;
  }

  /** Enter or Space on a mark: opens its event; on a cluster, zooms in until it splits. */
  #openFocused(target: Element): void {
    const id = target.closest<HTMLElement>('.mark')?.dataset.id;
    if (!id) return;
    const { roving, select } = this.#config;
    // Enter right after an arrow key: focus is still on its way to that event; open it.
    if (roving.pending) return select(roving.pending, 'keyboard');
    const isCluster = this.#config.scene()?.marks.some((m) => m.items.length > 1 && m.items[0]!.id === id) ?? false;
    // Arrow keys that walked to an event drawn inside a cluster open that event.
    if (isCluster && roving.walkedTo !== undefined && this.#markHolds(id, roving.walkedTo)) select(roving.walkedTo, 'keyboard');
    else if (isCluster) this.#expandCluster(id, 'keyboard');
    else select(id, 'keyboard');
  }

  #focusEvent(event: TimelineEvent | undefined): void {
    if (!event) return;
    // An open popover would cover the event the keys reach, or sit beside it as if its own.
    if (event.id !== this.#config.selected()) this.#config.closePopover();
    this.#config.roving.moveTo(event.id);
    const zoomed = this.#zoomToSeparate(event);
    if (!zoomed) this.reveal(event);
    // Still inside a cluster where the view is going (events the deepest zoom cannot part): its
    // button keeps one name, so the event the keys reached is said.
    const inCluster = zoomed
      ? this.#apartAt(event) > this.#config.zoom.planned().k
      : (this.#config.scene()?.marks.find((mark) => mark.items.includes(event))?.items.length ?? 0) > 1;
    if (inCluster) this.#config.announce(event);
  }

  /** Pans the least that brings an event into view, clear of the edges. */
  reveal(event: TimelineEvent): void {
    const toPixel = this.#config.toPixel();
    if (toPixel) this.#config.zoom.reveal(toPixel(event.start.time), REVEAL_MARGIN);
  }

  /**
   * When the keyboard lands on an event that would be drawn inside a cluster, zooms in around
   * it just far enough for it to get a mark of its own. Judged at the view a running animation
   * is heading for, not the view on its way there. Returns whether it zoomed.
   */
  #zoomToSeparate(event: TimelineEvent): boolean {
    const toPixel = this.#config.toPixel();
    const view = this.#config.view();
    const apart = this.#apartAt(event);
    if (!toPixel || !view || !Number.isFinite(apart) || apart <= this.#config.zoom.planned().k) return false;
    const needed = separatingScale(view.shown, view.indexOf(event.id), toPixel, GEOMETRY.clusterDistance + 2, view.laneDrawnIn);
    const at = toPixel(event.start.time);
    const half = this.#config.width() / (2 * needed);
    // A reveal: the event is said as the keys reach it.
    this.#config.zoom.showSpan(at - half, at + half, true, true);
    return true;
  }

  /** The zoom scale at which an event's mark stands apart from its neighbours' (0: at any). */
  #apartAt(event: TimelineEvent): number {
    const toPixel = this.#config.toPixel();
    const view = this.#config.view();
    return toPixel && view ? separatingScale(view.shown, view.indexOf(event.id), toPixel, GEOMETRY.clusterDistance, view.laneDrawnIn) : 0;
  }

  /** Up/Down: the event nearest in time in the lane above or below. */
  #moveAcrossLanes(by: number): void {
    const view = this.#config.view();
    const current = view?.shown[this.#current()];
    if (!view || !current) return;
    // Lane ids in drawing order; undefined is the track of events in no lane.
    const laneIds = this.#config.lanes().map((lane) => lane.id);
    // A lane the reader hid is empty: passed over to the next that has events.
    for (let target = laneIds.indexOf(view.laneDrawnIn(current)) + by; target >= 0 && target < laneIds.length; target += by) {
      const nearest = nearestInLane(view.shown, current, laneIds[target], view.laneDrawnIn);
      if (nearest) return this.#focusEvent(nearest);
    }
  }
}
