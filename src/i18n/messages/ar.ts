import type { Messages } from '../strings.js';

// Arabic counts take the dual and the plural of the few (3–10).
const events = (n: number) => (n === 1 ? 'حدث واحد' : n === 2 ? 'حدثان' : n >= 3 && n <= 10 ? `${n} أحداث` : `${n} حدثًا`);

export const messages: Messages = {
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  previous: 'الحدث السابق',
  next: 'الحدث التالي',
  listView: 'عرض القائمة',
  close: 'إغلاق',
  loading: 'جارٍ تحميل الخط الزمني…',
  loadFailed: 'تعذّر تحميل هذا الخط الزمني.',
  timelineLabel: 'الخط الزمني',
  eventsGroup: 'الأحداث. استخدم مفاتيح الأسهم للتنقل بينها ومفتاح الإدخال لفتح أحدها.',
  wheelHint: 'استخدم Ctrl مع عجلة الفأرة لتكبير الخط الزمني',
  dateFromRecord: 'التاريخ مأخوذ من السجل العام',
  dateFromArticle: 'التاريخ كما ورد في المقال',
  paraphraseOf: 'بتصرف عن',
  source: 'المصدر',
  paragraph: (n) => `الفقرة ${n}`,
  eventCount: events,
  clusterLabel: (n, range) => `${events(n)}، ${range}. اضغط الإدخال للتكبير.`,
  showing: (range, n) => `${range}، ${events(n)}`,
  other: 'أخرى',
  listLabel: 'كل الأحداث بترتيبها الزمني',
  listPage: (from, to, total) => `الأحداث ${from}–${to} من ${total}`,
  earlierPage: 'أحداث سابقة',
  laterPage: 'أحداث لاحقة',
  saveSvg: 'تنزيل SVG',
  savePng: 'تنزيل PNG',
};
