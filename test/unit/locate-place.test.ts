import { expect } from '@open-wc/testing';
import { locatePlace, pathSegments } from '../../src/check/locate-place.js';

const JSON_TEXT = `{
  "title": "Talks",
  "events": [
    { "id": "a", "title": "One", "start": "2001" },
    {
      "id": "b",
      "title": "Two",
      "start": "June 2018x",
      "quotes": [{ "text": "Hi", "speaker": "" }]
    }
  ]
}`;

const CSV_TEXT = 'Year,Month,HEADLINE,Text\n2001,,One,"A cell\nwith a line break, and a comma"\n19x9,,Two,\n';

/** The text a place selects. */
function selected(text: string, place: string): string | undefined {
  const span = locatePlace(text, place);
  return span === undefined ? undefined : text.slice(span.start, span.end);
}

describe('locating a problem’s place in the text', () => {
  it('splits JSON paths', () => {
    expect(pathSegments('events[3].quotes[0].speaker')).to.deep.equal(['events', 3, 'quotes', 0, 'speaker']);
    expect(pathSegments('')).to.deep.equal([]);
  });

  it('finds the value at a JSON path', () => {
    expect(selected(JSON_TEXT, 'events[1].start')).to.equal('"June 2018x"');
    expect(selected(JSON_TEXT, 'events[1].quotes[0].speaker')).to.equal('""');
    expect(selected(JSON_TEXT, 'title')).to.equal('"Talks"');
    expect(selected(JSON_TEXT, 'events[0]')).to.equal('{ "id": "a", "title": "One", "start": "2001" }');
  });

  it('for a field that is missing, finds what encloses it', () => {
    const span = locatePlace(JSON_TEXT, 'events[0].end')!;
    expect(span.exact).to.be.false;
    expect(JSON_TEXT.slice(span.start, span.end)).to.equal('{ "id": "a", "title": "One", "start": "2001" }');
    expect(selected(JSON_TEXT, 'events[7]')).to.equal(JSON_TEXT.slice(JSON_TEXT.indexOf('['), JSON_TEXT.lastIndexOf(']') + 1));
  });

  it('counts a line and column', () => {
    const span = locatePlace(JSON_TEXT, 'line 4, column 7')!;
    expect(JSON_TEXT.slice(span.start, span.start + 4)).to.equal('"id"');
  });

  it('finds a sheet’s cell by row and column name, case-insensitively, across quoted line breaks', () => {
    expect(selected(CSV_TEXT, 'row 3, column "Year"')).to.equal('19x9');
    expect(selected(CSV_TEXT, 'row 3, column "Headline"')).to.equal('Two');
    expect(selected(CSV_TEXT, 'row 2, column "Text"')).to.equal('"A cell\nwith a line break, and a comma"');
    expect(selected(CSV_TEXT, 'row 1, column "headline"')).to.equal('HEADLINE');
    expect(selected(CSV_TEXT, 'row 3')).to.equal('19x9,,Two,');
  });

  it('answers undefined for text it cannot walk, and never throws', () => {
    expect(locatePlace('{ "a": ', 'a.b')).to.equal(undefined);
    expect(locatePlace('Year\n2000', 'row 9, column "Year"')).to.equal(undefined);
    expect(() => locatePlace('[1, 2', 'x[1]')).not.to.throw();
  });
});
