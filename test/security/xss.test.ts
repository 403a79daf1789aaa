// Data never becomes markup or script. A corpus of XSS payloads goes into every text field the
// element shows (titles, summaries, quotes, speakers, roles, lane and era labels, the source's
// name, where a date comes from, tags, the document's title and description) and every link
// (an event's `url`, the source's `url`). The element draws them, every popover is opened and
// the list view shown, and then: nothing ran (each payload would set `window.__xss`), nothing
// became an element, each payload reads as the text it is, and every link is http(s).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { LoadDetail, NewsTimeline, Problem } from '../../src/index.js';
import { mount, nextFrames, settle } from '../support/helpers.js';

declare global {
  interface Window {
    __xss?: boolean;
  }
}

/** Each would set window.__xss if it ever became markup (or script) in the page. */
const TEXT_PAYLOADS = [
  '<script>window.__xss = true</script>',
  '<img src=x onerror="window.__xss = true">',
  '<img src="x" onerror=window.__xss=true>',
  '"><img src=x onerror=window.__xss=true>',
  "'><svg onload=window.__xss=true>",
  '"><svg/onload=window.__xss=true>',
  '<svg><script>window.__xss=true</script></svg>',
  '<svg><a xlink:href="javascript:window.__xss=true"><text x="20" y="20">click</text></a></svg>',
  '<svg><animate onbegin=window.__xss=true attributeName=x dur=1s>',
  '<svg><set attributeName=onmouseover to=window.__xss=true>',
  '<svg><foreignObject><img src=x onerror=window.__xss=true></foreignObject></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=true></style></mglyph></table></mtext></math>',
  '<math href="javascript:window.__xss=true">click</math>',
  '<iframe src="javascript:window.parent.__xss=true"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=true</script>"></iframe>',
  '<object data="javascript:window.__xss=true"></object>',
  '<embed src="javascript:window.__xss=true">',
  '<style>@import "javascript:window.__xss=true";</style>',
  '</style><img src=x onerror=window.__xss=true>',
  '<link rel="stylesheet" href="javascript:window.__xss=true">',
  '<body onload=window.__xss=true>',
  '<details open ontoggle=window.__xss=true>',
  '<input autofocus onfocus=window.__xss=true>',
  '<select autofocus onfocus=window.__xss=true></select>',
  '<video><source onerror=window.__xss=true></video>',
  '<audio src=x onerror=window.__xss=true>',
  '<marquee onstart=window.__xss=true>',
  '<x onclick=window.__xss=true>click</x>',
  '<a href="javascript:window.__xss=true">click</a>',
  '<form><button formaction=javascript:window.__xss=true>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=true">',
  '<base href="javascript:/">',
  '<div style="background:url(javascript:window.__xss=true)">x</div>',
  'javascript:window.__xss=true',
  '&lt;img src=x onerror=window.__xss=true&gt;',
  '&#60;script&#62;window.__xss=true&#60;/script&#62;',
  '<img src=x onerror=&#x77;indow.__xss=true>',
  '<scr<script>ipt>window.__xss=true</scr</script>ipt>',
  '<<img src=x onerror=window.__xss=true>',
  '<img src=x onerror=window.__xss=true//',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=true>">',
  '<template><img src=x onerror=window.__xss=true></template>',
  '<!--<img src=x onerror=window.__xss=true>-->',
  '--><img src=x onerror=window.__xss=true>',
  ']]><img src=x onerror=window.__xss=true>',
  '<img src=x:alert onerror=eval(atob("d2luZG93Ll9feHNzPXRydWU="))>',
  '${window.__xss=true}',
  '`${window.__xss=true}`',
  '{{constructor.constructor("window.__xss=true")()}}',
  '<!-- ?lit$123$ --><img src=x onerror=window.__xss=true>',
  '\u202e<img src=x onerror=window.__xss=true>',
];

interface UrlPayload {
  readonly url: string;
  /** Whether it is an http(s) address, which is kept (its `<`, `"` and spaces escaped). */
  readonly kept: boolean;
}

const URL_PAYLOADS: readonly UrlPayload[] = [
  { url: 'javascript:window.__xss=true', kept: false },
  { url: 'JaVaScRiPt:window.__xss=true', kept: false },
  { url: 'javascript://example.com/%0Awindow.__xss=true', kept: false },
  { url: 'java\tscript:window.__xss=true', kept: false },
  { url: '\u0001javascript:window.__xss=true', kept: false },
  { url: 'javascript&colon;window.__xss=true', kept: false },
  { url: 'data:text/html,<script>window.__xss=true</script>', kept: false },
  { url: 'vbscript:msgbox(1)', kept: false },
  { url: 'file:///etc/passwd', kept: false },
  { url: 'blob:https://example.com/5f0e8b1c', kept: false },
  { url: 'about:blank', kept: false },
  { url: '//evil.example/x', kept: false },
  { url: '/relative/path', kept: false },
  { url: 'https://example.com/"><img src=x onerror=window.__xss=true>', kept: true },
  { url: "https://example.com/?q=<script>window.__xss=true</script>&r='", kept: true },
  { url: 'http://example.com/#javascript:window.__xss=true', kept: true },
];

type Json = Record<string, unknown>;

/** Where `documentWith` puts links, in the order the parser reports them when they are dropped. */
const LINK_PATHS = ['events[0].url', 'events[0].citations[0].url', 'events[1].dateSource.record.citations[0].url', 'source.url', 'eras[0].citations[0].url'];

/** A document with `payload` in every text field and `url` in every link. */
function documentWith(payload: string, url: string): Json {
  return {
    title: payload,
    description: payload,
    source: { name: payload, url, published: '2019-03', publishedNote: payload },
    corrections: [{ date: '2019-04-01', text: payload }],
    lanes: [
      { id: 'a', label: payload },
      { id: 'b', label: payload },
    ],
    eras: [{ start: '2018', end: '2019-12', label: payload, note: payload, citations: [{ name: payload, url }] }],
    events: [
      {
        id: 'article',
        title: payload,
        start: '2018-06-12',
        summary: payload,
        lanes: ['a'],
        tags: [payload],
        url,
        paragraph: 3,
        dateSource: { type: 'article', wording: payload },
        citations: [{ name: payload, url }],
        corrections: [{ date: '2019-04-01', text: payload }],
        quotes: [
          { text: payload, speaker: payload, role: payload, kind: 'direct', paragraph: 4, attribution: 'inferred', attributionNote: payload },
          { text: payload, speaker: payload, kind: 'paraphrase' },
        ],
      },
      {
        id: 'record',
        title: payload,
        start: '2019-02-27',
        end: '2019-02-28',
        summary: payload,
        lanes: ['b'],
        tags: [payload],
        dateSource: {
          article: { wording: payload, date: '2019-02' },
          record: { date: '2019-02-27', note: payload, citations: [{ name: payload, url }] },
        },
        quotes: [{ text: payload, speaker: payload, role: payload, kind: 'paraphrase' }],
      },
    ],
  };
}

/** Elements and attributes a payload would create if it were parsed as markup. */
const INJECTED =
  'script, img, iframe, object, embed, math, style, link, video, audio, source, form, input, select, details, ' +
  'marquee, meta, base, template, noscript, x, foreignObject, svg a, svg script, svg animate, svg set, ' +
  'svg:not(.chart):not(.overview), [onerror], [onload], [onclick], [onfocus], [ontoggle], [onbegin], [onstart], ' +
  '[formaction], [srcdoc], [xlink\\:href]';

/** What in `root` looks injected: a payload's elements, or any on… attribute at all. */
function injectedIn(root: ParentNode): string[] {
  const found = [...root.querySelectorAll(INJECTED)].map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}">`);
  for (const el of root.querySelectorAll('*')) {
    for (const attribute of el.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`<${el.localName} ${attribute.name}>`);
    }
  }
  return found;
}

/** Every link's href in the element. */
function hrefs(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
}

const shadow = (el: NewsTimeline) => el.shadowRoot!;
/** A payload as the element shows it: an override it leaves open is closed where it ends (see "direction controls" below). */
const asShown = (payload: string) => (payload.startsWith('\u202e') ? `${payload}\u202c` : payload);
const textOf = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');

/** The element drawn at 900 px with `document` as its data, and its nt-load detail. */
async function mountDocument(document: unknown): Promise<{ el: NewsTimeline; load: LoadDetail }> {
  const { el, load, error } = await mount({ data: document, width: 900 });
  if (!load) throw new Error(`nt-error: ${error?.message}`);
  return { el, load };
}

/** Elements in the page (outside shadow roots) a payload might have added there. */
const PAGE_ELEMENTS = 'img, iframe, object, embed, video, audio, math, svg, style, link, [onerror], [onload]';
let pageBefore = 0;

/** Nothing injected, in the element, around it, or anywhere in the page. */
function expectNothingInjected(el: NewsTimeline, when: string): void {
  expect(injectedIn(shadow(el)), `${when}: in the shadow root`).to.deep.equal([]);
  expect(injectedIn(el.parentElement!), `${when}: around the element`).to.deep.equal([]);
  expect(document.querySelectorAll(PAGE_ELEMENTS).length, `${when}: in the page`).to.equal(pageBefore);
  for (const href of hrefs(shadow(el))) expect(href, `${when}: a link`).to.match(/^https?:/);
}

const pathsOf = (problems: readonly Problem[]) => problems.map((p) => p.path);

describe('XSS payloads in the data', function () {
  this.timeout(60_000);

  // Every payload that ever runs is kept, never cleared: an image's onerror fires only once its
  // request fails, maybe after its own test, and is caught by the next check, not lost.
  const ran: unknown[] = [];
  before(() => {
    Object.defineProperty(window, '__xss', { configurable: true, get: () => ran[0], set: (value: unknown) => void ran.push(value) });
  });
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    delete window.__xss;
    expect(ran, 'a payload ran after its test').to.deep.equal([]);
  });

  beforeEach(() => {
    pageBefore = document.querySelectorAll(PAGE_ELEMENTS).length;
  });

  afterEach(async () => {
    // Anything that slipped through gets the frames to run in, and fails this test
    // (expectNothingInjected has already checked that no element or handler got in).
    await nextFrames();
    expect(ran, 'a payload ran').to.deep.equal([]);
  });

  TEXT_PAYLOADS.forEach((payload, index) => {
    const { url, kept } = URL_PAYLOADS[index % URL_PAYLOADS.length]!;
    it(`shows ${JSON.stringify(payload)} as text everywhere (link ${JSON.stringify(url)})`, async () => {
      const { el, load } = await mountDocument(documentWith(payload, url));
      const root = shadow(el);
      const shown = asShown(payload);
      expectNothingInjected(el, 'drawn');

      // The horizontal view: header, lane and era labels, each mark's label and name.
      expect(textOf(root, '[part~="header"] .title')).to.deep.equal([shown]);
      expect(textOf(root, '[part~="header"] .description')).to.deep.equal([shown]);
      expect(root.querySelector('.container')!.getAttribute('aria-label')).to.equal(shown);
      expect(textOf(root, '.lane-label')).to.include(shown);
      expect(textOf(root, '.era-label')).to.include(shown);
      const markNames = [...root.querySelectorAll('.mark')].map((m) => m.getAttribute('aria-label'));
      expect(markNames).to.deep.equal([`Jun 12, 2018: ${shown}`, `Feb 27, 2019 – Feb 28, 2019: ${shown}`]);

      // Links: kept when http(s), else dropped with a problem at their path.
      const expectedProblems = kept ? [] : LINK_PATHS;
      expect(pathsOf(load.problems).filter((p) => p.endsWith('url'))).to.deep.equal(expectedProblems);

      for (const id of ['article', 'record']) {
        el.select(id);
        await settle(el);
        const dialog = root.querySelector('[role="dialog"]')!;
        expect(dialog, `popover of ${id}`).to.exist;
        expectNothingInjected(el, `popover of ${id}`);
        const titleId = dialog.getAttribute('aria-labelledby')!;
        expect(root.getElementById(titleId)?.textContent).to.equal(shown);
        expect(textOf(dialog, '.summary')).to.deep.equal([shown]);
        for (const quote of textOf(dialog, '.quote-text')) expect(quote).to.contain(shown);
        for (const attribution of textOf(dialog, '.attribution')) expect(attribution).to.contain(shown);
        expect(textOf(dialog, '.provenance').join()).to.contain(shown);
        expect(textOf(dialog, '.provenance-block').join()).to.contain(shown);
        const links = [...dialog.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
        // The article event: its citation and its own link; the record event: the record's citation.
        const linksShown = id === 'article' ? 2 : 1;
        expect(links).to.deep.equal(kept ? Array(linksShown).fill(new URL(url).href) : []);
        for (const href of hrefs(root)) expect(href).to.equal(new URL(url).href);
        if (!kept) expect(hrefs(root)).to.deep.equal([]);
      }
      el.select(undefined);
      await settle(el);

      root.querySelector<HTMLButtonElement>('.toolbar [data-action="list"]')!.click();
      await settle(el);
      const list = root.querySelector('ol.list')!;
      expect(list, 'the list view').to.exist;
      expectNothingInjected(el, 'list view');
      expect(textOf(list, '.list-title').map((t) => t.trim())).to.deep.equal([shown, shown]);
      expect(textOf(list, '.summary')).to.deep.equal([shown, shown]);
      expect(list.querySelectorAll('.quote-text')).to.have.length(3);
      for (const quote of textOf(list, '.quote-text')) expect(quote).to.contain(shown);
      expect(list.querySelectorAll('a[href]')).to.have.length(kept ? 3 : 0);
      // The story's source, publication note, era note and corrections: said once, in the footer.
      const footer = root.querySelector('[part~="footer"]')!;
      for (const selector of ['.story-source', '.published-note', '.era-note', '.correction']) {
        expect(textOf(footer, selector).join(), selector).to.contain(shown);
      }
      expect(footer.querySelectorAll('a[href]')).to.have.length(kept ? 2 : 0);
    });
  });

  it('keeps every link payload out of every href, with a problem for each one dropped', async () => {
    for (const { url, kept } of URL_PAYLOADS) {
      const { el, load } = await mountDocument(documentWith('Plain title', url));
      el.select('article');
      await settle(el);
      shadow(el).querySelector<HTMLButtonElement>('.toolbar [data-action="list"]')!.click();
      await settle(el);
      expectNothingInjected(el, url);
      const links = hrefs(shadow(el));
      if (kept) expect(links, url).to.not.be.empty;
      else expect(links, url).to.deep.equal([]);
      for (const href of links) expect(href).to.equal(new URL(url).href);
      const dropped = pathsOf(load.problems).filter((p) => p.endsWith('url'));
      expect(dropped, url).to.deep.equal(kept ? [] : LINK_PATHS);
      el.remove();
    }
  });

  it('drops a payload used as an event or lane id, with a problem', async () => {
    const payload = '"><img src=x onerror=window.__xss=true>';
    const { el, load } = await mountDocument({
      lanes: [{ id: payload, label: 'Lane' }],
      events: [
        { id: payload, title: 'Bad id', start: '2018' },
        { id: 'good', title: 'Good', start: '2019', lanes: [payload] },
      ],
    });
    expect(el.events.map((e) => e.id)).to.deep.equal(['good']);
    expect(pathsOf(load.problems)).to.include.members(['lanes[0].id', 'events[0].id', 'events[1].lanes[0]']);
    el.select('good');
    await settle(el);
    expectNothingInjected(el, 'payload ids');
  });

  it('refuses javascript:, data: and credentialed media, reports their paths, and renders nothing of them', async () => {
    const { el: element, load } = await mountDocument({
      events: [
        { id: 'script', title: 'Script', start: '2019-01-10', media: { url: 'javascript:alert(1)', alt: 'x', caption: 'Bad' } },
        { id: 'data', title: 'Data', start: '2019-04-02', media: { url: 'data:image/png;base64,iVBORw0KGgo=', alt: 'x' } },
        { id: 'user', title: 'User', start: '2019-05-02', media: { url: 'https://me:pw@images.example/a.png', alt: 'x' } },
      ],
    });
    expect(load.problems.map((p) => p.path)).to.deep.equal(['events[0].media.url', 'events[1].media.url', 'events[2].media.url']);
    for (const problem of load.problems) expect(problem.message).to.match(/refused; media left out$/);
    expect(load.count).to.equal(3);
    for (const id of ['script', 'data', 'user']) {
      element.select(id);
      await settle(element);
      const popover = shadow(element).querySelector('[role="dialog"]')!;
      expectNothingInjected(element, `popover of ${id}`);
      expect(popover.querySelector('figure.media, img, iframe'), id).to.equal(null);
      expect(popover.textContent).not.to.contain('Bad');
    }
  });

  it('reads a TimelineJS3 document full of payloads as plain text', async () => {
    const slides = TEXT_PAYLOADS.map((payload, index) => ({
      unique_id: `slide-${index}`,
      start_date: { year: String(1900 + index) },
      text: { headline: `Slide ${index} ${payload}`, text: `<p>${payload}</p>` },
      media: { url: URL_PAYLOADS[index % URL_PAYLOADS.length]!.url, caption: payload, credit: payload },
      group: payload,
    }));
    const { el } = await mountDocument({
      title: { text: { headline: TEXT_PAYLOADS[0], text: TEXT_PAYLOADS[1] } },
      eras: [{ start_date: { year: '1900' }, end_date: { year: '1950' }, text: { headline: TEXT_PAYLOADS[2] } }],
      events: slides,
    });
    expectNothingInjected(el, 'TimelineJS drawn');
    for (const event of el.events.slice(0, 12)) {
      el.select(event.id);
      await settle(el);
      expectNothingInjected(el, `TimelineJS popover ${event.id}`);
    }
    el.select(undefined);
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('.toolbar [data-action="list"]')!.click();
    await settle(el);
    expectNothingInjected(el, 'TimelineJS list view');
    // Entities decode once, to text: "&lt;img …&gt;" reads "<img …>", and stays text.
    const decoded = el.events.find((event) => event.summary?.includes('<img src=x onerror=window.__xss=true>'))!;
    expect(decoded, 'the entity payload decoded to text').to.exist;
    el.select(decoded.id);
    await settle(el);
    expect(shadow(el).querySelector('[role="dialog"]')!.textContent).to.contain('<img src=x onerror=window.__xss=true>');
    expectNothingInjected(el, 'TimelineJS decoded entity');
  });
});

describe('direction controls in the data', () => {
  /** Where the `index`th character of `node`'s text is drawn, from the left. */
  const leftOf = (node: Text, index: number) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect().left;
  };
  /** The text node of `root` holding `word`, and where its first and last letters are drawn. */
  const drawn = (root: Element, word: string) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(word);
      if (at >= 0) return { first: leftOf(node, at), last: leftOf(node, at + word.length - 1) };
    }
    throw new Error(`${word} is not drawn`);
  };

  it('end with their field: an unclosed right-to-left override reverses neither the role after it nor the next link', async () => {
    const { el } = await mountDocument({
      events: [
        {
          id: 'a',
          title: 'Statement',
          start: '2019-03-15',
          quotes: [{ text: 'Quote', speaker: 'Speaker\u202E', role: 'Minister', kind: 'direct' }],
          citations: [
            { name: 'Cite\u202E', url: 'https://c.example/' },
            { name: 'Other', url: 'https://d.example/' },
          ],
        },
      ],
    });
    el.select('a');
    await settle(el);
    const dialog = shadow(el).querySelector('[role="dialog"]')!;
    for (const word of ['Minister', 'Other']) {
      const { first, last } = drawn(dialog, word);
      expect(first, `${word} reads left to right`).to.be.below(last);
    }
  });
});
