/**
 * Deep links: `#nt-hanoi-summit`, or `#nt-talks-hanoi-summit` for the element with id "talks",
 * so several timelines on one page keep their fragments apart.
 */
export function fragmentFor(elementId: string, eventId: string): string {
  return elementId ? `nt-${elementId}-${eventId}` : `nt-${eventId}`;
}

/** The event id a location's hash names for this element, if any. */
export function eventIdFromHash(hash: string, elementId: string, eventIds: Iterable<string>): string | undefined {
  if (!hash.startsWith('#')) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
  for (const id of eventIds) if (fragmentFor(elementId, id) === fragment) return id;
  return undefined;
}
