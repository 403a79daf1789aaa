import { html, nothing, type TemplateResult } from 'lit';
import type { DateText } from '../i18n/date-text.js';
import type { Quote, TimelineEvent } from '../model/types.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { renderMedia, type MediaOptions } from './render-media.js';
import { renderProvenance } from './render-provenance.js';
import { renderTags, type TagOptions } from './render-filters.js';

/**
 * What the popover and the list view show of an event: date, summary, media, quotes and the
 * provenance block. Every piece of data goes into a text binding; none is ever parsed as HTML.
 */

function speakerLine(quote: Quote): string {
  return quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
}

export function renderQuote(quote: Quote, strings: TimelineStrings): TemplateResult {
  // An inferred attribution says so beside the speaker's name, where the reader looks.
  const inferred = quote.attribution === 'inferred' ? html` <span class="flag">${strings.attributionInferred}</span>` : nothing;
  if (quote.kind === 'direct') {
    return html`<figure class="quote direct">
      <blockquote><p class="quote-text" lang=${quote.lang ?? nothing}>${strings.quoted(quote.text)}</p></blockquote>
      <figcaption class="attribution">— ${speakerLine(quote)}${inferred}</figcaption>
    </figure>`;
  }
  return html`<figure class="quote paraphrase">
    <blockquote><p class="quote-text" lang=${quote.lang ?? nothing}>${quote.text}</p></blockquote>
    <figcaption class="attribution">${strings.paraphraseOf} ${speakerLine(quote)}${inferred}</figcaption>
  </figure>`;
}

export function renderEventBody(
  event: TimelineEvent,
  dates: DateText,
  strings: TimelineStrings,
  { withDate = true, media, tags, tabindex }: { withDate?: boolean; media?: MediaOptions; tags?: TagOptions; tabindex?: number } = {},
): TemplateResult {
  return html`${withDate ? html`<p class="date">${dates.range(event.start, event.end)}</p>` : nothing}
    ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
    ${media ? renderMedia(event.media, strings, media) : nothing}
    ${event.quotes.map((quote) => renderQuote(quote, strings))} ${tags ? renderTags(event.tags, strings, tags) : nothing}
    ${renderProvenance(event, dates, strings, tabindex)}`;
}
