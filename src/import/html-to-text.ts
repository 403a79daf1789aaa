import { Parser } from 'htmlparser2';
import { quotedValue } from '../parse/problems.js';

/**
 * Turns an HTML fragment (the text fields of imported documents) into plain text, without a DOM,
 * so that it runs anywhere: in the browser, in a worker, in Node. htmlparser2 does the reading
 * (tags, attributes, comments, raw-text elements, the full table of character references, as
 * forgivingly as browsers); this file only decides what a reader sees and where lines break.
 *
 * Why this is safe: the result is only ever used as TEXT (Lit text bindings, `textContent`),
 * never parsed as HTML again. Character references are decoded exactly once, so `&lt;script&gt;`
 * becomes the seven characters `<script>`, which a text binding shows as just that. Never hand
 * the output to anything that parses HTML: that would re-parse text that was markup-escaped.
 *
 * What it keeps: the text a reader sees. It drops every tag and its attributes, comments,
 * doctypes and processing instructions, and the whole content of elements whose content is not
 * prose (script, style, template, noscript, iframe, object, …). A tag left open at the end of
 * the input is dropped with everything after its `<`, as a browser does. What an editor may have
 * meant as text but a browser reads as a tag (a name no HTML element has, "<inaudible>", or a
 * `<` never closed, "Yes<No in early count") is dropped too, and `readHtml` lists it as a slip,
 * so that an importer can say so.
 *
 * Layout, like the browser's `innerText`: `<br>` is a line break; a block (div, li, tr, …)
 * starts a new line; paragraphs and other blocks with margins (p, h1–h6, blockquote, lists,
 * hr, …) are separated by a blank line ("\n\n"). All other whitespace collapses to single
 * spaces, and the result is trimmed. `&nbsp;` stays a no-break space (U+00A0) inside the text.
 */

/**
 * Elements whose content is never prose: everything inside them is dropped. `xml` is the data
 * island Word puts in what it copies (`<xml><w:View>Normal</w:View>…`), which Internet Explorer
 * never showed; a page that strips Word's conditional comments leaves it bare.
 */
const CONTENT_DROPPED = new Set([
  'script', 'style', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'textarea', 'title',
  'template', 'object', 'xml',
]);

/** How much room a tag makes between the words on either side of it. */
const GAP = { none: 0, space: 1, line: 2, paragraph: 3 } as const;
type Gap = (typeof GAP)[keyof typeof GAP];

const TAG_GAPS: ReadonlyMap<string, Gap> = new Map<string, Gap>([
  ...['td', 'th'].map((name) => [name, GAP.space] as const),
  ...[
    'address', 'article', 'aside', 'caption', 'dd', 'details', 'div', 'dt', 'fieldset',
    'figcaption', 'footer', 'form', 'header', 'legend', 'li', 'main', 'nav', 'option',
    'section', 'summary', 'table', 'tr',
  ].map((name) => [name, GAP.line] as const),
  ...[
    'blockquote', 'dl', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'ol', 'p', 'pre', 'ul',
  ].map((name) => [name, GAP.paragraph] as const),
]);

const GAP_TEXT: Record<Gap, string> = { 0: '', 1: ' ', 2: '\n', 3: '\n\n' };

/** The elements of HTML, and the old ones pages still carry: a tag of another name is a slip. */
const HTML_ELEMENTS = new Set(
  `a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote body br
  button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl
  dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header
  hgroup hr html i iframe image img input ins isindex kbd keygen label legend li link listing main map mark
  marquee menu menuitem meta meter multicol nav nextid nobr noembed noframes noscript object ol optgroup
  option output p param picture plaintext pre progress q rb rp rt rtc ruby s samp script search section
  select slot small source spacer span strike strong style
  sub summary sup svg math table tbody td template textarea tfoot th thead time title tr track tt u ul
  var video wbr xmp`.split(/\s+/),
);

/** Elements whose children are SVG or MathML, which have names of their own. */
const FOREIGN = new Set(['svg', 'math']);
const ASCII_WHITESPACE_RUN = /[\t\n\f\r ]+/;

interface VisibleHandlers {
  readonly text?: (text: string) => void;
  readonly tag?: (name: string, attributes: Readonly<Record<string, string>>) => void;
  /** A tag no HTML author would write, as it was written (see `ReadHtml.slips`). */
  readonly slip?: (written: string) => void;
}

/**
 * Reads `html` and reports what a reader would see: decoded text, and each tag opened (a `<br>`
 * or an end tag that browsers read as one included) outside comments and dropped content.
 */
function readVisible(html: string, handlers: VisibleHandlers): void {
  // Open elements whose content is dropped, innermost last; their own nesting is counted so
  // that `<template><template></template>` stays hidden until the outer one closes.
  const hidden: string[] = [];
  // Inside SVG or MathML, any name is an element's. A custom element's has a hyphen, and a
  // namespaced one a prefix and a colon (Word's <o:p>); "<https://…>" is an address.
  let foreign = 0;
  const isSlip = (name: string) =>
    foreign === 0 && !HTML_ELEMENTS.has(name) && !CONTENT_DROPPED.has(name) && !/^[a-z][\w.]*-|^[a-z][\w.-]*:[a-z]/.test(name);
  // Where the input read so far ends: what is left at the end is a tag never closed by a `>`.
  let read = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (hidden.length === 0 && isSlip(name)) handlers.slip?.(html.slice(parser.startIndex, parser.endIndex + 1));
        if (FOREIGN.has(name)) foreign++;
        read = parser.endIndex + 1;
        if (hidden.length > 0 || CONTENT_DROPPED.has(name)) {
          if (hidden.length === 0 || name === hidden[0]) hidden.push(name);
          return;
        }
        handlers.tag?.(name, attributes);
      },
      onclosetag(name, isImplied) {
        if (FOREIGN.has(name)) foreign = Math.max(foreign - 1, 0);
        if (!isImplied) {
          if (hidden.length === 0 && isSlip(name)) handlers.slip?.(html.slice(parser.startIndex, parser.endIndex + 1));
          read = parser.endIndex + 1;
        }
        if (hidden.length > 0) {
          if (name === hidden[0]) hidden.pop();
          return;
        }
        // htmlparser2 reports `</br>` as a `<br>` opened and closed at once; other end tags
        // only end a block, which `gapAfter` reads from the name.
        if (!isImplied && name !== 'br') handlers.tag?.(`/${name}`, {});
      },
      ontext(text) {
        read = parser.endIndex + 1;
        if (hidden.length === 0) handlers.text?.(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const rest = html.slice(read);
  if (hidden.length === 0 && /^<[a-z]/i.test(rest) && !rest.includes('>')) handlers.slip?.(rest);
}

/** What one reading of an HTML fragment gives. */
export interface ReadHtml {
  /** The plain text a reader sees. See the file comment for the rules. */
  readonly text: string;
  /** How many links (`<a href>`) a reader would see: an importer says their addresses are lost. */
  readonly links: number;
  /**
   * What a browser reads as tags, and so drops, though no HTML author would write them: tags
   * of names no HTML element has ("<inaudible>") and a tag never closed by a `>` at the end
   * ("<No in early count", which takes the rest of the text with it), each as written. An
   * editor who typed them meant text; `&lt;` shows a `<` as text.
   */
  readonly slips: readonly string[];
}

/** Reads an HTML fragment once for its text, its links and its slips. */
export function readHtml(html: string): ReadHtml {
  let text = '';
  let gap: Gap = GAP.none;
  let links = 0;
  const slips: string[] = [];
  readVisible(html, {
    tag(name, attributes) {
      gap = gapAfter(gap, name);
      if (name === 'a' && 'href' in attributes) links++;
    },
    text(decoded) {
      decoded
        .replaceAll('\u0000', '')
        .split(ASCII_WHITESPACE_RUN)
        .forEach((piece, index) => {
          if (index > 0) gap = widerGap(gap, GAP.space);
          if (piece === '') return;
          // Gaps before the first word and after the last are dropped: the text is trimmed.
          if (text !== '') text += GAP_TEXT[gap];
          text += piece;
          gap = GAP.none;
        });
    },
    slip: (written) => slips.push(written),
  });
  return { text: text.trim(), links, slips };
}

/** The plain text a reader sees in an HTML fragment. See the file comment for the rules. */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/** How many links (`<a href>`) the fragment has, counting only those a reader would see. */
export function countLinks(html: string): number {
  return readHtml(html).links;
}

/** An importer's problem for a fragment's `slips`, or undefined when there are none. */
export function droppedTagsMessage(slips: readonly string[]): string | undefined {
  if (slips.length === 0) return undefined;
  const what = slips.map(quotedValue).join(', ');
  const [reads, it] = slips.length === 1 ? ['reads', 'it is'] : ['read', 'they are'];
  return `${what} ${reads} as HTML, so ${it} left out of the text; write &lt; for a "<" that is text`;
}

/**
 * The gap once a tag is passed. A `<br>` adds a line break to what is there (`<br><br>` is a
 * blank line); a block, opened or closed, only asks for its gap, so `</li><li>` is one line
 * break, not two.
 */
function gapAfter(current: Gap, tag: string): Gap {
  if (tag === 'br') return current >= GAP.line ? GAP.paragraph : GAP.line;
  return widerGap(current, TAG_GAPS.get(tag.replace(/^\//, '')) ?? GAP.none);
}

function widerGap(current: Gap, added: Gap): Gap {
  return added > current ? added : current;
}
