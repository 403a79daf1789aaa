import { expect } from '@open-wc/testing';
import { fromTimelineJs, isTimelineJsDocument } from '../../src/import/timelinejs.js';

type Problem = { path: string; message: string; skipped?: string };
type JsonObject = Record<string, unknown>;

const URL_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Our ISO dates as the importer writes them: no offset, as TimelineJS has none. */
const ISO_DATE = /^(?<year>[+-]\d{4,}|\d{4})(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?)?$/;

/** A year 0–9999 is written with four digits and no sign; others need the sign. */
function isIsoDate(text: string): boolean {
  const year = ISO_DATE.exec(text)?.groups?.year;
  if (year === undefined) return false;
  const signed = year.startsWith('+') || year.startsWith('-');
  const value = Number(year);
  return signed ? value < 0 || value > 9999 : true;
}

function event(fields: JsonObject): JsonObject {
  return { start_date: { year: 2000 }, text: { headline: 'An event' }, ...fields };
}

/** Maps a document and returns its mapped events, failing if there is no document. */
function mapped(raw: unknown): { document: JsonObject; events: JsonObject[]; problems: Problem[] } {
  const { document, problems } = fromTimelineJs(raw);
  expect(document, 'document').to.be.an('object');
  const events = (document?.events ?? []) as JsonObject[];
  return { document: document ?? {}, events, problems };
}

function mapOne(fields: JsonObject): { event: JsonObject | undefined; problems: Problem[] } {
  const { events, problems } = mapped({ events: [event(fields)] });
  return { event: events[0], problems };
}

function startOf(startDate: unknown): string | undefined {
  return mapOne({ start_date: startDate }).event?.start as string | undefined;
}

/** Every string anywhere in a JSON value, with where it is. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Indexes of the TimelineJS events reported as skipped. */
function skippedEvents(problems: readonly Problem[]): Set<number> {
  const indexes = problems
    .filter((problem) => problem.skipped === 'event')
    .map((problem) => Number(/^events\[(\d+)\]/.exec(problem.path)?.[1]));
  return new Set(indexes);
}

describe('TimelineJS import', () => {
  describe('the real TimelineJS documents', () => {
    const fixtures = [
      // media: events kept with their media; lost: what of the media still cannot map.
      { file: 'mark-twain.json', kept: 13, skipped: [0, 3, 4, 5], media: 12, lost: [] },
      {
        file: 'republican-run-up.json',
        kept: 13,
        skipped: [],
        media: 10,
        lost: ['events[0].media.credit', 'events[1].media.url', 'events[3].media.credit', 'events[5].media.credit', 'events[10].media.url', 'events[11].media.credit'],
      },
      { file: 'seventh-century-eras.json', kept: 20, skipped: [], media: 19, lost: [] },
      { file: 'cosmological.json', kept: 1, skipped: [0, 1, 2, 3, 4, 5], media: 1, lost: ['events[6].media.credit'] },
      {
        file: 'women-in-computing.json',
        kept: 10,
        skipped: [],
        media: 9,
        lost: ['events[0].media.caption', 'events[1].media.url', 'events[2].media.credit'],
      },
    ];

    for (const fixture of fixtures) {
      describe(fixture.file, () => {
        let raw: JsonObject;
        let result: ReturnType<typeof fromTimelineJs>;

        before(async () => {
          const response = await fetch(`/test/fixtures/timelinejs/${fixture.file}`);
          raw = (await response.json()) as JsonObject;
          result = fromTimelineJs(raw);
        });

        it('is detected as TimelineJS', () => {
          expect(isTimelineJsDocument(raw)).to.equal(true);
        });

        it('accounts for every event: mapped or reported as skipped', () => {
          const events = result.document?.events as unknown[];
          const skipped = skippedEvents(result.problems);
          expect(events.length + skipped.size).to.equal((raw.events as unknown[]).length);
          expect(events.length).to.equal(fixture.kept);
          expect([...skipped].sort((a, b) => a - b)).to.deep.equal(fixture.skipped);
        });

        it('maps media, and reports only what of it cannot map', () => {
          const withMedia = (result.document?.events as JsonObject[]).filter((item) => item.media !== undefined);
          expect(withMedia).to.have.length(fixture.media);
          const lost = result.problems.filter((problem) => /^events\[\d+\]\.media/.test(problem.path));
          expect(lost.map((problem) => problem.path)).to.deep.equal(fixture.lost);
          // Each lost media item is one whose address was embedded HTML (a TimelineJS quote).
          for (const problem of lost.filter((p) => p.path.endsWith('.url'))) expect(problem.message).to.contain('embedded HTML');
        });

        it('leaves no HTML in any string', () => {
          for (const [path, text] of strings(result.document)) {
            expect(text, path).not.to.match(/<[A-Za-z]/);
          }
        });

        it('gives every event a unique, URL-safe id', () => {
          const ids = (result.document?.events as JsonObject[]).map((item) => item.id as string);
          for (const id of ids) expect(id).to.match(URL_SAFE_ID);
          expect(new Set(ids).size).to.equal(ids.length);
        });

        it('writes every date as ISO', () => {
          const document = result.document ?? {};
          const dated = [...(document.events as JsonObject[]), ...((document.eras ?? []) as JsonObject[])];
          for (const item of dated) {
            for (const key of ['start', 'end']) {
              if (item[key] === undefined) continue;
              expect(isIsoDate(item[key] as string), `${key} ${String(item[key])}`).to.equal(true);
            }
          }
        });

        it('keeps only http(s) links', () => {
          for (const item of result.document?.events as JsonObject[]) {
            if (item.url !== undefined) expect(item.url).to.match(/^https?:\/\//);
            const media = item.media as JsonObject | undefined;
            if (media !== undefined) expect(media.url).to.match(/^https?:\/\//);
            if (media?.link !== undefined) expect(media.link).to.match(/^https?:\/\//);
          }
        });

        it('is plain JSON', () => {
          expect(JSON.parse(JSON.stringify(result.document))).to.deep.equal(result.document);
        });
      });
    }

    it('reports the cosmological years it cannot draw, and keeps the one it can', async () => {
      const raw: unknown = await (await fetch('/test/fixtures/timelinejs/cosmological.json')).json();
      const { document, problems } = fromTimelineJs(raw);
      expect(problems).to.deep.include({
        path: 'events[0].start_date.year',
        message:
          '-13800000000 is beyond the calendar range this timeline can draw (±270,000 years); event skipped',
        skipped: 'event',
      });
      expect(problems.map((problem) => problem.path)).to.include('events[5].start_date.year'); // -315000
      expect(document?.events).to.deep.equal([
        {
          id: 'oldest-known-depiction-of-a-wheeled-vehicle',
          title: 'oldest known depiction of a wheeled vehicle',
          start: '-3499', // TimelineJS's -3500: 3500 BC
          media: {
            url: 'https://commons.wikimedia.org/wiki/File:0854_Ein_Krug_aus_Bronocice,_3.550_v._Chr..JPG',
            caption: 'Bronocice pot',
            credit: 'Wikipedia',
          },
        },
      ]);
    });

    it('maps the seventh-century eras and years below 1000', async () => {
      const raw: unknown = await (await fetch('/test/fixtures/timelinejs/seventh-century-eras.json')).json();
      const { document } = mapped(raw);
      expect(document.title).to.equal('Eras Test');
      expect(document.eras).to.deep.equal([
        { start: '0650', end: '0700', label: 'Era Test 650-700' },
        { start: '0600', end: '0650', label: 'Era Test 600-650' },
        { start: '0700', end: '0720', label: 'Era Test 700-720' },
      ]);
      const [first, , third] = document.events as JsonObject[];
      expect(first).to.include({ start: '0602', end: '0629', title: 'Last great Roman-Persian War.' });
      expect(third).to.include({ start: '0622-08-09', end: '0622-08-23' });
    });

    it('reduces the newsroom HTML of the Republican run-up to text', async () => {
      const raw: unknown = await (await fetch('/test/fixtures/timelinejs/republican-run-up.json')).json();
      const { document, problems } = mapped(raw);
      expect(document.title).to.equal('The Republican Run-Up');
      const florida = (document.events as JsonObject[]).find((item) => item.title === 'Florida');
      expect(florida?.summary).to.equal(
        'Romney makes a strong comeback, snatching Florida from Gingrich. But the former House speaker ' +
          'wasn\'t giving up, vowing to keep nipping at Romney\'s heels with his "46 States To Go" campaign.' +
          "\n\nThe GOP race, particularly Romney's campaign, begins to emerge as the most negative yet.",
      );
      // Its media URL is protocol-relative ("//farm8…"): TimelineJS loads it with the page's scheme.
      expect(florida?.media).to.deep.equal({
        url: 'https://farm8.staticflickr.com/7001/6812048183_316d424f2f.jpg',
        credit: 'Mitt Romney/Flickr',
      });
      expect(problems).to.deep.include({
        path: 'events[3].media.credit',
        message: 'a link in this text is shown as plain text; its address is not kept',
      });
      expect(problems).to.deep.include({
        path: 'events[3].text.text',
        message: '2 links in this text are shown as plain text; their addresses are not kept',
      });
      expect(problems.map((problem) => problem.path)).not.to.include('scale'); // "human"
    });

    it('maps Mark Twain’s times to the second and reports the slides without a headline', async () => {
      const raw: unknown = await (await fetch('/test/fixtures/timelinejs/mark-twain.json')).json();
      const { document, problems } = mapped(raw);
      expect(document).not.to.have.property('title');
      expect(document.description).to.match(/^Samuel Langhorne Clemens/);
      const hannibal = (document.events as JsonObject[]).find((item) => item.title === 'Hannibal, Missouri');
      expect(hannibal).to.include({ start: '1920-01-05T06:45:56', end: '1923-01-05T06:45:56' });
      const last = (document.events as JsonObject[]).at(-1);
      expect(last).to.include({ title: 'Get started!', start: '2014' });
      expect(problems).to.deep.include({
        path: 'events[3].text.headline',
        message:
          'the event has no headline (text.headline) and no display date to use as its title; event skipped',
        skipped: 'event',
      });
      expect(problems.map((problem) => problem.path)).to.include('title.media');
    });
  });

  describe('detection', () => {
    it('recognises events with start_date objects', () => {
      expect(isTimelineJsDocument({ events: [{ start_date: { year: '1850' } }] })).to.equal(true);
    });

    it('recognises a title slide with text, even without events', () => {
      expect(isTimelineJsDocument({ title: { text: { headline: 'A timeline' } } })).to.equal(true);
    });

    it('recognises eras with start_date objects', () => {
      expect(isTimelineJsDocument({ events: [], eras: [{ start_date: { year: 1 } }] })).to.equal(true);
    });

    it('does not take our own format for TimelineJS', () => {
      const ours = {
        title: 'US–North Korea talks',
        events: [{ id: 'summit', title: 'Singapore summit', start: '2018-06-12' }],
      };
      expect(isTimelineJsDocument(ours)).to.equal(false);
    });

    it('says no to anything that is not a document', () => {
      for (const raw of [null, undefined, 'text', 42, [], [{ start_date: { year: 1 } }], {}, { events: 'x' }]) {
        expect(isTimelineJsDocument(raw), JSON.stringify(raw)).to.equal(false);
      }
    });
  });

  describe('dates', () => {
    it('writes the precision that was given', () => {
      expect(startOf({ year: 1850 })).to.equal('1850');
      expect(startOf({ year: '1850', month: '3' })).to.equal('1850-03');
      expect(startOf({ year: '1850', month: '03', day: '7' })).to.equal('1850-03-07');
      expect(startOf({ year: 1850, month: 3, day: 7, hour: 14, minute: 5 })).to.equal('1850-03-07T14:05');
      expect(startOf({ year: 1850, month: 3, day: 7, hour: 14 })).to.equal('1850-03-07T14:00');
      expect(startOf({ year: 1850, month: 3, day: 7, hour: 14, minute: 5, second: 9 })).to.equal(
        '1850-03-07T14:05:09',
      );
    });

    it('treats empty strings as not given, and ignores milliseconds and format', () => {
      expect(startOf({ year: '2014', month: '', day: '', hour: '', millisecond: '', format: '' })).to.equal('2014');
      expect(startOf({ year: 2014, month: 1, day: 2, hour: 3, millisecond: 500 })).to.equal('2014-01-02T03:00');
    });

    it('writes years 0–9999 with four digits', () => {
      expect(startOf({ year: 602 })).to.equal('0602');
      expect(startOf({ year: '602' })).to.equal('0602');
      expect(startOf({ year: 0 })).to.equal('0000');
      expect(startOf({ year: 9999 })).to.equal('9999');
    });

    it('writes negative and five-digit years in the expanded form, with a sign', () => {
      // TimelineJS shows year -44 as "44 BCE": 44 BC is -0043 in ISO 8601, whose year 0 is 1 BC.
      expect(startOf({ year: -500 })).to.equal('-0499');
      expect(startOf({ year: '-44', month: 3, day: 15 })).to.equal('-0043-03-15');
      expect(startOf({ year: -1 })).to.equal('0000');
      expect(startOf({ year: 12000 })).to.equal('+12000');
      expect(startOf({ year: '10000' })).to.equal('+10000');
      expect(startOf({ year: -270_000 })).to.equal('-269999');
      expect(startOf({ year: '+1850' })).to.equal('1850');
    });

    it('reads year 0, which the BC/AD count lacks, as 1 BC, and says so', () => {
      const { event: zero, problems } = mapOne({ start_date: { year: 0 } });
      expect(zero?.start).to.equal('0000');
      expect(problems).to.deep.equal([
        { path: 'events[0].start_date.year', message: 'year 0 is not a year (1 BC is followed by AD 1); read as 1 BC' },
      ]);
      expect(mapOne({ start_date: { year: -1 } }).problems).to.deep.equal([]);
    });

    it('skips events beyond ±270,000 years, saying why', () => {
      const { event: mappedEvent, problems } = mapOne({ start_date: { year: 270_001 } });
      expect(mappedEvent).to.equal(undefined);
      expect(problems).to.deep.equal([
        {
          path: 'events[0].start_date.year',
          message: '270001 is beyond the calendar range this timeline can draw (±270,000 years); event skipped',
          skipped: 'event',
        },
      ]);
    });

    it('skips an event whose year is not a number', () => {
      const { event: mappedEvent, problems } = mapOne({ start_date: { year: 'abc' } });
      expect(mappedEvent).to.equal(undefined);
      expect(problems).to.deep.equal([
        { path: 'events[0].start_date.year', message: 'year "abc" is not a whole number; event skipped', skipped: 'event' },
      ]);
      expect(mapOne({ start_date: { year: 1850.5 } }).event).to.equal(undefined);
      expect(mapOne({ start_date: { year: '18 50' } }).event).to.equal(undefined);
    });

    it('skips an event without a start date or year', () => {
      for (const startDate of [undefined, null, '1850', { month: 3 }, { year: '' }]) {
        const { event: mappedEvent, problems } = mapOne({ start_date: startDate });
        expect(mappedEvent, JSON.stringify(startDate)).to.equal(undefined);
        expect(problems).to.have.length(1);
        expect(problems[0]?.path).to.match(/^events\[0\]\.start_date/);
        expect(problems[0]?.message).to.match(/event skipped$/);
      }
    });

    it('skips an event with a month, day or time that does not exist', () => {
      const cases: [JsonObject, string][] = [
        [{ year: 1850, month: 13 }, 'events[0].start_date.month'],
        [{ year: 1850, month: 'March' }, 'events[0].start_date.month'],
        [{ year: 1900, month: 2, day: 29 }, 'events[0].start_date.day'],
        [{ year: 1850, month: 4, day: 31 }, 'events[0].start_date.day'],
        [{ year: 1850, month: 4, day: 1, hour: 24 }, 'events[0].start_date.hour'],
        [{ year: 1850, month: 4, day: 1, hour: 1, minute: 60 }, 'events[0].start_date.minute'],
        [{ year: 1850, month: 4, day: 1, hour: 1, second: -1 }, 'events[0].start_date.second'],
      ];
      for (const [startDate, path] of cases) {
        const { event: mappedEvent, problems } = mapOne({ start_date: startDate });
        expect(mappedEvent, JSON.stringify(startDate)).to.equal(undefined);
        expect(problems.map((problem) => problem.path)).to.deep.equal([path]);
      }
      expect(startOf({ year: 2000, month: 2, day: 29 })).to.equal('2000-02-29');
      // 5 BC (-0004) was a leap year of the proleptic Gregorian calendar; 4 BC was not.
      expect(startOf({ year: -5, month: 2, day: 29 })).to.equal('-0004-02-29');
      expect(mapOne({ start_date: { year: -4, month: 2, day: 29 } }).problems.map((problem) => problem.path)).to.deep.equal(['events[0].start_date.day']);
    });

    it('ignores, and reports, parts given after a missing one', () => {
      const { event: mappedEvent, problems } = mapOne({ start_date: { year: 1850, day: 7, hour: 9 } });
      expect(mappedEvent?.start).to.equal('1850');
      expect(problems).to.deep.equal([
        { path: 'events[0].start_date.day', message: 'day is given without a month and is ignored' },
        { path: 'events[0].start_date.hour', message: 'hour is given without a month and is ignored' },
      ]);
    });

    it('maps end_date to end', () => {
      const { event: mappedEvent, problems } = mapOne({
        start_date: { year: 1943, month: 7 },
        end_date: { year: 1946, month: '', day: '' },
      });
      expect(mappedEvent).to.include({ start: '1943-07', end: '1946' });
      expect(problems).to.deep.equal([]);
    });

    it('treats a missing, null or empty end_date as no end', () => {
      for (const endDate of [undefined, null, {}, { year: '', month: '' }]) {
        const { event: mappedEvent, problems } = mapOne({ end_date: endDate });
        expect(mappedEvent).not.to.have.property('end');
        expect(problems).to.deep.equal([]);
      }
    });

    it('drops only the end date when it cannot map, and keeps the event', () => {
      const { event: mappedEvent, problems } = mapOne({
        start_date: { year: -300_000 + 30_001 },
        end_date: { year: 'soon' },
      });
      expect(mappedEvent).to.include({ start: '-269998' });
      expect(mappedEvent).not.to.have.property('end');
      expect(problems).to.deep.equal([
        { path: 'events[0].end_date.year', message: 'year "soon" is not a whole number; end date dropped' },
      ]);
    });
  });

  describe('text', () => {
    it('maps the title slide to title and description, as plain text', () => {
      const { document } = mapped({
        title: { text: { headline: '<h1>The <em>Run-Up</em></h1>', text: '<p>One &amp; two.</p><p>Three.</p>' } },
        events: [event({})],
      });
      expect(document.title).to.equal('The Run-Up');
      expect(document.description).to.equal('One & two.\n\nThree.');
      expect(document).not.to.have.property('source');
    });

    it('maps headline to title and text to summary, with HTML reduced to text', () => {
      const { event: mappedEvent, problems } = mapOne({
        text: {
          headline: 'Romney <b>wins</b> &mdash; again',
          text: 'He <a href="http://example.com/a">swept</a> the state.<br>Next: <i>Nevada</i>.' +
            '<script>alert(1)</script><img src=x onerror=alert(1)>',
        },
      });
      expect(mappedEvent).to.include({ title: 'Romney wins \u2014 again', summary: 'He swept the state.\nNext: Nevada.' });
      expect(problems).to.deep.equal([
        { path: 'events[0].text.text', message: 'a link in this text is shown as plain text; its address is not kept' },
      ]);
    });

    it('keeps the title on one line', () => {
      expect(mapOne({ text: { headline: '<p>Two</p><p>paragraphs</p>' } }).event?.title).to.equal('Two paragraphs');
    });

    it('leaves escaped markup as the literal text it shows', () => {
      const { event: mappedEvent } = mapOne({ text: { headline: 'About &lt;script&gt;', text: '' } });
      expect(mappedEvent?.title).to.equal('About <script>');
      expect(mappedEvent).not.to.have.property('summary');
    });

    it('falls back to the display date when there is no headline', () => {
      const { event: mappedEvent, problems } = mapOne({ text: { headline: '' }, display_date: 'Spring 1850' });
      expect(mappedEvent?.title).to.equal('Spring 1850');
      expect(problems).to.deep.equal([]);
      const fromStartDate = mapOne({ text: {}, start_date: { year: 1850, display_date: 'c. 1850' } });
      expect(fromStartDate.event?.title).to.equal('c. 1850');
    });

    it('skips an event with neither headline nor display date, and says when its headline is markup alone', () => {
      const none = 'the event has no headline (text.headline) and no display date to use as its title';
      const markup = 'the headline (text.headline) has no text once its HTML is left out, and there is no display date to use as the title';
      const cases: [unknown, string][] = [
        [undefined, none],
        [{}, none],
        [{ headline: '', text: 'Body only' }, none],
        [{ headline: '<b> </b>' }, markup],
        [{ headline: '<img src="x.png">' }, markup],
      ];
      for (const [text, message] of cases) {
        const { event: mappedEvent, problems } = mapOne({ text, media: { url: 'https://example.com/x.jpg' } });
        expect(mappedEvent).to.equal(undefined);
        // Only why it is skipped: not its media as well.
        expect(problems).to.deep.equal([{ path: 'events[0].text.headline', message: `${message}; event skipped`, skipped: 'event' }]);
      }
    });

    it('reports a display date that is not shown', () => {
      const { problems } = mapOne({ display_date: 'Spring 1850', start_date: { year: 1850, month: 4 } });
      expect(problems).to.deep.equal([
        {
          path: 'events[0].display_date',
          message: 'display date "Spring 1850" is not shown; the timeline shows the date itself (1850-04)',
        },
      ]);
    });
  });

  describe('ids', () => {
    it('keeps a URL-safe unique_id', () => {
      expect(mapOne({ unique_id: 'iowa-caucus_2012' }).event?.id).to.equal('iowa-caucus_2012');
    });

    it('makes a slug of the headline when there is no unique_id', () => {
      expect(mapOne({ text: { headline: 'Rózsa Péter writes recursion!' } }).event?.id).to.equal(
        'rozsa-peter-writes-recursion',
      );
      expect(mapOne({ unique_id: '', text: { headline: '“The Mother of the Internet”' } }).event?.id).to.equal(
        'the-mother-of-the-internet',
      );
    });

    it('names an event whose headline has no Latin letter by its headline, not its row, so links to it last', () => {
      const headlines = ['東日本大震災', '東京オリンピック 開幕', 'انتخابات', 'Выборы'];
      const ids = (list: string[]) =>
        mapped({ events: list.map((headline) => event({ text: { headline } })) }).events.map((e) => e.id);
      const first = ids(headlines);
      expect(new Set(first).size).to.equal(headlines.length);
      for (const id of first) expect(id).to.match(/^event-[a-z0-9]+$/);
      // A row added above, and the rows reordered: each headline keeps its id.
      const later = ids(['阪神・淡路大震災', ...[...headlines].reverse()]);
      expect(later.slice(1)).to.deep.equal([...first].reverse());
      // The same headline twice still gets two ids.
      expect(new Set(ids(['日本', '日本'])).size).to.equal(2);
    });

    it('cuts long slugs at a word boundary', () => {
      const headline = 'Gingrich refuses to get personal during the South Carolina debate in Charleston tonight';
      const id = mapOne({ text: { headline } }).event?.id as string;
      expect(id.length).to.be.at.most(60);
      expect(headline.toLowerCase().replaceAll(' ', '-').startsWith(id)).to.equal(true);
      expect(id).not.to.match(/-$/);
    });

    it('replaces, and reports, a unique_id that is not URL-safe', () => {
      const { event: mappedEvent, problems } = mapOne({ unique_id: 'my event!', text: { headline: 'Iowa' } });
      expect(mappedEvent?.id).to.equal('iowa');
      expect(problems).to.deep.equal([
        {
          path: 'events[0].unique_id',
          message: 'unique_id "my event!" is not URL-safe: it may hold only letters, digits, "-" and "_", starting with a letter or digit; the event’s id is "iowa"',
        },
      ]);
    });

    it('keeps ids unique: repeated headlines, repeated unique_ids, and slugs that would take a declared id', () => {
      const { events, problems } = mapped({
        events: [
          event({ text: { headline: 'Iowa' } }),
          event({ text: { headline: 'Iowa' } }),
          event({ text: { headline: 'Iowa' }, unique_id: 'iowa-2' }),
          event({ text: { headline: 'Nevada' }, unique_id: 'nv' }),
          event({ text: { headline: 'Nevada again' }, unique_id: 'nv' }),
        ],
      });
      expect(events.map((item) => item.id)).to.deep.equal(['iowa', 'iowa-3', 'iowa-2', 'nv', 'nevada-again']);
      expect(problems.map((problem) => problem.path)).to.deep.equal(['events[4].unique_id']);
    });
  });

  describe('groups, eras, media and scale', () => {
    it('makes a lane of each distinct group, in order of first appearance', () => {
      const { document, events } = mapped({
        events: [
          event({ group: 'U.S. Politics' }),
          event({ group: '' }),
          event({ group: 'North Korea' }),
          event({ group: 'U.S. Politics' }),
          event({ group: 'U.S. politics!' }),
        ],
      });
      expect(document.lanes).to.deep.equal([
        { id: 'u-s-politics', label: 'U.S. Politics' },
        { id: 'north-korea', label: 'North Korea' },
        { id: 'u-s-politics-2', label: 'U.S. politics!' },
      ]);
      expect(events.map((item) => item.lanes)).to.deep.equal([
        ['u-s-politics'],
        undefined,
        ['north-korea'],
        ['u-s-politics'],
        ['u-s-politics-2'],
      ]);
    });

    it('makes no lane for a group whose only events are skipped', () => {
      const { document } = mapped({ events: [event({ group: 'Lost', start_date: { year: 'x' } }), event({})] });
      expect(document).not.to.have.property('lanes');
    });

    it('maps eras, and skips those that cannot map', () => {
      const { document, problems } = mapped({
        events: [event({})],
        eras: [
          { start_date: { year: -500 }, end_date: { year: -44, month: 3 }, text: { headline: 'Roman <i>Republic</i>' } },
          { start_date: { year: 1 }, end_date: { year: 2 }, text: { headline: '' } },
          { start_date: { year: 1 }, text: { headline: 'No end' } },
        ],
      });
      expect(document.eras).to.deep.equal([{ start: '-0499', end: '-0043-03', label: 'Roman Republic' }]);
      expect(problems).to.deep.equal([
        { path: 'eras[1].text.headline', message: 'the era has no headline to use as its label; era skipped', skipped: 'era' },
        { path: 'eras[2].end_date', message: 'the end date is missing; era skipped', skipped: 'era' },
      ]);
    });

    it('maps a picture with its alt, caption and credit as text, reporting a lost credit link', () => {
      const { event: mappedEvent, problems } = mapOne({
        media: {
          url: 'https://example.com/photo.jpg',
          alt: 'Crowds on the square',
          caption: 'A <b>photo</b>',
          credit: '<a href="https://example.com/ap">AP</a>',
          link: 'https://example.com/photo-page',
          thumbnail: 'https://example.com/small.jpg',
        },
      });
      expect(mappedEvent).not.to.have.property('url');
      expect(mappedEvent?.media).to.deep.equal({
        url: 'https://example.com/photo.jpg',
        alt: 'Crowds on the square',
        caption: 'A photo',
        credit: 'AP',
        link: 'https://example.com/photo-page',
      });
      expect(problems).to.deep.equal([
        { path: 'events[0].media.credit', message: 'a link in this text is shown as plain text; its address is not kept' },
      ]);
    });

    it('keeps provider pages as they are, and a thumbnail for a page with no picture of its own', () => {
      const video = mapOne({ media: { url: 'https://youtu.be/2n5yakw5jgo', thumbnail: 'https://example.com/still.jpg' } });
      expect(video.event?.media).to.deep.equal({ url: 'https://youtu.be/2n5yakw5jgo' });
      const article = mapOne({
        media: { url: 'https://en.wikipedia.org/wiki/Mark_Twain', thumbnail: '//upload.wikimedia.org/twain.jpg', caption: 'Twain' },
      });
      expect(article.event?.media).to.deep.equal({
        url: 'https://upload.wikimedia.org/twain.jpg',
        caption: 'Twain',
        link: 'https://en.wikipedia.org/wiki/Mark_Twain',
      });
      expect([...video.problems, ...article.problems]).to.deep.equal([]);
    });

    it('never keeps a media URL that is not absolute http(s), nor embedded HTML', () => {
      const urls = [
        'javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'https://exa mple.com/',
        'photos/relative.jpg',
      ];
      for (const url of urls) {
        const { event: mappedEvent, problems } = mapOne({ media: { url } });
        expect(mappedEvent, url).not.to.have.property('media');
        const message = url.includes(':')
          ? 'only absolute http: and https: addresses are shown; media left out'
          : `"${url}" is relative to the page TimelineJS showed it on; write the whole address (https://…); media left out`;
        expect(problems).to.deep.equal([{ path: 'events[0].media.url', message }]);
      }
      const quote = mapOne({ media: { url: '<blockquote>“A quote,” he said.</blockquote>' } });
      expect(quote.event).not.to.have.property('media');
      expect(quote.problems).to.deep.equal([
        { path: 'events[0].media.url', message: 'embedded HTML (a quote or an embed code) is not shown; media left out' },
      ]);
    });

    it('reports a media link that is not absolute http(s), and keeps the media without it', () => {
      for (const link of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '/story/relative', 'https://exa mple.com/']) {
        const { event: mappedEvent, problems } = mapOne({ media: { url: 'https://example.org/a.jpg', credit: 'AP', link } });
        expect(mappedEvent?.media, link).to.deep.equal({ url: 'https://example.org/a.jpg', credit: 'AP' });
        expect(problems, link).to.deep.equal([
          { path: 'events[0].media.link', message: 'only absolute http: and https: addresses are linked; link left out' },
        ]);
      }
      const blank = mapOne({ media: { url: 'https://example.org/a.jpg', link: '  ' } });
      expect(blank.problems).to.deep.equal([]);
    });

    it('ignores media without a URL, and purely presentational fields', () => {
      const { problems } = mapped({
        title: { text: { headline: 'T' }, media: { url: '' }, background: { color: 'papayawhip' } },
        events: [
          event({
            media: { url: '', caption: '', credit: '' },
            background: { url: 'https://example.com/bg.jpg', color: '#fff', opacity: '50' },
            type: 'overview',
            autolink: true,
            location: { lat: 39.5, lon: -91.8 },
          }),
        ],
      });
      expect(problems).to.deep.equal([]);
    });

    it('reports a scale other than human, once', () => {
      const cosmological = fromTimelineJs({ scale: 'cosmological', events: [event({})] });
      expect(cosmological.problems).to.have.length(1);
      expect(cosmological.problems[0]?.path).to.equal('scale');
      expect(cosmological.problems[0]?.message).to.contain('cosmological scale is not supported');
      expect(fromTimelineJs({ scale: 'human', events: [event({})] }).problems).to.deep.equal([]);
    });
  });

  describe('documents that cannot map', () => {
    it('returns no document for something that is not an object', () => {
      for (const raw of [null, 'x', [], 3]) {
        const { document, problems } = fromTimelineJs(raw);
        expect(document).to.equal(undefined);
        expect(problems).to.have.length(1);
        expect(problems[0]?.path).to.equal('');
      }
    });

    it('returns no document without an events array', () => {
      const { document, problems } = fromTimelineJs({ title: { text: { headline: 'Only a title' } } });
      expect(document).to.equal(undefined);
      expect(problems).to.deep.equal([{ path: 'events', message: 'a TimelineJS document needs an events array' }]);
    });

    it('reports events that are not objects, and maps the rest', () => {
      const { events, problems } = mapped({ events: [null, 'x', event({})] });
      expect(events).to.have.length(1);
      expect(skippedEvents(problems)).to.deep.equal(new Set([0, 1]));
    });

    it('does not change its input', () => {
      const raw = { title: { text: { headline: 'T' } }, events: [event({ group: 'G', unique_id: 'bad id' })] };
      const copy = structuredClone(raw);
      fromTimelineJs(raw);
      expect(raw).to.deep.equal(copy);
    });
  });

  it('runs without a DOM, in a worker', async () => {
    const moduleUrl = new URL('/src/import/timelinejs.ts', location.origin).href;
    const source = `
      import { fromTimelineJs } from ${JSON.stringify(moduleUrl)};
      const result = fromTimelineJs({ events: [{ start_date: { year: 602 }, text: { headline: '<b>Siege</b>' } }] });
      postMessage({ hasDocument: typeof document !== 'undefined', result: { document: result.document, problems: result.problems } });
    `;
    const workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(workerUrl, { type: 'module' });
    try {
      const data = await new Promise<unknown>((resolve, reject) => {
        worker.onmessage = (message: MessageEvent<unknown>) => resolve(message.data);
        worker.onerror = (error) => reject(new Error(error.message || 'worker failed'));
      });
      expect(data).to.deep.equal({
        hasDocument: false,
        result: { document: { events: [{ id: 'siege', title: 'Siege', start: '0602' }] }, problems: [] },
      });
    } finally {
      worker.terminate();
      URL.revokeObjectURL(workerUrl);
    }
  });
});
