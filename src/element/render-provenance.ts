import { html, nothing, type TemplateResult } from 'lit';
import type { DateText } from '../i18n/date-text.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { Citation, Correction, DateSource, Quote, Timeline, TimelineEvent } from '../model/types.js';

/**
 * Where an event's content comes from, gathered in one block in a fixed order — date
 * provenance, attribution, citations, the event's own link, corrections — so the popover and
 * the list say it the same way. The story's own source is said once, in the footer, not under
 * every event. Every piece of data goes into a text binding.
 */

type Part = TemplateResult | typeof nothing;

function renderDateProvenance(dateSource: DateSource | undefined, dates: DateText, strings: TimelineStrings): Part {
  if (!dateSource) return nothing;
  const { article, record } = dateSource;
  if (article && record?.date) {
    // Both dates side by side; a disagreement is flagged, never settled in silence.
    return html`<p class=${dateSource.disagree ? 'provenance disagree' : 'provenance'}>
        ${dateSource.disagree ? html`<strong class="flag">${strings.datesDisagree}</strong>: ` : nothing}${strings.articleAndRecord(
          article.wording,
          dates.date(record.date),
        )}
      </p>
      ${record.note ? html`<p class="provenance">${record.note}</p>` : nothing}`;
  }
  return html`${article ? html`<p class="provenance">${strings.dateFromArticle}: ${strings.quoted(article.wording)}</p>` : nothing}
  ${record ? html`<p class="provenance">${strings.dateFromRecord}${record.note ? `: ${record.note}` : ''}</p>` : nothing}`;
}

/** The first words of a quote, enough to tell which one a note is about. */
function openingOf(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 6 ? text : `${words.slice(0, 6).join(' ')}…`;
}

function renderAttributionNotes(quotes: readonly Quote[], strings: TimelineStrings): Part[] {
  return quotes
    .filter((quote) => quote.attributionNote !== undefined)
    .map(
      (quote) => html`<p class="attribution-note">
        ${quote.attribution === 'inferred' ? html`<strong class="flag">${strings.attributionInferred}</strong> ` : nothing}(${strings.quoted(
          openingOf(quote.text),
        )}): ${quote.attributionNote}
      </p>`,
    );
}

/** `tabindex` -1 in the list only assistive technology reads: no keyboard stop there that no one sees. */
function link(url: string, text: string, tabindex?: number): TemplateResult {
  return html`<a href=${url} target="_blank" rel="noopener noreferrer" tabindex=${tabindex ?? nothing}>${text}</a>`;
}

/** "References: A, B" — each citation once, by its link. */
export function renderCitations(citations: readonly Citation[], strings: TimelineStrings, tabindex?: number): Part {
  const unique = citations.filter((citation, i) => citations.findIndex((c) => c.url === citation.url) === i);
  if (unique.length === 0) return nothing;
  return html`<p class="references">
    ${strings.references}: ${unique.map((citation, i) => html`${i > 0 ? ', ' : ''}${link(citation.url, citation.name, tabindex)}`)}
  </p>`;
}

function hostOf(url: string): string {
  return new URL(url).host;
}

/** Where in the story's source the event stands, and the event's own link, under its own name. */
function renderEventLink(event: TimelineEvent, dates: DateText, strings: TimelineStrings, tabindex?: number): Part {
  const paragraph = event.paragraph ?? event.quotes.find((q) => q.paragraph)?.paragraph;
  if (!paragraph && !event.url) return nothing;
  return html`<p class="event-link">
    ${paragraph ? dates.digits(strings.paragraphInSource(paragraph)) : nothing}${paragraph && event.url ? ' · ' : ''}${event.url
      ? link(event.url, strings.readMoreAt(hostOf(event.url)), tabindex)
      : nothing}
  </p>`;
}

export function renderCorrections(corrections: readonly Correction[], dates: DateText, strings: TimelineStrings): Part[] {
  return corrections.map(
    (correction) => html`<p class="correction">${strings.correction(dates.date(correction.date))}: ${correction.text}</p>`,
  );
}

/** The event's provenance block, or nothing when there is nothing to say. */
export function renderProvenance(event: TimelineEvent, dates: DateText, strings: TimelineStrings, tabindex?: number): Part {
  const citations = [...(event.dateSource?.record?.citations ?? []), ...event.citations];
  const parts = [
    renderDateProvenance(event.dateSource, dates, strings),
    ...renderAttributionNotes(event.quotes, strings),
    renderCitations(citations, strings, tabindex),
    renderEventLink(event, dates, strings, tabindex),
    ...renderCorrections(event.corrections, dates, strings),
  ].filter((part) => part !== nothing);
  return parts.length === 0 ? nothing : html`<div class="provenance-block">${parts}</div>`;
}

/**
 * The story's provenance, once for the whole timeline: its source and when it was published,
 * where the eras' boundaries come from, and corrections to the story.
 */
export function renderStoryProvenance(timeline: Timeline, dates: DateText, strings: TimelineStrings): Part {
  const { source, corrections } = timeline;
  const eras = timeline.eras.filter((era) => era.note !== undefined || era.citations.length > 0);
  if (!source && eras.length === 0 && corrections.length === 0) return nothing;
  // Focusable, as its strip scrolls when the notes are long (keyboard users scroll it too).
  return html`<div class="footer" part="footer" role="note" aria-label=${strings.source} tabindex="0">
    ${source
      ? html`<p class="story-source">
            ${strings.source}: ${source.url ? link(source.url, source.name) : source.name}${source.published
              ? `, ${strings.published(dates.date(source.published))}`
              : ''}
          </p>
          ${source.publishedNote ? html`<p class="published-note">${source.publishedNote}</p>` : nothing}`
      : nothing}
    ${eras.map(
      (era) => html`<p class="era-note">
          <strong>${era.label}</strong> (${dates.range(era.start, era.end)})${era.note ? `: ${era.note}` : ''}
        </p>
        ${renderCitations(era.citations, strings)}`,
    )}
    ${renderCorrections(corrections, dates, strings)}
  </div>`;
}
