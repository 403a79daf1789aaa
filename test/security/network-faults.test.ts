// `src` against servers that fail the way real ones do (test/server/middleware.mjs answers
// under /__faults/…): each failure ends in a clear, accessible state, an alert saying why and
// an `nt-error` with the reason; a slow answer and a redirect still load; an answer that never
// finishes times out; and when `src` changes quickly, only the last document shows and only
// its `nt-load` fires, whichever request happens to answer first.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ErrorDetail, LoadDetail, NewsTimeline } from '../../src/index.js';

interface Mounted {
  el: NewsTimeline;
  loads: LoadDetail[];
  errors: ErrorDetail[];
}

/** The element with listeners on before it gets its `src`. */
async function mount(src: string | undefined, attributes: Record<string, string> = {}): Promise<Mounted> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
  const el = document.createElement('news-timeline');
  const mounted: Mounted = { el, loads: [], errors: [] };
  el.addEventListener('nt-load', (e) => mounted.loads.push(e.detail));
  el.addEventListener('nt-error', (e) => mounted.errors.push(e.detail));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (src !== undefined) el.setAttribute('src', src);
  box.append(el);
  return mounted;
}

const WAIT = { timeout: 6000, interval: 20 };

async function outcome(mounted: Mounted, message = 'neither nt-load nor nt-error fired'): Promise<void> {
  await waitUntil(() => mounted.loads.length + mounted.errors.length > 0, message, WAIT);
  await mounted.el.updateComplete;
}

const alertOf = (el: NewsTimeline) => el.shadowRoot!.querySelector('[role="alert"]');
const titles = (el: NewsTimeline) => el.events.map((e) => e.title);

/** The element says what went wrong, as an alert and as one nt-error with the reason. */
async function expectFailure(src: string, reason: ErrorDetail['reason'], attributes: Record<string, string> = {}) {
  const mounted = await mount(src, attributes);
  await outcome(mounted);
  expect(mounted.loads).to.deep.equal([]);
  expect(mounted.errors.map((e) => e.reason)).to.deep.equal([reason]);
  const [error] = mounted.errors;
  expect(error!.message).to.be.a('string').and.not.empty;
  const alert = alertOf(mounted.el);
  expect(alert, 'an alert').to.exist;
  // Readers get a short message; the reason is in nt-error for the page's developers.
  expect(alert!.textContent!.trim()).to.equal('This timeline could not be loaded.');
  expect(mounted.el.shadowRoot!.querySelectorAll('.mark')).to.have.length(0);
  return { ...mounted, error: error! };
}

describe('src against failing servers', function () {
  this.timeout(20_000);

  it('a 404 says so, and a good src afterwards recovers', async () => {
    const { el, error, loads } = await expectFailure('/__faults/404', 'http');
    expect(error.message).to.contain('404');
    el.setAttribute('src', '/__faults/ok');
    await waitUntil(() => loads.length === 1, 'the good src did not load', WAIT);
    await el.updateComplete;
    expect(alertOf(el)).to.equal(null);
    expect(titles(el)).to.deep.equal(['Event of document ok', 'Second event of document ok']);
  });

  it('a 500 says so', async () => {
    const { error } = await expectFailure('/__faults/500', 'http');
    expect(error.message).to.contain('500');
  });

  it('a body that is not JSON says so', async () => {
    await expectFailure('/__faults/not-json', 'not-json');
  });

  it('an empty body says so', async () => {
    await expectFailure('/__faults/empty', 'empty');
  });

  it('an unknown host says it could not be reached', async () => {
    // Port 9 (discard) on this machine: refused at once, no traffic leaves it.
    await expectFailure('http://127.0.0.1:9/timeline.json', 'network');
  });

  it('a slow answer shows a loading status, then loads', async () => {
    const mounted = await mount('/__faults/slow');
    await mounted.el.updateComplete;
    const status = [...mounted.el.shadowRoot!.querySelectorAll('[role="status"]')].map((s) => s.textContent!.trim());
    expect(status.filter(Boolean), 'a loading status').to.have.length.greaterThan(0);
    expect(alertOf(mounted.el)).to.equal(null);
    await outcome(mounted);
    expect(mounted.errors).to.deep.equal([]);
    expect(mounted.loads).to.have.length(1);
    expect(titles(mounted.el)).to.deep.equal(['Event of document slow', 'Second event of document slow']);
  });

  it('follows a redirect', async () => {
    const mounted = await mount('/__faults/redirect');
    await outcome(mounted);
    expect(mounted.errors).to.deep.equal([]);
    expect(mounted.loads.map((l) => l.count)).to.deep.equal([2]);
    expect(titles(mounted.el)).to.deep.equal(['Event of document ok', 'Second event of document ok']);
  });

  it('gives up on an answer that never finishes after `timeout` ms', async () => {
    const started = performance.now();
    const { error } = await expectFailure('/__faults/hang', 'timeout', { timeout: '800' });
    const took = performance.now() - started;
    expect(took, 'not before the timeout').to.be.at.least(750);
    expect(error.message).to.be.a('string').and.not.empty;
  });

  describe('when src changes three times quickly', () => {
    /** Sets each src in turn once the previous request has gone out, and waits for the outcome. */
    async function race(delays: readonly number[], gap: () => Promise<unknown>): Promise<Mounted> {
      const mounted = await mount(undefined);
      const ids = ['first', 'second', 'third'];
      for (const [index, ms] of delays.entries()) {
        mounted.el.setAttribute('src', `/__faults/delay?ms=${ms}&id=${ids[index]}`);
        await mounted.el.updateComplete; // the request is on its way
        if (index < delays.length - 1) await gap();
      }
      await outcome(mounted);
      // Long enough for every earlier request to have answered, had it not been abandoned.
      await aTimeout(Math.max(...delays) + 400);
      await mounted.el.updateComplete;
      return mounted;
    }

    function expectOnlyTheLast({ el, loads, errors }: Mounted): void {
      expect(errors, 'no nt-error for abandoned requests').to.deep.equal([]);
      expect(loads, 'one nt-load').to.have.length(1);
      expect(el.shadowRoot!.textContent).to.contain('Document third');
      expect(titles(el)).to.deep.equal(['Event of document third', 'Second event of document third']);
      expect(el.getAttribute('src')).to.contain('id=third');
    }

    it('shows only the last when the last answers first (600, 300, 0 ms)', async () => {
      expectOnlyTheLast(await race([600, 300, 0], () => aTimeout(50)));
    });

    it('shows only the last when the last answers last (0, 300, 600 ms)', async () => {
      // No pause between the changes: the 0 ms answer must not arrive before src moves on.
      expectOnlyTheLast(await race([0, 300, 600], () => Promise.resolve()));
    });
  });
});
