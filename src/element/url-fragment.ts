/**
 * Deep links: `#nt-hanoi-summit`, or `#nt-talks-hanoi-summit` for the element with id "talks",
 * so several timelines on one page keep their fragments apart. A filter follows after "&"
 * (`#nt-hanoi-summit&tag=summit`, `#nt&hide=nk` with no event, `#nt-talks&hide=nk` for the
 * element "talks"): event ids never hold "&", so the two parts never mix.
 */
export function fragmentFor(elementId: string, eventId: string, filterParams = ''): string {
  // Encoded: an element id may hold "&", which would end the head, or "%", read as an escape.
  const head = encodeURIComponent(headOf(elementId, eventId));
  return filterParams ? `${head}&${filterParams}` : head;
}

/** What names the event before it is encoded: the one place the three parts are joined. */
function headOf(elementId: string, eventId: string): string {
  return elementId ? `nt-${elementId}-${eventId}` : `nt-${eventId}`;
}

/** The fragment for a filter with no event selected; empty when there is no filter either. */
export function filterFragment(elementId: string, filterParams: string): string {
  if (!filterParams) return '';
  return `${encodeURIComponent(elementId ? `nt-${elementId}` : 'nt')}&${filterParams}`;
}

/** What a location's hash says to this element. */
export interface FragmentRead {
  readonly eventId: string | undefined;
  /** The filter's parameters (see event-filter.ts); empty when the fragment names none. */
  readonly filterParams: string;
}

/** What a location's hash names for this element, or undefined when it is not addressed to it. */
export function readFragment(hash: string, elementId: string, eventIds: Iterable<string>): FragmentRead | undefined {
  if (!hash.startsWith('#')) return undefined;
  const [rawHead = '', ...rest] = hash.slice(1).split('&');
  let head: string;
  try {
    head = decodeURIComponent(rawHead);
  } catch {
    return undefined;
  }
  const filterParams = rest.join('&');
  for (const id of eventIds) if (headOf(elementId, id) === head) return { eventId: id, filterParams };
  if (filterParams && head === (elementId ? `nt-${elementId}` : 'nt')) return { eventId: undefined, filterParams };
  return undefined;
}
