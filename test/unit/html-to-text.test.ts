import { expect } from '@open-wc/testing';
import { countLinks, htmlToText, readHtml } from '../../src/import/html-to-text.js';

describe('htmlToText', () => {
  describe('text and whitespace', () => {
    it('leaves plain text as it is', () => {
      expect(htmlToText('Singapore summit')).to.equal('Singapore summit');
      expect(htmlToText('')).to.equal('');
    });

    it('collapses whitespace as a browser does, and trims', () => {
      expect(htmlToText('  Born in\n\tFlorida,   Missouri.  ')).to.equal('Born in Florida, Missouri.');
    });

    it('keeps a "<" that does not start a tag', () => {
      expect(htmlToText('1 < 2 and 3 > 2')).to.equal('1 < 2 and 3 > 2');
      expect(htmlToText('a <3 b')).to.equal('a <3 b');
      expect(htmlToText('ends with <')).to.equal('ends with <');
      expect(htmlToText('ends with </')).to.equal('ends with </');
    });
  });

  describe('tags', () => {
    it('drops tags and keeps their text, without adding space inside words', () => {
      expect(htmlToText('<b>Bold</b> and <i>ita</i>lic')).to.equal('Bold and italic');
    });

    it('reduces links to their text', () => {
      expect(htmlToText('after <a href="http://example.com/x" target="new">much debate</a> about')).to.equal(
        'after much debate about',
      );
    });

    it('drops attributes even when a quoted value holds ">"', () => {
      expect(htmlToText('<a title="a > b" data-x=\'c>d\' href=e>link</a>')).to.equal('link');
      expect(htmlToText('<span title="<b>not bold</b>">shown</span>')).to.equal('shown');
    });

    it('reads tag names case-insensitively', () => {
      expect(htmlToText('a<BR>b<P>c</P>')).to.equal('a\nb\n\nc');
    });

    it('drops a tag left open at the end, with everything after its "<"', () => {
      expect(htmlToText('text <a href="http://x')).to.equal('text');
      expect(htmlToText('text <b')).to.equal('text');
    });

    it('keeps the text of elements left unclosed', () => {
      expect(htmlToText('<p>one<p>two <b>bold')).to.equal('one\n\ntwo bold');
    });

    it('drops doctypes and processing instructions', () => {
      expect(htmlToText('<!DOCTYPE html><?xml version="1.0"?>a<b>b</b>')).to.equal('ab');
    });

    // Two rare malformed forms that htmlparser2 reads differently from browsers. Either way the
    // result is plain text, so they cost nothing but a few characters.
    it('keeps "</>" as text and runs a comment ended by "--!>" on to the next "-->"', () => {
      expect(htmlToText('a</>b')).to.equal('a</>b');
      expect(htmlToText('a<!-- x --!>b-->c')).to.equal('ac');
    });
  });

  describe('comments', () => {
    it('drops comments with the markup inside them', () => {
      expect(htmlToText('a<!-- <b>hidden</b> -->b')).to.equal('ab');
    });

    it('ends the abrupt comments "<!-->" and "<!--->" at once', () => {
      expect(htmlToText('a<!-->b<!--->c')).to.equal('abc');
    });

    it('drops everything after a comment that is never closed', () => {
      expect(htmlToText('shown<!-- hidden <b>forever</b>')).to.equal('shown');
    });
  });

  describe('elements whose content is dropped', () => {
    for (const name of ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'xml']) {
      it(`drops the content of <${name}>`, () => {
        expect(htmlToText(`before <${name} class="x">hidden <b>text</b></${name}> after`)).to.equal('before after');
      });
    }

    it('finds the end tag in any case, with whitespace before its ">"', () => {
      expect(htmlToText('a<SCRIPT>x()</ScRiPt >b')).to.equal('ab');
    });

    it('does not end a script at "</scripts>" or "</script" inside a longer name', () => {
      expect(htmlToText('a<script>"</scripts>"; x()</script>b')).to.equal('ab');
    });

    it('does not end a <script> at a "</style>" inside it', () => {
      expect(htmlToText('a<script>s = "</style>visible?"</script>b')).to.equal('ab');
    });

    it('keeps nested <template>s hidden until the outer one closes', () => {
      expect(htmlToText('a<template>x<template>y</template>z</template>b')).to.equal('ab');
    });

    it('drops everything after a script that is never closed', () => {
      expect(htmlToText('shown<script>alert(1)')).to.equal('shown');
    });
  });

  describe('line breaks and paragraphs', () => {
    it('turns <br> into a line break and two into a blank line', () => {
      expect(htmlToText('one<br>two<br/><br />three')).to.equal('one\ntwo\n\nthree');
    });

    it('reads </br> as <br>, as browsers do', () => {
      expect(htmlToText('one</br>two')).to.equal('one\ntwo');
    });

    it('separates paragraphs with a blank line', () => {
      expect(htmlToText('<p>One.</p>\n<p>Two.</p>')).to.equal('One.\n\nTwo.');
      expect(htmlToText('Intro.<p>Opened, never closed.')).to.equal('Intro.\n\nOpened, never closed.');
      expect(htmlToText('Above<hr>below')).to.equal('Above\n\nbelow');
    });

    it('starts list items and divs on a new line', () => {
      expect(htmlToText('<ul><li>one</li><li>two</li></ul>after')).to.equal('one\ntwo\n\nafter');
      expect(htmlToText('<div>a</div><div>b</div>')).to.equal('a\nb');
    });

    it('separates table cells with a space', () => {
      expect(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).to.equal('a b\nc');
    });

    it('does not start or end with a break', () => {
      expect(htmlToText('<p><br>text<br></p>')).to.equal('text');
    });
  });

  describe('character references', () => {
    it('decodes common named entities', () => {
      expect(htmlToText('&amp; &lt; &gt; &quot; &apos;')).to.equal('& < > " \'');
      expect(htmlToText('a&mdash;b &ndash; it&rsquo;s &lsquo;x&rsquo; &ldquo;y&rdquo; wait&hellip;')).to.equal(
        'a\u2014b \u2013 it\u2019s \u2018x\u2019 \u201cy\u201d wait\u2026',
      );
      expect(htmlToText('Caf&eacute; &copy; 2020 &euro;5')).to.equal('Caf\u00e9 \u00a9 2020 \u20ac5');
    });

    it('keeps &nbsp; as a no-break space inside the text', () => {
      expect(htmlToText('10&nbsp;km')).to.equal('10\u00a0km');
    });

    it('decodes decimal and hexadecimal references', () => {
      expect(htmlToText('&#39; &#x27; &#X27; &#8212; &#x1F600;')).to.equal("' ' ' \u2014 \u{1F600}");
    });

    it('reads numeric references to 0x80–0x9F as Windows-1252, as browsers do', () => {
      expect(htmlToText('it&#146;s &#147;quoted&#148;')).to.equal('it\u2019s \u201cquoted\u201d');
    });

    it('replaces references to nothing, surrogates and beyond Unicode with U+FFFD', () => {
      expect(htmlToText('&#0;&#xD800;&#x110000;&#99999999999;')).to.equal('\ufffd'.repeat(4));
    });

    it('leaves unknown names as written', () => {
      expect(htmlToText('&bogus; AT&T &constructor; &toString;')).to.equal('&bogus; AT&T &constructor; &toString;');
    });

    it('decodes the whole table of names, and the legacy ones without a semicolon, as browsers do', () => {
      expect(htmlToText('S&oslash;ren &Aring;se &amp Co &copy 2020 &frac12;')).to.equal(
        'S\u00f8ren \u00c5se & Co \u00a9 2020 \u00bd',
      );
    });

    it('decodes once: "&amp;lt;" is the text "&lt;"', () => {
      expect(htmlToText('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
    });
  });

  describe('hostile input (the output is only ever used as text)', () => {
    it('drops an image with an event handler entirely', () => {
      expect(htmlToText('<img src=x onerror=alert(1)>')).to.equal('');
      expect(htmlToText('<img src=x onerror="alert(\'>\')">caption')).to.equal('caption');
    });

    it('reads "<scr<script>ipt>" as a browser does: one odd tag, then text', () => {
      const text = htmlToText('<scr<script>ipt>alert(1)</script>');
      expect(text).to.equal('ipt>alert(1)');
      expect(text).not.to.match(/<[A-Za-z]/);
    });

    it('drops a script inside SVG', () => {
      expect(htmlToText('<svg><script>alert(1)</script><text>Hi</text></svg>')).to.equal('Hi');
      expect(htmlToText('<svg onload=alert(1)>')).to.equal('');
    });

    it('turns escaped markup into the literal text it shows', () => {
      expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
    });

    it('leaves no tag behind in a mix of unclosed and malformed markup', () => {
      const inputs = [
        '<a href="javascript:alert(1)">click',
        '<<b>>x<</b>>',
        '<div <b>>y</div>',
        '<iframe src="javascript:alert(1)"></iframe>z',
        '<style>body{background:url("javascript:alert(1)")}</style>w',
        '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
        '<!--><script>alert(1)</script>-->',
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      ];
      for (const input of inputs) {
        expect(htmlToText(input), input).not.to.match(/<[A-Za-z/!?]/);
      }
    });

    it('drops NUL characters', () => {
      expect(htmlToText('a\u0000b')).to.equal('ab');
    });

    it('reads long runs of unclosed tags and quotes to the end', () => {
      expect(htmlToText('a' + '<a '.repeat(20_000))).to.equal('a');
      expect(htmlToText('a' + '<a title="'.repeat(20_000))).to.equal('a');
      expect(htmlToText('a' + '<!--'.repeat(20_000))).to.equal('a');
      expect(htmlToText('a' + '<script>'.repeat(20_000))).to.equal('a');
      expect(htmlToText('&#'.repeat(3) + '<'.repeat(3))).to.equal('&#&#&#<<<');
    });
  });

  describe('agreement with the browser', () => {
    // Inline-only fragments, where a browser's textContent is the expected text.
    const inputs = [
      'a <b>b</b> c',
      'x<a title="a>b" href=\'c>d\'>y</a>z',
      '<scr<script>ipt>alert(1)',
      'Tom &amp; Jerry&rsquo;s &#8220;show&#8221;',
      'AT&T &unknownentity; 3 < 4',
      'S&oslash;ren &amp Co &copy 2020 &notit; &frac12',
      'a<!-- c -->b<!---->c<!-->d',
      '<span class="x" data-a=1 data-b = "2" hidden>t</span>e<i/>x<em>t',
      'half <a href="x',
    ];
    for (const input of inputs) {
      it(`reads ${JSON.stringify(input)} as the browser does`, () => {
        const parsed = new DOMParser().parseFromString(input, 'text/html');
        const expected = (parsed.body.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').trim();
        expect(htmlToText(input)).to.equal(expected);
      });
    }
  });

  describe('slips: what an editor meant as text but reads as a tag', () => {
    it('lists a tag of a name no HTML element has, and a "<" never closed at the end', () => {
      expect(readHtml('<p>They were <inaudible> when</inaudible> we arrived</p>')).to.deep.equal({
        text: 'They were when we arrived',
        links: 0,
        slips: ['<inaudible>', '</inaudible>'],
      });
      expect(readHtml('Turnout a<b in district 5, and more').slips).to.deep.equal(['<b in district 5, and more']);
      expect(readHtml('Yes<No').text).to.equal('Yes');
      expect(readHtml('See <https://example.com/report> for more').slips).to.deep.equal(['<https://example.com/report>']);
    });

    it('lists none for HTML, custom elements, Word’s namespaced tags, SVG or escaped text', () => {
      for (const html of [
        '<p>a <b>b</b> <a href="x">c</a><br>d</p>',
        '<my-card>x</my-card>',
        '<ruby>漢<rb>字</rb><rtc>kanji</rtc></ruby>, <listing>old</listing>',
        '<p class=MsoNormal>x<o:p></o:p></p>',
        '<xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><p>x</p>',
        '<svg><text>Hi</text><circle r="1"/></svg>',
        'AT&amp;T &lt;inaudible&gt; 3 < 4',
        '<!-- note --><p>x</p><!-- end -->',
      ]) {
        expect(readHtml(html).slips, html).to.deep.equal([]);
      }
    });
  });

  describe('countLinks', () => {
    it('counts links with an address that a reader would see', () => {
      expect(countLinks('<a href="x">one</a> and <A HREF=y>two</A>')).to.equal(2);
      expect(countLinks('<a name="anchor">no address</a>')).to.equal(0);
      expect(countLinks('<!-- <a href="x">hidden</a> --><script>"<a href=y>"</script>')).to.equal(0);
      expect(countLinks('plain')).to.equal(0);
    });
  });

  it('runs without a DOM, in a worker', async () => {
    const moduleUrl = new URL('/src/import/html-to-text.ts', location.origin).href;
    const source = `
      import { htmlToText } from ${JSON.stringify(moduleUrl)};
      postMessage({ hasDocument: typeof document !== 'undefined', text: htmlToText('<p>a&amp;b</p><p>c</p>') });
    `;
    const workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(workerUrl, { type: 'module' });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<unknown>) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message || 'worker failed'));
      });
      expect(result).to.deep.equal({ hasDocument: false, text: 'a&b\n\nc' });
    } finally {
      worker.terminate();
      URL.revokeObjectURL(workerUrl);
    }
  });
});
