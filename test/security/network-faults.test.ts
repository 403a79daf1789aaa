// `src` against servers that fail the way real ones do (test/server/middleware.mjs answers
// under /__faults/…): each failure ends in a clear, accessible state, an alert saying why and
// an `nt-error` with the reason; a slow answer and a redirect still load; an answer that never
// finishes times out; and when `src` changes quickly, only the last document shows and only
// its `nt-load` fires, whichever request happens to answer first.
import { expect, waitUntil } from '@open-wc/testing';
import type { ErrorDetail } from '../../src/index.js';
import { recordFetches, restoreFetch, untilAborted } from '../support/fetch-spy.js';
import { mount, outcome, settle, type Mounted } from '../support/helpers.js';

const STORY_URL = '/data/north-korea-talks.json';
const WAIT = { timeout: 6000, interval: 20 };

const alertOf = (el: Mounted['el']) => el.shadowRoot!.querySelector('[role="alert"]');
const titles = (el: Mounted['el']) => el.events.map((e) => e.title);

/** The element says what went wrong, as an alert and as one cancelable nt-error with the reason. */
async function expectFailure(src: string, reason: ErrorDetail['reason'], attributes: Record<string, string> = {}) {
  const mounted = await mount({ src, attributes });
  expect(mounted.loads).to.deep.equal([]);
  expect(mounted.errors.map((e) => e.detail.reason)).to.deep.equal([reason]);
  expect(mounted.errors[0]!.cancelable, 'nt-error is cancelable').to.be.true;
  const error = mounted.error!;
  expect(error.message).to.contain(src);
  // Readers get a short message; the reason is in nt-error for the page's developers.
  expect(alertOf(mounted.el)?.textContent?.trim()).to.equal('This timeline could not be loaded.');
  expect(mounted.el.shadowRoot!.querySelectorAll('.mark')).to.have.length(0);
  return { ...mounted, error };
}

afterEach(restoreFetch);

describe('src against failing servers', function () {
  this.timeout(20_000);

  it('a 404 says so, and a good src afterwards recovers', async () => {
    const mounted = await expectFailure('/__faults/404', 'http');
    expect(mounted.error.message).to.contain('HTTP 404');
    const { el, loads } = mounted;
    el.setAttribute('src', '/__faults/ok');
    await waitUntil(() => loads.length === 1, 'the good src did not load', WAIT);
    await settle(el);
    expect(alertOf(el)).to.equal(null);
    expect(titles(el)).to.deep.equal(['Event of document ok', 'Second event of document ok']);
  });

  it('shows no built-in message when the page cancels nt-error', async () => {
    const { el, errors } = await mount({ src: '/__faults/404', cancelErrors: true });
    expect(errors.map((e) => e.detail.reason)).to.deep.equal(['http']);
    expect(alertOf(el)).to.equal(null);
  });

  it('a 500 says so', async () => {
    const { error } = await expectFailure('/__faults/500', 'http');
    expect(error.message).to.contain('500');
  });

  it('a body that is not JSON says so', async () => {
    const { error } = await expectFailure('/__faults/not-json', 'not-json');
    expect(error.message).to.contain('not valid JSON');
  });

  it('a file of another kind (Markdown, served as such) is not JSON either', async () => {
    const { error } = await expectFailure('/README.md', 'not-json');
    expect(error.message).to.contain('not valid JSON');
  });

  it('an empty body says so', async () => {
    await expectFailure('/__faults/empty', 'empty');
  });

  it('an unknown host says it could not be reached', async () => {
    // Port 9 (discard) on this machine: refused at once, no traffic leaves it.
    await expectFailure('http://127.0.0.1:9/timeline.json', 'network');
  });

  it('a slow answer shows a loading status, then loads', async () => {
    const mounted = await mount({ src: '/__faults/slow', until: 'connected' });
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
    const mounted = await mount({ src: '/__faults/redirect' });
    expect(mounted.errors).to.deep.equal([]);
    expect(mounted.loads.map((l) => l.count)).to.deep.equal([2]);
    expect(titles(mounted.el)).to.deep.equal(['Event of document ok', 'Second event of document ok']);
  });

  it('gives up on an answer that never finishes after `timeout` ms', async () => {
    const { error } = await expectFailure('/__faults/hang', 'timeout', { timeout: '800' });
    expect(error.message).to.contain('took longer than 800 ms');
  });

  // Against a real server a 1 ms timeout is a race the response sometimes wins (WebKit), so
  // this server never answers at all.
  it('gives up on a server that never answers after `timeout` ms, asking once', async () => {
    const requests = recordFetches(untilAborted);
    const { error } = await expectFailure(STORY_URL, 'timeout', { timeout: '1' });
    expect(requests.map((r) => r.url)).to.deep.equal([STORY_URL]);
    expect(error.message).to.contain('took longer than 1 ms');
  });

  describe('when src changes three times quickly', () => {
    /**
     * Sets each src in turn (with `pause`, once the previous request has gone out) and waits for
     * the outcome, then for every earlier request to settle: aborted, or answered had the element
     * not abandoned it, and for the element to have had its frames to act on that.
     */
    async function race(delays: readonly number[], pause: boolean): Promise<Mounted> {
      const requests = recordFetches();
      const mounted = await mount({ until: 'connected' });
      const ids = ['first', 'second', 'third'];
      for (const [index, ms] of delays.entries()) {
        mounted.el.setAttribute('src', `/__faults/delay?ms=${ms}&id=${ids[index]}`);
        await mounted.el.updateComplete;
        if (pause) await waitUntil(() => requests.length === index + 1, `request ${index + 1} did not go out`, WAIT);
      }
      await outcome(mounted);
      await Promise.all(requests.map((r) => r.response.catch(() => undefined)));
      await settle(mounted.el);
      expect(requests.map((r) => new URL(r.url, location.href).searchParams.get('id'))).to.deep.equal(ids);
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
      expectOnlyTheLast(await race([600, 300, 0], true));
    });

    it('shows only the last when the last answers last (0, 300, 600 ms)', async () => {
      // No pause between the changes: the 0 ms answer must not arrive before src moves on.
      expectOnlyTheLast(await race([0, 300, 600], false));
    });
  });
});
