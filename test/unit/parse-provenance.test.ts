// Provenance in the data: the article's and the record's dates side by side (and the legacy
// forms mapped into the same model), attribution certainty, citations and corrections. Every
// new problem is reported at its path, and the event stays.
import { expect } from '@open-wc/testing';
import { parseCalendarDate } from '../../src/model/calendar-date.js';
import type { Timeline, TimelineEvent } from '../../src/model/types.js';
import { datesDisagree } from '../../src/parse/parse-provenance.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { formatProblem } from '../../src/parse/problems.js';

type Json = Record<string, unknown>;

function parse(raw: Json): { timeline: Timeline; problems: string[] } {
  const result = parseTimeline(raw);
  expect(result.timeline, result.problems.map(formatProblem).join('\n')).to.not.be.undefined;
  return { timeline: result.timeline!, problems: result.problems.map(formatProblem) };
}

/** Parses one event; it must be kept. */
function one(fields: Json, expectedProblems: string[] = []): TimelineEvent {
  const { timeline, problems } = parse({ events: [{ id: 'a', title: 'A', start: '2019-04-13', ...fields }] });
  expect(problems).to.deep.equal(expectedProblems);
  expect(timeline.events).to.have.length(1);
  return timeline.events[0]!;
}

const date = (source: string) => parseCalendarDate(source);

describe('datesDisagree', () => {
  it('says dates disagree when neither contains the other', () => {
    expect(datesDisagree(date('2019-04-14'), date('2019-04-13'))).to.equal(true);
    expect(datesDisagree(date('2019-04'), date('2019-03-15'))).to.equal(true);
    expect(datesDisagree(date('2003'), date('2004-01-01'))).to.equal(true);
  });

  it('says they agree when one is only more precise, whichever way round', () => {
    expect(datesDisagree(date('2018-06'), date('2018-06-12'))).to.equal(false);
    expect(datesDisagree(date('2018-06-12'), date('2018-06'))).to.equal(false);
    expect(datesDisagree(date('2003'), date('2003-12-19'))).to.equal(false);
    expect(datesDisagree(date('2019-04-13'), date('2019-04-13'))).to.equal(false);
  });

  it('compares times with offsets as instants', () => {
    // 7:50 a.m. in Washington on 13 April is still 13 April in UTC: inside the day, outside the 14th.
    expect(datesDisagree(date('2019-04-13'), date('2019-04-13T07:50-04:00'))).to.equal(false);
    expect(datesDisagree(date('2019-04-14'), date('2019-04-13T07:50-04:00'))).to.equal(true);
  });
});

describe('dateSource', () => {
  it("reads the article's words and date beside the record's date, note and citations", () => {
    const event = one({
      dateSource: {
        article: { wording: 'On April 14', date: '2019-04-14' },
        record: {
          date: '2019-04-13',
          note: 'Posted just before 8 a.m. in Washington.',
          citations: [{ name: 'Politico', url: 'https://www.politico.com/story/2019/04/13/trump-north-korea-summit-1273711' }],
        },
      },
    });
    const { article, record, disagree } = event.dateSource!;
    expect(article?.wording).to.equal('On April 14');
    expect(article?.date?.source).to.equal('2019-04-14');
    expect(record?.date?.source).to.equal('2019-04-13');
    expect(record?.note).to.equal('Posted just before 8 a.m. in Washington.');
    expect(record?.citations.map((c) => c.name)).to.deep.equal(['Politico']);
    expect(disagree).to.equal(true);
  });

  it('does not flag a record that is only more precise than the article', () => {
    const event = one({
      start: '2018-06-12',
      dateSource: { article: { wording: 'June 2018', date: '2018-06' }, record: { date: '2018-06-12' } },
    });
    expect(event.dateSource?.disagree).to.equal(false);
  });

  it('maps the legacy forms into the same model', () => {
    expect(one({ dateSource: { type: 'article', wording: 'On April 14' } }).dateSource).to.deep.equal({
      article: { wording: 'On April 14', date: undefined },
      record: undefined,
      disagree: false,
    });
    expect(one({ dateSource: { type: 'record', note: 'From the record.' } }).dateSource).to.deep.equal({
      article: undefined,
      record: { date: undefined, note: 'From the record.', citations: [] },
      disagree: false,
    });
  });

  it('takes a legacy note into a record given without one', () => {
    const event = one({ dateSource: { type: 'record', note: 'Old note.', record: { date: '2019-04-13' } } });
    expect(event.dateSource?.record?.note).to.equal('Old note.');
    expect(event.dateSource?.record?.date?.source).to.equal('2019-04-13');
  });

  it('needs no type when article or record is given', () => {
    expect(one({ dateSource: { record: { note: 'n' } } }).dateSource?.record?.note).to.equal('n');
  });

  it('reports a start that is neither the article’s nor the record’s date, and keeps the event', () => {
    const event = one(
      {
        start: '2019-04-15',
        dateSource: { article: { wording: 'On April 14', date: '2019-04-14' }, record: { date: '2019-04-13' } },
      },
      [
        'events[0].start: 2019-04-15 is neither the record\'s date (2019-04-13) nor the article\'s (2019-04-14); ' +
          "place the event on the record's date when there is one, else on the article's",
      ],
    );
    expect(event.start.source).to.equal('2019-04-15');
  });

  it('accepts a start that is either given date, and checks only dates that are given', () => {
    const both = { article: { wording: 'On April 14', date: '2019-04-14' }, record: { date: '2019-04-13' } };
    one({ start: '2019-04-13', dateSource: both });
    one({ start: '2019-04-14', dateSource: both });
    one({ start: '2003-12-19', dateSource: { article: { wording: 'in 2003' }, record: { note: 'n' } } });
    one({ start: '2003', dateSource: { article: { wording: 'in 2003', date: '2003' } } }, []);
    one({ start: '2003-12-19', dateSource: { article: { wording: 'in 2003', date: '2003' } } }, [
      "events[0].start: 2003-12-19 is neither the article's (2003); place the event on the record's date when there is one, else on the article's",
    ]);
  });

  it("leaves out an article date without wording, and a bad date inside the article's or record's", () => {
    const event = one(
      { dateSource: { article: { date: '2019-04-14' }, record: { date: 'April 13', note: 'n' } } },
      [
        "events[0].dateSource.article.wording: is missing; the article's date left out",
        'events[0].dateSource.record.date: "April 13" is not a date; write it as 2003, 2018-06, 2018-06-12 or 2019-02-27T09:00+07:00',
      ],
    );
    expect(event.dateSource).to.deep.include({ article: undefined, disagree: false });
    expect(event.dateSource?.record).to.deep.equal({ date: undefined, note: 'n', citations: [] });
  });

  it('reports article and record that are not objects', () => {
    one({ dateSource: { article: 'April 14', record: 5 } }, [
      'events[0].dateSource.article: must be an object, not "April 14"',
      'events[0].dateSource.record: must be an object, not 5',
    ]);
  });

  it('reports wording or a note given twice, and keeps the new form', () => {
    const event = one(
      {
        dateSource: {
          wording: 'old words',
          note: 'old note',
          article: { wording: 'On April 14' },
          record: { note: 'new note' },
        },
      },
      [
        'events[0].dateSource.wording: is also given as article.wording; article.wording kept',
        'events[0].dateSource.note: is also given as record.note; record.note kept',
      ],
    );
    expect(event.dateSource?.article?.wording).to.equal('On April 14');
    expect(event.dateSource?.record?.note).to.equal('new note');
  });
});

describe('quote attribution', () => {
  const quote = (fields: Json) => ({ text: 'Sanctions are still in place.', speaker: 'Donald Trump', kind: 'direct', ...fields });

  it('is stated by default, and inferred with its note when the data says so', () => {
    expect(one({ quotes: [quote({})] }).quotes[0]).to.deep.include({ attribution: 'stated', attributionNote: undefined });
    const inferred = one({ quotes: [quote({ attribution: 'inferred', attributionNote: 'No opening quotation mark.' })] });
    expect(inferred.quotes[0]).to.deep.include({ attribution: 'inferred', attributionNote: 'No opening quotation mark.' });
  });

  it('shows an unreadable attribution as inferred, the cautious reading', () => {
    const event = one({ quotes: [quote({ attribution: 'probably' })] }, [
      'events[0].quotes[0].attribution: must be "stated" or "inferred", not "probably"; shown as inferred',
    ]);
    expect(event.quotes[0]?.attribution).to.equal('inferred');
  });

  it('reports a note that is not text', () => {
    one({ quotes: [quote({ attributionNote: 3 })] }, ['events[0].quotes[0].attributionNote: must be text, not 3']);
  });
});

describe('citations', () => {
  it('keeps named http and https links on events and eras', () => {
    const { timeline } = parse({
      eras: [{ label: 'Summits', start: '2018-06-12', end: '2019-02-28', note: 'From Singapore to Hanoi.', citations: [{ name: 'W', url: 'http://example.org/w' }] }],
      events: [{ id: 'a', title: 'A', start: '2019', citations: [{ name: 'Reuters', url: 'https://www.reuters.com/x' }] }],
    });
    expect(timeline.events[0]!.citations).to.deep.equal([{ name: 'Reuters', url: 'https://www.reuters.com/x' }]);
    expect(timeline.eras[0]).to.deep.include({ note: 'From Singapore to Hanoi.', citations: [{ name: 'W', url: 'http://example.org/w' }] });
  });

  it('drops a citation with a bad or missing link or name, by its path, and keeps the rest', () => {
    const event = one(
      {
        citations: [
          { name: 'Script', url: 'javascript:alert(1)' },
          { name: 'No link' },
          { url: 'https://example.org/' },
          'https://example.org/',
          { name: 'Kept', url: 'https://example.org/kept' },
        ],
      },
      [
        'events[0].citations[0].url: only http: and https: links are shown; "javascript:" was left out; citation left out',
        'events[0].citations[1].url: is missing; citation left out',
        'events[0].citations[2].name: is missing; citation left out',
        'events[0].citations[3]: must be an object with name and url, not "https://example.org/"; citation left out',
      ],
    );
    expect(event.citations.map((c) => c.name)).to.deep.equal(['Kept']);
  });

  it('reports citations that are not a list, on an era too', () => {
    const { problems } = parse({
      eras: [{ label: 'E', start: '2018', end: '2019', citations: 'x' }],
      events: [{ id: 'a', title: 'A', start: '2019', citations: {} }],
    });
    expect(problems).to.deep.equal(['events[0].citations: must be a list, not an object', 'eras[0].citations: must be a list, not "x"']);
  });
});

describe('corrections', () => {
  it('reads corrections on an event and on the story', () => {
    const { timeline } = parse({
      corrections: [{ date: '2019-05-02', text: 'The eras now say where they come from.' }],
      events: [{ id: 'a', title: 'A', start: '2019', corrections: [{ date: '2019-05-01', text: 'Dated from the record.' }] }],
    });
    expect(timeline.corrections.map((c) => [c.date.source, c.text])).to.deep.equal([['2019-05-02', 'The eras now say where they come from.']]);
    expect(timeline.events[0]!.corrections.map((c) => [c.date.source, c.text])).to.deep.equal([['2019-05-01', 'Dated from the record.']]);
  });

  it('leaves out a correction without a usable date or text, by its path', () => {
    const { timeline, problems } = parse({
      corrections: [{ text: 'When?' }, 'Fixed.'],
      events: [{ id: 'a', title: 'A', start: '2019', corrections: [{ date: 'May 1', text: 'x' }, { date: '2019-05-01', text: ' ' }] }],
    });
    expect(problems).to.deep.equal([
      'events[0].corrections[0].date: "May 1" is not a date; write it as 2003, 2018-06, 2018-06-12 or 2019-02-27T09:00+07:00; correction left out',
      'events[0].corrections[1].text: is empty; correction left out',
      'corrections[0].date: is missing; write the day of the correction, such as "2019-04-20"; correction left out',
      'corrections[1]: must be an object with date and text, not "Fixed."; correction left out',
    ]);
    expect(timeline.corrections).to.deep.equal([]);
    expect(timeline.events[0]!.corrections).to.deep.equal([]);
  });
});

describe("the story's source", () => {
  it('keeps a note on how the publication date is known', () => {
    const { timeline } = parse({
      source: { name: 'IRNA', published: '2019-04', publishedNote: 'Bounded by the text.' },
      events: [{ id: 'a', title: 'A', start: '2019' }],
    });
    expect(timeline.source).to.deep.include({ publishedNote: 'Bounded by the text.' });
    expect(timeline.source?.published?.source).to.equal('2019-04');
  });
});
