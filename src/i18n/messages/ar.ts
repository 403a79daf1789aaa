import type { Messages } from '../strings.js';

// Arabic counts have six forms (Intl.PluralRules' categories): none, one, two, the few (3–10,
// 103–110, …) in the plural, the many (11–99, 111–199, …) in the accusative singular, and the
// rest (100, 101, 102, 200, …) in the genitive singular.
const forms = new Intl.PluralRules('ar');
type Forms = Record<Intl.LDMLPluralRule, string>;
const counted = (n: number, words: (n: number) => Forms) => words(n)[forms.select(n)];

const events = (n: number) =>
  counted(n, (n) => ({ zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: `${n} أحداث`, many: `${n} حدثًا`, other: `${n} حدث` }));
const problems = (n: number) =>
  counted(n, (n) => ({ zero: 'لا مشكلات', one: 'مشكلة واحدة', two: 'مشكلتان', few: `${n} مشكلات`, many: `${n} مشكلةً`, other: `${n} مشكلة` }));

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
  quoted: (text) => `«${text}»`,
  source: 'المصدر',
  datesDisagree: 'التاريخان متعارضان',
  articleAndRecord: (wording, date) => `يقول المقال «${wording}»؛ وفي السجل العام: ${date}`,
  attributionInferred: 'نسبة القول مستنتجة',
  references: 'المراجع',
  readMoreAt: (host) => `اقرأ المزيد على ${host}`,
  paragraphInSource: (n) => `الفقرة ${n} من المصدر`,
  correction: (date) => `تصحيح (${date})`,
  published: (date) => `تاريخ النشر: ${date}`,
  eventCount: events,
  clusterLabel: (n, range) => `${events(n)}، ${range}. اضغط الإدخال للتكبير.`,
  clusterOpensLabel: (n, range) => `${events(n)}، ${range}. اضغط الإدخال لفتح الأول، وتنتقل الأسهم إلى البقية.`,
  showing: (range, n) => `${range}، ${events(n)}`,
  selected: (title, date) => `${title}، ${date}`,
  other: 'أخرى',
  listLabel: 'كل الأحداث بترتيبها الزمني',
  listPage: (from, to, total) => `الأحداث ${from}–${to} من ${total}`,
  earlierPage: 'أحداث سابقة',
  laterPage: 'أحداث لاحقة',
  problemsHeading: (n) => `${problems(n)} في بيانات الخط الزمني`,
  saveSvg: 'تنزيل SVG',
  savePng: 'تنزيل PNG',
  photoCredit: (name) => `صورة: ${name}`,
  mediaCredit: (name) => `المصدر: ${name}`,
  player: (provider) => `مشغّل ${provider}`,
  lanesLegend: 'المسارات: اضغط على مسار لإظهار أحداثه أو إخفائها',
  filteredBy: 'مصفّى حسب:',
  clearFilter: (tag) => `إزالة عامل التصفية «${tag}»`,
  tags: 'الوسوم:',
  filterByTag: (tag) => `إظهار الأحداث ذات الوسم ${tag} فقط`,
  filterShowing: (shown, total) => `عرض ${shown} من ${events(total)}`,
};
