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

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
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

  it('gives larger text taller label rows where the box has room: no label is cut, none runs into another or a lane name', async function () {
    this.timeout(30_000);
    for (const size of ['13px', '20px', '26px']) {
      const setup = (element: NewsTimeline) => {
        element.style.setProperty('--nt-font-size', size);
        element.style.height = '900px';
      };
      const { el } = await mount({ data: await articleData(), width: 900, setup });
      const labels = [...shadow(el).querySelectorAll<HTMLElement>('.mark .label')].filter((label) => label.getClientRects().length > 0);
      expect(labels.length, `${size}: labels shown`).to.be.greaterThan(2);
      for (const label of labels) {
        expect(label.scrollHeight, `${size}: "${label.textContent}" whole`).to.be.at.most(label.clientHeight);
      }
      const texts = [...labels, ...shadow(el).querySelectorAll('.lane-label')];
      const boxes = texts.map((box) => box.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const pair = `${size}: "${texts[i]!.textContent}" and "${texts[j]!.textContent}"`;
          expect(overlaps(boxes[i]!, boxes[j]!), `${pair} overlap (${JSON.stringify([boxes[i], boxes[j]])})`).to.equal(false);
        }
      }
      el.remove();
    }
  });

  it('keeps the whole plot, axis included, in a box too short for taller rows', async () => {
    // At 20px the rows' base height fits this box's stage; rows 20/13 times as tall would not.
    const setup = (element: NewsTimeline) => {
      element.style.setProperty('--nt-font-size', '20px');
      element.style.height = '540px';
    };
    const { el } = await mount({ data: await articleData(), width: 900, setup });
    const stage = shadow(el).querySelector<HTMLElement>('.stage')!;
    const axis = shadow(el).querySelector('.axis')!.getBoundingClientRect();
    expect(stage.scrollHeight, 'the stage does not scroll').to.be.at.most(stage.clientHeight);
    expect(axis.bottom, 'the axis in sight').to.be.at.most(stage.getBoundingClientRect().bottom);
  });
});

describe('a long title or description', () => {
  it('scrolls in its own strip at the top and leaves the plot its room, on a desktop and a phone', async () => {
    const paragraph = 'The council met for the fourth time this year to discuss the bridge, its cost and its delays. '.repeat(30);
    for (const width of [900, 360]) {
      const { el } = await mount({
        data: { title: 'Bridge '.repeat(40), description: paragraph, events: [{ id: 'a', title: 'Vote', start: '2024-03-01' }] },
        width,
      });
      await settle(el);
      const box = el.getBoundingClientRect();
      const header = shadow(el).querySelector('[part~="header"]')!;
      expect(header.getBoundingClientRect().height, `${width} px: the header`).to.be.at.most(box.height * 0.4 + 1);
      expect(header.scrollHeight, `${width} px: it scrolls`).to.be.greaterThan(header.clientHeight);
      const stage = shadow(el).querySelector('.stage')!.getBoundingClientRect();
      expect(stage.height, `${width} px: the stage has room`).to.be.greaterThan(box.height / 3);
      expect(stage.bottom, `${width} px: inside the box`).to.be.at.most(box.bottom + 1);
      // A Tab stop while it scrolls, so keyboard users can scroll it too.
      expect((header as HTMLElement).tabIndex, `${width} px: reached by Tab`).to.equal(0);
    }
  });

  it('adds no Tab stop for a header that fits', async () => {
    const { el } = await mount({ data: { title: 'Bridge', description: 'A short story.', events: [{ id: 'a', title: 'Vote', start: '2024-03-01' }] } });
    await settle(el);
    expect(shadow(el).querySelector('[part~="header"]')!.hasAttribute('tabindex')).to.equal(false);
  });
});

describe('a long lane name', () => {
  it('keeps its legend button and its name in the plot to one line, the plot its room, and names the button in full', async () => {
    const name = 'Supercalifragilistic '.repeat(60).trim();
    for (const width of [900, 360]) {
      const { el } = await mount({
        data: {
          lanes: [
            { id: 'a', label: name },
            { id: 'b', label: 'Courts' },
          ],
          events: [
            { id: 'x', title: 'Vote', start: '2024-03-01', lanes: ['a'] },
            { id: 'y', title: 'Ruling', start: '2024-05-01', lanes: ['b'] },
          ],
        },
        width,
        attributes: { layout: 'horizontal' },
      });
      await settle(el);
      const [long, short] = [...shadow(el).querySelectorAll<HTMLElement>('.legend-item')];
      expect(long!.getBoundingClientRect().height, `${width} px: one line`).to.be.closeTo(short!.getBoundingClientRect().height, 1);
      expect(long!.getBoundingClientRect().right, `${width} px: inside the box`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(long!.textContent!.trim(), 'its name in full').to.equal(name);
      // In the plot, the name is one line too, over at most half the plot, and no title covers it.
      const [longName, shortName] = [...shadow(el).querySelectorAll('.lane-label')].map((n) => n.getBoundingClientRect());
      const plot = shadow(el).querySelector('.plot')!.getBoundingClientRect();
      expect(longName!.height, `${width} px: the plot's name, one line`).to.be.closeTo(shortName!.height, 1);
      expect(longName!.right, `${width} px: within half the plot`).to.be.at.most(plot.left + plot.width / 2 + 7);
      for (const label of shadow(el).querySelectorAll('.mark .label')) {
        const box = label.getBoundingClientRect();
        const apart = box.right <= longName!.left || box.left >= longName!.right || box.bottom <= longName!.top || box.top >= longName!.bottom;
        expect(apart, `${width} px: ${label.textContent} clear of the name`).to.equal(true);
      }
      const box = el.getBoundingClientRect();
      expect(shadow(el).querySelector('.stage')!.getBoundingClientRect().height, `${width} px: the stage has room`).to.be.greaterThan(box.height / 3);
    }
  });
});
