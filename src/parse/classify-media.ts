import type { MediaProvider } from '../model/types.js';

/**
 * What a media address points at, told from the address alone: a picture (by its file
 * extension), a known provider's page (video, audio, posts, maps, documents), or any other
 * page. Pure: no DOM, no network; a provider's page is never fetched to find out.
 */

const PICTURE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

export type MediaClass =
  | { readonly kind: 'picture' }
  | { readonly kind: 'link'; readonly provider: MediaProvider | undefined };

/** The names readers know these services by; proper names, the same in every language. */
export const PROVIDER_NAMES: Readonly<Record<MediaProvider, string>> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  soundcloud: 'SoundCloud',
  x: 'X (Twitter)',
  wikipedia: 'Wikipedia',
  'google-maps': 'Google Maps',
  'google-docs': 'Google Docs',
  pdf: 'PDF',
};

/** The providers whose privacy-enhanced player a page may opt in to (`embeds="youtube vimeo"`). */
export const EMBEDDABLE = ['youtube', 'vimeo'] as const satisfies readonly MediaProvider[];
export type EmbeddableProvider = (typeof EMBEDDABLE)[number];

/** Whether `host` is `domain` or one of its subdomains. */
function isHost(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The provider of an absolute http(s) URL, or undefined for any other page. */
export function providerOf(url: URL): MediaProvider | undefined {
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  if (isHost(host, 'youtube.com') || isHost(host, 'youtube-nocookie.com') || host === 'youtu.be') return 'youtube';
  if (isHost(host, 'vimeo.com')) return 'vimeo';
  if (isHost(host, 'soundcloud.com')) return 'soundcloud';
  if (isHost(host, 'twitter.com') || isHost(host, 'x.com')) return 'x';
  // Pages about a picture (commons.wikimedia.org/wiki/File:….jpg) are pages, not pictures.
  if ((isHost(host, 'wikipedia.org') || isHost(host, 'wikimedia.org')) && path.startsWith('/wiki/')) return 'wikipedia';
  if (isHost(host, 'google.com') && path.startsWith('/maps')) return 'google-maps';
  if (host === 'maps.google.com' || host === 'maps.app.goo.gl') return 'google-maps';
  if (host === 'docs.google.com' || host === 'drive.google.com') return 'google-docs';
  if (/\.pdf$/i.test(path)) return 'pdf';
  return undefined;
}

/**
 * How an absolute http(s) URL is shown. `type` as the document gives it wins: "image" for a
 * picture whose address has no extension, "link" for an address that should stay a link.
 */
export function classifyMedia(url: URL, type?: 'image' | 'link'): MediaClass {
  const provider = providerOf(url);
  if (type === 'image') return { kind: 'picture' };
  if (type === 'link' || provider) return { kind: 'link', provider };
  return PICTURE_EXTENSION.test(url.pathname) ? { kind: 'picture' } : { kind: 'link', provider: undefined };
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;
const VIMEO_ID = /^[0-9]{1,12}$/;

/** The video id in a YouTube address: watch?v=ID, youtu.be/ID, /embed/ID, /shorts/ID, /live/ID. */
function youtubeId(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  const candidate =
    host === 'youtu.be'
      ? segments[0]
      : segments[0] === 'watch'
        ? (url.searchParams.get('v') ?? undefined)
        : ['embed', 'shorts', 'live', 'v'].includes(segments[0] ?? '')
          ? segments[1]
          : undefined;
  return candidate !== undefined && YOUTUBE_ID.test(candidate) ? candidate : undefined;
}

/** The video id in a Vimeo address: vimeo.com/ID, vimeo.com/channels/x/ID, player.vimeo.com/video/ID. */
function vimeoId(url: URL): string | undefined {
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  return last !== undefined && VIMEO_ID.test(last) ? last : undefined;
}

/**
 * The provider's privacy-enhanced player for a video: youtube-nocookie.com (no cookies until
 * the reader plays it) or Vimeo's player with `dnt=1` (no tracking). Undefined when the
 * address names no single video, or the provider has no such player.
 */
export function embedUrl(url: string, provider: MediaProvider | undefined): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (provider === 'youtube') {
    const id = youtubeId(parsed);
    return id && `https://www.youtube-nocookie.com/embed/${id}`;
  }
  if (provider === 'vimeo') {
    const id = vimeoId(parsed);
    return id && `https://player.vimeo.com/video/${id}?dnt=1`;
  }
  return undefined;
}

/** The `embeds` attribute: provider names separated by spaces; unknown words are ignored. */
export function parseEmbeds(value: string | null | undefined): ReadonlySet<EmbeddableProvider> {
  const words = (value ?? '').toLowerCase().split(/\s+/);
  return new Set(EMBEDDABLE.filter((provider) => words.includes(provider)));
}
