// The bundle under a strict Content-Security-Policy, as careful publishers serve their pages:
// `script-src 'self'; style-src 'self'; object-src 'none'` (test/server/middleware.mjs adds it
// to test/pages/csp.html). No inline script, no inline style attribute, no eval: the element
// styles itself with adopted stylesheets and sets positions through the CSSOM. The page's own
// csp-watch.js records every violation; after drawing, zooming, opening a popover, the list
// view and the vertical layout there must be none. A last test makes a violation on purpose,
// so that "none" is known to mean something in every engine.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../src/news-timeline.js';

const PAGE = '/test/pages/csp.html';
const WAIT = { timeout: 8000, interval: 50 };

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}

type FrameWindow = Window & typeof globalThis & { __violations?: Violation[]; __inlineRan?: boolean };

interface Page {
  window: FrameWindow;
  document: Document;
  frame: HTMLIFrameElement;
}

async function openPage(width = 760): Promise<Page> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  box.append(frame);
  await loaded;
  return { window: frame.contentWindow as FrameWindow, document: frame.contentDocument!, frame };
}

function timeline(page: Page, id: string): NewsTimeline {
  return page.document.getElementById(id) as NewsTimeline;
}

const marksOf = (el: NewsTimeline) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.mark') ?? [])];
const eventsDrawn = (el: NewsTimeline) => marksOf(el).reduce((n, m) => n + Number(m.dataset.count ?? 1), 0);

/** Lets the element render, frames run, and violation events (queued as tasks) arrive. */
async function settleIn(page: Page, el: NewsTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise<void>((resolve) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(() => resolve())));
  await el.updateComplete;
  await aTimeout(20);
}

function violations(page: Page): Violation[] {
  const recorded = page.window.__violations;
  expect(recorded, 'csp-watch.js did not run').to.be.an('array');
  return recorded!;
}

/** Draws both timelines, opens popovers, zooms, hovers and focuses a mark, lists, goes vertical. */
async function useBothTimelines(page: Page): Promise<void> {
  await waitUntil(() => page.window.customElements?.get('news-timeline'), 'the bundle did not register <news-timeline>', WAIT);
  const fromSrc = timeline(page, 'from-src');
  const inline = timeline(page, 'inline');
  await waitUntil(() => eventsDrawn(fromSrc) === 12, 'the src timeline did not draw its 12 events', WAIT);
  await waitUntil(() => eventsDrawn(inline) === 3, 'the inline timeline did not draw its 3 events', WAIT);

  // A popover (positioned by Floating UI), with a link and a quote.
  inline.select('singapore');
  await settleIn(page, inline);
  expect(inline.shadowRoot!.querySelector('[role="dialog"]')).to.exist;
  fromSrc.select(fromSrc.events[3]!.id);
  await settleIn(page, fromSrc);
  expect(fromSrc.shadowRoot!.querySelector('[role="dialog"]')).to.exist;

  // Zoom (d3-zoom and its transitions), the overview brush, the hover preview.
  fromSrc.zoomTo('2018-04-01', '2018-08-01', { animate: false });
  await settleIn(page, fromSrc);
  fromSrc.zoomIn();
  await aTimeout(400);
  fromSrc.fit();
  await aTimeout(400);
  await settleIn(page, fromSrc);
  const mark = marksOf(inline)[0]!;
  mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  mark.focus();
  await settleIn(page, inline);

  // The list view, and the vertical layout a phone gets.
  inline.select(undefined);
  await settleIn(page, inline);
  inline.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
  await settleIn(page, inline);
  expect(inline.shadowRoot!.querySelectorAll('.list-title')).to.have.length(3);
  fromSrc.setAttribute('layout', 'vertical');
  await settleIn(page, fromSrc);
  expect(fromSrc.shadowRoot!.querySelectorAll('.list-title')).to.have.length(12);
  await aTimeout(100);
}

/** Violations of one kind of directive: script-src-elem and script-src-attr are both "script-src". */
const ofDirective = (list: Violation[], prefix: string) => list.filter((v) => v.directive.startsWith(prefix));

describe('the bundle under a strict Content-Security-Policy', function () {
  this.timeout(30_000);

  it('serves the page with the policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal("script-src 'self'; style-src 'self'; object-src 'none'");
  });

  it('runs, draws and works without any script, object or style-sheet violation', async () => {
    const page = await openPage();
    await useBothTimelines(page);
    const all = violations(page);
    expect(ofDirective(all, 'script-src'), 'script').to.deep.equal([]);
    expect(ofDirective(all, 'object-src'), 'object').to.deep.equal([]);
    expect(ofDirective(all, 'style-src-elem'), 'style elements').to.deep.equal([]);
    // Only style attributes may remain: see the skipped test below.
    expect(all.filter((v) => v.directive !== 'style-src-attr')).to.deep.equal([]);
  });

  // BUG (src/element/render-plot.ts, render-list.ts, render-chrome.ts): Lit's styleMap writes its
  // first value as a style ATTRIBUTE (StyleMapDirective.update returns render()'s string), which
  // style-src 'self' blocks: dozens of style-src-attr violations, and first-render positions lost.
  it('runs without a single violation, style attributes included', async () => {
    const page = await openPage();
    await useBothTimelines(page);
    expect(violations(page)).to.deep.equal([]);
  });

  it('does record a violation when there is one, so that none above means none', async () => {
    const page = await openPage();
    await useBothTimelines(page);
    const before = violations(page).length;
    const script = page.document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    page.document.body.append(script);
    const style = page.document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    page.document.head.append(style);
    const fresh = () => violations(page).slice(before);
    await waitUntil(() => ofDirective(fresh(), 'script-src').length > 0, 'no violation recorded for an inline script', WAIT);
    await waitUntil(() => ofDirective(fresh(), 'style-src').length > 0, 'no violation recorded for an inline style', WAIT);
    expect(page.window.__inlineRan).to.equal(undefined);
  });
});
