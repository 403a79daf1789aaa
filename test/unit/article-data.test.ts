// Checks the North Korea story against the article it cites and against the schema's patterns.
// Paragraphs are counted as data/README.md says.
import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { formatProblem } from '../../src/parse/problems.js';

interface RawQuote {
  text: string;
  speaker: string;
  kind: string;
  paragraph?: number;
  attribution?: string;
  attributionNote?: string;
}

interface RawCitation {
  name: string;
  url: string;
}

interface RawDateSource {
  type?: string;
  wording?: string;
  note?: string;
  article?: { wording: string; date?: string };
  record?: { date?: string; note?: string; citations?: RawCitation[] };
}

interface RawEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  summary?: string;
  lanes?: string[];
  paragraph?: number;
  dateSource?: RawDateSource;
  quotes?: RawQuote[];
  corrections?: { date: string; text: string }[];
}

interface RawTimeline {
  $schema?: string;
  source?: { published?: string; publishedNote?: string };
  corrections?: { date: string; text: string }[];
  lanes?: { id: string }[];
  eras?: { label: string; start: string; end: string; note?: string; citations?: RawCitation[] }[];
  events: RawEvent[];
}

/** The article's words for an event's date, in the current form or the legacy one. */
const articleWording = (event: RawEvent) =>
  event.dateSource?.article?.wording ?? (event.dateSource?.type === 'article' ? event.dateSource.wording : undefined);

/** The record's note for an event's date, in the current form or the legacy one. */
const recordNote = (event: RawEvent) =>
  event.dateSource?.record?.note ?? (event.dateSource?.type === 'record' ? event.dateSource.note : undefined);

const fromRecord = (event: RawEvent) => event.dateSource?.record !== undefined || event.dateSource?.type === 'record';

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
      const stated = timeline.events.filter((event) => articleWording(event) !== undefined || event.dateSource?.type === 'article');
      expect(stated).to.not.be.empty;
      for (const event of stated) {
        const wording = articleWording(event);
        expect(wording, event.id).to.be.a('string').and.not.be.empty;
        expect(article.includes(wording!), `${event.id}: "${wording}" is not in the article`).to.be.true;
        if (event.paragraph !== undefined) {
          const paragraph = paragraphs[event.paragraph - 1] ?? '';
          expect(paragraph.includes(wording!), `${event.id}: "${wording}" is not in paragraph ${event.paragraph}`).to.be.true;
        }
      }
    });

    it('says where every date from the record comes from', () => {
      const recorded = timeline.events.filter(fromRecord);
      expect(recorded).to.not.be.empty;
      for (const event of recorded) expect(recordNote(event), event.id).to.be.a('string').and.not.be.empty;
    });
  });

  describe('the corrections of issue 17', () => {
    const byId = (id: string) => timeline.events.find((event) => event.id === id)!;

    it('parses without a single problem: every start is the record’s date or the article’s', () => {
      expect(parseTimeline(timeline).problems.map(formatProblem)).to.deep.equal([]);
    });

    it("places Trump's tweet on 13 April 2019 from the record, with the article's “April 14” beside it, and flags the disagreement", () => {
      const tweet = byId('trump-april-14-tweet');
      expect(tweet.start).to.equal('2019-04-13');
      expect(tweet.dateSource?.record?.date).to.equal('2019-04-13');
      expect(tweet.dateSource?.article).to.deep.equal({ wording: 'On April 14', date: '2019-04-14' });
      expect(tweet.summary).to.not.match(/14 April/);
      const parsed = parseTimeline(timeline).timeline!.events.find((event) => event.id === 'trump-april-14-tweet')!;
      expect(parsed.dateSource?.disagree).to.equal(true);
      expect(tweet.corrections?.[0]?.text).to.match(/13 April 2019/);
    });

    it('gives the publication month the text bounds, with the reasoning beside it', () => {
      expect(timeline.source?.published).to.equal('2019-04');
      expect(timeline.source?.publishedNote).to.contain('On April 14').and.contain('Last month').and.contain('15 March 2019');
      // The note's reasoning holds: "Last month" names Choe Son Hui's news conference of 15 March.
      expect(byId('choe-son-hui-statement').start).to.equal('2019-03-15');
      expect(articleWording(byId('choe-son-hui-statement'))).to.equal('Last month');
    });

    it('marks the quote without an opening quotation mark as an inferred attribution, and says why', () => {
      const text = 'Sanctions are still in place. We know every inch of this country and we need to get what we want.';
      const at = article.indexOf(text);
      expect(at, 'the words are in the article').to.be.greaterThan(0);
      expect(article.slice(at - 2, at), 'no opening mark before them').to.not.match(/['‘“"]/);
      expect(article[at + text.length], 'a stray closing mark after them').to.equal("'");
      const quote = byId('trump-hanoi-account').quotes!.find((q) => q.text === text)!;
      expect(quote.attribution).to.equal('inferred');
      expect(quote.attributionNote).to.match(/opening quotation mark/);
      const others = timeline.events.flatMap((event) => event.quotes ?? []).filter((q) => q !== quote);
      for (const other of others) expect(other.attribution ?? 'stated', other.text).to.equal('stated');
    });

    it('says for every era where its boundaries come from, with http(s) citations', () => {
      expect(timeline.eras).to.not.be.empty;
      for (const era of timeline.eras ?? []) {
        expect(era.note, era.label).to.be.a('string').and.not.be.empty;
        expect(era.citations, era.label).to.not.be.empty;
        for (const citation of era.citations ?? []) expect(citation.url).to.match(/^https?:\/\//);
      }
      // The article does not say summit diplomacy ended in April 2019.
      const summits = timeline.eras!.find((era) => era.label === 'Summit diplomacy')!;
      expect([summits.start, summits.end]).to.deep.equal(['2018-06-12', '2019-02-28']);
    });

    it("shows the article's month for Singapore and its year for Libya beside the record's day", () => {
      const singapore = byId('singapore-summit');
      expect(singapore.start).to.equal('2018-06-12');
      expect(singapore.dateSource?.article).to.deep.equal({ wording: 'June 2018', date: '2018-06' });
      expect(singapore.dateSource?.record?.date).to.equal('2018-06-12');
      const libya = byId('libya-disarmament');
      expect(libya.start).to.equal('2003-12-19');
      expect(libya.dateSource?.article).to.deep.equal({ wording: 'in 2003', date: '2003' });
      expect(libya.dateSource?.record?.date).to.equal('2003-12-19');
      // After the invasion of Iraq, as the article says.
      expect(libya.start > byId('us-invasion-of-iraq').start).to.equal(true);
    });

    it('words the summaries as the article does', () => {
      expect(byId('ri-yong-ho-press-conference').summary).to.match(/^North Korean officials /);
      const reuters = byId('reuters-libya-model-report');
      expect(reuters.title).to.not.match(/offer/i);
      expect(reuters.summary).to.match(/demand/).and.match(/The article calls it an offer/);
      for (const quoted of reuters.summary!.match(/“[^”]+”/g) ?? []) expect(article).to.contain(quoted.slice(1, -1));
      expect(byId('us-invasion-of-iraq').summary).to.not.match(/among the threats/);
    });

    it('dates every correction and says what changed', () => {
      const corrections = [...(timeline.corrections ?? []), ...timeline.events.flatMap((event) => event.corrections ?? [])];
      expect(corrections.length).to.be.at.least(3);
      for (const correction of corrections) {
        expect(correction.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(correction.text).to.not.be.empty;
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
        ...timeline.events.flatMap((e) => [e.dateSource?.article?.date, e.dateSource?.record?.date]),
        ...[...(timeline.corrections ?? []), ...timeline.events.flatMap((e) => e.corrections ?? [])].map((c) => c.date),
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
