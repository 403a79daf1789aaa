import { expect, fixture, html } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, centre, marks, mount, settle, shadow } from '../support/helpers.js';

/**
 * The element takes the width of the column it is put in, whatever the page's layout: the
 * size containment it needs for its own phone layout gives it no content width, so where a
 * box shrinks to its content it would otherwise be 0 px wide, a blank gap in the article.
 */
describe('the column the page gives it', () => {
  async function widthIn(column: HTMLElement, into: HTMLElement = column) {
    const { el } = await mount({ data: await articleData(), into });
    const box = el.getBoundingClientRect();
    const drawn = marks(el).filter((mark) => centre(mark).x > box.left && centre(mark).x < box.right);
    expect(drawn.length, `marks drawn inside the element (${box.width} px wide)`).to.be.greaterThan(0);
    return box.width;
  }

  it('fills a column that centres its children (a flex column)', async () => {
    const column = await fixture<HTMLElement>(html`<article style="width: 700px; display: flex; flex-direction: column; align-items: center"></article>`);
    expect(await widthIn(column)).to.equal(700);
  });

  it('shares a flex row with a sidebar of fixed width', async () => {
    const row = await fixture<HTMLElement>(html`<div style="width: 900px; display: flex"><aside style="flex: none; width: 200px"></aside></div>`);
    expect(await widthIn(row)).to.equal(700);
  });

  it('keeps its margins inside the column, as a block does', async () => {
    const column = await fixture<HTMLElement>(html`<div style="width: 700px"><div style="margin: 0 24px"></div></div>`);
    expect(await widthIn(column, column.firstElementChild as HTMLElement)).to.equal(652);
  });
});

/** The px size of the first text of each kind the reader sees in the timeline. */
function textSizes(el: NewsTimeline): Record<string, number> {
  const kinds = { label: '.mark .label', tick: '.axis text', lane: '.lane-label', era: '.era-label' };
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, selector]) => {
      const found = shadow(el).querySelector(selector);
      expect(found, selector).to.not.equal(null);
      return [kind, parseFloat(getComputedStyle(found!).fontSize)];
    }),
  );
}

describe('--nt-font-size', () => {
  it('scales all of the timeline’s text, ticks, lane names and eras too', async () => {
    const { el } = await mount({ data: await articleData(), width: 900 });
    const before = textSizes(el);
    el.style.setProperty('--nt-font-size', '20px');
    await settle(el);
    const after = textSizes(el);
    expect(after.label).to.equal(20);
    for (const kind of ['tick', 'lane', 'era']) {
      expect(after[kind]! / before[kind]!, kind).to.be.closeTo(20 / before.label!, 0.01);
    }
  });
});
