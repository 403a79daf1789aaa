// The validating parser: every kind of problem with its JSON path and a message an editor can
// act on, what is kept and what is left out, and that no input makes it throw.
import { expect } from '@open-wc/testing';
import type { ParseResult, Timeline, TimelineEvent } from '../../src/model/types.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { formatProblem } from '../../src/parse/problems.js';
import { seededRandom } from '../support/seeded-random.js';

type Json = Record<string, unknown>;

/** A valid event; `fields` override or add to it (undefined removes a field). */
function event(id: string, fields: Json = {}): Json {
  const base: Json = { id, title: `Title of ${id}`, start: '2018-06-12' };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return base;
}

const LANES = [
  { id: 'us', label: 'United States' },
  { id: 'nk', label: 'North Korea' },
];

/** What a quote without `attribution` reads as: stated by the source. */
const STATED = { attribution: 'stated', attributionNote: undefined } as const;

/** A document with the given events and two lanes. */
const doc = (events: unknown[], fields: Json = {}): Json => ({ lanes: LANES, events, ...fields });

/** Problems as an editor reads them: `path: message`. */
const problemsOf = (result: ParseResult) => result.problems.map(formatProblem);

/** Parses a document that must still give a timeline. */
function timelineOf(raw: unknown): { timeline: Timeline; problems: string[] } {
  const result = parseTimeline(raw);
  expect(result.timeline, problemsOf(result).join('\n')).to.not.be.undefined;
  return { timeline: result.timeline!, problems: problemsOf(result) };
}

/** Parses one event among a good one; returns it (or undefined when skipped) and the problems. */
function parseOne(raw: Json, lanes = LANES): { event: TimelineEvent | undefined; problems: string[] } {
  const { timeline, problems } = timelineOf({ lanes, events: [event('other', { start: '1999' }), raw] });
  return { event: timeline.events.find((e) => e.id !== 'other'), problems };
}

/** Expects the event to be skipped with exactly these problems. */
function expectSkipped(raw: Json, expected: string[]): void {
  const { event: kept, problems } = parseOne(raw);
  expect(kept).to.be.undefined;
  expect(problems).to.deep.equal(expected);
}

/** Expects the event to be kept with exactly these problems, and returns it. */
function expectKept(raw: Json, expected: string[] = []): TimelineEvent {
  const { event: kept, problems } = parseOne(raw);
  expect(problems).to.deep.equal(expected);
  expect(kept).to.not.be.undefined;
  return kept!;
}

describe('parseTimeline', () => {
  describe('the document', () => {
    const notObjects: [unknown, string][] = [
      [null, 'null'],
      [undefined, 'undefined'],
      [42, '42'],
      ['{"events": []}', '"{\\"events\\": []}"'],
      [[], 'a list'],
      [true, 'true'],
    ];
    for (const [raw, described] of notObjects) {
      it(`is rejected when it is not an object: ${described}`, () => {
        const result = parseTimeline(raw);
        expect(result.timeline).to.be.undefined;
        expect(result.problems).to.deep.equal([
          { path: '', message: `The timeline must be a JSON object with an "events" list, not ${described}.` },
        ]);
      });
    }

    it('needs an events list', () => {
      const result = parseTimeline({ title: 'No events' });
      expect(result.timeline).to.be.undefined;
      expect(problemsOf(result)).to.deep.equal(['events: The timeline needs an "events" list; there is none.']);
    });

    it('says what the events field is when it is not a list', () => {
      expect(problemsOf(parseTimeline({ events: { a: 1 } }))).to.deep.equal([
        'events: The timeline needs an "events" list; it is an object.',
      ]);
      expect(problemsOf(parseTimeline({ events: 'singapore' }))).to.deep.equal([
        'events: The timeline needs an "events" list; it is "singapore".',
      ]);
      expect(problemsOf(parseTimeline({ events: null }))).to.deep.equal([
        'events: The timeline needs an "events" list; it is null.',
      ]);
    });

    it('needs at least one event', () => {
      const result = parseTimeline({ events: [] });
      expect(result.timeline).to.be.undefined;
      expect(problemsOf(result)).to.deep.equal(['events: The timeline has no events.']);
    });

    it('is rejected when no event can be shown, after saying what is wrong with each', () => {
      const result = parseTimeline({ events: [event('a', { start: undefined }), 7] });
      expect(result.timeline).to.be.undefined;
      expect(problemsOf(result)).to.deep.equal([
        'events[0].start: is missing; write a date such as "2018-06-12"; event skipped',
        'events[1]: must be an object with id, title and start, not 7; event skipped',
        'events: None of the 2 events could be shown.',
      ]);
    });

    it('says so in the singular when its only event cannot be shown', () => {
      const result = parseTimeline({ events: [event('a', { start: undefined })] });
      expect(result.timeline).to.be.undefined;
      expect(problemsOf(result).at(-1)).to.equal('events: The only event could not be shown.');
    });

    it('reads title, description and source', () => {
      const { timeline, problems } = timelineOf({
        title: ' US–North Korea talks ',
        description: 'Two rounds of talks.',
        source: { name: 'IRNA', url: 'https://en.irna.ir/news/1', published: '2019-04' },
        events: [event('a')],
      });
      expect(problems).to.deep.equal([]);
      expect(timeline.title).to.equal('US–North Korea talks');
      expect(timeline.description).to.equal('Two rounds of talks.');
      expect(timeline.source?.name).to.equal('IRNA');
      expect(timeline.source?.url).to.equal('https://en.irna.ir/news/1');
      expect(timeline.source?.published?.precision).to.equal('month');
      expect(timeline.lanes).to.deep.equal([]);
      expect(timeline.eras).to.deep.equal([]);
    });

    it('leaves out a bad title, description or source and keeps the events', () => {
      const { timeline, problems } = timelineOf({
        title: 7,
        description: ['x'],
        source: 'IRNA',
        events: [event('a')],
      });
      expect(problems).to.deep.equal([
        'title: must be text, not 7',
        'description: must be text, not a list',
        'source: must be an object, not "IRNA"',
      ]);
      expect(timeline.title).to.be.undefined;
      expect(timeline.description).to.be.undefined;
      expect(timeline.source).to.be.undefined;
      expect(timeline.events).to.have.length(1);
    });

    it('checks the source fields at their paths', () => {
      const { timeline, problems } = timelineOf({
        source: { name: 'IRNA', url: 'javascript:alert(1)', published: 'April' },
        events: [event('a')],
      });
      expect(problems).to.deep.equal([
        'source.url: only http: and https: links are shown; "javascript:" was left out',
        'source.published: "April" is not a date; write it as 2003, 2018-06, 2018-06-12 or 2019-02-27T09:00+07:00',
      ]);
      expect(timeline.source).to.deep.equal({ name: 'IRNA', url: undefined, published: undefined, publishedNote: undefined });
    });

    it('says so when a source without a name is left out', () => {
      const { timeline, problems } = timelineOf({ source: { url: 'https://irna.ir/' }, events: [event('a')] });
      expect(problems).to.deep.equal(['source.name: is missing; source left out']);
      expect(timeline.source).to.be.undefined;
    });
  });

  describe('lanes', () => {
    it('reads lanes, taking the id as label when there is none', () => {
      const { timeline, problems } = timelineOf({ lanes: [...LANES, { id: 'libya' }], events: [event('a')] });
      expect(problems).to.deep.equal([]);
      expect(timeline.lanes).to.deep.equal([...LANES, { id: 'libya', label: 'libya' }]);
    });

    it('leaves out bad lanes, each at its path, and says so', () => {
      const { timeline, problems } = timelineOf({
        lanes: [LANES[0], 'nk', { label: 'No id' }, { id: 'north korea' }, { id: 'us', label: 'Again' }, { id: 5 }],
        events: [event('a')],
      });
      expect(problems).to.deep.equal([
        'lanes[1]: must be an object with id and label, not "nk"; lane left out',
        'lanes[2].id: is missing; lane left out',
        'lanes[3].id: "north korea" may hold only letters, digits, "-" and "_", starting with a letter or digit; lane left out',
        'lanes[4].id: "us" is used by an earlier lane; lane left out',
        'lanes[5].id: must be text, not 5; lane left out',
      ]);
      expect(timeline.lanes).to.deep.equal([LANES[0]]);
    });

    it('says when lanes is not a list', () => {
      const { timeline, problems } = timelineOf({ lanes: { us: 'United States' }, events: [event('a')] });
      expect(problems).to.deep.equal(['lanes: must be a list, not an object']);
      expect(timeline.lanes).to.deep.equal([]);
    });
  });

  describe('eras', () => {
    it('reads eras; an era ends with the whole period its end names', () => {
      const { timeline, problems } = timelineOf({
        eras: [
          { label: 'Era of hostility', start: '2017', end: '2018-03' },
          { label: 'One month', start: '2018-06-12', end: '2018-06' },
        ],
        events: [event('a')],
      });
      expect(problems).to.deep.equal([]);
      expect(timeline.eras.map((era) => era.label)).to.deep.equal(['Era of hostility', 'One month']);
      expect(timeline.eras[0]!.end.periodEnd).to.equal(Date.UTC(2018, 3, 1));
    });

    it('leaves out bad eras, each at its path, and marks them skipped', () => {
      const result = parseTimeline({
        eras: [
          null,
          { start: '2017', end: '2018' },
          { label: 'Bad start', start: '2017-13', end: '2018' },
          { label: 'Backwards', start: '2018', end: '2017' },
          { label: 'No end', start: '2000' },
          { label: 'Good', start: '2017', end: '2017' },
        ],
        events: [event('a')],
      });
      expect(problemsOf(result)).to.deep.equal([
        'eras[0]: must be an object with start, end and label, not null; era skipped',
        'eras[1].label: is missing; era skipped',
        'eras[2].start: "2017-13" has no month 13; era skipped',
        'eras[3].end: 2017 is before the start, 2018; era skipped',
        'eras[4].end: is missing; write a date such as "2018-06-12"; era skipped',
      ]);
      expect(result.problems.map((problem) => problem.skipped)).to.deep.equal(['era', 'era', 'era', 'era', 'era']);
      expect(result.timeline!.eras.map((era) => era.label)).to.deep.equal(['Good']);
    });
  });

  describe('events', () => {
    it('reads every field of a full event', () => {
      const kept = expectKept(
        event('hanoi-summit', {
          title: 'Hanoi summit',
          start: '2019-02-27',
          end: '2019-02-28',
          summary: 'Trump and Kim met for the second time.',
          lanes: ['us', 'nk'],
          tags: ['summit', 'diplomacy'],
          url: 'https://example.org/hanoi',
          paragraph: 7,
          dateSource: { type: 'record', note: 'The article gives no date.' },
          quotes: [
            { text: 'We had to walk', speaker: 'Donald Trump', role: 'US President', kind: 'direct', paragraph: 8 },
            { text: 'the US wanted more', speaker: 'Ri Yong Ho', kind: 'paraphrase' },
          ],
        }),
      );
      expect(kept).to.deep.include({
        id: 'hanoi-summit',
        title: 'Hanoi summit',
        summary: 'Trump and Kim met for the second time.',
        url: 'https://example.org/hanoi',
        paragraph: 7,
      });
      expect(kept.start.source).to.equal('2019-02-27');
      expect(kept.end?.source).to.equal('2019-02-28');
      expect(kept.lanes).to.deep.equal(['us', 'nk']);
      expect(kept.tags).to.deep.equal(['summit', 'diplomacy']);
      expect(kept.dateSource).to.deep.equal({
        article: undefined,
        record: { date: undefined, note: 'The article gives no date.', citations: [] },
        disagree: false,
      });
      expect(kept.quotes).to.deep.equal([
        { text: 'We had to walk', speaker: 'Donald Trump', role: 'US President', kind: 'direct', paragraph: 8, ...STATED },
        { text: 'the US wanted more', speaker: 'Ri Yong Ho', role: undefined, kind: 'paraphrase', paragraph: undefined, ...STATED },
      ]);
    });

    it('leaves optional fields undefined or empty when absent', () => {
      const kept = expectKept(event('a'));
      expect(kept).to.deep.include({ end: undefined, summary: undefined, dateSource: undefined, paragraph: undefined, url: undefined });
      expect(kept.lanes).to.deep.equal([]);
      expect(kept.tags).to.deep.equal([]);
      expect(kept.quotes).to.deep.equal([]);
      expect(kept.citations).to.deep.equal([]);
      expect(kept.corrections).to.deep.equal([]);
    });

    it('treats null as absent for optional fields', () => {
      const kept = expectKept(
        event('a', { end: null, summary: null, lanes: null, tags: null, quotes: null, dateSource: null, paragraph: null, url: null }),
      );
      expect(kept.end).to.be.undefined;
      expect(kept.lanes).to.deep.equal([]);
    });

    it('skips an event that is not an object', () => {
      for (const [item, described] of [
        ['singapore', '"singapore"'],
        [null, 'null'],
        [[event('a')], 'a list'],
        [12, '12'],
      ] as const) {
        const result = parseTimeline(doc([event('good'), item]));
        expect(problemsOf(result)).to.deep.equal([
          `events[1]: must be an object with id, title and start, not ${described}; event skipped`,
        ]);
        expect(result.timeline?.events.map((e) => e.id)).to.deep.equal(['good']);
      }
    });

    describe('id', () => {
      it('is required', () => {
        expectSkipped(event('a', { id: undefined }), ['events[1].id: is missing; event skipped']);
        expectSkipped(event('a', { id: null }), ['events[1].id: is missing; event skipped']);
      });

      it('may not be empty', () => {
        expectSkipped(event('a', { id: '' }), ['events[1].id: is empty; event skipped']);
        expectSkipped(event('a', { id: '  \t ' }), ['events[1].id: is empty; event skipped']);
      });

      it('must be text', () => {
        expectSkipped(event('a', { id: 3 }), ['events[1].id: must be text, not 3; event skipped']);
        expectSkipped(event('a', { id: { x: 1 } }), ['events[1].id: must be text, not an object; event skipped']);
      });

      it('must be URL-safe', () => {
        for (const id of ['hanoi summit', '-hanoi', '_hanoi', 'hanoi#2', 'hanoi/2', 'hanoï', 'a.b']) {
          expectSkipped(event('a', { id }), [
            `events[1].id: ${JSON.stringify(id)} may hold only letters, digits, "-" and "_", starting with a letter or digit; event skipped`,
          ]);
        }
        for (const id of ['a', '2019', 'hanoi-summit', 'Hanoi_Summit-2']) expectKept(event('a', { id }));
      });

      it('must be unique: the first event with an id is kept', () => {
        const result = parseTimeline(doc([event('a', { title: 'First' }), event('b'), event('a', { title: 'Second' })]));
        expect(problemsOf(result)).to.deep.equal([
          'events[2].id: "a" is used by an earlier event; ids must be unique; event skipped',
        ]);
        const events = result.timeline!.events;
        expect(events.map((e) => e.id)).to.deep.equal(['a', 'b']);
        expect(events[0]!.title).to.equal('First');
      });

      it('is trimmed', () => {
        expect(expectKept(event('a', { id: '  spaced  ' })).id).to.equal('spaced');
      });
    });

    describe('title', () => {
      it('is required, not empty, and text', () => {
        expectSkipped(event('a', { title: undefined }), ['events[1].title: is missing; event skipped']);
        expectSkipped(event('a', { title: '   ' }), ['events[1].title: is empty; event skipped']);
        expectSkipped(event('a', { title: false }), ['events[1].title: must be text, not false; event skipped']);
        expectSkipped(event('a', { title: ['Hanoi'] }), ['events[1].title: must be text, not a list; event skipped']);
      });

      it('shortens long values in messages', () => {
        const long = 'x'.repeat(100);
        expectKept(event('a', { tags: long }), [`events[1].tags: must be a list, not "${'x'.repeat(40)}…"`]);
      });
    });

    describe('start and end', () => {
      it('needs a start', () => {
        expectSkipped(event('a', { start: undefined }), [
          'events[1].start: is missing; write a date such as "2018-06-12"; event skipped',
        ]);
      });

      it('reports a bad start at its path, with the text as written', () => {
        const result = parseTimeline(
          doc([event('a'), event('b'), event('c'), event('d', { start: 'June 2018x' }), event('e')]),
        );
        expect(result.problems).to.have.length(1);
        const [problem] = result.problems;
        expect(problem!.path).to.equal('events[3].start');
        expect(problem!.message).to.contain('"June 2018x" is not a date');
        expect(problem!.message).to.match(/; event skipped$/);
        expect(formatProblem(problem!)).to.match(/^events\[3\]\.start: "June 2018x" is not a date; write it as /);
        expect(result.timeline!.events.map((e) => e.id)).to.deep.equal(['a', 'b', 'c', 'e']);
      });

      it('asks for a date written as text, not a number', () => {
        expectSkipped(event('a', { start: 2018 }), [
          'events[1].start: must be a date written as text, not 2018; write it as text: "2018"; event skipped',
        ]);
        expectSkipped(event('a', { start: { year: 2018 } }), [
          'events[1].start: must be a date written as text, not an object; event skipped',
        ]);
      });

      it('passes on what is wrong with a date', () => {
        expectSkipped(event('a', { start: '2018-06-31' }), [
          'events[1].start: "2018-06-31" names a day its month does not have; event skipped',
        ]);
        expectSkipped(event('a', { start: '2019-02-29' }), [
          'events[1].start: "2019-02-29" names a day its month does not have; event skipped',
        ]);
        expectSkipped(event('a', { start: '2018-06-12T24:00' }), [
          'events[1].start: "2018-06-12T24:00" has a time of day that does not exist; event skipped',
        ]);
      });

      it('skips an event with a bad end', () => {
        expectSkipped(event('a', { end: '2018-13' }), ['events[1].end: "2018-13" has no month 13; event skipped']);
        expectSkipped(event('a', { end: '' }), [
          'events[1].end: "" is not a date; write it as 2003, 2018-06, 2018-06-12 or 2019-02-27T09:00+07:00; event skipped',
        ]);
        expectSkipped(event('a', { end: 20180613 }), [
          'events[1].end: must be a date written as text, not 20180613; write it as text, such as "2018-06-12"; event skipped',
        ]);
      });

      it('skips an event that ends before it starts', () => {
        expectSkipped(event('a', { start: '2018-06-12', end: '2018-06-11' }), [
          'events[1].end: 2018-06-11 is before the start, 2018-06-12; event skipped',
        ]);
        expectSkipped(event('a', { start: '2018-06-12T10:00Z', end: '2018-06-12T09:59Z' }), [
          'events[1].end: 2018-06-12T09:59Z is before the start, 2018-06-12T10:00Z; event skipped',
        ]);
        expectSkipped(event('a', { start: '2018', end: '2017' }), [
          'events[1].end: 2017 is before the start, 2018; event skipped',
        ]);
      });

      it('keeps an event whose end is its start, or a period that contains its start', () => {
        expectKept(event('a', { start: '2018-06-12', end: '2018-06-12' }));
        expectKept(event('b', { start: '2018-06-12', end: '2018-06' }));
        expectKept(event('c', { start: '2018-06-12', end: '2018' }));
        // Starts at 9 AM on the 12th (02:00 UTC), ends on the 12th: the end's day holds the start.
        expectKept(event('d', { start: '2018-06-12T09:00+07:00', end: '2018-06-12' }));
        expectKept(event('e', { start: '2018-06-12T19:00', end: '2018-06-12' }));
        expectKept(event('f', { start: '2018-06-12T09:00:30Z', end: '2018-06-12T09:00Z' }));
      });

      it('reports every problem of a skipped event, each marked as skipping it', () => {
        expectSkipped({ id: 'bad id', title: '', start: 'soon', end: 'later' }, [
          'events[1].id: "bad id" may hold only letters, digits, "-" and "_", starting with a letter or digit; event skipped',
          'events[1].title: is empty; event skipped',
          'events[1].start: "soon" is not a date; write it as 2003, 2018-06, 2018-06-12 or 2019-02-27T09:00+07:00; event skipped',
          'events[1].end: "later" is not a date; write it as 2003, 2018-06, 2018-06-12 or 2019-02-27T09:00+07:00; event skipped',
        ]);
      });
    });

    describe('lanes', () => {
      it('keeps an event in an unknown lane, leaving the lane out', () => {
        const kept = expectKept(event('a', { lanes: ['us', 'mars', 'nk'] }), [
          `events[1].lanes[1]: "mars" is not one of the document's lanes; left out`,
        ]);
        expect(kept.lanes).to.deep.equal(['us', 'nk']);
      });

      it('knows no lanes when the document declares none', () => {
        const { timeline, problems } = timelineOf({ events: [event('a', { lanes: ['us'] })] });
        expect(problems).to.deep.equal([`events[0].lanes[0]: "us" is not one of the document's lanes; left out`]);
        expect(timeline.events[0]!.lanes).to.deep.equal([]);
      });

      it('names each lane once', () => {
        expect(expectKept(event('a', { lanes: ['nk', 'us', 'nk'] })).lanes).to.deep.equal(['nk', 'us']);
      });

      it('reports lanes that are not a list of text', () => {
        expect(expectKept(event('a', { lanes: 'us' }), ['events[1].lanes: must be a list, not "us"']).lanes).to.deep.equal([]);
        expect(
          expectKept(event('a', { lanes: ['us', 2, ''] }), [
            'events[1].lanes[1]: must be text, not 2',
            'events[1].lanes[2]: must be text, not ""',
          ]).lanes,
        ).to.deep.equal(['us']);
      });
    });

    describe('tags', () => {
      it('keeps good tags and reports bad ones at their paths', () => {
        const kept = expectKept(event('a', { tags: ['summit', 7, null, ' ', { t: 1 }, ' talks '] }), [
          'events[1].tags[1]: must be text, not 7',
          'events[1].tags[2]: must be text, not null',
          'events[1].tags[3]: must be text, not " "',
          'events[1].tags[4]: must be text, not an object',
        ]);
        expect(kept.tags).to.deep.equal(['summit', 'talks']);
      });

      it('reports tags that are not a list', () => {
        expect(expectKept(event('a', { tags: 'summit' }), ['events[1].tags: must be a list, not "summit"']).tags).to.deep.equal([]);
      });

      it('never keeps a tag that is empty once control characters are gone', () => {
        const kept = expectKept(event('a', { tags: ['\u0000\u0007', 'ok'] }), ['events[1].tags[0]: must be text, not "\\u0000\\u0007"']);
        expect(kept.tags).to.deep.equal(['ok']);
      });
    });

    describe('quotes', () => {
      it('leaves out a quote without a kind, says so, and keeps the event', () => {
        const kept = expectKept(
          event('a', {
            quotes: [
              { text: 'We had to walk', speaker: 'Donald Trump' },
              { text: 'Fine', speaker: 'Kim', kind: 'direct' },
            ],
          }),
          ['events[1].quotes[0].kind: is missing; use "direct" or "paraphrase"; quote left out'],
        );
        expect(kept.quotes.map((q) => q.text)).to.deep.equal(['Fine']);
      });

      it('leaves out a quote with an unknown kind', () => {
        const kept = expectKept(event('a', { quotes: [{ text: 'x', speaker: 'y', kind: 'verbatim' }] }), [
          'events[1].quotes[0].kind: must be "direct" or "paraphrase", not "verbatim"; quote left out',
        ]);
        expect(kept.quotes).to.deep.equal([]);
      });

      it('leaves out a quote without text or speaker', () => {
        const kept = expectKept(
          event('a', { quotes: [{ speaker: 'Trump', kind: 'direct' }, { text: 'x', speaker: ' ', kind: 'paraphrase' }] }),
          [
            'events[1].quotes[0].text: is missing; quote left out',
            'events[1].quotes[1].speaker: is empty; quote left out',
          ],
        );
        expect(kept.quotes).to.deep.equal([]);
      });

      it('leaves out a quote that is not an object', () => {
        expectKept(event('a', { quotes: ['We had to walk'] }), [
          'events[1].quotes[0]: must be an object with text, speaker and kind, not "We had to walk"; quote left out',
        ]);
        expectKept(event('a', { quotes: { text: 'x' } }), ['events[1].quotes: must be a list, not an object']);
      });

      it('keeps a quote’s language, written as the platform writes it, and reports one that is not a language tag', () => {
        const kept = expectKept(
          event('a', {
            quotes: [
              { text: '우리는', speaker: 'Kim', kind: 'direct', lang: 'KO' },
              { text: 'x', speaker: 'y', kind: 'direct', lang: 'not a tag!' },
            ],
          }),
          ['events[1].quotes[1].lang: "not a tag!" is not a language tag such as "ko" or "pt-BR"; ignored'],
        );
        expect(kept.quotes.map((quote) => quote.lang)).to.deep.equal(['ko', undefined]);
      });

      it('keeps a quote with a bad paragraph or role, leaving those out', () => {
        const kept = expectKept(event('a', { quotes: [{ text: 'x', speaker: 'y', kind: 'direct', paragraph: 0, role: 3 }] }), [
          'events[1].quotes[0].role: must be text, not 3',
          'events[1].quotes[0].paragraph: must be a whole number from 1 up, not 0',
        ]);
        expect(kept.quotes).to.deep.equal([{ text: 'x', speaker: 'y', role: undefined, kind: 'direct', paragraph: undefined, ...STATED }]);
      });
    });

    describe('url', () => {
      it('keeps http and https links', () => {
        expect(expectKept(event('a', { url: 'https://example.org/a?b=c#d' })).url).to.equal('https://example.org/a?b=c#d');
        expect(expectKept(event('a', { url: 'http://example.org' })).url).to.equal('http://example.org/');
        expect(expectKept(event('a', { url: '  HTTPS://Example.org/x  ' })).url).to.equal('https://example.org/x');
      });

      it('leaves out other schemes, with a problem', () => {
        for (const [url, scheme] of [
          ['javascript:alert(1)', 'javascript:'],
          ['JavaScript:alert(1)', 'javascript:'],
          ['data:text/html,<script>alert(1)</script>', 'data:'],
          ['file:///etc/passwd', 'file:'],
          ['ftp://example.org/', 'ftp:'],
        ]) {
          const kept = expectKept(event('a', { url }), [
            `events[1].url: only http: and https: links are shown; "${scheme}" was left out`,
          ]);
          expect(kept.url).to.be.undefined;
        }
      });

      it('leaves out an address with a user name or password, which can pass one site off as another', () => {
        for (const url of ['https://trusted.example@elsewhere.example/', 'https://user:secret@example.org/a']) {
          const kept = expectKept(event('a', { url }), ['events[1].url: holds a user name or password; such addresses are refused']);
          expect(kept.url, url).to.be.undefined;
        }
      });

      it('leaves out what is not a web address', () => {
        const kept = expectKept(event('a', { url: 'example.org/a' }), [
          'events[1].url: "example.org/a" is not a web address; write it in full, starting with https://',
        ]);
        expect(kept.url).to.be.undefined;
        expectKept(event('a', { url: 42 }), ['events[1].url: must be text, not 42']);
      });
    });

    describe('paragraph', () => {
      it('keeps a whole number from 1 up', () => {
        expect(expectKept(event('a', { paragraph: 1 })).paragraph).to.equal(1);
      });

      it('leaves out anything else, keeping the event', () => {
        for (const [paragraph, described] of [
          [0, '0'],
          [-2, '-2'],
          [1.5, '1.5'],
          ['3', '"3"'],
          [Number.NaN, 'NaN'],
          [Number.POSITIVE_INFINITY, 'Infinity'],
          [[3], 'a list'],
        ] as const) {
          const kept = expectKept(event('a', { paragraph }), [
            `events[1].paragraph: must be a whole number from 1 up, not ${described}`,
          ]);
          expect(kept.paragraph).to.be.undefined;
        }
      });
    });

    describe('dateSource', () => {
      it('reads article and record sources', () => {
        expect(expectKept(event('a', { dateSource: { type: 'article', wording: 'On April 14' } })).dateSource).to.deep.equal({
          article: { wording: 'On April 14', date: undefined },
          record: undefined,
          disagree: false,
        });
        expect(expectKept(event('a', { dateSource: { type: 'record' } })).dateSource).to.deep.equal({
          article: undefined,
          record: { date: undefined, note: undefined, citations: [] },
          disagree: false,
        });
      });

      it('leaves out a bad date source, keeping the event', () => {
        expect(expectKept(event('a', { dateSource: 'article' }), ['events[1].dateSource: must be an object, not "article"']).dateSource)
          .to.be.undefined;
        expectKept(event('a', { dateSource: { wording: 'x' } }), [
          'events[1].dateSource.type: is missing; use "article" or "record"',
        ]);
        expectKept(event('a', { dateSource: { type: 'guess' } }), [
          'events[1].dateSource.type: must be "article" or "record", not "guess"',
        ]);
        expectKept(event('a', { dateSource: { type: 'article', wording: 5 } }), [
          'events[1].dateSource.wording: must be text, not 5',
        ]);
      });
    });

    describe('text', () => {
      it('strips control characters and trims, keeping tabs, line feeds and other scripts', () => {
        const kept = expectKept(
          event('a', {
            title: '\u0000Singapore\u0007 summit\u001B[31m\u007F\u0085',
            summary: ' Line one\nLine two\tend\r ',
            tags: ['\u0001summit'],
            quotes: [{ text: '\u200Fנגמר\u0008', speaker: 'Kim\u009F Jong Un', kind: 'direct' }],
          }),
        );
        expect(kept.title).to.equal('Singapore summit[31m');
        expect(kept.summary).to.equal('Line one\nLine two\tend');
        expect(kept.tags).to.deep.equal(['summit']);
        expect(kept.quotes[0]).to.deep.include({ text: '\u200Fנגמר', speaker: 'Kim Jong Un' });
      });

      it('closes the direction overrides, embeddings and isolates a value leaves open, so they end with it', () => {
        const RLO = '\u202E';
        const PDF = '\u202C';
        const RLI = '\u2067';
        const PDI = '\u2069';
        const kept = expectKept(
          event('a', {
            title: `Title${RLO}`,
            tags: [`tag${RLI}`],
            quotes: [{ text: 'Quote', speaker: `Speaker${RLO}`, role: `${RLI}x${RLO}y`, kind: 'direct' }],
            citations: [{ name: `Cite${RLO}`, url: 'https://c.example/' }],
          }),
        );
        expect(kept.title).to.equal(`Title${RLO}${PDF}`);
        expect(kept.tags).to.deep.equal([`tag${RLI}${PDI}`]);
        expect(kept.quotes[0]).to.deep.include({ speaker: `Speaker${RLO}${PDF}`, role: `${RLI}x${RLO}y${PDF}${PDI}` });
        expect(kept.citations[0]!.name).to.equal(`Cite${RLO}${PDF}`);
        // Paired already, or closed by an isolate's end: kept as written. A stray closer stays, as it closes nothing.
        for (const text of [`a${RLO}b${PDF}c`, `${RLI}${RLO}a${PDI}`, `a${PDI}b${PDF}`]) {
          expect(expectKept(event('a', { title: text })).title).to.equal(text);
        }
      });

      it('quotes a long value in a problem by its first 40 characters, never half an emoji', () => {
        expectKept(event('a', { tags: `a${'😀'.repeat(30)}` }), [`events[1].tags: must be a list, not "a${'😀'.repeat(19)}…"`]);
      });

      it('counts text of only control characters as empty', () => {
        expectSkipped(event('a', { title: '\u0000\u0001\u0002' }), ['events[1].title: is empty; event skipped']);
      });
    });

    describe('order', () => {
      it('sorts events by time, then by end, and keeps the document’s order where they tie', () => {
        const { timeline } = timelineOf(
          doc([
            event('c', { start: '2019-02-27' }),
            event('b', { start: '2019-02-27' }),
            event('long', { start: '2019-02-27', end: '2019-03-01' }),
            event('late', { start: '2019-02-27T23:00+07:00' }),
            event('early', { start: '2019-02-27T01:00-07:00' }),
            event('year', { start: '2019' }),
            event('bc', { start: '-0500' }),
            event('a', { start: '2019-02-28' }),
          ]),
        );
        expect(timeline.events.map((e) => e.id)).to.deep.equal(['bc', 'year', 'c', 'b', 'long', 'early', 'late', 'a']);
      });

      it('reports the first time without an offset in a story whose other times have one', () => {
        const result = parseTimeline(
          doc([
            event('polls-close', { start: '2020-11-03T19:00-05:00' }),
            event('day', { start: '2020-11-03' }),
            event('call', { start: '2020-11-03T23:30', end: '2020-11-04T00:10' }),
            event('speech', { start: '2020-11-04T01:00' }),
          ]),
        );
        expect(problemsOf(result)).to.deep.equal([
          'events[2].start: "2020-11-03T23:30" has no UTC offset, though other times in the story have one: it is placed as if at UTC',
        ]);
        expect(result.problems[0]!.skipped).to.equal(undefined);
        // All without an offset, or all with one, or only dates: nothing to say.
        for (const starts of [['2020-11-03T19:00', '2020-11-03T23:30'], ['2020-11-03T19:00Z', '2020-11-03T23:30+01:00'], ['2020-11-03', '2020']]) {
          expect(problemsOf(parseTimeline(doc(starts.map((start, i) => event(`e${i}`, { start })))))).to.deep.equal([]);
        }
      });

      it('keeps events that tie in the order they were written, not their ids’ order', () => {
        const ids = ['d2', 'd10', 'd1', 'z', 'a'];
        const written = (order: string[]) =>
          timelineOf(doc([event('last', { start: '2020' }), ...order.map((id) => event(id, { start: '2019-05-01' }))]))
            .timeline.events.map((e) => e.id);
        expect(written(ids)).to.deep.equal([...ids, 'last']);
        expect(written([...ids].reverse())).to.deep.equal([...ids].reverse().concat('last'));
      });

      it('keeps the order of events that differ in time whatever the input order (seeded shuffles)', () => {
        const events = Array.from({ length: 40 }, (_, i) =>
          event(`e${i}`, { start: `201${i % 10}-0${(i % 9) + 1}-1${i % 3}` }),
        );
        const expected = timelineOf(doc(events)).timeline.events.map((e) => e.id);
        const random = seededRandom(7);
        for (let round = 0; round < 10; round++) {
          const shuffled = [...events];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = Math.floor(random() * (i + 1));
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          expect(timelineOf(doc(shuffled)).timeline.events.map((e) => e.id)).to.deep.equal(expected);
        }
        const times = timelineOf(doc(events)).timeline.events.map((e) => e.start.time);
        expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      });
    });

    it('keeps every good event when one among them is bad', () => {
      const events = Array.from({ length: 9 }, (_, i) => event(`e${i}`, { start: `201${i}` }));
      events.splice(4, 0, event('bad', { title: undefined }));
      const result = parseTimeline(doc(events));
      expect(problemsOf(result)).to.deep.equal(['events[4].title: is missing; event skipped']);
      expect(result.timeline!.events.map((e) => e.id)).to.deep.equal(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8']);
    });

    it('marks the problems that skipped an event, and only those', () => {
      const events = [event('kept', { url: 'javascript:alert(1)' }), event('bad', { start: 'June 2018x', end: 'nope' })];
      const { problems } = parseTimeline(doc(events));
      expect(problems.map((p) => [p.path, p.skipped])).to.deep.equal([
        ['events[0].url', undefined],
        ['events[1].start', 'event'],
        ['events[1].end', 'event'],
      ]);
    });
  });

  describe('prototype keys', () => {
    it('reads only fields the data has: "__proto__" and "constructor" say nothing', () => {
      const raw = JSON.parse(`{
        "__proto__": { "events": [{ "id": "ghost", "title": "Ghost", "start": "2000" }] },
        "constructor": { "name": "x" },
        "lanes": [{ "id": "constructor", "label": "Constructor" }, { "id": "toString" }],
        "events": [
          { "id": "constructor", "title": "Built", "start": "2018", "lanes": ["constructor", "toString", "hasOwnProperty"] },
          { "id": "toString", "__proto__": { "title": "Inherited" }, "start": "2018" },
          { "id": "hasOwnProperty", "title": "Has", "start": "2018", "__proto__": null, "constructor": "x" }
        ]
      }`) as unknown;
      const result = parseTimeline(raw);
      expect(problemsOf(result)).to.deep.equal([
        `events[0].lanes[2]: "hasOwnProperty" is not one of the document's lanes; left out`,
        'events[1].title: is missing; event skipped',
      ]);
      const events = result.timeline!.events;
      expect(events.map((e) => e.id)).to.deep.equal(['constructor', 'hasOwnProperty']);
      expect(events[0]!.lanes).to.deep.equal(['constructor', 'toString']);
      expect(result.timeline!.lanes.map((l) => l.id)).to.deep.equal(['constructor', 'toString']);
      // Nothing leaked into Object.prototype.
      expect(({} as Json)['events']).to.be.undefined;
      expect(({} as Json)['title']).to.be.undefined;
    });

    it('does not read inherited fields', () => {
      const inherited = Object.create({ events: [event('a')] }) as Json;
      expect(problemsOf(parseTimeline(inherited))).to.deep.equal([
        'events: The timeline needs an "events" list; there is none.',
      ]);
      const eventWithInheritedTitle = Object.assign(Object.create({ title: 'Inherited' }) as Json, { id: 'a', start: '2018' });
      expectSkipped(eventWithInheritedTitle, ['events[1].title: is missing; event skipped']);
    });

    it('reads objects without a prototype', () => {
      const raw = Object.assign(Object.create(null) as Json, {
        events: [Object.assign(Object.create(null) as Json, event('a'))],
      });
      expect(timelineOf(raw).timeline.events.map((e) => e.id)).to.deep.equal(['a']);
    });
  });

  describe('odd input', () => {
    const junk: unknown[] = [
      null,
      undefined,
      0,
      -1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '',
      'events',
      [],
      [[[]]],
      {},
      { events: [[]] },
      { events: [null, undefined, 0, '', [], {}] },
      { events: [{ id: {}, title: [], start: {}, end: [], lanes: {}, tags: {}, quotes: 'x', dateSource: [] }] },
      { events: new Array(3) },
      { events: [event('a', { quotes: [null, [], 1, { kind: {} }], lanes: [[], {}], tags: [[]] })], lanes: 'x', eras: 7 },
      { events: [event('a', { start: '\u0000' })], source: [], eras: [[], { start: [], end: {}, label: {} }] },
      { events: [event('a')], lanes: [{ id: {}, label: [] }, { id: 'x', label: {} }] },
      { events: [event('a', { start: 10n, end: Symbol('end'), title: () => 'title' })] },
    ];

    it('never throws, and always says what is wrong when there is no timeline', () => {
      for (const raw of junk) {
        let result: ParseResult | undefined;
        expect(() => {
          result = parseTimeline(raw);
        }, String(raw)).not.to.throw();
        expect(result!.problems).to.be.an('array');
        if (result!.timeline === undefined) expect(result!.problems).to.not.be.empty;
        else expect(result!.timeline.events).to.not.be.empty;
      }
    });

    it('never throws on deeply nested junk (seeded, generated)', () => {
      const random = seededRandom(2024);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      const keys = ['id', 'title', 'start', 'end', 'lanes', 'tags', 'quotes', 'kind', 'text', 'speaker', 'url',
        'paragraph', 'dateSource', 'type', 'events', 'source', 'eras', 'label', 'name', '__proto__', 'constructor'];
      const strings = ['', ' ', '2018', '2018-13', 'x y', 'javascript:alert(1)', 'https://a.b', 'direct', 'us', '\u0000'];
      function junkValue(depth: number): unknown {
        const roll = random();
        if (depth > 5 || roll < 0.3) return pick<unknown>([null, undefined, true, 0, 1.5, -3, Number.NaN, pick(strings)]);
        if (roll < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => junkValue(depth + 1));
        const object: Json = {};
        for (let i = Math.floor(random() * 6); i > 0; i--) object[pick(keys)] = junkValue(depth + 1);
        return object;
      }
      for (let i = 0; i < 300; i++) {
        const raw = i % 2 === 0 ? junkValue(0) : { events: junkValue(1), lanes: junkValue(1), eras: junkValue(1) };
        expect(() => parseTimeline(raw), JSON.stringify(raw)).not.to.throw();
      }
    });
  });
});

describe('formatProblem', () => {
  it('puts the path before the message, and leaves it out for the whole document', () => {
    expect(formatProblem({ path: 'events[3].start', message: '"June 2018x" is not a date' })).to.equal(
      'events[3].start: "June 2018x" is not a date',
    );
    expect(formatProblem({ path: '', message: 'The timeline has no events.' })).to.equal('The timeline has no events.');
  });
});

describe('the North Korea story', () => {
  let raw: { events: { id: string }[] };
  let result: ParseResult;

  before(async () => {
    const response = await fetch('/data/north-korea-talks.json');
    expect(response.ok, `HTTP ${response.status}`).to.be.true;
    raw = (await response.json()) as typeof raw;
    result = parseTimeline(raw);
  });

  it('parses with no problems', () => {
    expect(problemsOf(result)).to.deep.equal([]);
    expect(result.timeline).to.not.be.undefined;
  });

  it('keeps every event, in time order', () => {
    const events = result.timeline!.events;
    expect(raw.events).to.have.length(12);
    expect(events).to.have.length(raw.events.length);
    expect(new Set(events.map((e) => e.id))).to.deep.equal(new Set(raw.events.map((e) => e.id)));
    // Libya's announcement of 19 December 2003 came after the invasion of Iraq, as the article says.
    expect(events.slice(0, 2).map((e) => e.id)).to.deep.equal(['us-invasion-of-iraq', 'libya-disarmament']);
    expect(events.at(-1)!.id).to.equal('trump-april-14-tweet');
    for (let i = 1; i < events.length; i++) expect(events[i]!.start.time).to.be.at.least(events[i - 1]!.start.time);
  });

  it('keeps the lanes, eras and the Hanoi summit as written', () => {
    const timeline = result.timeline!;
    expect(timeline.lanes.map((l) => l.id)).to.deep.equal(['us', 'nk', 'libya']);
    expect(timeline.eras.map((e) => e.label)).to.deep.equal(['Era of hostility', 'Summit diplomacy']);
    const hanoi = timeline.events.find((e) => e.id === 'hanoi-summit')!;
    expect(hanoi.start.source).to.equal('2019-02-27');
    expect(hanoi.end?.source).to.equal('2019-02-28');
    expect(hanoi.lanes).to.deep.equal(['us', 'nk']);
  });
});
