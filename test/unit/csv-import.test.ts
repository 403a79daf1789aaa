import { expect } from '@open-wc/testing';
import { fromCsv } from '../../src/import/csv.js';
import { CsvDocument } from '../../src/import/csv-document.js';
import { fromTimelineJs } from '../../src/import/timelinejs.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { parseSheetTime } from '../../src/import/sheet-time.js';

type JsonObject = Record<string, unknown>;

function imported(csv: string): { document: JsonObject; events: JsonObject[]; problems: string[] } {
  const result = fromCsv(csv);
  expect(result.document, 'document').to.be.an('object');
  const document = result.document ?? {};
  return {
    document,
    events: (document.events ?? []) as JsonObject[],
    problems: result.problems.map((p) => `${p.path}: ${p.message}`),
  };
}

async function fixture(file: string): Promise<string> {
  return (await fetch(`/test/fixtures/timelinejs/${file}`)).text();
}

/** What a reader sees of an event: its title and dates. */
function shown(events: readonly JsonObject[]): string[] {
  return events.map((event) => `${String(event.start)}–${String(event.end ?? '')} ${String(event.title)}`);
}

describe('CSV import', () => {
  describe('the sheets exported from TimelineJS’s template', () => {
    // TimelineJS reads 10 events and a title row from each (its ConfigFactory: every row with a
    // Year is an event, `title` rows are the title slide). women-in-computing.json is the same
    // story as JSON: the sheet must give the same events.
    for (const file of ['women-in-computing.csv', 'my-own-timeline.csv']) {
      it(`${file}: the title row and every event TimelineJS reads`, async () => {
        const { document, events, problems } = imported(await fixture(file));
        const json = fromTimelineJs(JSON.parse(await fixture('women-in-computing.json')) as unknown).document!;
        expect(shown(events)).to.deep.equal(shown(json.events as JsonObject[]));
        // The sheets fixed a few typos in the text since the JSON was made: compare the openings.
        const opening = (list: readonly JsonObject[]) => list.map((e) => String(e.summary ?? '').slice(0, 30));
        expect(opening(events)).to.deep.equal(opening(json.events as JsonObject[]));
        expect(document.title).to.equal(file === 'my-own-timeline.csv' ? 'MY OWN CSV' : 'Women in Computing');
        expect(String(document.description)).to.match(/^In this sample timeline, we.ll walk you through/);
        // What is lost, as from the TimelineJS JSON of the same story: link addresses in one
        // Text cell and in media captions and credits, and a quote given as media.
        expect(problems).to.deep.equal([
          'row 3, column "Text": 2 links in this text are shown as plain text; their addresses are not kept',
          'row 3, column "Media Caption": a link in this text is shown as plain text; its address is not kept',
          'row 4, column "Media": embedded HTML (a quote or an embed code) is not shown; media left out',
          'row 5, column "Media Credit": a link in this text is shown as plain text; its address is not kept',
          ...(file === 'my-own-timeline.csv'
            ? ['row 8, column "Media Credit": a link in this text is shown as plain text; its address is not kept']
            : []),
        ]);
        const parsed = parseTimeline(document);
        expect(parsed.timeline?.events.length).to.equal(10);
      });
    }

    it('keeps media as the event’s media, HTML in its credit reduced to text', async () => {
      const { events } = imported(await fixture('women-in-computing.csv'));
      expect(events[2]!.media).to.deep.equal({
        url: 'https://www.youtube.com/watch?v=aPweFhhXFvY',
        caption: 'Jean Bartik talks about the ENIAC women',
        credit: 'Computer History Museum',
      });
      expect(JSON.stringify(events)).not.to.contain('<');
    });

    it('reports a media link that is not a web address at its row and column, and keeps the media', () => {
      const csv = ['Year,Headline,Media,Media Credit,Media Link', '2019,A,https://example.org/a.jpg,AP,javascript:alert(1)'].join('\n');
      const { events, problems } = imported(csv);
      expect(events[0]!.media).to.deep.equal({ url: 'https://example.org/a.jpg', credit: 'AP' });
      expect(problems).to.deep.equal(['row 2, column "Media Link": only absolute http: and https: addresses are linked; link left out']);
    });
  });

  describe('columns', () => {
    it('match case-insensitively and trimmed; unknown columns are reported once and ignored', () => {
      const { events, problems } = imported(' YEAR ,headline, Colour \n2001,One,red\n2002,Two,blue\n');
      expect(shown(events)).to.deep.equal(['2001– One', '2002– Two']);
      expect(problems).to.deep.equal(['row 1, column "Colour": this is not a column this timeline reads; ignored']);
    });

    it('reads a whole number shown with decimals (a cell formatted as a number) as that number', () => {
      const { events, problems } = imported('Year;Month;Day;Headline\n2019.0;6,00;12.0;Decimals\n2019.5;6;12;A fraction');
      expect(events.map((event) => event.start)).to.deep.equal(['2019-06-12']);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.match(/^row 3, column "Year": "2019\.5" is not a year/);
    });

    it('reads a Year of 0 as 1 BC, and says so at its cell', () => {
      const { events, problems } = imported('Year,Headline\n0,The year before AD 1');
      expect(events.map((event) => event.start)).to.deep.equal(['0000']);
      expect(problems).to.deep.equal(['row 2, column "Year": year 0 is not a year (1 BC is followed by AD 1); read as 1 BC']);
    });

    it('reads dates at their precision, with times and end dates, as TimelineJS does', () => {
      const csv = [
        'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline',
        '"1,850",,,,,,,,Thousands separator',
        '2018,6,12,2:30 PM,2018,6,12,16:05:09,Afternoon',
        // TimelineJS shows -500 as "500 BCE": -0499 in ISO 8601.
        '-500,,,,,,,,Before the common era',
      ].join('\n');
      expect(shown(imported(csv).events)).to.deep.equal([
        '1850– Thousands separator',
        '2018-06-12T14:30–2018-06-12T16:05:09 Afternoon',
        '-0499– Before the common era',
      ]);
    });

    it('maps a title row, era rows and groups', () => {
      const csv = [
        'Year,End Year,Headline,Text,Type,Group,Date Note',
        ',,The story,<p>About <b>it</b></p>,title,,',
        '1990,1999,The nineties,,era,,From the census',
        '1991,,First,,,Politics,',
        '1992,,Second,,,Economy,',
      ].join('\n');
      const { document } = imported(csv);
      expect(document.title).to.equal('The story');
      expect(document.description).to.equal('About it');
      expect(document.eras).to.deep.equal([{ start: '1990', end: '1999', label: 'The nineties', note: 'From the census' }]);
      expect(document.lanes).to.deep.equal([
        { id: 'politics', label: 'Politics' },
        { id: 'economy', label: 'Economy' },
      ]);
      expect((document.events as JsonObject[]).map((e) => e.lanes)).to.deep.equal([['politics'], ['economy']]);
    });

    it('maps every column of ours to its JSON field', () => {
      const header =
        'Year,Headline,ID,Tags,Media,Alt Text,Media Caption,Media Credit,Media Link,Media Type,Media Width,Media Height,' +
        'Quote,Speaker,Speaker Role,Quote Kind,Quote Language,Attribution,Attribution Note,Date Source,Date Note,Article Wording,' +
        'Article Date,Record Date,Record Note,Citation,Citation URL,Correction Date,Correction';
      const row =
        '2018,Summit,summit," talks, diplomacy ,talks",https://example.org/a.jpg,Two leaders,<i>Handshake</i>,AP,' +
        'https://example.org/story,image,800,600,We met,Kim,Leader,Paraphrase,en-GB,inferred,From the readout,' +
        'record,Per the readout,in June,2018-06,2018-06-12,Official record,Readout,https://example.org/readout,' +
        '2018-06-13,Date fixed';
      const { events, problems } = imported(`${header}\n${row}\n`);
      expect(problems).to.deep.equal([]);
      expect(events[0]).to.deep.equal({
        id: 'summit',
        title: 'Summit',
        start: '2018',
        tags: ['talks', 'diplomacy'],
        quotes: [
          {
            text: 'We met',
            speaker: 'Kim',
            role: 'Leader',
            kind: 'paraphrase',
            lang: 'en-GB',
            attribution: 'inferred',
            attributionNote: 'From the readout',
          },
        ],
        media: {
          url: 'https://example.org/a.jpg',
          alt: 'Two leaders',
          caption: 'Handshake',
          credit: 'AP',
          link: 'https://example.org/story',
          type: 'image',
          width: 800,
          height: 600,
        },
        dateSource: {
          type: 'record',
          note: 'Per the readout',
          article: { wording: 'in June', date: '2018-06' },
          record: { date: '2018-06-12', note: 'Official record' },
        },
        citations: [{ name: 'Readout', url: 'https://example.org/readout' }],
        corrections: [{ date: '2018-06-13', text: 'Date fixed' }],
      });
    });

    it('an article date source keeps its Date Note as the wording; a quote with no kind is direct', () => {
      const { events } = imported('Year,Headline,Date Source,Date Note,Quote,Speaker\n2018,A,Article,"last June",Hi,Ann\n');
      expect(events[0]!.dateSource).to.deep.equal({ type: 'article', wording: 'last June' });
      expect(events[0]!.quotes).to.deep.equal([{ text: 'Hi', speaker: 'Ann', kind: 'direct' }]);
    });
  });

  describe('continuation rows', () => {
    it('add another quote, citation, correction and tags to the event their ID names', () => {
      const csv = [
        'Year,Headline,ID,Tags,Quote,Speaker,Citation,Citation URL,Correction',
        '2018,Summit,summit,talks,First,Ann,One,https://example.org/1,',
        '2019,Other,other,,,,,,',
        ',,summit,"talks,peace",Second,Bob,Two,https://example.org/2,Name fixed',
      ].join('\n');
      const { events, problems } = imported(csv);
      expect(problems).to.deep.equal([]);
      expect(events[0]!.quotes).to.deep.equal([
        { text: 'First', speaker: 'Ann', kind: 'direct' },
        { text: 'Second', speaker: 'Bob', kind: 'direct' },
      ]);
      expect(events[0]!.tags).to.deep.equal(['talks', 'peace']);
      expect(events[0]!.citations).to.deep.equal([
        { name: 'One', url: 'https://example.org/1' },
        { name: 'Two', url: 'https://example.org/2' },
      ]);
      expect(events[0]!.corrections).to.deep.equal([{ text: 'Name fixed' }]);
      expect(events[1]).to.deep.equal({ id: 'other', title: 'Other', start: '2019' });
    });

    it('naming no earlier row is reported, and values a continuation cannot add are ignored', () => {
      const csv = ['Year,Headline,ID,Text,Quote,Speaker', '2018,Summit,summit,,,', ',,nothing,,Hi,Ann', ',,summit,More text,Hi,Ann'].join('\n');
      const { events, problems } = imported(csv);
      expect(problems).to.deep.equal([
        'row 3, column "ID": "nothing" is not the ID of an earlier row, and this row has no Year or Headline of its own; row skipped',
        'row 4, column "Text": "Text" is not used on a continuation row (no Year, no Headline); ignored',
      ]);
      expect(events[0]!.quotes).to.have.length(1);
    });
  });

  describe('problems name the sheet’s row and column, and every good row is kept', () => {
    it('a year that is not a number skips its row only', () => {
      const rows = ['Year,Month,Headline'];
      for (let year = 2001; year <= 2009; year++) rows.push(`${year},,Event ${year}`);
      rows.push('19x9,,Bad year', '2010,13,Bad month', '2011,,Last');
      const { events, problems } = imported(rows.join('\n'));
      expect(problems).to.deep.equal([
        'row 11, column "Year": "19x9" is not a year; row skipped',
        'row 12, column "Month": month "13" is not a month from 1 to 12; row skipped',
      ]);
      expect(events.map((e) => e.title)).to.have.length(10).and.include('Last');
    });

    it('a time that is not one, and a row with neither date nor headline', () => {
      const csv = ['Year,Month,Day,Time,Headline,Text', '2018,6,12,25:00,Late,', ',,,,,Orphan text', '2018,6,13,,Fine,'].join('\n');
      const { events, problems } = imported(csv);
      expect(problems).to.deep.equal([
        'row 2, column "Time": "25:00" is not a time of day such as 14:30 or 2:30 PM; row skipped',
        'row 3, column "Year": the start date is missing; row skipped',
        'row 3, column "Headline": the event has no headline and no display date to use as its title; row skipped',
      ]);
      expect(shown(events)).to.deep.equal(['2018-06-13– Fine']);
    });

    it('the parser’s problems on the mapped document are placed in the sheet too', () => {
      const csv = ['Year,Headline,ID,Quote,Speaker', '2018,Summit,s,,', ',,s,Words without a speaker,'].join('\n');
      const result = fromCsv(csv);
      const parsed = parseTimeline(result.document);
      const quoteProblem = parsed.problems.find((p) => p.path.includes('quotes'));
      expect(quoteProblem, 'a problem for the quote').to.exist;
      expect(result.placeOf(quoteProblem!.path)).to.equal('row 3, column "Speaker"');
      expect(result.placeOf('events[0].start')).to.equal('row 2, column "Year"');
    });

    it('a sheet without Year or Headline columns is not a timeline', () => {
      const result = fromCsv('Name,Price\nApple,1\n');
      expect(result.document).to.equal(undefined);
      expect(result.problems[0]!.message).to.contain('not a timeline sheet');
      expect(fromCsv('').document).to.equal(undefined);
    });

    it('never throws, whatever the text', () => {
      for (const text of ['"', '\uFEFFYear\n"unclosed', 'Year,Headline\n,,,,,,\n', 'Year\n2000\n', ',,,\n1,2,3']) {
        expect(() => fromCsv(text), text).not.to.throw();
      }
    });
  });

  describe('sheets as the tools save them', () => {
    it('reads semicolons (Excel where the decimal mark is a comma), with a byte-order mark and CRLF', () => {
      const { events, problems } = imported('\uFEFFYear;Month;Day;Headline;Text\r\n2019;3;14;Pi day;Circles, and more\r\n');
      expect(problems).to.deep.equal([]);
      expect(shown(events)).to.deep.equal(['2019-03-14– Pi day']);
      expect(events[0]!.summary).to.equal('Circles, and more');
    });

    it('reads the separator Excel names on a first "sep=" line, which is not a row', () => {
      const { events, problems } = imported('sep=;\r\nYear;Headline\r\n2019;A, B\r\n2019x;Bad');
      expect(shown(events)).to.deep.equal(['2019– A, B']);
      expect(problems).to.deep.equal(['row 3, column "Year": "2019x" is not a year; row skipped']);
      // A later save pads the line with the separator.
      expect(shown(imported('sep=;;;;\nYear;Headline\n2019;A').events)).to.deep.equal(['2019– A']);
    });

    it('reads tabs (cells copied out of a sheet)', () => {
      const { events } = imported('Year\tMonth\tHeadline\n2019\t3\tTalks, again; later');
      expect(shown(events)).to.deep.equal(['2019-03– Talks, again; later']);
    });

    it('finds the header under blank rows, and keeps the rows’ numbers', () => {
      const { events, problems } = imported(',,,\n,,,\nYear,Month,Day,Headline\n2019,3,14,Pi day\n1999,x,,Bad');
      expect(shown(events)).to.deep.equal(['2019-03-14– Pi day']);
      expect(problems).to.deep.equal(['row 5, column "Month": month "x" is not a month from 1 to 12; row skipped']);
    });

    it('says which cells past the header’s last column were not read (an unquoted comma)', () => {
      const { events, problems } = imported('Year,Month,Day,Headline,Text\n2018,6,12,Singapore summit, day one,The leaders met');
      expect(events).to.have.length(1);
      expect(problems).to.deep.equal([
        'row 2: the row has more cells than the header has columns, so "The leaders met" was not read; a cell that holds a comma must be in quotation marks',
      ]);
    });

    it('quotes a long cell it did not read by its first 40 characters, never half an emoji', () => {
      const { problems } = imported(`Year,Headline\n2019,Hello,a${'😀'.repeat(30)}`);
      expect(problems).to.deep.equal([
        `row 2: the row has more cells than the header has columns, so "a${'😀'.repeat(19)}…" was not read; a cell that holds a comma must be in quotation marks`,
      ]);
    });

    it('says where a quotation mark is never closed, and not for a quoted cell of many lines', () => {
      const { events, problems } = imported('Year,Headline\n2019,"Unclosed quote,oops\n2020,Second\n2021,Third');
      expect(events).to.have.length(1);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.match(/^row 2: a cell opens a quotation mark \("\) that is never closed/);
      expect(imported('Year,Headline,Text\n2019,A,"one\n""two"""\n2020,12" vinyl,').problems).to.deep.equal([]);
    });

    it('says that an End Day or End Month without End Year is ignored', () => {
      const { events, problems } = imported('Year,Month,Day,End Month,End Day,Headline\n2019,3,14,,16,Summit\n2019,3,14,4,16,Talks');
      expect(shown(events)).to.deep.equal(['2019-03-14– Summit', '2019-03-14– Talks']);
      expect(problems).to.deep.equal([
        'row 2, column "End Day": End Day is ignored without End Year; fill in End Year too',
        'row 3, column "End Month": End Month, End Day are ignored without End Year; fill in End Year too',
      ]);
    });

    it('reads a comma as a thousands separator only before three digits', () => {
      // "2019,00" is 2019 with a decimal comma, not 201900; "2019,50" is no whole year.
      const { events, problems } = imported('Year,Headline\n"2,019",Thousands\n"2019,00",Decimal comma\n"2019,50",Half a year');
      expect(shown(events)).to.deep.equal(['2019– Thousands', '2019– Decimal comma']);
      expect(problems).to.deep.equal(['row 4, column "Year": "2019,50" is not a year; row skipped']);
    });

    it('warns that a five-digit year may be a date the spreadsheet keeps as a number', () => {
      const { events, problems } = imported('Year,Headline\n43538,Pi day\n"12,000",Far future');
      expect(events).to.have.length(2);
      expect(problems).to.deep.equal([
        'row 2, column "Year": 43538 is read as the year 43538; if it is a date the spreadsheet keeps as a number (2019-03-14), write its year, month and day in their own columns',
      ]);
    });

    it('quotes a bad year as the editor typed it, and says how to write what it seems to hold', () => {
      const { problems } = imported('Year,Headline\n2019-03-14 09:00,A\n44 BC,B\n19x9,C\n٢٠١٩,D\n۱۳۹۸,E');
      expect(problems).to.deep.equal([
        'row 2, column "Year": "2019-03-14 09:00" is not a year (write the year alone here, and the month and day in their own columns); row skipped',
        'row 3, column "Year": "44 BC" is not a year (write a year BC with a minus sign: -44 for 44 BC); row skipped',
        'row 4, column "Year": "19x9" is not a year; row skipped',
        'row 5, column "Year": "٢٠١٩" is not a year (write it in the digits 0–9, as a year of the Gregorian calendar); row skipped',
        'row 6, column "Year": "۱۳۹۸" is not a year (write it in the digits 0–9, as a year of the Gregorian calendar); row skipped',
      ]);
    });

    it('places "no events" of a sheet with a header alone under its header', () => {
      expect(fromCsv('\n\nYear,Headline\n').placeOf('events')).to.equal('row 4');
    });

    it('says what it left out of a cell because it reads as a tag', () => {
      const { events, problems } = imported('Year,Headline,Quote,Speaker\n2019,Yes<No in early count,They were <inaudible> when we arrived,A witness');
      expect(events[0]!.title).to.equal('Yes');
      expect(problems).to.deep.equal([
        'row 2, column "Headline": "<No in early count" reads as HTML, so it is left out of the text; write &lt; for a "<" that is text',
        'row 2, column "Quote": "<inaudible>" reads as HTML, so it is left out of the text; write &lt; for a "<" that is text',
      ]);
      expect(imported('Year,Headline,Quote,Speaker\n2019,Yes&lt;No,They were &lt;inaudible&gt; there,A').problems).to.deep.equal([]);
    });
  });

  describe('Time cells, as TimelineJS reads them', () => {
    it('reads clocks with and without a period', () => {
      expect(parseSheetTime('14:30')).to.deep.equal({ hour: 14, minute: 30 });
      expect(parseSheetTime('2:30 PM')).to.deep.equal({ hour: 14, minute: 30 });
      expect(parseSheetTime('12:05 a.m.')).to.deep.equal({ hour: 0, minute: 5 });
      expect(parseSheetTime('1430')).to.deep.equal({ hour: 14, minute: 30 });
      expect(parseSheetTime('9.15')).to.deep.equal({ hour: 9, minute: 15 });
      expect(parseSheetTime('23:59:58.5')).to.deep.equal({ hour: 23, minute: 59, second: 58 });
      expect(parseSheetTime('9')).to.deep.equal({ hour: 9 });
    });

    it('refuses what is not a time', () => {
      for (const cell of ['25:00', '13 PM', 'noon', '10:61', '']) expect(parseSheetTime(cell), cell).to.equal(undefined);
    });
  });
});

describe('inline CSV', () => {
  it('takes away the indentation every row shares, blank lines aside', () => {
    const text = '\n      Year,Headline\n\n      2001,One\n        2002,Two\n    ';
    expect(CsvDocument.fromInline(text).text).to.equal('Year,Headline\n\n2001,One\n  2002,Two');
  });

  it('reads a sheet of 200,000 rows (a spread into Math.min overflowed the stack)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `    ${2000 + (i % 20)},Row ${i}`);
    const { text } = CsvDocument.fromInline(`\n    Year,Headline\n${rows.join('\n')}\n  `);
    expect(text.startsWith('Year,Headline\n2000,Row 0\n')).to.be.true;
    expect(text.endsWith('\n2019,Row 199999')).to.be.true;
  });
});

describe('a sheet with a problem on every row', function () {
  // A stress test: importing this many rows takes WebKit seconds on a busy machine.
  this.timeout(60_000);

  it('reports 130,000 of them, each at its row (pushed as a spread, they overflowed the stack)', () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => `2001,Row ${i},javascript:alert(1)`);
    const { problems } = fromCsv(`Year,Headline,Media\n${rows.join('\n')}\n`);
    expect(problems).to.have.length(130_000);
    expect(problems.at(-1)).to.deep.include({ path: 'row 130001, column "Media"' });
  });
});
