import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Locale } from 'date-fns';
import { formatDateRange } from '../format/format-date.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { renderEventBody } from './render-event-body.js';
import type { TimelineStrings } from './strings.js';

/**
 * Every event as an ordered list: the view on phones (layout="vertical"), the "List view" for
 * everyone, and the printed page. It lists all events, never a capped few.
 */
export function renderList(
  timeline: Timeline,
  options: {
    locale: Locale;
    strings: TimelineStrings;
    expanded: boolean;
    laneColor: (event: TimelineEvent) => string;
    onOpen: (event: TimelineEvent, trigger: Event) => void;
    headingLevel: number | undefined;
  },
): TemplateResult {
  const { locale, strings, expanded } = options;
  return html`<ol class="list" part="list">
    ${timeline.events.map(
      (event) => html`<li data-id=${event.id} style=${styleMap({ '--lane-color': options.laneColor(event) })}>
        <span class="list-date">${formatDateRange(event.start, event.end, locale)}</span>
        <button class="list-title" part="list-title" data-id=${event.id} @click=${(e: Event) => options.onOpen(event, e)}>
          ${event.title}
        </button>
        ${expanded ? renderEventBody(event, timeline.source, locale, strings, { withDate: false }) : nothing}
      </li>`,
    )}
  </ol>`;
}
