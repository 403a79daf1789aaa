// Checks the North Korea story against the article it cites and against the schema's patterns.
// Paragraphs are counted as data/README.md says.
import { expect } from '@open-wc/testing';

interface RawQuote {
  text: string;
  speaker: string;
  kind: string;
  paragraph?: number;
}

interface RawEvent {
  id: string;
  start: string;
  end?: string;
  lanes?: string[];
  paragraph?: number;
  dateSource?: { type: string; wording?: string; note?: string };
  quotes?: RawQuote[];
}

interface RawTimeline {
  $schema?: string;
  source?: { published?: string };
  lanes?: { id: string }[];
  eras?: { start: string; end: string }[];
  events: RawEvent[];
}

interface Schema {
  $defs: { id: { pattern: string }; isoDate: { pattern: string } };
}

const REQUIRED_IDS = [
  'libya-disarmament',
  'singapore-summit',
  'hanoi-summit',
  'choe-son-hui-statement',
  'trump-april-14-tweet',
];

/** Blocks between blank lines, trimmed; blocks without a letter (the scraped `|  |`) are not paragraphs. */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => /\p{L}/u.test(block));
}

async function load(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path}: HTTP ${response.status}`).to.be.true;
  return response.text();
}

describe('north-korea-talks.json', () => {
  let article: string;
  let paragraphs: string[];
  let timeline: RawTimeline;
  let schema: Schema;

  before(async () => {
    const [articleText, dataText, schemaText] = await Promise.all([
      load('/data/irna-north-korea-talks.txt'),
      load('/data/north-korea-talks.json'),
      load('/data/timeline.schema.json'),
    ]);
    article = articleText;
    paragraphs = paragraphsOf(article);
    timeline = JSON.parse(dataText) as RawTimeline;
    schema = JSON.parse(schemaText) as Schema;
  });

  const quotesOf = (kind: string) =>
    timeline.events.flatMap((event) =>
      (event.quotes ?? []).filter((q) => q.kind === kind).map((quote) => ({ event, quote })),
    );

  describe('against the article', () => {
    it('counts paragraphs from the headline', () => {
      expect(paragraphs[0]).to.equal('North Korea despaired of continuing talks with US');
      expect(paragraphs[1]).to.match(/^Tehran, Two rounds of talks/);
      expect(paragraphs).to.have.length(15);
    });

    it('has the events the article is about', () => {
      const ids = timeline.events.map((event) => event.id);
      expect(ids).to.include.members(REQUIRED_IDS);
    });

    it('has every direct quote verbatim in the article', () => {
      const direct = quotesOf('direct');
      expect(direct).to.not.be.empty;
      for (const { event, quote } of direct) {
        expect(article.includes(quote.text), `${event.id}: "${quote.text}" is not in the article`).to.be.true;
      }
    });

    it('names paragraphs that exist', () => {
      for (const event of timeline.events) {
        const numbers = [event.paragraph, ...(event.quotes ?? []).map((q) => q.paragraph)];
        for (const n of numbers.filter((n) => n !== undefined)) {
          expect(n, event.id).to.be.within(1, paragraphs.length);
        }
      }
    });

    it('has each direct quote in the paragraph it names', () => {
      for (const { event, quote } of quotesOf('direct')) {
        expect(quote.paragraph, `${event.id}: paragraph of "${quote.text}"`).to.be.a('number');
        const paragraph = paragraphs[quote.paragraph! - 1] ?? '';
        expect(paragraph.includes(quote.text), `${event.id}: "${quote.text}" is not in paragraph ${quote.paragraph}`).to.be.true;
      }
    });

    it("has the article's own wording for every date it says the article states", () => {
      const stated = timeline.events.filter((event) => event.dateSource?.type === 'article');
      expect(stated).to.not.be.empty;
      for (const event of stated) {
        const wording = event.dateSource?.wording;
        expect(wording, event.id).to.be.a('string').and.not.be.empty;
        expect(article.includes(wording!), `${event.id}: "${wording}" is not in the article`).to.be.true;
        if (event.paragraph !== undefined) {
          const paragraph = paragraphs[event.paragraph - 1] ?? '';
          expect(paragraph.includes(wording!), `${event.id}: "${wording}" is not in paragraph ${event.paragraph}`).to.be.true;
        }
      }
    });

    it('says where every date from the record comes from', () => {
      for (const event of timeline.events.filter((e) => e.dateSource?.type === 'record')) {
        expect(event.dateSource?.note, event.id).to.be.a('string').and.not.be.empty;
      }
    });
  });

  describe('against the schema', () => {
    const idPattern = () => new RegExp(schema.$defs.id.pattern, 'u');
    const datePattern = () => new RegExp(schema.$defs.isoDate.pattern, 'u');

    it('is referenced by the data', () => {
      expect(timeline.$schema).to.equal('./timeline.schema.json');
    });

    it('accepts every id, and ids are unique', () => {
      const ids = [...timeline.events.map((e) => e.id), ...(timeline.lanes ?? []).map((l) => l.id)];
      for (const id of ids) expect(id).to.match(idPattern());
      const eventIds = timeline.events.map((e) => e.id);
      expect(new Set(eventIds).size, 'unique event ids').to.equal(eventIds.length);
    });

    it('puts events only in declared lanes', () => {
      const lanes = new Set((timeline.lanes ?? []).map((l) => l.id));
      for (const event of timeline.events) {
        for (const lane of event.lanes ?? []) expect(lanes.has(lane), `${event.id}: lane ${lane}`).to.be.true;
      }
    });

    it('accepts every date', () => {
      const dates = [
        ...timeline.events.flatMap((e) => [e.start, e.end]),
        ...(timeline.eras ?? []).flatMap((e) => [e.start, e.end]),
        timeline.source?.published,
      ].filter((d) => d !== undefined);
      for (const date of dates) expect(date).to.match(datePattern());
    });

    it('accepts every precision and expanded years', () => {
      const good = ['2003', '2018-06', '2018-06-12', '2019-02-27T09:00', '2019-02-27T09:00:30Z', '2019-02-27T09:00+07:00', '-0500', '+12000'];
      for (const date of good) expect(date).to.match(datePattern());
    });

    it('rejects malformed ids and dates', () => {
      for (const id of ['', '-leading-dash', 'has space', 'slash/id']) expect(id).to.not.match(idPattern());
      const bad = ['June 2018x', '2018-13', '', '2018-6-12', '2018-06-32', '2019-02-27T24:00', '2019-02-27 09:00', '12000', '2019-02-27T09:00+0700'];
      for (const date of bad) expect(date).to.not.match(datePattern());
    });
  });
});
