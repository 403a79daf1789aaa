import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from './css-props.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { EventFilter } from '../layout/event-filter.js';

/**
 * The reader's filters: the lane names as a legend of toggle buttons that show or hide their
 * lanes' events, the "Filtered by: X ×" chip of a chosen tag, and an event's tags as buttons
 * that choose one. Tags and labels are data: text bindings only.
 */

export interface LegendLane {
  /** The lane's id, or the "Other" track's key. */
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

export interface FilterBarOptions {
  readonly strings: TimelineStrings;
  readonly lanes: readonly LegendLane[];
  readonly filter: EventFilter;
  readonly onToggleLane: (key: string) => void;
  readonly onClearTag: () => void;
}

/** The legend and the tag chip, in the element's chrome; nothing when there is neither. */
export function renderFilterBar(options: FilterBarOptions): TemplateResult | typeof nothing {
  const { strings, lanes, filter } = options;
  if (lanes.length === 0 && filter.tag === undefined) return nothing;
  const tag = filter.tag;
  return html`<div class="filters">
    ${lanes.length > 0
      ? html`<div class="legend" part="legend" role="group" aria-label=${strings.lanesLegend}>
          ${lanes.map(
            (lane) => html`<button
              class="legend-item"
              part="legend-item"
              data-lane=${lane.key}
              aria-pressed=${String(!filter.hiddenLanes.has(lane.key))}
              style=${cssProps({ '--lane-color': lane.color })}
              @click=${() => options.onToggleLane(lane.key)}
            >
              <span class="swatch" aria-hidden="true"></span><span class="lane-name">${lane.label}</span>
            </button>`,
          )}
        </div>`
      : nothing}
    ${tag === undefined
      ? nothing
      : html`<span class="filter-chip" part="filter-chip"
          >${strings.filteredBy} <strong>${tag}</strong>
          <button class="clear-filter" aria-label=${strings.clearFilter(tag)} title=${strings.clearFilter(tag)} @click=${options.onClearTag}>
            ×
          </button></span
        >`}
  </div>`;
}

export interface TagOptions {
  readonly onTag: (tag: string) => void;
  /** The tag being filtered to, shown pressed. */
  readonly current: string | undefined;
  /** -1 in the list kept for assistive technology only, out of the Tab order. */
  readonly tabindex: number;
}

/** An event's tags, each a button that filters the timeline to it. */
export function renderTags(tags: readonly string[], strings: TimelineStrings, options: TagOptions): TemplateResult | typeof nothing {
  if (tags.length === 0) return nothing;
  return html`<p class="tags">
    <span class="tags-label">${strings.tags}</span>
    ${tags.map(
      (tag) => html`<button
        class="tag"
        part="tag"
        data-tag=${tag}
        tabindex=${options.tabindex}
        aria-pressed=${String(tag === options.current)}
        aria-label=${strings.filterByTag(tag)}
        @click=${() => options.onTag(tag)}
      >
        ${tag}
      </button>`,
    )}
  </p>`;
}
