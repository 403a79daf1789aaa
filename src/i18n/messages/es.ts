import type { Messages } from '../strings.js';

const events = (n: number) => (n === 1 ? '1 acontecimiento' : `${n} acontecimientos`);

export const messages: Messages = {
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fit: 'Ver todo',
  previous: 'Acontecimiento anterior',
  next: 'Acontecimiento siguiente',
  listView: 'Lista',
  close: 'Cerrar',
  loading: 'Cargando la cronología…',
  loadFailed: 'No se pudo cargar esta cronología.',
  timelineLabel: 'Cronología',
  eventsGroup: 'Acontecimientos. Use las flechas para moverse y Intro para abrir uno.',
  wheelHint: 'Use Ctrl + rueda para acercar la cronología',
  dateFromRecord: 'Fecha tomada de fuentes públicas',
  dateFromArticle: 'Fecha tal como la da el artículo',
  paraphraseOf: 'Palabras atribuidas a',
  source: 'Fuente',
  paragraph: (n) => `párrafo ${n}`,
  eventCount: events,
  clusterLabel: (n, range) => `${events(n)}, ${range}. Pulse Intro para acercar.`,
  showing: (range, n) => `${range}, ${events(n)}`,
  other: 'Otros',
  listLabel: 'Todos los acontecimientos, en orden cronológico',
  listPage: (from, to, total) => `Acontecimientos ${from}–${to} de ${total}`,
  earlierPage: 'Acontecimientos anteriores',
  laterPage: 'Acontecimientos posteriores',
  saveSvg: 'Descargar SVG',
  savePng: 'Descargar PNG',
};
