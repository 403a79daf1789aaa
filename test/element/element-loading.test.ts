// How <news-timeline> loads its document and reports problems, as a page and its reader see
// it: the three ways in (data, inline JSON, src), events in time order, skipped events, the
// accessible error state and the cancelable nt-error, a newer src winning. Failing servers (404,
// not JSON, timeouts) are in test/security/network-faults.test.ts, markup in data in
// test/security/xss.test.ts.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ErrorDetail, NewsTimeline } from '../../src/index.js';
import { gate, recordFetches, restoreFetch, type RecordedRequest } from '../support/fetch-spy.js';
import { generatedEvents, mount, outcome, PATIENCE, settle } from '../support/helpers.js';

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

const shadow = (el: NewsTimeline) => el.shadowRoot!;
const marks = (el: NewsTimeline) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.mark')];
const listTitles = (el: NewsTimeline) =>
  [...shadow(el).querySelectorAll('ol.list .list-title')].map((b) => b.textContent!.trim());
const alertOf = (el: NewsTimeline) => shadow(el).querySelector('[role="alert"]');

/** Waits for the horizontal view's marks (they need the element's measured width). */
async function drawnMarks(el: NewsTimeline): Promise<HTMLButtonElement[]> {
  await waitUntil(() => marks(el).length > 0, 'no marks were drawn', PATIENCE);
  return marks(el);
}

/** How many events the marks stand for: one each, or a cluster's data-count. */
const eventsMarked = (buttons: HTMLButtonElement[]) => buttons.reduce((n, b) => n + Number(b.dataset.count), 0);

/** The aria-labels of single-event marks, left to right. */
const singleLabels = (buttons: HTMLButtonElement[]) =>
  buttons.filter((b) => b.dataset.count === '1').map((b) => b.getAttribute('aria-label'));

/** Lets a settled request's continuation (the task, then the element's update) run. */
async function afterRequest(el: NewsTimeline, request: RecordedRequest): Promise<void> {
  await request.response.catch(() => undefined);
  await settle(el);
}

afterEach(restoreFetch);

describe('news-timeline loading', () => {
  describe('the three ways in', () => {
    it('draws every event of a `data` object and reports the load', async () => {
      const mounted = await mount({ data: THREE, width: 900 });
      expect(mounted.loads).to.have.length(1);
      expect(mounted.loads[0]).to.deep.include({ count: 3, skipped: 0 });
      expect(mounted.loads[0]!.problems).to.deep.equal([]);
      expect(singleLabels(await drawnMarks(mounted.el))).to.deep.equal(THREE_LABELS);
    });

    it('reads an inline <script type="application/json"> without a request', async () => {
      const requests = recordFetches();
      const mounted = await mount({ inline: { content: THREE }, width: 900 });
      expect(mounted.loads.map((d) => d.count)).to.deep.equal([3]);
      expect(singleLabels(await drawnMarks(mounted.el))).to.deep.equal(THREE_LABELS);
      expect(requests).to.deep.equal([]);
    });

    it('reads data given as text, as a fetched body is: JSON, a CSV or a TSV sheet', async () => {
      const sheet = 'Year\tMonth\tDay\tHeadline\n2003\t3\t20\tIraq war begins\n2018\t6\t12\tSingapore summit\n2019\t2\t27\tHanoi talks';
      for (const text of [JSON.stringify(THREE), sheet.replace(/\t/g, ','), sheet]) {
        const mounted = await mount({ data: text, width: 900 });
        expect(mounted.errors, text.slice(0, 20)).to.deep.equal([]);
        expect((await drawnMarks(mounted.el)).length, text.slice(0, 20)).to.equal(3);
        mounted.el.remove();
      }
      // Neither: the parser says what it expected.
      const { errors } = await mount({ data: 'hello', width: 900 });
      expect(errors[0]?.detail.message).to.contain('must be a JSON object');
    });

    it('reads inline JSON that starts with a byte-order mark, as a file from src is read', async () => {
      const mounted = await mount({ inline: { content: `\uFEFF${JSON.stringify(THREE)}` }, width: 900 });
      expect(mounted.errors).to.deep.equal([]);
      expect(singleLabels(await drawnMarks(mounted.el))).to.deep.equal(THREE_LABELS);
    });

    it('reports one nt-load for a story moved in the page, from data, inline or src, and draws it after the move', async () => {
      const requests = recordFetches();
      for (const [given, count] of [[{ data: THREE }, 3], [{ inline: { content: THREE } }, 3], [{ src: DOC_A_URL }, 2]] as const) {
        const mounted = await mount({ ...given, width: 900 });
        const elsewhere = document.createElement('section');
        elsewhere.style.width = '900px';
        mounted.el.parentElement!.after(elsewhere);
        elsewhere.append(mounted.el);
        await settle(mounted.el);
        mounted.el.parentElement!.before(mounted.el);
        await settle(mounted.el);
        elsewhere.remove();
        expect(mounted.loads, Object.keys(given)[0]).to.have.length(1);
        expect(mounted.el.events, Object.keys(given)[0]).to.have.length(count);
        expect((await drawnMarks(mounted.el)).length, Object.keys(given)[0]).to.be.greaterThan(0);
      }
      expect(requests, 'the src was fetched once').to.have.length(1);
    });

    it('fetches `src` and draws every event of the story', async () => {
      const story = (await (await fetch(STORY_URL)).json()) as { events: { title: string }[] };
      const titles = story.events.map((e) => e.title);
      const mounted = await mount({ src: STORY_URL, width: 900 });
      expect(mounted.loads).to.have.length(1);
      expect(mounted.loads[0]).to.deep.include({ count: titles.length, skipped: 0 });
      const buttons = await drawnMarks(mounted.el);
      expect(eventsMarked(buttons)).to.equal(titles.length);
      for (const label of singleLabels(buttons)) {
        expect(titles.some((title) => label!.endsWith(`: ${title}`)), label!).to.be.true;
      }
    });
  });

  describe('the vertical list', () => {
    it('shows every title in time order below 600 px, whatever the input order', async () => {
      const mounted = await mount({ data: THREE, width: 400 });
      await waitUntil(() => listTitles(mounted.el).length > 0, 'no list was shown', PATIENCE);
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
      const mounted = await mount({ data: { events }, width: 900 });
      expect(mounted.loads).to.have.length(1);
      const { count: shown, skipped, problems } = mounted.loads[0]!;
      expect({ shown, skipped }).to.deep.equal({ shown: 2, skipped: 1 });
      expect(problems.map((p) => p.path)).to.deep.equal(['events[1].start']);
      expect(problems[0]!.message).to.contain('is not a date');
      expect(singleLabels(await drawnMarks(mounted.el))).to.deep.equal(['2001: First', '2019: Last']);
    });
  });

  describe('a document that cannot be shown', () => {
    const cases: { name: string; data: unknown; reason: ErrorDetail['reason']; says: string }[] = [
      { name: 'an empty events list', data: { events: [] }, reason: 'invalid', says: 'no events' },
      { name: 'no events key', data: { title: 'No events' }, reason: 'invalid', says: '"events" list' },
      { name: 'data that is not an object', data: 42, reason: 'invalid', says: 'JSON object' },
    ];
    for (const { name, data, reason, says } of cases) {
      it(`${name}: an alert with the reason and a cancelable nt-error (${reason})`, async () => {
        const mounted = await mount({ data, width: 900 });
        expect(mounted.loads).to.deep.equal([]);
        expect(mounted.errors).to.have.length(1);
        const error = mounted.errors[0]!;
        expect(error.cancelable).to.be.true;
        expect(error.detail.reason).to.equal(reason);
        // Readers get a short message; the reason is for the page's developers.
        expect(alertOf(mounted.el)?.textContent?.trim()).to.equal('This timeline could not be loaded.');
        expect(error.detail.message).to.contain(says);
      });
    }
  });

  describe('requests in flight', () => {
    it('shows only the newer src when the older response arrives later', async () => {
      const older = gate();
      const requests = recordFetches((url) => (url === DOC_A_URL ? older.opened : Promise.resolve()));
      const mounted = await mount({ src: DOC_A_URL, width: 900, until: 'connected' });
      await mounted.el.updateComplete;
      expect(requests.map((r) => r.url)).to.deep.equal([DOC_A_URL]);
      mounted.el.src = DOC_B_URL;
      await outcome(mounted);
      older.open();
      await afterRequest(mounted.el, requests[0]!);
      expect(mounted.loads.map((d) => d.count)).to.deep.equal([3]);
      expect(mounted.errors).to.deep.equal([]);
      const labels = singleLabels(await drawnMarks(mounted.el));
      expect(labels).to.deep.equal(['2010: B first', 'June 2014: B second', 'Jun 12, 2018: B third']);
    });

    it('fires no nt-load for an element removed while loading', async () => {
      const held = gate();
      const requests = recordFetches(() => held.opened);
      const mounted = await mount({ src: DOC_A_URL, width: 900, until: 'connected' });
      await mounted.el.updateComplete;
      expect(requests).to.have.length(1);
      mounted.el.remove();
      held.open();
      await afterRequest(mounted.el, requests[0]!);
      expect(mounted.loads).to.deep.equal([]);
    });

    it('reports no error for a request abandoned by leaving the page, and loads when put back', async () => {
      const held = gate();
      const requests = recordFetches(() => held.opened);
      const mounted = await mount({ src: DOC_A_URL, width: 900, until: 'connected' });
      await mounted.el.updateComplete;
      const box = mounted.el.parentElement!;
      mounted.el.remove();
      held.open();
      await afterRequest(mounted.el, requests[0]!);
      expect(mounted.errors).to.deep.equal([]);

      box.append(mounted.el);
      await outcome(mounted);
      expect(mounted.errors).to.deep.equal([]);
      expect(mounted.loads).to.have.length(1);
      expect(alertOf(mounted.el)).to.be.null;
    });
  });
});

describe('JSON that does not parse', () => {
  it('inline: nt-error names the line and column', async () => {
    const { error } = await mount({
      inline: { content: '{\n  "events": [\n    { "id": "a", "title": "One", },\n  ]\n}' },
    });
    expect(error?.reason).to.equal('not-json');
    expect(error?.message).to.equal(
      'The inline timeline data is not valid JSON (line 3, column 34: a comma before "}" is not allowed in JSON).',
    );
  });

  it('from src: nt-error names the line and column', async () => {
    const { error } = await mount({ src: '/test/fixtures/data/syntax-error.json' });
    expect(error?.reason).to.equal('not-json');
    expect(error?.message).to.contain('is not valid JSON (line 4, column 51: a comma before "}"');
  });
});

describe('faults inside the element', () => {
  it('are contained: an error state and nt-error, nothing thrown into the page', async () => {
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
      thrown.push(event);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const logged: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const { el, loads, errors } = await mount({
        data: { events: [{ id: 'a', title: 'A', start: '2020' }] },
        // A strings override that throws stands for any fault inside an update.
        setup: (element) =>
          (element.strings = {
            get timelineLabel(): string {
              throw new Error('boom');
            },
          }),
      });
      expect(loads).to.deep.equal([]);
      expect(errors.map((e) => e.detail.reason)).to.deep.equal(['internal']);
      expect(errors[0]!.detail.message).to.contain('could not be drawn');
      expect(alertOf(el)?.textContent).to.contain('could not be loaded');
      // The page's developers are told the cause, once.
      expect(logged.map(([, cause]) => (cause as Error).message)).to.deep.equal(['boom']);
      // Still nothing thrown once the element has had its frames to fail again.
      await settle(el);
      expect(thrown).to.deep.equal([]);
    } finally {
      console.error = consoleError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('end when the page gives new words or a new story: the element draws again without a reload', async () => {
    const consoleError = console.error;
    console.error = () => {};
    try {
      const { el, errors } = await mount({
        data: { events: [{ id: 'a', title: 'A', start: '2020' }] },
        setup: (element) =>
          (element.strings = {
            get timelineLabel(): string {
              throw new Error('boom');
            },
          }),
      });
      expect(errors.map((e) => e.detail.reason)).to.deep.equal(['internal']);
      el.strings = {};
      await settle(el);
      expect(alertOf(el), 'the error state is gone').to.equal(null);
      expect((await drawnMarks(el)).map((mark) => mark.getAttribute('aria-label'))).to.deep.equal(['2020: A']);

      const loaded = oneEvent(el, 'nt-load');
      el.data = { events: [{ id: 'b', title: 'B', start: '2021' }] };
      await loaded;
      expect((await drawnMarks(el)).map((mark) => mark.getAttribute('aria-label'))).to.deep.equal(['2021: B']);
    } finally {
      console.error = consoleError;
    }
  });
});

describe('inline JSON that arrives late', () => {
  it('is read when it appears, as when a CMS or an async script fills the page in', async () => {
    const mounted = await mount({ width: 900, until: 'connected' });
    await mounted.el.updateComplete;
    expect(mounted.loads).to.deep.equal([]);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ events: [{ id: 'late', title: 'Arrived late', start: '2021-05-04' }] });
    mounted.el.append(script);
    await outcome(mounted);
    expect(mounted.loads.map((d) => d.count)).to.deep.equal([1]);
    expect(singleLabels(await drawnMarks(mounted.el))).to.deep.equal(['May 4, 2021: Arrived late']);
  });
});

describe('a large document given as data', () => {
  // Over 5,000 events, a document is read in slices between frames (read-document.ts).
  const large = (seed: number) => ({ title: `Large ${seed}`, events: generatedEvents(6000, { seed }) });

  it('shows no skeleton while it replaces the fallback, for its first 0.1 s; at once where it replaces a story', async () => {
    const mounted = await mount({ data: large(1), until: 'connected' });
    await mounted.el.updateComplete;
    // The quiet 0.1 s is a timer: none can have run before this update's own promise.
    expect(shadow(mounted.el).querySelector('.loading'), 'over the fallback').to.equal(null);
    await outcome(mounted);
    expect(mounted.el.events).to.have.length(6000);

    mounted.el.data = large(2);
    await mounted.el.updateComplete;
    expect(shadow(mounted.el).querySelector('.loading'), 'over a story').to.not.equal(null);
    await waitUntil(() => mounted.loads.length === 2, 'the second document was never drawn', PATIENCE);
    expect(mounted.loads.map((d) => d.count)).to.deep.equal([6000, 6000]);
    expect(shadow(mounted.el).querySelector('.header')!.textContent).to.contain('Large 2');
  });
});
