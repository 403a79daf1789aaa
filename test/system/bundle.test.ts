// The one-script-tag embed: dist/news-timeline.bundle.js (built by `npm run build`, which
// `npm test` runs first) in plain HTML pages, each opened in an iframe so it is a page of its
// own, with nothing from the test runner in it. The element must register and upgrade, draw the
// article's 12 events from `src`, and draw an inline document without fetching anything.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';

const ARTICLE_EVENTS = 12;
const WAIT = { timeout: 8000, interval: 50 };

interface FramePage {
  window: Window & typeof globalThis & { recordedFetches?: string[] };
  document: Document;
}

/** Opens `path` in an iframe `width` px wide and resolves once it has loaded. */
async function openPage(path: string, width: number): Promise<FramePage> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 560px; border: 0`;
  const loaded = new Promise((resolve, reject) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.addEventListener('error', reject, { once: true });
  });
  frame.src = path;
  box.append(frame);
  await loaded;
  return { window: frame.contentWindow as FramePage['window'], document: frame.contentDocument! };
}

/** The page's timeline, once the bundle has registered and upgraded it. */
async function upgradedTimeline(page: FramePage): Promise<NewsTimeline> {
  await waitUntil(() => page.window.customElements.get('news-timeline'), 'the bundle registered no <news-timeline>', WAIT);
  const element = page.document.querySelector('news-timeline') as NewsTimeline;
  await waitUntil(() => element.shadowRoot, 'the element was not upgraded', WAIT);
  expect(element.matches(':defined')).to.be.true;
  return element;
}

/** Events drawn in the horizontal view: each mark stands for `data-count` events. */
function drawnEvents(element: NewsTimeline): number {
  const marks = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.mark')];
  return marks.reduce((sum, mark) => sum + Number(mark.dataset.count), 0);
}

function listTitles(element: NewsTimeline): string[] {
  return [...element.shadowRoot!.querySelectorAll('.list-title')].map((title) => title.textContent!.trim());
}

describe('the one-script-tag bundle', () => {
  it('registers <news-timeline> and draws the 12 events of the article from src', async () => {
    const page = await openPage('/test/pages/bundle.html', 760);
    const element = await upgradedTimeline(page);
    await waitUntil(() => drawnEvents(element) === ARTICLE_EVENTS, `did not draw ${ARTICLE_EVENTS} events`, WAIT);
    expect(element.events).to.have.length(ARTICLE_EVENTS);
    expect(element.shadowRoot!.querySelector('[part~="error"]')).to.be.null;
  });

  it('draws the same 12 events as a list at a phone width', async () => {
    const page = await openPage('/test/pages/bundle.html', 360);
    const element = await upgradedTimeline(page);
    await waitUntil(() => listTitles(element).length === ARTICLE_EVENTS, `did not list ${ARTICLE_EVENTS} events`, WAIT);
    expect(listTitles(element)).to.deep.equal(element.events.map((e) => e.title));
  });

  it('zooms in with its buttons, animated, and fits the whole story again', async () => {
    // The bundle's zoom runs without d3-transition (scripts/build.mjs puts a stub in its place).
    const page = await openPage('/test/pages/bundle.html', 760);
    const element = await upgradedTimeline(page);
    await waitUntil(() => drawnEvents(element) === ARTICLE_EVENTS, `did not draw ${ARTICLE_EVENTS} events`, WAIT);
    // On a linear axis, zooming in ×2 shows half the time.
    element.spacing = 'time';
    await element.updateComplete;
    const span = () => element.visibleRange!.end.getTime() - element.visibleRange!.start.getTime();
    const whole = span();
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
    await waitUntil(() => Math.abs(span() - whole / 2) < whole * 0.001, 'the zoom did not arrive at half the story', WAIT);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="fit"]')!.click();
    await waitUntil(() => Math.abs(span() - whole) < whole * 0.001, 'fit did not show the whole story again', WAIT);
    expect(element.shadowRoot!.querySelector('[part~="error"]')).to.be.null;
  });

  it('zooms with Ctrl+wheel, pans when dragged and ignores a double-click, with the bundle’s own d3 (no error)', async () => {
    // The bundle keeps only the selection methods d3-zoom and the element call (scripts/d3-methods.mjs):
    // each gesture runs d3-zoom's handlers in the page, and one that called a method left out would throw.
    const page = await openPage('/test/pages/bundle.html', 760);
    const errors: string[] = [];
    page.window.addEventListener('error', (event) => errors.push(String(event.message)));
    const element = await upgradedTimeline(page);
    await waitUntil(() => drawnEvents(element) === ARTICLE_EVENTS, `did not draw ${ARTICLE_EVENTS} events`, WAIT);
    const plot = element.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + 20];
    const at = { clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true, view: page.window };
    const range = () => JSON.stringify(element.visibleRange);
    const { MouseEvent: FrameMouseEvent, WheelEvent: FrameWheelEvent } = page.window;

    const whole = range();
    plot.dispatchEvent(new FrameWheelEvent('wheel', { ...at, deltaY: -200, ctrlKey: true }));
    await waitUntil(() => range() !== whole, 'Ctrl+wheel did not zoom in', WAIT);

    const zoomed = element.visibleRange!;
    plot.dispatchEvent(new FrameMouseEvent('mousedown', { ...at, button: 0 }));
    for (const dx of [20, 60, 120]) page.window.dispatchEvent(new FrameMouseEvent('mousemove', { ...at, clientX: x + dx }));
    page.window.dispatchEvent(new FrameMouseEvent('mouseup', { ...at, clientX: x + 120 }));
    await waitUntil(() => element.visibleRange!.start < zoomed.start, 'dragging right did not show earlier times', WAIT);

    const dragged = range();
    plot.dispatchEvent(new FrameMouseEvent('dblclick', at));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(range(), 'a double-click does not zoom').to.equal(dragged);
    expect(errors).to.deep.equal([]);
  });

  it('draws an inline JSON document without fetching anything', async () => {
    const page = await openPage('/test/pages/bundle-inline.html', 760);
    const element = await upgradedTimeline(page);
    await waitUntil(() => drawnEvents(element) === 3, 'did not draw the 3 inline events', WAIT);
    expect(element.events.map((e) => e.id)).to.deep.equal(['libya', 'singapore', 'hanoi']);
    expect(page.window.recordedFetches).to.deep.equal([]);
    const documents = page.window.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.json'));
    expect(documents).to.deep.equal([]);
  });
});

describe('the bundle hosted alone, without its chunks', () => {
  it('is one file: it imports nothing before it runs', async () => {
    const text = await (await fetch('/dist/news-timeline.bundle.js')).text();
    // Minified, a static import reads `…from"./chunks/…"` or `import"./…"`; only `import("…")` may remain.
    expect(text.match(/\bfrom\s*"\.\.?\/|(?:^|[;}])import\s*"/g), 'static imports').to.be.null;
    expect(text).to.match(/import\("\.\/chunks\//);
  });

  it('draws an English story in our format', async () => {
    const page = await openPage('/test/pages/bundle-alone.html', 760);
    const element = await upgradedTimeline(page);
    await waitUntil(() => drawnEvents(element) === ARTICLE_EVENTS, `did not draw ${ARTICLE_EVENTS} events`, WAIT);
    expect(element.shadowRoot!.querySelector('[part~="error"]')).to.be.null;
  });

  // Dates come from the platform, which needs no chunk; the words' chunk is missing, so they
  // stay English. `june` is how the language writes 12 June 2018 (a plain form every engine shares).
  for (const { lang, june } of [
    { lang: 'fr', june: '12 juin 2018' },
    { lang: 'ja', june: '2018年6月12日' },
  ]) {
    it(`draws the story on a page in ${lang}, whose language chunk cannot be loaded: its dates, English words`, async () => {
      const page = await openPage(`/test/pages/bundle-alone.html?lang=${lang}`, 760);
      const element = await upgradedTimeline(page);
      await waitUntil(() => drawnEvents(element) === ARTICLE_EVENTS, `did not draw ${ARTICLE_EVENTS} events`, WAIT);
      // The element asked for its words, and did not get them.
      const asked = () => page.window.performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/alone/chunks/messages-${lang}`));
      await waitUntil(asked, `the ${lang} words were never asked for`, WAIT);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part~="error"]')).to.be.null;
      const date = element.shadowRoot!.querySelector('li[data-id="singapore-summit"] .list-date')!.textContent!.trim();
      expect(date).to.equal(june);
      expect(element.shadowRoot!.querySelector('[data-action="zoom-in"]')!.getAttribute('aria-label')).to.equal('Zoom in');
      // The missing file is said once, on the console, with what to do about it.
      const warnings = () => ((page.window as unknown as { ntWarnings: string[] }).ntWarnings ?? []).filter((w) => w.includes(`"${lang}"`));
      await waitUntil(() => warnings().length > 0, `no warning about the ${lang} words`, WAIT);
      expect(warnings()).to.have.length(1);
      expect(warnings()[0]).to.contain('chunks/');
      // And once in nt-load's problems, for a page that listens rather than reads the console.
      const loads = () => (page.window as unknown as { ntLoads: { problems: { message: string }[] }[] }).ntLoads;
      await waitUntil(() => loads().length > 0, 'no nt-load', WAIT);
      expect(loads()).to.have.length(1);
      const missing = loads()[0]!.problems.filter((p) => p.message.includes(`"${lang}"`));
      expect(missing, 'a problem naming the language').to.have.length(1);
      expect(missing[0]!.message).to.contain('chunks/');
    });
  }

  it('still says a document is not JSON when the locator of JSON errors cannot be loaded', async () => {
    const page = await openPage('/test/pages/bundle-alone.html?src=/test/fixtures/data/syntax-error.json', 760);
    const element = await upgradedTimeline(page);
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="error"]'), 'no error shown', WAIT);
    const errors = (page.window as unknown as { ntErrors: { reason: string; message: string }[] }).ntErrors;
    expect(errors).to.have.length(1);
    expect(errors[0]!.reason).to.equal('not-json');
    // Without its line and column, which only the chunk finds.
    expect(errors[0]!.message).to.equal('The timeline data at /test/fixtures/data/syntax-error.json is not valid JSON.');
    const warnings = (page.window as unknown as { ntWarnings: string[] }).ntWarnings.filter((w) => w.includes('JSON error locator'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('chunks/');
  });

  it('says which file is missing when a TimelineJS document needs its importer', async () => {
    const page = await openPage('/test/pages/bundle-alone.html?src=/test/fixtures/timelinejs/women-in-computing.json', 760);
    const element = await upgradedTimeline(page);
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="error"]'), 'no error shown', WAIT);
    expect(element.problems.map((p) => p.message).join(' ')).to.contain('TimelineJS importer could not be loaded');
    expect(element.problems.map((p) => p.message).join(' ')).to.contain('chunks/');
    expect(drawnEvents(element)).to.equal(0);
  });
});
