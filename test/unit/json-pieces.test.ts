// A large document's JSON read in pieces (src/parse/json-pieces.ts): whatever the text, the value
// (or the error) is JSON.parse's, and the page gets its thread back between pieces. How the element
// uses it is covered by the benchmark's million row and test/element/element-loading.test.ts.
import { expect } from '@open-wc/testing';
import { parseJsonInPieces } from '../../src/parse/json-pieces.js';

/** Texts that cutting the list could get wrong: strings holding brackets and commas, escapes, nesting, duplicates. */
const TEXTS = [
  '{"events":[]}',
  '{ "events" : [ ] }',
  '{"events":[1]}',
  ' \n{ "events" : [ 1 , 2 , 3 ] } \n',
  '{"title":"x","events":[{"a":"},{"},{"b":[{"c":1},{"d":"]"}]}],"eras":[{"x":1}]}',
  '{"events":["a\\"],[b", "\\\\", "\\\\\\"},{"]}',
  '{"events": [ {"x": "é ☃ 😀"} , {"y":null}, [], {} ] , "z": true }',
  '{"lanes":[{"events":[1]}],"a":{"events":[9]},"events":[{"a":1},{"b":2}]}',
  '{"events":[{"__proto__":{"x":1}},{"constructor":1}]}',
  // JSON.parse keeps the last of two keys, however the second is written.
  '{"events":[{"a":1}],"events":[]}',
  '{"events":[{"a":1}],"ev\\u0065nts":[5]}',
  '{"\\u0065vents":[{"a":"\\"},{"}]}',
  // Not an object with a list: read whole.
  '[{"events":[1]}]',
  '"events"',
  '{"events":{"a":1}}',
  '{"title":"no list"}',
];

/** Not JSON: each must fail as JSON.parse fails. */
const BROKEN = [
  '{"events":[1,,2]}',
  '{"events":[1,2,]}',
  '{"events":[,]}',
  '{"events":[1 2]}',
  '{"events":[1,2',
  '{"events":[1,2]',
  '{"events":[1,2]}}',
  '{"events":[1,2]} x',
  '{"events":[{"a":1}}',
  '{"events":[{"a":1]]}',
  '{"events":[{"a":"1}]}',
];

const PIECES = [1, 3, 64];

describe('parseJsonInPieces', () => {
  it('returns what JSON.parse returns, for every size of piece', async () => {
    for (const text of TEXTS) {
      for (const pieceChars of PIECES) {
        const value = await parseJsonInPieces(text, undefined, { pieceChars });
        expect(value, `${text} in pieces of ${pieceChars}`).to.deep.equal(JSON.parse(text));
        // The same keys in the same order: the list stays where the document put it.
        expect(JSON.stringify(value)).to.equal(JSON.stringify(JSON.parse(text)));
      }
    }
  });

  it('fails as JSON.parse fails on text that is not JSON', async () => {
    for (const text of BROKEN) {
      expect(() => JSON.parse(text), text).to.throw(SyntaxError);
      for (const pieceChars of PIECES) {
        let failure: unknown;
        await parseJsonInPieces(text, undefined, { pieceChars }).catch((error: unknown) => (failure = error));
        expect(failure, `${text} in pieces of ${pieceChars}`).to.be.instanceOf(SyntaxError);
      }
    }
  });

  it('reads a generated story of many events, each event whole', async () => {
    const events = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      title: i % 7 ? `Event ${i}` : 'A title with "quotes", {braces}, [brackets] and \\ backslashes',
      start: `20${String(10 + (i % 10))}-01-02`,
      quotes: i % 3 ? [] : [{ text: '},{', speaker: '],[' }, { text: 'b', speaker: 'c' }],
    }));
    const text = JSON.stringify({ title: 'Many', events, eras: [{ label: 'x', start: '2010', end: '2011' }] }, null, 1);
    expect(await parseJsonInPieces(text, undefined, { pieceChars: 500 })).to.deep.equal(JSON.parse(text));
  });

  it('gives the thread back between pieces, and stops when aborted', async () => {
    const text = JSON.stringify({ events: Array.from({ length: 50 }, (_, i) => ({ id: `e${i}` })) });
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    await parseJsonInPieces(text, undefined, { pieceChars: 10, budgetMs: 0 });
    expect(timerRan, 'a timer set before the read ran before it ended').to.equal(true);

    const controller = new AbortController();
    const reading = parseJsonInPieces(text, controller.signal, { pieceChars: 10, budgetMs: 0 });
    controller.abort(new Error('a newer src'));
    let failure: unknown;
    await reading.catch((error: unknown) => (failure = error));
    expect((failure as Error).message).to.equal('a newer src');
  });
});
