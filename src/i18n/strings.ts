/**
 * The element's own words. A page can override any of them with the `strings` property, for
 * its language or its house style; English is the default.
 */
export const DEFAULT_STRINGS = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  previous: 'Previous event',
  next: 'Next event',
  listView: 'List view',
  close: 'Close',
  loading: 'Loading timeline…',
  loadFailed: 'This timeline could not be loaded.',
  timelineLabel: 'Timeline',
  eventsGroup: 'Events. Use the arrow keys to move between them and Enter to open one.',
  wheelHint: 'Use Ctrl + scroll to zoom the timeline',
  dateFromRecord: 'Date from the public record',
  dateFromArticle: 'Date as the article gives it',
  paraphraseOf: 'Paraphrase of',
  /** A direct quote in the quotation marks of the element's language. */
  quoted: (text: string) => `“${text}”`,
  source: 'Source',
  /** Flags an event whose article date and record date disagree. */
  datesDisagree: 'Dates disagree',
  articleAndRecord: (wording: string, date: string) => `The article says “${wording}”; the record: ${date}`,
  attributionInferred: 'Attribution inferred',
  references: 'References',
  /** The event's own link, named by its host. */
  readMoreAt: (host: string) => `Read more at ${host}`,
  paragraphInSource: (n: number) => `Paragraph ${n} of the source`,
  correction: (date: string) => `Correction (${date})`,
  published: (date: string) => `published ${date}`,
  eventCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  cluster: (n: number) => `+${n}`,
  clusterLabel: (n: number, range: string) => `${n} events, ${range}. Press Enter to zoom in.`,
  /** A cluster of events as close at the deepest zoom: Enter opens its first, the arrow keys reach the rest. */
  clusterOpensLabel: (n: number, range: string) => `${n} events, ${range}. Press Enter to open the first; the arrow keys reach the others.`,
  showing: (range: string, n: number) => `Showing ${range}, ${n === 1 ? '1 event' : `${n} events`}`,
  selected: (title: string, date: string) => `${title}, ${date}`,
  other: 'Other',
  listLabel: 'All events, in time order',
  listPage: (from: number, to: number, total: number) => `Events ${from}–${to} of ${total}`,
  earlierPage: 'Earlier events',
  laterPage: 'Later events',
  problemsHeading: (n: number) =>
    n === 0 ? 'No problems in the timeline data' : n === 1 ? '1 problem in the timeline data' : `${n} problems in the timeline data`,
  saveSvg: 'Download SVG',
  savePng: 'Download PNG',
  photoCredit: (name: string) => `Photo: ${name}`,
  mediaCredit: (name: string) => `Credit: ${name}`,
  player: (provider: string) => `${provider} player`,
  lanesLegend: 'Lanes: press one to show or hide its events',
  filteredBy: 'Filtered by:',
  clearFilter: (tag: string) => `Clear the filter “${tag}”`,
  tags: 'Tags:',
  filterByTag: (tag: string) => `Show only events tagged ${tag}`,
  filterShowing: (shown: number, total: number) => `Showing ${shown} of ${total} ${total === 1 ? 'event' : 'events'}`,
} as const;

/** A translation: any of the English strings, replaced. */
export type Messages = Partial<TimelineStrings>;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };
export type TimelineStrings = Widen<typeof DEFAULT_STRINGS>;
