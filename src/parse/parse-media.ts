import type { Media } from '../model/types.js';
import { classifyMedia } from './classify-media.js';
import { CREDENTIALS_REFUSED, FieldReader, hasCredentials } from './fields.js';
import type { ProblemList } from './problems.js';

/**
 * Reads an event's `media`: `{ url, alt, caption?, credit?, link?, type?, width?, height? }`.
 * Pure: addresses are resolved with the URL parser against `baseUrl` (the document's own
 * address, or the page's), never through the DOM.
 *
 * Refused, reported at their path and never rendered: any scheme but http: and https:
 * (javascript:, data:, blob:, file:, …), addresses with a user name or password, and relative
 * addresses when there is no base to resolve them against. A picture without `alt` is kept and
 * reported, since an editor must write one.
 */

const MEDIA_TYPES = ['image', 'link'] as const;

/** An absolute http(s) address from `key`, or undefined (reported) when it is not one. */
function readAddress(reader: FieldReader, key: string, baseUrl: string | undefined, required: boolean): string | undefined {
  const text = reader.text(key, { required });
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = baseUrl === undefined ? new URL(text) : new URL(text, baseUrl);
  } catch {
    const why = baseUrl === undefined && !/^[a-z][a-z0-9+.-]*:/i.test(text)
      ? 'is a relative address, and there is no document address to resolve it against'
      : 'is not a web address';
    reader.report(key, `${FieldReader.describe(text)} ${why}`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    reader.report(key, `only http: and https: addresses are shown; ${FieldReader.describe(url.protocol)} was refused`);
    return undefined;
  }
  if (hasCredentials(url)) {
    reader.report(key, CREDENTIALS_REFUSED);
    return undefined;
  }
  return url.href;
}

/** The media of one event, or undefined (reported) when its address cannot be used. */
export function readMedia(reader: FieldReader, problems: ProblemList, baseUrl: string | undefined): Media | undefined {
  const problemCount = problems.count;
  const address = readAddress(reader, 'url', baseUrl, true);
  if (address === undefined) {
    problems.appendSince(problemCount, '; media left out');
    return undefined;
  }
  const { kind, provider } = { provider: undefined, ...classifyMedia(new URL(address), reader.oneOf('type', MEDIA_TYPES)) };
  const altCount = problems.count;
  const alt = reader.text('alt');
  // Not text at all is already reported by the reader; missing or empty is said here.
  if (kind === 'picture' && alt === undefined && problems.count === altCount) {
    reader.report('alt', 'is missing; describe what the picture shows for readers who cannot see it (its caption stands in)');
  }
  const linkCount = problems.count;
  const link = readAddress(reader, 'link', baseUrl, false);
  if (link === undefined) problems.appendSince(linkCount, '; link left out');
  return {
    kind,
    url: address,
    provider,
    alt,
    caption: reader.text('caption'),
    credit: reader.text('credit'),
    link,
    width: reader.positiveInteger('width'),
    height: reader.positiveInteger('height'),
  };
}
