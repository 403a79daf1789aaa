// A document of more than 8 MB from `src` (some 120,000 events): its JSON is read in pieces
// (src/parse/json-pieces.ts), so no one JSON.parse of the whole text holds the page's thread,
// and every event is kept. The pieces themselves: test/unit/json-pieces.test.ts; the time it
// saves: the benchmark's million row.
import { expect } from '@open-wc/testing';
import { generatedEvents, marks, mount, outcome } from '../support/helpers.js';

const COUNT = 120_000;

describe('a document of more than 8 MB from src', function () {
  this.timeout(60_000);

  it('is parsed a piece at a time, and every event is read and drawn', async () => {
    const events = generatedEvents(COUNT, { years: 20, seed: 11 });
    const text = JSON.stringify({ title: 'A large story', events });
    expect(text.length, 'the document is large enough to be read in pieces').to.be.above(8_000_000);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const parse = JSON.parse;
    const parsed: number[] = [];
    JSON.parse = function (source: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) {
      parsed.push(String(source).length);
      return parse.call(JSON, source, reviver) as unknown;
    };
    try {
      const mounted = await mount({ src: url, until: 'connected' });
      await outcome(mounted);
      const element = mounted.el;
      expect(mounted.errors, 'no nt-error').to.deep.equal([]);
      expect(element.events).to.have.length(COUNT);
      const earliest = events.reduce((day, event) => (event.start < day ? event.start : day), events[0]!.start);
      expect(element.events[0]!.start.source, 'in time order').to.equal(earliest);
      expect(marks(element).length).to.be.above(0);
      expect(parsed.length, 'JSON.parse was called on pieces').to.be.above(4);
      expect(Math.max(...parsed), 'the longest text JSON.parse read').to.be.below(text.length / 4);
    } finally {
      JSON.parse = parse;
      URL.revokeObjectURL(url);
    }
  });
});
