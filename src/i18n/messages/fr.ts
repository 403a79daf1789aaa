import type { Messages } from '../strings.js';

const plural = (n: number, one: string, many: string) => (n < 2 ? `${n} ${one}` : `${n} ${many}`);

export const messages: Messages = {
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Tout afficher',
  previous: 'Événement précédent',
  next: 'Événement suivant',
  listView: 'Liste',
  close: 'Fermer',
  loading: 'Chargement de la chronologie…',
  loadFailed: 'Cette chronologie n’a pas pu être chargée.',
  timelineLabel: 'Chronologie',
  eventsGroup: 'Événements. Flèches pour passer de l’un à l’autre, Entrée pour en ouvrir un.',
  wheelHint: 'Ctrl + molette pour zoomer sur la chronologie',
  dateFromRecord: 'Date tirée des sources publiques',
  dateFromArticle: 'Date telle que l’article la donne',
  paraphraseOf: 'Propos rapportés de',
  source: 'Source',
  paragraph: (n) => `paragraphe ${n}`,
  eventCount: (n) => plural(n, 'événement', 'événements'),
  clusterLabel: (n, range) => `${plural(n, 'événement', 'événements')}, ${range}. Entrée pour zoomer.`,
  showing: (range, n) => `${range}, ${plural(n, 'événement', 'événements')}`,
  other: 'Autres',
  listLabel: 'Tous les événements, dans l’ordre chronologique',
  listPage: (from, to, total) => `Événements ${from} à ${to} sur ${total}`,
  earlierPage: 'Événements précédents',
  laterPage: 'Événements suivants',
  saveSvg: 'Télécharger en SVG',
  savePng: 'Télécharger en PNG',
};
