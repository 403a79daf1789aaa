// Where JSON text breaks the grammar (src/parse/json-syntax.ts). What the element says about it
// is in test/element/element-loading.test.ts.
import { expect } from '@open-wc/testing';
import { findJsonSyntaxError, parseJson } from '../../src/parse/json-syntax.js';

/** Broken JSON as editors write it: the place (line, column) where each goes wrong. */
const CASES: { name: string; text: string; line: number; column: number; says: RegExp }[] = [
  { name: 'a trailing comma', text: '{\n  "events": [\n    { "id": "a", "title": "One", },\n  ]\n}', line: 3, column: 34, says: /comma before "}"/ },
  { name: 'a missing comma', text: '{\n  "title": "T"\n  "events": []\n}', line: 3, column: 3, says: /expected "," or "}", found "\\""/ },
  { name: 'single quotes', text: "{ 'title': 'T' }", line: 1, column: 3, says: /name in double quotes/ },
  { name: 'a single-quoted value', text: '{ "title": \'T\' }', line: 1, column: 12, says: /double quotes/ },
  { name: 'an unclosed string', text: '{ "title": "T }', line: 1, column: 12, says: /this string is never closed/ },
  { name: 'a line break in a string', text: '{ "title": "one\ntwo" }', line: 1, column: 16, says: /line break inside a string/ },
  { name: 'an unclosed object', text: '{\n  "events": [\n  ]\n', line: 4, column: 1, says: /object opened at line 1, column 1 is never closed/ },
  { name: 'a bad escape', text: '{ "title": "a\\qb" }', line: 1, column: 14, says: /"\\q" is not an escape/ },
  { name: 'a bare word', text: '{ "events": [ undefined ] }', line: 1, column: 15, says: /expected a value, found "u"/ },
  { name: 'text after the value', text: '{ "events": [] }\n{ }', line: 2, column: 1, says: /more after the end/ },
  { name: 'a number with a leading dot', text: '{ "n": .5 }', line: 1, column: 8, says: /expected a value/ },
  { name: 'a lone minus', text: '[-]', line: 1, column: 3, says: /digit after "-"/ },
  { name: 'an empty text', text: '', line: 1, column: 1, says: /found the end of the text/ },
  { name: 'CRLF line ends', text: '{\r\n  "a": 1,\r\n  "b": x\r\n}', line: 3, column: 8, says: /expected a value, found "x"/ },
];

/**
 * Where the engine itself puts the error, when its message says: V8 gives a position,
 * Firefox a line and column; WebKit says nothing, which is why the scan exists.
 */
function engineOffset(text: string): number | undefined {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    if (position) return Number(position[1]);
    const lineColumn = /at line (\d+) column (\d+)/.exec(message);
    if (lineColumn) {
      const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
      return lines.reduce((n, line) => n + line.length + 1, 0) + Number(lineColumn[2]) - 1;
    }
  }
  return undefined;
}

describe('JSON syntax errors', () => {
  for (const { name, text, line, column, says } of CASES) {
    it(`${name}: line ${line}, column ${column}`, () => {
      const result = parseJson(text);
      expect('error' in result, 'not valid JSON').to.be.true;
      const error = findJsonSyntaxError(text);
      expect({ line: error.line, column: error.column }).to.deep.equal({ line, column });
      expect(error.message).to.match(says);
      const before = text.slice(0, error.offset).split('\n');
      expect(before.length).to.equal(line);
      expect(before.at(-1)!.length + 1).to.equal(column);
    });
  }

  it('agrees with the engine wherever the engine says where (V8, SpiderMonkey)', () => {
    // Cases where engines point elsewhere by design (V8 at a string's start vs. its end) are left out.
    const comparable = ['a trailing comma', 'a missing comma', 'single quotes', 'a bare word', 'text after the value', 'a lone minus'];
    for (const { name, text } of CASES.filter((c) => comparable.includes(c.name))) {
      const engine = engineOffset(text);
      if (engine === undefined) continue;
      expect(findJsonSyntaxError(text).offset, name).to.equal(engine);
    }
  });

  it('parses valid JSON, and never throws on anything, even very deep nesting', () => {
    expect(parseJson('{"a": [1, 2.5e3, -0, true, null, "\\u00e9"]}')).to.deep.equal({ value: { a: [1, 2500, -0, true, null, 'é'] } });
    for (const text of ['['.repeat(10000), '{"a":'.repeat(5000), '"\\u12"', '\u0000', '{"a" 1}']) {
      expect(() => findJsonSyntaxError(text), text.slice(0, 20)).not.to.throw();
    }
  });
});
