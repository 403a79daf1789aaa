// A good citizen of a news page (issue 14): a known size before content, so nothing below the
// element moves (layout-shift entries in Chromium; the paragraph's position in every engine); a
// height the page sets, kept in every state; every title of a small story readable at first
// sight; a mouse notch and a pinch that zoom sanely, and Ctrl+wheel that never zooms the page;
// loading="lazy"; colours that follow the page's color-scheme.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, centre, generatedEvents, markFor, mountTimeline, nextFrames, settle, shadow } from '../support/helpers.js';

const DEFAULT_HEIGHT = 512;
const WAIT = { timeout: 8000, interval: 50 };

interface NewsPage {
  window: Window & typeof globalThis & { shifts: number[]; measuresShifts: boolean; outcome?: string; firstAfterTop: number };
  document: Document;
  element: NewsTimeline;
  afterTop: () => number;
}

/** Opens test/pages/news-page.html in an iframe `width` px wide. */
async function openNewsPage(width: number, query: Record<string, string> = {}): Promise<NewsPage> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/news-page.html?${new URLSearchParams(query)}`;
  box.append(frame);
  await loaded;
  const page = frame.contentWindow as NewsPage['window'];
  const doc = frame.contentDocument!;
  await waitUntil(() => page.customElements.get('news-timeline'), 'the bundle registered no <news-timeline>', WAIT);
  const element = doc.querySelector('news-timeline') as NewsTimeline;
  return { window: page, document: doc, element, afterTop: () => doc.getElementById('after')!.getBoundingClientRect().top };
}

/** Two frames of the page inside the iframe. */
function frameFrames(page: NewsPage): Promise<void> {
  return new Promise((resolve) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(() => resolve())));
}

async function outcomeOf(page: NewsPage, expected: 'load' | 'error'): Promise<void> {
  await waitUntil(() => page.window.outcome !== undefined, 'neither nt-load nor nt-error', WAIT);
  expect(page.window.outcome).to.equal(expected);
  await page.element.updateComplete;
  await frameFrames(page);
}

const totalShift = (page: NewsPage) => page.window.shifts.reduce((sum, value) => sum + value, 0);

describe('on a news page: nothing below the element moves', function () {
  this.timeout(30_000);

  for (const width of [704, 390]) {
    for (const source of ['src', 'inline JSON'] as const) {
      it(`keeps the paragraph after it where it was first laid out (${width} px, ${source})`, async () => {
        const page = await openNewsPage(width, source === 'src' ? { src: '/data/north-korea-talks.json' } : {});
        await outcomeOf(page, 'load');
        expect(page.afterTop()).to.be.closeTo(page.window.firstAfterTop, 0.5);
        expect(page.element.getBoundingClientRect().height).to.be.closeTo(DEFAULT_HEIGHT, 0.5);
        // Cumulative layout shift: 0.05 at most (Google counts 0.1 as good); Chromium reports it.
        if (page.window.measuresShifts) expect(totalShift(page), 'cumulative layout shift').to.be.at.most(0.05);
      });
    }
  }

  it('adds no layout shift when the page zooms it with no input, as a story that scrolls would (Chromium)', async function () {
    // A 40-event story whose titles change rows as the view zooms in and out.
    const events = generatedEvents(40, { seed: 7, years: 30 });
    const page = await openNewsPage(768, { height: '600' });
    if (!page.window.measuresShifts) this.skip();
    await outcomeOf(page, 'load');
    const element = page.element;
    element.data = { events };
    await waitUntil(() => element.events.length === 40, 'the story was not read', WAIT);
    await element.updateComplete;
    await frameFrames(page);
    await frameFrames(page);
    page.window.shifts.length = 0;
    for (const step of [() => element.zoomIn(), () => element.zoomIn(), () => element.zoomOut(), () => element.fit()]) {
      step();
      // Past the glide (350 ms), then its last frames.
      await new Promise((resolve) => setTimeout(resolve, 450));
      await frameFrames(page);
    }
    expect(totalShift(page), 'layout shift from four zooms').to.be.below(0.005);
  });

  for (const width of [704, 1024]) {
    it(`draws the plot at once at the height the page sets, so nothing in it moves either (${width} px)`, async () => {
      const page = await openNewsPage(width, { src: '/data/north-korea-talks.json', height: '460' });
      await outcomeOf(page, 'load');
      expect(page.element.shadowRoot!.querySelector('.plot'), 'the horizontal view').to.exist;
      expect(page.element.getBoundingClientRect().height).to.equal(460);
      // Laid out first at a stand-in height, then at the stage's, the labels jumped a row.
      if (page.window.measuresShifts) expect(totalShift(page), 'cumulative layout shift').to.equal(0);
    });
  }

  it('keeps it there while loading, once loaded, and with a height the page sets: no shift at all', async () => {
    const slow = `/__faults/delay?${new URLSearchParams({ ms: '600', id: 'news-page' })}`;
    const page = await openNewsPage(390, { src: slow, height: '460' });
    await waitUntil(() => page.element.shadowRoot?.querySelector('.loading'), 'no loading state', WAIT);
    await frameFrames(page);
    expect(page.afterTop(), 'loading').to.be.closeTo(page.window.firstAfterTop, 0.5);
    expect(page.element.getBoundingClientRect().height).to.equal(460);
    await outcomeOf(page, 'load');
    expect(page.afterTop(), 'loaded').to.be.closeTo(page.window.firstAfterTop, 0.5);
    expect(page.element.getBoundingClientRect().height).to.equal(460);
    if (page.window.measuresShifts) expect(totalShift(page), 'cumulative layout shift').to.equal(0);
  });

  it('keeps it there on a failed load, with a short message and the page\'s fallback inside the box', async () => {
    const page = await openNewsPage(704, { src: '/does-not-exist.json' });
    await outcomeOf(page, 'error');
    expect(page.afterTop()).to.be.closeTo(page.window.firstAfterTop, 0.5);
    const alert = page.element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal('This timeline could not be loaded.');
    const fallback = page.element.querySelector('p')!;
    const box = page.element.getBoundingClientRect();
    const shown = fallback.getBoundingClientRect();
    expect(shown.height, 'the fallback is shown').to.be.above(0);
    expect(shown.top).to.be.at.least(box.top);
    expect(shown.bottom).to.be.at.most(box.bottom);
  });
});

/** Every part the element draws in its box, apart from the popover (which may float). */
function expectInsideBox(element: NewsTimeline): void {
  const box = element.getBoundingClientRect();
  const container = shadow(element).querySelector('.container')!;
  for (const part of container.children) {
    if (part.matches('.popover')) continue;
    const rect = part.getBoundingClientRect();
    if (rect.height === 0) continue;
    expect(rect.bottom, `${part.className || part.localName} ends inside the box`).to.be.at.most(box.bottom + 0.5);
  }
}

describe('a height the page sets, in every state', function () {
  this.timeout(20_000);

  /** A timeline 420 px tall by the page's own style; `firstOutcome` is its nt-load or nt-error, listened for from the start. */
  async function inBox(width: number, setup: (element: NewsTimeline) => void, height = '420px') {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.width = `${width}px`;
    const element = document.createElement('news-timeline');
    element.style.height = height;
    const fallback = document.createElement('p');
    fallback.textContent = 'The page\'s own fallback.';
    element.append(fallback);
    setup(element);
    const outcome = new Promise<CustomEvent>((resolve) => {
      element.addEventListener('nt-load', resolve, { once: true });
      element.addEventListener('nt-error', resolve as (event: Event) => void, { once: true });
    });
    box.append(element);
    return Object.assign(element, { firstOutcome: outcome });
  }

  it('has one default height at every width', async () => {
    const data = await articleData();
    for (const width of [1000, 704, 390]) {
      const element = await mountTimeline(data, { width });
      expect(element.getBoundingClientRect().height, `${width} px`).to.be.closeTo(DEFAULT_HEIGHT, 0.5);
      expectInsideBox(element);
    }
  });

  it('loaded, in the list view and in the vertical layout: the box holds, what does not fit scrolls inside', async () => {
    const data = await articleData();
    const wide = await inBox(760, (el) => (el.data = data));
    expect((await wide.firstOutcome).type).to.equal('nt-load');
    await settle(wide);
    expect(wide.getBoundingClientRect().height).to.equal(420);
    expectInsideBox(wide);
    // The plot fills the stage it has: lanes and label rows adapt to the height.
    const stage = shadow(wide).querySelector('.stage')!;
    const plot = shadow(wide).querySelector('.plot')!;
    expect(plot.getBoundingClientRect().height).to.be.closeTo(stage.getBoundingClientRect().height, 1);

    shadow(wide).querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
    await settle(wide);
    expect(wide.getBoundingClientRect().height).to.equal(420);
    expectInsideBox(wide);
    expect(stage.scrollHeight, 'the list scrolls inside').to.be.above(stage.clientHeight);

    const narrow = await inBox(390, (el) => (el.data = data));
    expect((await narrow.firstOutcome).type).to.equal('nt-load');
    await settle(narrow);
    expect(shadow(narrow).querySelectorAll('.list-title').length).to.be.above(0);
    expect(narrow.getBoundingClientRect().height).to.equal(420);
    expectInsideBox(narrow);
  });

  it('loading: a skeleton of the same size', async () => {
    // Slow enough that the skeleton is still there when it is measured on a busy machine.
    const element = await inBox(760, (el) => (el.src = `/__faults/delay?${new URLSearchParams({ ms: '3000', id: 'height' })}`));
    await waitUntil(() => shadow(element).querySelector('.loading'), 'no loading state', WAIT);
    await nextFrames();
    expect(element.getBoundingClientRect().height).to.equal(420);
    expect(shadow(element).querySelector('.loading')!.getBoundingClientRect().height).to.be.above(300);
    expectInsideBox(element);
    expect((await element.firstOutcome).type).to.equal('nt-load');
  });

  it('error and empty: a short message and the fallback, inside the box; cancelling nt-error leaves the fallback', async () => {
    for (const [name, setup] of [
      ['a failed src', (el: NewsTimeline) => (el.src = '/does-not-exist.json')],
      ['no events', (el: NewsTimeline) => (el.data = { events: [] })],
    ] as const) {
      const element = await inBox(760, setup);
      const failed = (await element.firstOutcome) as CustomEvent<{ message: string }>;
      expect(failed.type).to.equal('nt-error');
      await settle(element);
      expect(failed.detail.message, name).to.not.equal('This timeline could not be loaded.');
      expect(shadow(element).querySelector('[role="alert"]')!.textContent!.trim()).to.equal('This timeline could not be loaded.');
      expect(element.getBoundingClientRect().height).to.equal(420);
      const fallback = element.querySelector('p')!.getBoundingClientRect();
      expect(fallback.height, `${name}: fallback shown`).to.be.above(0);
      expect(fallback.bottom).to.be.at.most(element.getBoundingClientRect().bottom);
    }
    const cancelled = await inBox(760, (el) => {
      el.addEventListener('nt-error', (event) => event.preventDefault());
      el.src = '/does-not-exist.json';
    });
    expect((await cancelled.firstOutcome).type).to.equal('nt-error');
    await settle(cancelled);
    expect(shadow(cancelled).querySelector('[role="alert"]')).to.equal(null);
    expect(cancelled.querySelector('p')!.getBoundingClientRect().height, 'the fallback, not nothing').to.be.above(0);
  });
});

/** The label text of a title, if it is drawn whole and inside the plot. */
function readableTitles(element: NewsTimeline): string[] {
  const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
  const texts = [...shadow(element).querySelectorAll<HTMLElement>('.mark .label:not(.titles), .mark .title-line')];
  return texts
    .filter((text) => {
      const box = text.getBoundingClientRect();
      const inside = box.left >= plot.left - 0.5 && box.right <= plot.right + 0.5 && box.top >= plot.top - 0.5 && box.bottom <= plot.bottom + 0.5;
      const whole = text.scrollWidth <= text.clientWidth;
      return inside && whole && box.width > 0;
    })
    .map((text) => text.textContent!.trim());
}

/**
 * What keeps each title of the story from being read at first sight: no label of its own (a
 * count, or hidden), cut (ellipsised), outside the plot, or overlapping another label or a
 * lane's name. Empty when every title is whole.
 */
function unreadableTitles(element: NewsTimeline): string[] {
  const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
  const texts = [...shadow(element).querySelectorAll<HTMLElement>('.mark .label:not(.titles), .mark .title-line')];
  const labels = texts.map((text) => ({ title: text.textContent!.trim(), box: text.getBoundingClientRect(), text }));
  const names = [...shadow(element).querySelectorAll('.lane-label')].map((name) => ({ title: `lane ${name.textContent}`, box: name.getBoundingClientRect() }));
  const apart = (a: DOMRect, b: DOMRect) =>
    a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
  const problems: string[] = [];
  labels.forEach(({ title, box, text }, i) => {
    if (text.scrollWidth > text.clientWidth || box.width === 0) problems.push(`${title}: cut`);
    const inside = box.left >= plot.left - 0.5 && box.right <= plot.right + 0.5 && box.top >= plot.top - 0.5 && box.bottom <= plot.bottom + 0.5;
    if (!inside) problems.push(`${title}: outside the plot`);
    for (const other of [...labels.slice(i + 1), ...names]) {
      if (!apart(box, other.box)) problems.push(`${title}: overlaps ${other.title}`);
    }
  });
  const drawn = new Set(labels.map((label) => label.title));
  for (const event of element.events) if (!drawn.has(event.title)) problems.push(`${event.title}: no label of its own`);
  return problems;
}

/**
 * A small story of our own, not the article's shape: `count` events in clumps of days (the days
 * of a clump in two lanes), the clumps years apart, titles of varied length.
 */
function clumpedStory(count: number) {
  const words = ['talks', 'resume', 'after', 'a', 'long', 'pause', 'in', 'the', 'capital', 'council', 'vote'];
  return {
    lanes: [
      { id: 'gov', label: 'Government' },
      { id: 'opp', label: 'Opposition' },
    ],
    events: Array.from({ length: count }, (_, i) => {
      const clump = Math.floor(i / 5);
      const day = new Date(Date.UTC(2008 + clump * 5, 2 + clump, 3 + (i % 5) * 2)).toISOString().slice(0, 10);
      const title = `Clump ${clump + 1}, day ${(i % 5) + 1}: ${words.slice(0, 2 + ((i * 3) % 7)).join(' ')}`;
      return { id: `c${i}`, title, start: day, lanes: [i % 2 ? 'opp' : 'gov'] };
    }),
  };
}

describe('readable at first sight', function () {
  this.timeout(30_000);

  for (const width of [704, 1000]) {
    it(`the article in a ${width} px column shows every title whole, inside the plot, apart from the others`, async () => {
      const element = await mountTimeline(await articleData(), { width });
      expect(unreadableTitles(element)).to.deep.equal([]);
    });
  }

  it("the article in a 704 px column shows its five named events' titles, whole", async () => {
    const element = await mountTimeline(await articleData(), { width: 704 });
    expect(readableTitles(element)).to.include.members([
      'Libya gives up its nuclear programme',
      'Singapore summit',
      'Hanoi summit',
      'Choe Son Hui says Kim will decide on the talks',
      'Trump praises Kim on Twitter',
    ]);
  });

  for (const count of [10, 15, 20]) {
    for (const width of [700, 1000]) {
      it(`a story of ${count} events in clumps of days, years apart, shows every title at ${width} px`, async () => {
        const element = await mountTimeline(clumpedStory(count), { width });
        expect(element.events).to.have.length(count);
        expect(unreadableTitles(element)).to.deep.equal([]);
      });
    }
  }

  it('marks the widened stretches on the axis, and widens nothing with spacing="time" or in a longer story', async () => {
    const element = await mountTimeline(clumpedStory(15), { width: 700 });
    const stretches = [...shadow(element).querySelectorAll('.axis-stretch')];
    expect(stretches, 'one marked stretch per clump').to.have.length(3);
    // Each runs from the first to the last day of its clump.
    const x = (title: string) => centre(markFor(element, title)!).x;
    const first = element.events[5]!;
    const last = element.events[9]!;
    const left = shadow(element).querySelector('.plot')!.getBoundingClientRect().left;
    expect(Number(stretches[1]!.getAttribute('x1')) + left).to.be.closeTo(x(first.title), 1.5);
    expect(Number(stretches[1]!.getAttribute('x2')) + left).to.be.closeTo(x(last.title), 1.5);
    const honest = await mountTimeline(clumpedStory(15), { width: 700, attributes: { spacing: 'time' } });
    expect(shadow(honest).querySelectorAll('.axis-stretch')).to.have.length(0);
    const longer = await mountTimeline(clumpedStory(25), { width: 700 });
    expect(shadow(longer).querySelectorAll('.axis-stretch')).to.have.length(0);
  });

  it('another story of 10 events shows every title at 760 px', async () => {
    const story = await (await fetch('/demo/data/women-in-computing.json')).json();
    const element = await mountTimeline(story, { width: 760 });
    expect(element.events).to.have.length(10);
    expect(readableTitles(element)).to.have.members(element.events.map((e) => e.title));
  });

  it('generated stories of 12 and 20 events show every title at 1000 px', async () => {
    for (const [count, seed] of [
      [12, 3],
      [20, 5],
    ]) {
      const element = await mountTimeline({ events: generatedEvents(count!, { seed }) }, { width: 1000 });
      expect(readableTitles(element), `${count} events`).to.have.members(element.events.map((e) => e.title));
    }
  });

  it('spacing="time" stays true to time: no collapsed stretch', async () => {
    const element = await mountTimeline(await articleData(), { width: 704, attributes: { spacing: 'time' } });
    expect(shadow(element).querySelectorAll('.axis-break')).to.have.length(0);
    // Distances on screen are in proportion to time.
    const x = (title: string) => centre(markFor(element, title)!).x;
    const libya = x('Libya gives up its nuclear programme');
    const iraq = x('US-led invasion of Iraq');
    const missile = x('“Missile Man” and “Madman”');
    const time = (iso: string) => Date.parse(iso);
    const expected = (time('2003-03-20') - time('2003-12-19')) / (time('2017-09-01') - time('2003-12-19'));
    expect((iraq - libya) / (missile - libya)).to.be.closeTo(expected, 0.005);
  });
});

describe('the wheel and the pinch', function () {
  this.timeout(20_000);

  function wheel(element: NewsTimeline, init: WheelEventInit): WheelEvent {
    const plot = shadow(element).querySelector('.plot')!;
    const { x, y } = centre(plot);
    const event = new WheelEvent('wheel', { clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true, ...init });
    plot.dispatchEvent(event);
    return event;
  }

  // True-to-time spacing, so the visible span shrinks exactly by the zoom factor.
  const span = (element: NewsTimeline) => element.visibleRange!.end.getTime() - element.visibleRange!.start.getTime();
  const mount = async () => mountTimeline(await articleData(), { attributes: { spacing: 'time' } });

  it('zooms ×1.2 to ×2 for one mouse notch, in pixels or in lines', async () => {
    const element = await mount();
    for (const notch of [{ deltaY: -100 }, { deltaY: -120 }, { deltaY: -3, deltaMode: WheelEvent.DOM_DELTA_LINE }]) {
      element.fit({ animate: false });
      const before = span(element);
      wheel(element, { ctrlKey: true, ...notch });
      const factor = before / span(element);
      expect(factor, JSON.stringify(notch)).to.be.within(1.2, 2);
    }
  });

  it('keeps a pinch fine: many small Ctrl+wheel steps, each a little', async () => {
    const element = await mount();
    const start = span(element);
    for (let i = 0; i < 10; i++) {
      const before = span(element);
      wheel(element, { ctrlKey: true, deltaY: -2 });
      expect(before / span(element)).to.be.within(1.001, 1.1);
    }
    expect(start / span(element)).to.be.above(1.2);
  });

  it('never lets Ctrl+wheel zoom the page, also at the zoom limit', async () => {
    const element = await mount();
    element.fit({ animate: false });
    const before = span(element);
    const out = wheel(element, { ctrlKey: true, deltaY: 100 });
    expect(out.defaultPrevented, 'zooming out past the whole story').to.be.true;
    expect(span(element)).to.equal(before);
    // A plain wheel without focus is the page's: it scrolls.
    expect(wheel(element, { deltaY: 100 }).defaultPrevented).to.be.false;
  });
});

describe('loading="lazy"', function () {
  this.timeout(20_000);
  const realFetch = window.fetch;
  afterEach(() => (window.fetch = realFetch));

  function recordFetches(): string[] {
    const urls: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return realFetch.call(window, input, init);
    };
    return urls;
  }

  async function farBelow(loading: string | undefined) {
    const box = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div></div>`);
    box.querySelector<HTMLElement>('.spacer')!.style.height = '4000px';
    const element = document.createElement('news-timeline');
    if (loading) element.setAttribute('loading', loading);
    element.src = '/data/north-korea-talks.json';
    box.append(element);
    return element;
  }

  it('fetches nothing until the element nears the viewport, then loads', async () => {
    window.scrollTo(0, 0);
    const urls = recordFetches();
    const element = await farBelow('lazy');
    await element.updateComplete;
    await nextFrames();
    await nextFrames();
    expect(urls, 'no request while far below').to.deep.equal([]);
    expect(element.events).to.have.length(0);
    const loaded = oneEvent(element, 'nt-load');
    element.scrollIntoView();
    await loaded;
    expect(urls.filter((url) => url.endsWith('/data/north-korea-talks.json'))).to.have.length(1);
    window.scrollTo(0, 0);
  });

  it('is eager by default', async () => {
    window.scrollTo(0, 0);
    const urls = recordFetches();
    const element = await farBelow(undefined);
    await oneEvent(element, 'nt-load');
    expect(urls).to.have.length(1);
  });
});

describe("the page's color-scheme", () => {
  const background = (element: NewsTimeline) => getComputedStyle(element).backgroundColor;
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(22, 24, 28)';

  async function inScheme(scheme: string, theme?: string) {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.colorScheme = scheme;
    const element = document.createElement('news-timeline');
    if (theme) element.setAttribute('theme', theme);
    box.append(element);
    await element.updateComplete;
    return element;
  }

  it('stays light on a page that declares nothing, goes dark on one that declares dark', async () => {
    expect(background(await inScheme('normal'))).to.equal(LIGHT);
    expect(background(await inScheme('dark'))).to.equal(DARK);
  });

  it('lets theme pin the colours either way', async () => {
    expect(background(await inScheme('dark', 'light'))).to.equal(LIGHT);
    expect(background(await inScheme('normal', 'dark'))).to.equal(DARK);
  });

  it('follows "light dark" to dark when the reader prefers dark (where the engine can emulate it)', async function () {
    try {
      await emulateMedia({ colorScheme: 'dark' });
    } catch {
      this.skip();
    }
    try {
      if (!matchMedia('(prefers-color-scheme: dark)').matches) this.skip();
      expect(background(await inScheme('light dark'))).to.equal(DARK);
      expect(background(await inScheme('normal'))).to.equal(LIGHT);
    } finally {
      await emulateMedia({ colorScheme: 'light' }).catch(() => undefined);
    }
  });
});
