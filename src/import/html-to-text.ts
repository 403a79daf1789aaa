/**
 * Turns an HTML fragment (the text fields of imported documents) into plain text, without a DOM,
 * so that it runs anywhere: in the browser, in a worker, in Node.
 *
 * Why this is safe: the result is only ever used as TEXT (Lit text bindings, `textContent`),
 * never parsed as HTML again. Entities are decoded exactly once, so `&lt;script&gt;` becomes
 * the seven characters `<script>`, which a text binding shows as just that. Never hand the
 * output to anything that parses HTML: that would re-parse text that was markup-escaped.
 *
 * What it keeps: the text a reader sees. It drops every tag and its attributes, comments,
 * doctypes and processing instructions, and the whole content of elements whose content is not
 * prose (script, style, template, noscript, iframe, object, …). A tag left open at the end of
 * the input is dropped with everything after its `<`, as a browser does.
 *
 * Layout, like the browser's `innerText`: `<br>` is a line break; a block (div, li, tr, …)
 * starts a new line; paragraphs and other blocks with margins (p, h1–h6, blockquote, lists,
 * hr, …) are separated by a blank line ("\n\n"). All other whitespace collapses to single
 * spaces, and the result is trimmed. `&nbsp;` stays a no-break space (U+00A0) inside the text.
 */

type Token =
  | { readonly kind: 'text'; readonly raw: string }
  | { readonly kind: 'start'; readonly name: string; readonly attributeNames: readonly string[] }
  | { readonly kind: 'end'; readonly name: string };

/**
 * Elements whose content is raw text to the HTML parser (no tags inside) and is never prose:
 * everything up to their end tag is dropped unread.
 */
const RAW_TEXT_DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'noembed',
  'noframes',
  'xmp',
  'textarea',
  'title',
]);

/** Elements whose content is parsed as HTML but is not shown as the reader's text. */
const PARSED_CONTENT_DROPPED = new Set(['template', 'object']);

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

/** A handful of named entities seen in newsroom copy; unknown names are left as written. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['AMP', '&'], ['lt', '<'], ['LT', '<'], ['gt', '>'], ['GT', '>'],
  ['quot', '"'], ['QUOT', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['ndash', '\u2013'], ['mdash', '\u2014'], ['hellip', '\u2026'], ['bull', '\u2022'],
  ['middot', '\u00b7'], ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['sbquo', '\u201a'],
  ['ldquo', '\u201c'], ['rdquo', '\u201d'], ['bdquo', '\u201e'], ['laquo', '\u00ab'],
  ['raquo', '\u00bb'], ['copy', '\u00a9'], ['reg', '\u00ae'], ['trade', '\u2122'],
  ['deg', '\u00b0'], ['times', '\u00d7'], ['divide', '\u00f7'], ['minus', '\u2212'],
  ['euro', '\u20ac'], ['pound', '\u00a3'], ['yen', '\u00a5'], ['cent', '\u00a2'],
  ['sect', '\u00a7'], ['para', '\u00b6'], ['shy', '\u00ad'], ['eacute', '\u00e9'],
  ['egrave', '\u00e8'], ['aacute', '\u00e1'], ['agrave', '\u00e0'], ['iacute', '\u00ed'],
  ['oacute', '\u00f3'], ['uacute', '\u00fa'], ['auml', '\u00e4'], ['ouml', '\u00f6'],
  ['uuml', '\u00fc'], ['szlig', '\u00df'], ['ccedil', '\u00e7'], ['ntilde', '\u00f1'],
]);

/**
 * What browsers make of numeric references to 0x80–0x9F: the Windows-1252 characters that
 * legacy CMS exports meant (&#146; is a right single quote, not a control character).
 */
const WINDOWS_1252: ReadonlyMap<number, number> = new Map([
  [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026],
  [0x86, 0x2020], [0x87, 0x2021], [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160],
  [0x8b, 0x2039], [0x8c, 0x0152], [0x8e, 0x017d], [0x91, 0x2018], [0x92, 0x2019],
  [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014],
  [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a], [0x9c, 0x0153],
  [0x9e, 0x017e], [0x9f, 0x0178],
]);

const REPLACEMENT_CHARACTER = '\ufffd';
const ENTITY = /&(?:#([0-9]+);?|#[xX]([0-9A-Fa-f]+);?|([A-Za-z][A-Za-z0-9]*);)/g;
const ASCII_WHITESPACE_RUN = /[\t\n\f\r ]+/;

/** The plain text a reader sees in an HTML fragment. See the file comment for the rules. */
export function htmlToText(html: string): string {
  let text = '';
  let gap: Gap = GAP.none;
  for (const token of visibleTokens(html)) {
    if (token.kind !== 'text') {
      gap = gapAfter(gap, token);
      continue;
    }
    const pieces = decodeEntities(token.raw).replaceAll('\u0000', '').split(ASCII_WHITESPACE_RUN);
    pieces.forEach((piece, index) => {
      if (index > 0) gap = widerGap(gap, GAP.space);
      if (piece === '') return;
      // Gaps before the first word and after the last are dropped: the text is trimmed.
      if (text !== '') text += GAP_TEXT[gap];
      text += piece;
      gap = GAP.none;
    });
  }
  return text.trim();
}

/**
 * How many links (`<a href>`) the fragment has, counting only those a reader would see. An
 * importer uses it to say that their addresses are lost when the text becomes plain.
 */
export function countLinks(html: string): number {
  let links = 0;
  for (const token of visibleTokens(html)) {
    if (token.kind === 'start' && token.name === 'a' && token.attributeNames.includes('href')) links++;
  }
  return links;
}

/** Tokens outside comments and outside the elements whose content is dropped. */
function* visibleTokens(html: string): Generator<Token> {
  let hidden: { name: string; depth: number } | undefined;
  for (const token of tokenize(html)) {
    if (hidden !== undefined) {
      if (token.kind !== 'text' && token.name === hidden.name) {
        hidden.depth += token.kind === 'start' ? 1 : -1;
        if (hidden.depth === 0) hidden = undefined;
      }
      continue;
    }
    if (token.kind === 'start' && PARSED_CONTENT_DROPPED.has(token.name)) {
      hidden = { name: token.name, depth: 1 };
      continue;
    }
    yield token;
  }
}

/**
 * Splits HTML into text and tags, following the HTML tokenizer where it matters for what is
 * text: a tag name must start with an ASCII letter (else `<` is text), `>` inside a quoted
 * attribute value does not end the tag, and a tag cut off by the end of the input is dropped.
 * Comments are skipped, and so is the content of raw-text elements.
 */
function* tokenize(html: string): Generator<Token> {
  let textStart = 0;
  let searchFrom = 0;
  while (searchFrom < html.length) {
    const lessThan = html.indexOf('<', searchFrom);
    if (lessThan === -1) break;
    const markup = readMarkup(html, lessThan);
    if (markup === undefined) {
      searchFrom = lessThan + 1; // a literal "<", part of the text
      continue;
    }
    if (lessThan > textStart) yield { kind: 'text', raw: html.slice(textStart, lessThan) };
    let next = markup.end;
    if (markup.token?.kind === 'start' && RAW_TEXT_DROPPED.has(markup.token.name)) {
      next = endOfRawText(html, next, markup.token.name);
    } else if (markup.token !== undefined) {
      yield markup.token;
    }
    textStart = searchFrom = next;
  }
  if (textStart < html.length) yield { kind: 'text', raw: html.slice(textStart) };
}

interface Markup {
  /** Undefined for comments and other markup that is dropped without a trace. */
  readonly token: Token | undefined;
  /** Index just past the markup. */
  readonly end: number;
}

/** The markup starting with the `<` at `at`, or undefined when that `<` is plain text. */
function readMarkup(html: string, at: number): Markup | undefined {
  const next = html[at + 1];
  if (html.startsWith('<!--', at)) return { token: undefined, end: endOfComment(html, at + 4) };
  if (next === '!' || next === '?') return { token: undefined, end: endOfBogusComment(html, at + 2) };
  if (next === '/') return readEndTag(html, at);
  if (isAsciiLetter(next)) {
    const tag = scanTag(html, at + 1);
    if (tag === undefined) return { token: undefined, end: html.length };
    return { token: { kind: 'start', name: tag.name, attributeNames: tag.attributeNames }, end: tag.end };
  }
  return undefined;
}

function readEndTag(html: string, at: number): Markup | undefined {
  const afterSlash = html[at + 2];
  if (afterSlash === undefined) return undefined; // "</" at the very end is text
  if (afterSlash === '>') return { token: undefined, end: at + 3 }; // "</>" is ignored
  if (!isAsciiLetter(afterSlash)) return { token: undefined, end: endOfBogusComment(html, at + 2) };
  const tag = scanTag(html, at + 2);
  if (tag === undefined) return { token: undefined, end: html.length };
  // Browsers read </br> as <br>; nobody means it as anything else.
  if (tag.name === 'br') return { token: { kind: 'start', name: 'br', attributeNames: [] }, end: tag.end };
  return { token: { kind: 'end', name: tag.name }, end: tag.end };
}

/**
 * Reads a tag's name and attributes from `nameStart` to its closing `>`. Undefined when the
 * input ends first: such a tag is dropped, with everything after it.
 */
function scanTag(
  html: string,
  nameStart: number,
): { name: string; attributeNames: string[]; end: number } | undefined {
  let i = nameStart;
  while (i < html.length && !endsName(html[i])) i++;
  const name = asciiLowerCase(html.slice(nameStart, i));
  const attributeNames: string[] = [];
  while (i < html.length) {
    const char = html[i];
    if (char === '>') return { name, attributeNames, end: i + 1 };
    if (isAsciiWhitespace(char) || char === '/') {
      i++;
      continue;
    }
    // An attribute name; its first character may be "=", as in the HTML tokenizer.
    const attributeStart = i++;
    while (i < html.length && !endsName(html[i]) && html[i] !== '=') i++;
    attributeNames.push(asciiLowerCase(html.slice(attributeStart, i)));
    while (isAsciiWhitespace(html[i])) i++;
    if (html[i] !== '=') continue;
    i++;
    while (isAsciiWhitespace(html[i])) i++;
    const quote = html[i];
    if (quote === '"' || quote === "'") {
      const closingQuote = html.indexOf(quote, i + 1);
      if (closingQuote === -1) return undefined;
      i = closingQuote + 1;
    } else {
      while (i < html.length && !isAsciiWhitespace(html[i]) && html[i] !== '>') i++;
    }
  }
  return undefined;
}

/** Index past the end tag that closes a raw-text element, or the end of the input. */
function endOfRawText(html: string, from: number, name: string): number {
  // `name` comes from RAW_TEXT_DROPPED, so it is safe inside a pattern.
  const endTag = new RegExp(`</${name}(?=[\\t\\n\\f\\r />])`, 'gi');
  endTag.lastIndex = from;
  const match = endTag.exec(html);
  if (match === null) return html.length;
  return scanTag(html, match.index + 2)?.end ?? html.length;
}

/** Index past a comment whose body starts at `bodyStart`; an unclosed comment runs to the end. */
function endOfComment(html: string, bodyStart: number): number {
  if (html.startsWith('>', bodyStart)) return bodyStart + 1; // "<!-->"
  if (html.startsWith('->', bodyStart)) return bodyStart + 2; // "<!--->"
  const ends = [html.indexOf('-->', bodyStart), html.indexOf('--!>', bodyStart)]
    .filter((index) => index !== -1)
    .map((index) => html.indexOf('>', index) + 1);
  return ends.length === 0 ? html.length : Math.min(...ends);
}

/** Doctypes, CDATA outside SVG, processing instructions and `</3>` run to the next `>`. */
function endOfBogusComment(html: string, from: number): number {
  const greaterThan = html.indexOf('>', from);
  return greaterThan === -1 ? html.length : greaterThan + 1;
}

/**
 * The gap once a tag is passed. A `<br>` adds a line break to what is there (`<br><br>` is a
 * blank line); a block only asks for its gap, so `</li><li>` is one line break, not two.
 */
function gapAfter(current: Gap, tag: Exclude<Token, { kind: 'text' }>): Gap {
  if (tag.name === 'br') return current >= GAP.line ? GAP.paragraph : GAP.line;
  return widerGap(current, TAG_GAPS.get(tag.name) ?? GAP.none);
}

function widerGap(current: Gap, added: Gap): Gap {
  return added > current ? added : current;
}

/** Decodes character references once. The result is text and must stay text. */
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (written, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return characterFromCode(Number.parseInt(decimal, 10));
    if (hex !== undefined) return characterFromCode(Number.parseInt(hex, 16));
    return (name !== undefined ? NAMED_ENTITIES.get(name) : undefined) ?? written;
  });
}

/** A numeric character reference as browsers read it, invalid ones as U+FFFD. */
function characterFromCode(code: number): string {
  const isSurrogate = code >= 0xd800 && code <= 0xdfff;
  if (code === 0 || code > 0x10ffff || isSurrogate) return REPLACEMENT_CHARACTER;
  return String.fromCodePoint(WINDOWS_1252.get(code) ?? code);
}

function endsName(char: string | undefined): boolean {
  return char === '/' || char === '>' || isAsciiWhitespace(char);
}

function isAsciiWhitespace(char: string | undefined): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\f' || char === '\r';
}

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char);
}

/** Tag names fold only ASCII letters, as in HTML; `toLowerCase` would fold others too. */
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
