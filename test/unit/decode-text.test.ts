// A fetched document's text in the encoding it was saved in (src/element/load-source.ts decodeText):
// run in each browser, whose TextDecoder the element uses.
import { expect } from '@open-wc/testing';
import { decodeText } from '../../src/element/load-source.js';

/** "Café – “x” €" as Excel for Windows saves it: one byte a character. */
const WINDOWS_1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x78, 0x94, 0x20, 0x80]);
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (const char of text) {
    const code = char.charCodeAt(0);
    bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
  }
  return new Uint8Array(bytes);
}

describe('decodeText: a document in the encoding it was saved in', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('Café – “x” €'))).to.equal('Café – “x” €');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Year')]).buffer)).to.equal('Year');
  });

  it('reads bytes that are not UTF-8 as Windows-1252, whatever charset a server assumed', () => {
    expect(decodeText(WINDOWS_1252)).to.equal('Café – “x” €');
    expect(decodeText(WINDOWS_1252, 'text/csv; charset=utf-8')).to.equal('Café – “x” €');
  });

  it('reads UTF-16 by its byte-order mark (Excel’s "Unicode Text")', () => {
    expect(decodeText(utf16('Year\tCafé', false))).to.equal('Year\tCafé');
    expect(decodeText(utf16('Year\tCafé', true))).to.equal('Year\tCafé');
  });

  it('follows a charset the server names for text that is not UTF-8, and ignores one no decoder knows', () => {
    expect(decodeText(new Uint8Array([0x82, 0xa0]), 'text/csv; charset=Shift_JIS')).to.equal('あ');
    expect(decodeText(WINDOWS_1252, 'text/csv; charset="no-such-charset"')).to.equal('Café – “x” €');
  });

  it('reads UTF-8 as UTF-8 whatever charset a server labels it with, its byte-order mark too', () => {
    expect(decodeText(utf8('Café – “x”'), 'application/json; charset=iso-8859-1')).to.equal('Café – “x”');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Year,Café')]), 'text/csv; charset=us-ascii')).to.equal('Year,Café');
  });

  it('keeps UTF-8 with a stray byte from elsewhere as UTF-8: one �, every other letter right', () => {
    const bytes = new Uint8Array([...utf8('Café '), 0x92, ...utf8(' Zürich')]);
    expect(decodeText(bytes)).to.equal('Café \ufffd Zürich');
  });
});
