// Seeded, deterministic event data for the benchmark, and its conversion to each peer's input.
// Plain ES module with no imports: node imports it (run.mjs) and the bench page imports it
// from the local server, so both sides generate exactly the same events from the same seed.

export const DEFAULT_SEED = 0x7e57_1e55;
/** The synthetic events fall on days of these 20 years. */
export const FIRST_DAY = Date.UTC(2005, 0, 1);
export const YEARS = 20;
const DAY = 86_400_000;
const DAYS = Math.round((Date.UTC(2005 + YEARS, 0, 1) - FIRST_DAY) / DAY);

/** mulberry32: a tiny 32-bit PRNG; same seed, same sequence, in node and in the browser. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'talks summit envoy minister vote court ruling strike accord treaty sanctions report ' +
  'election protest budget reform inquiry border ceasefire deal visit speech council ' +
  'agency market rally verdict crisis plan mission statement leaders delegation tariff ' +
  'pipeline harbour energy nuclear aid bank union parliament army coalition charter'
).split(' ');
const SPEAKERS = ['A spokesperson', 'The minister', 'The envoy', 'An official', 'The president', 'A diplomat'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function words(rand, minChars) {
  let text = '';
  while (text.length < minChars) text += (text ? ' ' : '') + pick(rand, WORDS);
  return text;
}

function isoDay(time) {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * `n` events in our format (README): day-precision ISO dates spread over 20 years, a short
 * title, a ~150-character summary, a direct quote on every tenth event. Sorted by date.
 */
export function generateTimeline(n, seed = DEFAULT_SEED) {
  const rand = mulberry32(seed ^ n);
  const days = Array.from({ length: n }, () => Math.floor(rand() * DAYS)).sort((a, b) => a - b);
  const events = days.map((day, i) => {
    const title = `${words(rand, 14)} ${i + 1}`.replace(/^./, (c) => c.toUpperCase());
    const summary = `${words(rand, 160).slice(0, 149)}.`.replace(/^./, (c) => c.toUpperCase());
    const event = { id: `e${i + 1}`, title, start: isoDay(FIRST_DAY + day * DAY), summary };
    if (i % 10 === 0) {
      event.quotes = [{ text: `${words(rand, 40)}.`.replace(/^./, (c) => c.toUpperCase()), speaker: pick(rand, SPEAKERS), kind: 'direct' }];
    }
    return event;
  });
  return { title: `Synthetic timeline, ${n} events`, events };
}

/**
 * `n` events with a short title and a day each, and nothing else (no summaries, no quotes): the
 * shape of issue 12's million-event story (about 70 MB of JSON at 1,000,000). Sorted by date.
 */
export function generateHeadlines(n, seed = DEFAULT_SEED) {
  const rand = mulberry32(seed ^ n);
  const days = Array.from({ length: n }, () => Math.floor(rand() * DAYS)).sort((a, b) => a - b);
  const events = days.map((day, i) => ({
    id: `e${i + 1}`,
    title: `${words(rand, 14)} ${i + 1}`.replace(/^./, (c) => c.toUpperCase()),
    start: isoDay(FIRST_DAY + day * DAY),
  }));
  return { title: `Synthetic headlines, ${n} events`, events };
}

/** "2003" | "2017-09" | "2018-06-12" (or a time, cut to its day) → calendar parts. */
function parts(value) {
  const match = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!match) throw new Error(`bench: unsupported date ${value}`);
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : undefined, day: match[3] ? Number(match[3]) : undefined };
}

function isoFromParts({ year, month, day }) {
  return `${String(year).padStart(4, '0')}-${String(month ?? 1).padStart(2, '0')}-${String(day ?? 1).padStart(2, '0')}`;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** vis-timeline items: a point per event, a range where the event has an end. */
export function toVisItems(timeline) {
  return timeline.events.map((event) => {
    const item = { id: event.id, content: escapeHtml(event.title), start: isoFromParts(parts(event.start)) };
    if (event.end) {
      item.end = isoFromParts(parts(event.end));
      item.type = 'range';
    }
    if (event.summary) item.title = event.summary;
    return item;
  });
}

/** A TimelineJS3 document: `{events:[{start_date:{year,month,day}, text:{headline, text}}]}`. */
export function toTimelineJS(timeline) {
  const date = (value) => {
    const { year, month, day } = parts(value);
    const d = { year };
    if (month !== undefined) d.month = month;
    if (day !== undefined) d.day = day;
    return d;
  };
  return {
    events: timeline.events.map((event) => {
      let text = event.summary ? `<p>${escapeHtml(event.summary)}</p>` : '';
      for (const quote of event.quotes ?? []) {
        text += `<blockquote>${escapeHtml(quote.text)} <cite>${escapeHtml(quote.speaker)}</cite></blockquote>`;
      }
      const slide = { unique_id: event.id, start_date: date(event.start), text: { headline: escapeHtml(event.title), text } };
      if (event.end) slide.end_date = date(event.end);
      return slide;
    }),
  };
}

/** A short fingerprint of a timeline, to show that node and the page made the same data. */
export function fingerprint(timeline) {
  let h = 0x811c9dc5;
  const feed = (s) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  };
  for (const e of timeline.events) feed(`${e.id}|${e.start}|${e.title}|${e.summary}|${e.quotes?.[0]?.text ?? ''}\n`);
  return `${timeline.events.length}:${h.toString(16).padStart(8, '0')}`;
}
