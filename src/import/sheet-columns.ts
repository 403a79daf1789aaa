/**
 * The spreadsheet columns this package reads: TimelineJS's sheet template, then ours. The names
 * are what a sheet's header row says; they match case-insensitively, with spaces trimmed.
 * README "For editors" has the table of what each becomes in the JSON.
 */
export const COLUMNS = {
  // TimelineJS's template
  year: 'Year',
  month: 'Month',
  day: 'Day',
  time: 'Time',
  endYear: 'End Year',
  endMonth: 'End Month',
  endDay: 'End Day',
  endTime: 'End Time',
  displayDate: 'Display Date',
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  mediaCredit: 'Media Credit',
  mediaCaption: 'Media Caption',
  mediaThumbnail: 'Media Thumbnail',
  altText: 'Alt Text',
  type: 'Type',
  group: 'Group',
  background: 'Background',
  // Ours
  id: 'ID',
  tags: 'Tags',
  mediaLink: 'Media Link',
  mediaType: 'Media Type',
  mediaWidth: 'Media Width',
  mediaHeight: 'Media Height',
  quote: 'Quote',
  speaker: 'Speaker',
  speakerRole: 'Speaker Role',
  quoteKind: 'Quote Kind',
  quoteLanguage: 'Quote Language',
  attribution: 'Attribution',
  attributionNote: 'Attribution Note',
  dateSource: 'Date Source',
  dateNote: 'Date Note',
  articleWording: 'Article Wording',
  articleDate: 'Article Date',
  recordDate: 'Record Date',
  recordNote: 'Record Note',
  citation: 'Citation',
  citationUrl: 'Citation URL',
  correctionDate: 'Correction Date',
  correction: 'Correction',
} as const;

export type ColumnKey = keyof typeof COLUMNS;

/** Other names a header may have: TimelineJS's first sheets called the group "Tag". */
const ALIASES: Readonly<Record<string, ColumnKey>> = { tag: 'group' };

const BY_NAME: ReadonlyMap<string, ColumnKey> = new Map([
  ...Object.entries(COLUMNS).map(([key, name]) => [normalName(name), key as ColumnKey] as const),
  ...Object.entries(ALIASES),
]);

/** "  end  YEAR " and "End Year" are the same column. */
function normalName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function columnFor(header: string): ColumnKey | undefined {
  return BY_NAME.get(normalName(header));
}

/** Columns a continuation row may fill: the values an event can have more than one of. */
export const REPEATABLE: readonly ColumnKey[] = [
  'quote',
  'speaker',
  'speakerRole',
  'quoteKind',
  'quoteLanguage',
  'attribution',
  'attributionNote',
  'citation',
  'citationUrl',
  'correctionDate',
  'correction',
  'tags',
];

/** Presentation only, or never shown by TimelineJS either: read without a word, then ignored. */
export const IGNORED: readonly ColumnKey[] = ['background', 'mediaThumbnail'];
