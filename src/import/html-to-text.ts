import { Parser } from 'htmlparser2';

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
 * the input is dropped with everything after its `<`, as a browser does.
 *
 * Layout, like the browser's `innerText`: `<br>` is a line break; a block (div, li, tr, …)
 * starts a new line; paragraphs and other blocks with margins (p, h1–h6, blockquote, lists,
 * hr, …) are separated by a blank line ("\n\n"). All other whitespace collapses to single
 * spaces, and the result is trimmed. `&nbsp;` stays a no-break space (U+00A0) inside the text.
 */

/** Elements whose content is never prose: everything inside them is dropped. */
const CONTENT_DROPPED = new Set([
  'script', 'style', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'textarea', 'title',
  'template', 'object',
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
const ASCII_WHITESPACE_RUN = /[\t\n\f\r ]+/;

interface VisibleHandlers {
  readonly text?: (text: string) => void;
  readonly tag?: (name: string, attributes: Readonly<Record<string, string>>) => void;
}

/**
 * Reads `html` and reports what a reader would see: decoded text, and each tag opened (a `<br>`
 * or an end tag that browsers read as one included) outside comments and dropped content.
 */
function readVisible(html: string, handlers: VisibleHandlers): void {
  // Open elements whose content is dropped, innermost last; their own nesting is counted so
  // that `<template><template></template>` stays hidden until the outer one closes.
  const hidden: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (hidden.length > 0 || CONTENT_DROPPED.has(name)) {
          if (hidden.length === 0 || name === hidden[0]) hidden.push(name);
          return;
        }
        handlers.tag?.(name, attributes);
      },
      onclosetag(name, isImplied) {
        if (hidden.length > 0) {
          if (name === hidden[0]) hidden.pop();
          return;
        }
        // htmlparser2 reports `</br>` as a `<br>` opened and closed at once; other end tags
        // only end a block, which `gapAfter` reads from the name.
        if (!isImplied && name !== 'br') handlers.tag?.(`/${name}`, {});
      },
      ontext(text) {
        if (hidden.length === 0) handlers.text?.(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
}

/** The plain text a reader sees in an HTML fragment. See the file comment for the rules. */
export function htmlToText(html: string): string {
  let text = '';
  let gap: Gap = GAP.none;
  readVisible(html, {
    tag(name) {
      gap = gapAfter(gap, name);
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
  });
  return text.trim();
}

/**
 * How many links (`<a href>`) the fragment has, counting only those a reader would see. An
 * importer uses it to say that their addresses are lost when the text becomes plain.
 */
export function countLinks(html: string): number {
  let links = 0;
  readVisible(html, {
    tag(name, attributes) {
      if (name === 'a' && 'href' in attributes) links++;
    },
  });
  return links;
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
