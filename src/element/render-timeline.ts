import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { DateText } from '../i18n/date-text.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { OTHER_LANE, type EventFilter } from '../layout/event-filter.js';
import { laneNames } from '../layout/list-context.js';
import type { DensityColumn } from '../layout/overview.js';
import type { LaneBand, Scene } from '../layout/scene.js';
import type { StoryView } from '../layout/story-view.js';
import type { Tick } from '../layout/ticks.js';
import type { Timeline } from '../model/types.js';
import { parseEmbeds } from '../parse/classify-media.js';
import { NARROW } from './attributes.js';
import type { SelectionController } from './controllers/selection-controller.js';
import type { MarkLabels } from './mark-labels.js';
import type { PlotInput } from './plot-input.js';
import { renderHeader, renderOverview, renderPopover, renderToolbar, type ToolbarOptions } from './render-chrome.js';
import { renderFilterBar } from './render-filters.js';
import { renderList } from './render-list.js';
import { popoverAddsToList } from './render-media.js';
import { laneColor, renderPlotView } from './render-plot.js';
import { renderStoryProvenance } from './render-provenance.js';

/** The overview strip's height, in pixels. */
export const OVERVIEW_HEIGHT = 32;

/** Everything a loaded story's view is drawn from: the element's state, read once per render. */
export interface TimelineParts {
  readonly timeline: Timeline;
  readonly view: StoryView;
  /** The horizontal view's scene; none in the phone's vertical view. */
  readonly scene: Scene | undefined;
  readonly lanes: readonly LaneBand[];
  /** The legend's entries (storyFacts). */
  readonly laneKeys: readonly string[];
  readonly density: readonly DensityColumn[];
  readonly width: number;
  readonly vertical: boolean;
  readonly listView: boolean;
  readonly listPage: number;
  readonly selected: string | undefined;
  /** The event the arrow keys start from: its mark is the one in the Tab order. */
  readonly focused: string | undefined;
  /** The mark hovered or focused, previewed when its label is hidden or cut. */
  readonly previewId: string | undefined;
  readonly wheelHint: boolean;
  readonly download: boolean;
  readonly headingLevel: number | undefined;
  readonly embeds: string | undefined;
  readonly dates: DateText;
  readonly strings: TimelineStrings;
  readonly measure: (text: string) => number;
  readonly markLabels: MarkLabels;
  /** An axis label, on the story's clock. */
  readonly tickLabel: (tick: Tick) => string;
  readonly input: PlotInput;
  readonly selection: SelectionController;
  readonly filter: EventFilter;
  /**
   * A reader's changes of filter. Each reads the filter when it is called, not when it was
   * drawn: two legend presses before the next update both count, and the guarded list keeps
   * the function it was first drawn with.
   */
  readonly toggleLane: (key: string) => void;
  readonly chooseTag: (tag: string | undefined) => void;
  readonly setPage: (page: number) => void;
  readonly act: ToolbarOptions['act'];
}

/**
 * A loaded story: header, toolbar (with the legend), the plot or the list, the overview, the
 * story's provenance and the open popover. Parts that do not change while the reader zooms and
 * pans (the list, the overview, the footer) are guarded, so a zoom frame re-renders the plot alone.
 */
export function renderTimeline(parts: TimelineParts) {
  const { timeline, view, scene, strings, dates, selection } = parts;
  const vertical = parts.vertical;
  const listShown = vertical || parts.listView;
  const tags = { onTag: parts.chooseTag, current: parts.filter.tag };
  const embeds = parseEmbeds(parts.embeds);
  const trackColor = (key: string | undefined) => laneColor(Math.max(parts.lanes.findIndex((band) => band.id === key), 0));
  const index = view.indexOf(parts.selected);
  const popoverEvent = selection.popoverEvent;
  // Looked for only when there is one: a search for none reads every event in view, each frame.
  const current = parts.focused ?? parts.selected;
  const tabStop = (current && scene?.marks.find((m) => m.items.some((e) => e.id === current))) || scene?.marks[0];
  return html`${renderHeader(timeline, parts.headingLevel)}
    ${renderToolbar({
      strings,
      dates,
      canGoBack: index !== 0,
      canGoOn: index !== view.shown.length - 1,
      horizontal: !vertical,
      listView: parts.listView,
      eventCount: view.shown.length,
      download: parts.download,
      filters: renderFilterBar({
        strings,
        lanes: parts.laneKeys.map((key) => ({
          key,
          label: key === OTHER_LANE ? strings.other : (timeline.lanes.find((lane) => lane.id === key)?.label ?? key),
          color: trackColor(key === OTHER_LANE ? undefined : key),
        })),
        filter: parts.filter,
        onToggleLane: parts.toggleLane,
        onClearTag: () => parts.chooseTag(undefined),
      }),
      act: parts.act,
    })}
    <div class=${parts.listView && !vertical ? 'stage listing' : 'stage'}>
      ${scene
        ? renderPlotView(scene, {
            input: parts.input,
            groupLabel: strings.eventsGroup,
            isCurrent: (e) => e.id === parts.selected,
            isTabStop: (m) => m === tabStop,
            laneColor,
            markLabel: (m) => parts.markLabels.of(m, dates, strings),
            clusterText: (n) => dates.digits(strings.cluster(n)),
            tickLabel: parts.tickLabel,
            preview: selection.open ? undefined : view.eventById(parts.previewId),
            measure: parts.measure,
            dates,
            wheelHint: parts.wheelHint ? strings.wheelHint : undefined,
          })
        : nothing}
      ${
        // The list does not change while the reader zooms and pans: render it only when it does.
        guard([view, dates, strings, listShown, vertical, parts.listPage, parts.lanes, parts.selected, parts.embeds], () =>
          renderList(view.timeline, {
            dates,
            strings,
            shown: listShown,
            page: parts.listPage,
            laneColor: (event) => trackColor(view.laneDrawnIn(event)),
            laneNames: (event) => laneNames(event, timeline.lanes, strings.other),
            opens: (event) => !vertical || popoverAddsToList(event.media, embeds),
            current: parts.selected,
            tags,
            onOpen: (event) => selection.select(event.id, 'pointer'),
            onPage: parts.setPage,
          }),
        )
      }
    </div>
    ${
      // Next after the stage in the Tab order: from an event (Shift+Tab goes back to it) to its
      // popover, then on to the overview and the footer. Drawn above them all the same (fixed).
      popoverEvent
        ? renderPopover(popoverEvent, {
            dates,
            strings,
            sheet: window.innerWidth < NARROW,
            embeds,
            tags: { ...tags, tabindex: 0 },
            onKeydown: selection.onKeydown,
            onClose: () => selection.close(),
          })
        : nothing
    }
    ${scene && !parts.listView
      ? guard([parts.density, parts.width], () => renderOverview(parts.density, parts.width, OVERVIEW_HEIGHT))
      : nothing}
    ${guard([timeline, dates, strings], () => renderStoryProvenance(timeline, dates, strings))}`;
}
