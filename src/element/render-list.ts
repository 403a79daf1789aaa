import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from './css-props.js';
import type { DateText } from '../i18n/date-text.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { renderEventBody } from './render-event-body.js';
import type { TagOptions } from './render-filters.js';
import { eraHeadings } from '../layout/list-context.js';

/**
 * Every event as an ordered list, with date, title, summary and quotes: the view on phones
 * (layout="vertical"), the "List view" for everyone, the printed page, and — visually hidden
 * but always there — what a screen reader reads as the story. Long stories are paged, never
 * cut: every event is on some page.
 */

/** Players are for the popover only: the list shows link cards. */
const NO_EMBEDS: ReadonlySet<never> = new Set();

/** Small enough to keep the DOM light when the list is there only for assistive technology. */
export const LIST_PAGE_SIZE = 25;

export interface ListOptions {
  readonly dates: DateText;
  readonly strings: TimelineStrings;
  /** Shown to everyone; otherwise kept for assistive technology only, out of the Tab order. */
  readonly shown: boolean;
  readonly page: number;
  readonly laneColor: (event: TimelineEvent) => string;
  /** The names of the lanes an event is in, shown beside its date (the list has no lanes to draw). */
  readonly laneNames: (event: TimelineEvent) => readonly string[];
  /** Whether a title opens the event's popover (on the phone, only when it shows more than the list). */
  readonly opens: (event: TimelineEvent) => boolean;
  /** The selected event, marked as current. */
  readonly current: string | undefined;
  readonly tags: Omit<TagOptions, 'tabindex'>;
  readonly onOpen: (event: TimelineEvent) => void;
  readonly onPage: (page: number) => void;
}

export function pageOf(index: number): number {
  return Math.floor(Math.max(index, 0) / LIST_PAGE_SIZE);
}

function renderPager(total: number, options: ListOptions) {
  const { page, strings, dates } = options;
  const pages = Math.ceil(total / LIST_PAGE_SIZE);
  if (pages <= 1) return nothing;
  const from = page * LIST_PAGE_SIZE + 1;
  const to = Math.min(total, from + LIST_PAGE_SIZE - 1);
  const tabindex = options.shown ? 0 : -1;
  return html`<div class="pager" part="pager">
    <button class="control" part="control" tabindex=${tabindex} ?disabled=${page === 0} @click=${(e: Event) => turnPage(e, page - 1, options)}>
      ${strings.earlierPage}
    </button>
    <span>${dates.digits(strings.listPage(from, to, total))}</span>
    <button class="control" part="control" tabindex=${tabindex} ?disabled=${page >= pages - 1} @click=${(e: Event) => turnPage(e, page + 1, options)}>
      ${strings.laterPage}
    </button>
  </div>`;
}

/**
 * Shows another page from its start, with focus on its list (a screen reader says the list,
 * then the reader goes on into it): the button pressed may be disabled on the new page, and
 * focus would fall to the page's body.
 */
function turnPage(click: Event, page: number, options: ListOptions): void {
  options.onPage(page);
  const list = (click.currentTarget as Element).closest('section')!.querySelector('ol')!;
  list.focus({ preventScroll: true });
  list.closest('.stage')?.scrollTo(0, 0);
}

function renderTitle(event: TimelineEvent, options: ListOptions) {
  // The hidden list is how screen readers reach the popover from the horizontal view: always a button there.
  // Text in the phone's list, focusable by script alone: focus goes back there when a sheet closes.
  if (options.shown && !options.opens(event)) return html`<span class="list-title" part="list-title" data-id=${event.id} tabindex="-1">${event.title}</span>`;
  return html`<button
    class="list-title"
    part="list-title"
    data-id=${event.id}
    tabindex=${options.shown ? 0 : -1}
    @click=${() => options.onOpen(event)}
  >
    ${event.title}
  </button>`;
}

export function renderList(timeline: Timeline, options: ListOptions): TemplateResult {
  const { dates, strings, shown, page } = options;
  const start = page * LIST_PAGE_SIZE;
  const events = timeline.events.slice(start, start + LIST_PAGE_SIZE);
  const eras = eraHeadings(events, timeline.eras);
  return html`<section class=${shown ? 'list-view' : 'list-view for-assistive-technology'} aria-label=${strings.listLabel}>
    <ol class="list" part="list" start=${start + 1} tabindex="-1">
      ${events.map((event, i) => {
        const era = eras[i];
        const lanes = options.laneNames(event);
        return html`<li
          data-id=${event.id}
          class=${era ? 'era-start' : nothing}
          aria-current=${event.id === options.current ? 'true' : nothing}
          style=${cssProps({ '--lane-color': options.laneColor(event) })}
        >
          ${era ? html`<p class="list-era" part="list-era">${era.label}</p>` : nothing}
          <span class="list-date">${dates.range(event.start, event.end)}</span>
          ${lanes.length > 0 ? html`<span class="list-lanes">${lanes.join(', ')}</span>` : nothing}
          ${renderTitle(event, options)}
          ${renderEventBody(event, dates, strings, {
            withDate: false,
            media: { place: shown ? 'list' : 'assistive', embeds: NO_EMBEDS },
            tags: { ...options.tags, tabindex: shown ? 0 : -1 },
            // The hidden list's links are read, not tabbed to: a keyboard reaches them in the popover.
            tabindex: shown ? undefined : -1,
          })}
        </li>`;
      })}
    </ol>
    ${renderPager(timeline.events.length, options)}
  </section>`;
}
