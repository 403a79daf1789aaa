// How <news-timeline> loads its document and reports problems, as a page and its reader see
// it: the three ways in (data, inline JSON, src), events in time order, skipped events, the
// accessible error state and the cancelable nt-error, a newer src winning, a timeout, and data
// never becoming HTML.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ErrorDetail, LoadDetail, NewsTimeline } from '../../src/index.js';

type Json = Record<string, unknown>;

const STORY_URL = '/data/north-korea-talks.json';
const DOC_A_URL = '/test/fixtures/data/loading-a.json';
const DOC_B_URL = '/test/fixtures/data/loading-b.json';

/** Three events far apart in time, given out of order: none cluster at 900 px. */
const THREE: Json = {
  title: 'Three events',
  events: [
    { id: 'talks', title: 'Hanoi talks', start: '2019-02-27' },
    { id: 'war', title: 'Iraq war begins', start: '2003-03-20' },
    { id: 'summit', title: 'Singapore summit', start: '2018-06-12' },
  ],
};
const THREE_IN_ORDER = ['Iraq war begins', 'Singapore summit', 'Hanoi talks'];
const THREE_LABELS = ['Mar 20, 2003: Iraq war begins', 'Jun 12, 2018: Singapore summit', 'Feb 27, 2019: Hanoi talks'];

interface Mounted {
  el: NewsTimeline;
  loads: LoadDetail[];
  errors: CustomEvent<ErrorDetail>[];
}

/**
 * Creates the element with listeners already on it (nt-load can fire in its first update),
 * lets `setup` give it a document, and puts it in a box of the given width.
 */
async function mount(
  setup: (el: NewsTimeline) => void,
  { width = 900, cancelErrors = false } = {},
): Promise<Mounted> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('news-timeline');
  const mounted: Mounted = { el, loads: [], errors: [] };
  el.addEventListener('nt-load', (e) => mounted.loads.push(e.detail));
  el.addEventListener('nt-error', (e) => {
    mounted.errors.push(e);
    if (cancelErrors) e.preventDefault();
  });
  setup(el);
  box.append(el);
  return mounted;
}

/** Waits for the element to say how loading went, and for it to render that. */
async function settled({ el, loads, errors }: Mounted): Promise<void> {
  await waitUntil(() => loads.length + errors.length > 0, 'neither nt-load nor nt-error fired');
  await el.updateComplete;
}

const shadow = (el: NewsTimeline) => el.shadowRoot!;
const marks = (el: NewsTimeline) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.mark')];
const listTitles = (el: NewsTimeline) =>
  [...shadow(el).querySelectorAll('ol.list .list-title')].map((b) => b.textContent!.trim());
const alertOf = (el: NewsTimeline) => shadow(el).querySelector('[role="alert"]');

/** Waits for the horizontal view's marks (they need the element's measured width). */
async function drawnMarks(el: NewsTimeline): Promise<HTMLButtonElement[]> {
  await waitUntil(() => marks(el).length > 0, 'no marks were drawn');
  return marks(el);
}

/** How many events the marks stand for: one each, or a cluster's data-count. */
const eventsMarked = (buttons: HTMLButtonElement[]) => buttons.reduce((n, b) => n + Number(b.dataset.count), 0);

/** The aria-labels of single-event marks, left to right. */
const singleLabels = (buttons: HTMLButtonElement[]) =>
  buttons.filter((b) => b.dataset.count === '1').map((b) => b.getAttribute('aria-label'));

function inlineJson(el: NewsTimeline, document: unknown): void {
  const script = window.document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(document);
  el.append(script);
}

/** Replaces window.fetch with a recording wrapper; `hold` may delay a request. */
const realFetch = window.fetch;
type Hold = (url: string, signal: AbortSignal | undefined) => Promise<void>;
function spyOnFetch(hold: Hold = () => Promise.resolve()) {
  const requests: { url: string; response: Promise<Response> }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const response = hold(url, init?.signal ?? undefined).then(() => realFetch.call(window, input, init));
    requests.push({ url, response });
    return response;
  };
  return requests;
}

/** A server that never answers: the request goes out only once it is aborted, and so fails. */
const untilAborted: Hold = (_url, signal) =>
  new Promise((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));

/** Lets a settled request's continuation (the task, then the element's update) run. */
async function afterRequest(el: NewsTimeline, request: { response: Promise<Response> }): Promise<void> {
  await request.response.catch(() => undefined);
  await aTimeout(0);
  await el.updateComplete;
}

/** A promise and the function that resolves it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

afterEach(() => {
  window.fetch = realFetch;
});

describe('news-timeline loading', () => {
  describe('the three ways in', () => {
    it('draws every event of a `data` object and reports the load', async () => {
      const mounted = await mount((el) => (el.data = THREE));
      await settled(mounted);
      expect(mounted.loads).to.have.length(1);
      expect(mounted.loads[0]).to.deep.include({ events: 3, skipped: 0 });
      expect(mounted.loads[0]!.problems).to.deep.equal([]);
      expect(singleLabels(await drawnMarks(mounted.el))).to.deep.equal(THREE_LABELS);
    });

    it('reads an inline <script type="application/json"> without a request', async () => {
      const requests = spyOnFetch();
      const mounted = await mount((el) => inlineJson(el, THREE));
      await settled(mounted);
      expect(mounted.loads.map((d) => d.count)).to.deep.equal([3]);
      expect(singleLabels(await drawnMarks(mounted.el))).to.deep.equal(THREE_LABELS);
      expect(requests).to.deep.equal([]);
    });

    it('fetches `src` and draws every event of the story', async () => {
      const story = (await (await fetch(STORY_URL)).json()) as { events: { title: string }[] };
      const titles = story.events.map((e) => e.title);
      const mounted = await mount((el) => el.setAttribute('src', STORY_URL));
      await settled(mounted);
      expect(mounted.loads).to.have.length(1);
      expect(mounted.loads[0]).to.deep.include({ events: titles.length, skipped: 0 });
      const buttons = await drawnMarks(mounted.el);
      expect(eventsMarked(buttons)).to.equal(titles.length);
      for (const label of singleLabels(buttons)) {
        expect(titles.some((title) => label!.endsWith(`: ${title}`)), label!).to.be.true;
      }
    });
  });

  describe('the vertical list', () => {
    it('shows every title in time order below 600 px, whatever the input order', async () => {
      const mounted = await mount((el) => (el.data = THREE), { width: 400 });
      await settled(mounted);
      await waitUntil(() => listTitles(mounted.el).length > 0, 'no list was shown');
      expect(listTitles(mounted.el)).to.deep.equal(THREE_IN_ORDER);
      expect(marks(mounted.el)).to.have.length(0);
    });
  });

  describe('a malformed event', () => {
    it('is skipped with its path and reason; the others are drawn', async () => {
      const events = [
        { id: 'first', title: 'First', start: '2001' },
        { id: 'broken', title: 'Broken', start: 'June 2018x' },
        { id: 'last', title: 'Last', start: '2019' },
      ];
      const mounted = await mount((el) => (el.data = { events }));
      await settled(mounted);
      expect(mounted.loads).to.have.length(1);
      const { events: shown, skipped, problems } = mounted.loads[0]!;
      expect({ shown, skipped }).to.deep.equal({ shown: 2, skipped: 1 });
      expect(problems.map((p) => p.path)).to.deep.equal(['events[1].start']);
      expect(problems[0]!.message).to.contain('is not a date');
      expect(singleLabels(await drawnMarks(mounted.el))).to.deep.equal(['2001: First', '2019: Last']);
    });
  });

  describe('a document that cannot be shown', () => {
    const cases: { name: string; setup: (el: NewsTimeline) => void; reason: ErrorDetail['reason']; says: string }[] = [
      { name: 'a 404', setup: (el) => (el.src = '/does-not-exist.json'), reason: 'http', says: 'HTTP 404' },
      { name: 'a file that is not JSON', setup: (el) => (el.src = '/README.md'), reason: 'not-json', says: 'not valid JSON' },
      { name: 'an empty events list', setup: (el) => (el.data = { events: [] }), reason: 'invalid', says: 'no events' },
      { name: 'no events key', setup: (el) => (el.data = { title: 'No events' }), reason: 'invalid', says: '"events" list' },
      { name: 'data that is not an object', setup: (el) => (el.data = 42), reason: 'invalid', says: 'JSON object' },
    ];
    for (const { name, setup, reason, says } of cases) {
      it(`${name}: an alert with the reason and a cancelable nt-error (${reason})`, async () => {
        const mounted = await mount(setup);
        await settled(mounted);
        expect(mounted.loads).to.deep.equal([]);
        expect(mounted.errors).to.have.length(1);
        const error = mounted.errors[0]!;
        expect(error.cancelable).to.be.true;
        expect(error.detail.reason).to.equal(reason);
        // Readers get a short message; the reason is for the page's developers.
        const alert = alertOf(mounted.el);
        expect(alert, 'no [role="alert"]').to.exist;
        expect(alert!.textContent!.trim()).to.equal('This timeline could not be loaded.');
        expect(error.detail.message).to.contain(says);
      });
    }

    it('shows no built-in message when nt-error is cancelled', async () => {
      const mounted = await mount((el) => (el.src = '/does-not-exist.json'), { cancelErrors: true });
      await settled(mounted);
      expect(mounted.errors.map((e) => e.detail.reason)).to.deep.equal(['http']);
      expect(alertOf(mounted.el)).to.be.null;
    });

    // Against the dev server a 1 ms timeout is a race the response sometimes wins (WebKit), so
    // the server here is one that never answers.
    it('times out a request that takes longer than `timeout` ms', async () => {
      const requests = spyOnFetch(untilAborted);
      const mounted = await mount((el) => {
        el.setAttribute('timeout', '1');
        el.src = STORY_URL;
      });
      await settled(mounted);
      expect(requests.map((r) => r.url)).to.deep.equal([STORY_URL]);
      expect(mounted.errors.map((e) => e.detail.reason)).to.deep.equal(['timeout']);
      expect(mounted.errors[0]!.detail.message).to.contain(STORY_URL);
      expect(alertOf(mounted.el)!.textContent).to.contain('could not be loaded');
    });
  });

  describe('requests in flight', () => {
    it('shows only the newer src when the older response arrives later', async () => {
      const older = gate();
      const requests = spyOnFetch((url) => (url === DOC_A_URL ? older.opened : Promise.resolve()));
      const mounted = await mount((el) => (el.src = DOC_A_URL));
      await mounted.el.updateComplete;
      expect(requests.map((r) => r.url)).to.deep.equal([DOC_A_URL]);
      mounted.el.src = DOC_B_URL;
      await settled(mounted);
      older.open();
      await afterRequest(mounted.el, requests[0]!);
      expect(mounted.loads.map((d) => d.count)).to.deep.equal([3]);
      expect(mounted.errors).to.deep.equal([]);
      const labels = singleLabels(await drawnMarks(mounted.el));
      expect(labels).to.deep.equal(['2010: B first', 'June 2014: B second', 'Jun 12, 2018: B third']);
    });

    it('fires no nt-load for an element removed while loading', async () => {
      const held = gate();
      const requests = spyOnFetch(() => held.opened);
      const mounted = await mount((el) => (el.src = DOC_A_URL));
      await mounted.el.updateComplete;
      expect(requests).to.have.length(1);
      mounted.el.remove();
      held.open();
      await afterRequest(mounted.el, requests[0]!);
      expect(mounted.loads).to.deep.equal([]);
    });

    it('reports no error for a request abandoned by leaving the page, and loads when put back', async () => {
      const held = gate();
      const requests = spyOnFetch(() => held.opened);
      const mounted = await mount((el) => (el.src = DOC_A_URL));
      await mounted.el.updateComplete;
      const box = mounted.el.parentElement!;
      mounted.el.remove();
      held.open();
      await afterRequest(mounted.el, requests[0]!);
      expect(mounted.errors).to.deep.equal([]);

      box.append(mounted.el);
      await settled(mounted);
      expect(mounted.errors).to.deep.equal([]);
      expect(mounted.loads).to.have.length(1);
      expect(alertOf(mounted.el)).to.be.null;
    });
  });

  describe('data is text, never HTML', () => {
    const TITLE = '<img src=x onerror="window.__xss=1">';
    const QUOTE = '<script>window.__xss=1</script>';
    const xss = () => (window as unknown as { __xss?: unknown }).__xss;

    it('shows markup in a title or quote as literal text', async () => {
      const events = [{ id: 'x', title: TITLE, start: '2018', quotes: [{ text: QUOTE, speaker: 'Someone', kind: 'direct' }] }];
      const mounted = await mount((el) => (el.data = { events }));
      await settled(mounted);
      const [mark] = await drawnMarks(mounted.el);
      expect(mark!.getAttribute('aria-label')).to.equal(`2018: ${TITLE}`);
      shadow(mounted.el).querySelector<HTMLButtonElement>('.toolbar button[data-action="list"]')!.click();
      await mounted.el.updateComplete;
      expect(listTitles(mounted.el)).to.deep.equal([TITLE]);
      expect(shadow(mounted.el).querySelector('ol.list .quote-text')!.textContent).to.contain(QUOTE);
      expect(shadow(mounted.el).querySelector('img, script')).to.be.null;
      expect(xss()).to.be.undefined;
    });

    it('drops a javascript: url with a problem at its path', async () => {
      const events = [{ id: 'x', title: 'Linked', start: '2018', url: 'javascript:window.__xss=1' }];
      const mounted = await mount((el) => (el.data = { events }));
      await settled(mounted);
      const { events: shown, problems } = mounted.loads[0]!;
      expect(shown).to.equal(1);
      expect(problems.map((p) => p.path)).to.deep.equal(['events[0].url']);
      shadow(mounted.el).querySelector<HTMLButtonElement>('.toolbar button[data-action="list"]')!.click();
      await mounted.el.updateComplete;
      expect(listTitles(mounted.el)).to.deep.equal(['Linked']);
      expect(shadow(mounted.el).querySelector('a[href^="javascript:" i]')).to.be.null;
    });
  });
});

describe('faults inside the element', () => {
  it('are contained: an error state and nt-error, nothing thrown into the page', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
      errors.push(event);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const element = document.createElement('news-timeline');
      const failed = oneEvent(element, 'nt-error');
      // A strings override that throws stands for any fault inside an update.
      element.strings = {
        get timelineLabel(): string {
          throw new Error('boom');
        },
      };
      element.data = { events: [{ id: 'a', title: 'A', start: '2020' }] };
      document.body.append(element);
      const { detail } = await failed;
      expect(detail.reason).to.equal('internal');
      expect(detail.message).to.contain('could not be drawn');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.deep.equal([]);
      element.remove();
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});

describe('inline JSON that arrives late', () => {
  it('is read when it appears, as when a CMS or an async script fills the page in', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.width = '760px';
    const element = document.createElement('news-timeline');
    box.append(element);
    await element.updateComplete;
    const loaded = oneEvent(element, 'nt-load');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ events: [{ id: 'late', title: 'Arrived late', start: '2021-05-04' }] });
    element.append(script);
    const { detail } = await loaded;
    expect(detail.count).to.equal(1);
  });
});
