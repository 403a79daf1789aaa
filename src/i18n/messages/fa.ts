import type { Messages } from '../strings.js';

const events = (n: number) => `${n} رویداد`;

export const messages: Messages = {
  zoomIn: 'بزرگ‌نمایی',
  zoomOut: 'کوچک‌نمایی',
  fit: 'نمایش همه',
  previous: 'رویداد قبلی',
  next: 'رویداد بعدی',
  listView: 'نمای فهرست',
  close: 'بستن',
  loading: 'در حال بارگذاری خط زمان…',
  loadFailed: 'این خط زمانی بارگیری نشد.',
  timelineLabel: 'خط زمان',
  eventsGroup: 'رویدادها. با کلیدهای جهت‌نما میان آن‌ها حرکت کنید و با Enter یکی را باز کنید.',
  wheelHint: 'برای بزرگ‌نمایی Ctrl و چرخ ماوس را به کار ببرید',
  dateFromRecord: 'تاریخ از منابع عمومی',
  dateFromArticle: 'تاریخ به روایت مقاله',
  paraphraseOf: 'نقل به مضمون از',
  source: 'منبع',
  paragraph: (n) => `بند ${n}`,
  eventCount: events,
  clusterLabel: (n, range) => `${events(n)}، ${range}. برای بزرگ‌نمایی Enter را بزنید.`,
  showing: (range, n) => `${range}، ${events(n)}`,
  other: 'سایر',
  listLabel: 'همه رویدادها به ترتیب زمان',
  listPage: (from, to, total) => `رویدادهای ${from} تا ${to} از ${total}`,
  earlierPage: 'رویدادهای پیشین',
  laterPage: 'رویدادهای پسین',
  saveSvg: 'دریافت SVG',
  savePng: 'دریافت PNG',
};
