import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { Media } from '../model/types.js';
import { embedUrl, PROVIDER_NAMES, type EmbeddableProvider } from '../parse/classify-media.js';

/**
 * An event's media, where the popover and the list show it: a picture with its caption and
 * credit, or a link card naming the provider. A provider's player is drawn only in the popover,
 * only for providers the page opted in to (`embeds`), and only once the popover is open, as the
 * popover itself is rendered only then.
 *
 * Pictures are loaded lazily, with no referrer beyond the page's origin, their box reserved by
 * their width and height (or a fixed aspect ratio) so nothing moves when they arrive. A picture
 * that cannot load (gone, not a picture, refused by the page's img-src) is not drawn: no
 * broken-image icon shows, its caption and credit stay. In the popover its box goes; in the
 * list, part of the page's flow, the box stays, so nothing below it moves.
 */

/** Where media is drawn: the popover, the visible list, or the list kept for assistive technology only. */
export type MediaPlace = 'popover' | 'list' | 'assistive';

export interface MediaOptions {
  readonly place: MediaPlace;
  /** Providers whose player the page opted in to; only the popover draws players. */
  readonly embeds: ReadonlySet<EmbeddableProvider>;
}

/** `hidden` rather than removal: Lit owns the element, and the caption beside it stays. */
function hideFailedPicture(event: Event): void {
  (event.currentTarget as HTMLImageElement).hidden = true;
}

/**
 * In the list, which is part of the page (the phone view), a picture that cannot load keeps its
 * reserved box, empty: taking the box away would move everything below it, the article too.
 */
function emptyFailedPicture(event: Event): void {
  (event.currentTarget as HTMLImageElement).style.visibility = 'hidden';
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Not a keyboard stop in the list only assistive technology reads (`place` "assistive"), which no one sees. */
function newTabLink(href: string, content: unknown, className: string, place: MediaPlace): TemplateResult {
  return html`<a class=${className} href=${href} target="_blank" rel="noopener noreferrer" tabindex=${place === 'assistive' ? -1 : nothing}>${content}</a>`;
}

function renderPicture(media: Media, strings: TimelineStrings, place: MediaPlace) {
  const creditName = media.credit ?? (media.link ? hostOf(media.link) : undefined);
  const credit = creditName === undefined ? undefined : strings.photoCredit(creditName);
  // The hidden list is read, not seen: the picture's words are enough there, and loading the
  // picture for it would cost every reader a request.
  if (place === 'assistive' && media.caption === undefined && credit === undefined) return nothing;
  return html`<figure class="media picture">
    ${place === 'assistive'
      ? nothing
      : html`<img
          class=${media.width && media.height ? 'media-image' : 'media-image unsized'}
          src=${media.url}
          alt=${media.alt ?? media.caption ?? ''}
          width=${media.width ?? nothing}
          height=${media.height ?? nothing}
          loading="lazy"
          decoding="async"
          referrerpolicy="strict-origin-when-cross-origin"
          @error=${place === 'list' ? emptyFailedPicture : hideFailedPicture}
        />`}
    ${media.caption !== undefined || credit !== undefined
      ? html`<figcaption>
          ${media.caption !== undefined ? html`<span class="media-caption">${media.caption}</span>` : nothing}
          ${credit !== undefined
            ? html`<span class="media-credit">${media.link ? newTabLink(media.link, credit, 'media-source', place) : credit}</span>`
            : nothing}
        </figcaption>`
      : nothing}
  </figure>`;
}

function cardLink(media: Media, place: MediaPlace): TemplateResult {
  const provider = media.provider ? PROVIDER_NAMES[media.provider] : hostOf(media.url);
  return newTabLink(
    media.url,
    html`<span class="media-provider">${provider}</span>
      <span class="media-title">${media.caption ?? hostOf(media.url)}</span>`,
    'media-link',
    place,
  );
}

function renderCredit(media: Media, strings: TimelineStrings) {
  return media.credit !== undefined ? html`<span class="media-credit">${strings.mediaCredit(media.credit)}</span>` : nothing;
}

function renderCard(media: Media, strings: TimelineStrings, place: MediaPlace): TemplateResult {
  return html`<figure class="media card" data-provider=${media.provider ?? nothing}>
    ${cardLink(media, place)} ${media.credit !== undefined ? html`<figcaption>${renderCredit(media, strings)}</figcaption>` : nothing}
  </figure>`;
}

/** The provider's privacy-enhanced player, with the card's link below it for when the frame is refused. */
function renderPlayer(media: Media, src: string, strings: TimelineStrings): TemplateResult {
  const player = strings.player(PROVIDER_NAMES[media.provider!]);
  return html`<figure class="media embed" data-provider=${media.provider!}>
    <iframe
      class="media-frame"
      src=${src}
      title=${media.caption ? `${player}: ${media.caption}` : player}
      loading="lazy"
      sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
      allow="fullscreen; picture-in-picture; encrypted-media"
      allowfullscreen
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>
    <figcaption>${cardLink(media, 'popover')} ${renderCredit(media, strings)}</figcaption>
  </figure>`;
}

/** The player's address, when the page opted in to this media's provider and it has one. */
function playerUrl(media: Media, embeds: ReadonlySet<EmbeddableProvider>): string | undefined {
  const playable = media.kind === 'link' && media.provider !== undefined && embeds.has(media.provider as EmbeddableProvider);
  return playable ? embedUrl(media.url, media.provider) : undefined;
}

/** Whether the popover shows more of an event's media than the list does: only a player. */
export function popoverAddsToList(media: Media | undefined, embeds: ReadonlySet<EmbeddableProvider>): boolean {
  return media !== undefined && playerUrl(media, embeds) !== undefined;
}

export function renderMedia(media: Media | undefined, strings: TimelineStrings, options: MediaOptions) {
  if (!media) return nothing;
  const { place, embeds } = options;
  let content;
  if (media.kind === 'picture') content = renderPicture(media, strings, place);
  else {
    const src = place === 'popover' ? playerUrl(media, embeds) : undefined;
    content = src ? renderPlayer(media, src, strings) : renderCard(media, strings, place);
  }
  // A new address gets new elements: a hidden (failed) picture or a frame is never reused for another.
  return keyed(`${place} ${media.url}`, content);
}
