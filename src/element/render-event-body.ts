import { html, nothing, type TemplateResult } from 'lit';
import type { DateText } from '../i18n/date-text.js';
import type { DateSource, Quote, Source, TimelineEvent } from '../model/types.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { renderMedia, type MediaOptions } from './render-media.js';

/**
 * What the popover and the list view show of an event: date, provenance, summary, media, quotes
 * and source. Every piece of data goes into a text binding; none is ever parsed as HTML.
 */

export function renderProvenance(dateSource: DateSource | undefined, strings: TimelineStrings) {
  if (!dateSource) return nothing;
  if (dateSource.type === 'record') {
    return html`<p class="provenance">${strings.dateFromRecord}${dateSource.note ? html`: ${dateSource.note}` : nothing}</p>`;
  }
  return dateSource.wording
    ? html`<p class="provenance">${strings.dateFromArticle}: “${dateSource.wording}”</p>`
    : nothing;
}

function speakerLine(quote: Quote): string {
  return quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
}

export function renderQuote(quote: Quote, strings: TimelineStrings): TemplateResult {
  if (quote.kind === 'direct') {
    return html`<figure class="quote direct">
      <blockquote><p class="quote-text">“${quote.text}”</p></blockquote>
      <figcaption class="attribution">— ${speakerLine(quote)}</figcaption>
    </figure>`;
  }
  return html`<figure class="quote paraphrase">
    <blockquote><p class="quote-text">${quote.text}</p></blockquote>
    <figcaption class="attribution">${strings.paraphraseOf} ${speakerLine(quote)}</figcaption>
  </figure>`;
}

function renderSource(event: TimelineEvent, source: Source | undefined, dates: DateText, strings: TimelineStrings) {
  const paragraph = event.paragraph ?? event.quotes.find((q) => q.paragraph)?.paragraph;
  if (!source && !event.url) return nothing;
  const name = source?.name;
  const where = paragraph ? ` (${dates.digits(strings.paragraph(paragraph))})` : '';
  const link = event.url ?? source?.url;
  return html`<p class="source">
    ${strings.source}:
    ${link
      ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${name ?? link}</a>`
      : name}${where}
  </p>`;
}

export function renderEventBody(
  event: TimelineEvent,
  source: Source | undefined,
  dates: DateText,
  strings: TimelineStrings,
  { withDate = true, media }: { withDate?: boolean; media?: MediaOptions } = {},
): TemplateResult {
  return html`${withDate ? html`<p class="date">${dates.range(event.start, event.end)}</p>` : nothing}
    ${renderProvenance(event.dateSource, strings)}
    ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
    ${media ? renderMedia(event.media, strings, media) : nothing}
    ${event.quotes.map((quote) => renderQuote(quote, strings))} ${renderSource(event, source, dates, strings)}`;
}
