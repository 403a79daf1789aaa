import type { Messages } from '../strings.js';

const events = (n: number) => (n === 1 ? '1 Ereignis' : `${n} Ereignisse`);

export const messages: Messages = {
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Alles zeigen',
  previous: 'Vorheriges Ereignis',
  next: 'Nächstes Ereignis',
  listView: 'Liste',
  close: 'Schließen',
  loading: 'Zeitleiste wird geladen…',
  loadFailed: 'Diese Zeitleiste konnte nicht geladen werden.',
  timelineLabel: 'Zeitleiste',
  eventsGroup: 'Ereignisse. Mit den Pfeiltasten wechseln, mit der Eingabetaste öffnen.',
  wheelHint: 'Strg + Mausrad zum Zoomen der Zeitleiste',
  dateFromRecord: 'Datum aus öffentlichen Quellen',
  dateFromArticle: 'Datum, wie der Artikel es nennt',
  paraphraseOf: 'Sinngemäß nach',
  source: 'Quelle',
  paragraph: (n) => `Absatz ${n}`,
  eventCount: events,
  clusterLabel: (n, range) => `${events(n)}, ${range}. Eingabetaste zum Vergrößern.`,
  showing: (range, n) => `${range}, ${events(n)}`,
  other: 'Sonstige',
  listLabel: 'Alle Ereignisse in zeitlicher Reihenfolge',
  listPage: (from, to, total) => `Ereignisse ${from}–${to} von ${total}`,
  earlierPage: 'Frühere Ereignisse',
  laterPage: 'Spätere Ereignisse',
  saveSvg: 'Als SVG herunterladen',
  savePng: 'Als PNG herunterladen',
};
