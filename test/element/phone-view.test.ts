// The phone's view (the vertical layout below 600 px), at 390 px: it keeps the story's
// structure (lanes, eras, ranges), gives quotes the column's width, and opens only what adds.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, centre, mount, mountTimeline, PATIENCE, settle, shadow } from '../support/helpers.js';

const PHONE = 390;

function item(element: NewsTimeline, id: string): HTMLElement {
  return shadow(element).querySelector<HTMLElement>(`ol.list > li[data-id="${id}"]`)!;
}

/** Seen by a sighted reader: laid out with a size, not clipped away as the screen-reader list is. */
function isVisible(node: Element | null): boolean {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && !node.closest('.for-assistive-technology');
}

describe('the phone view at 390 px', () => {
  afterEach(() => resetMouse());

  it('names the lanes with the events and the eras before their first event', async () => {
    const element = await mountTimeline(await articleData(), { width: PHONE });
    expect(shadow(element).querySelector('.plot'), 'the vertical view').to.equal(null);
    const lanes = item(element, 'libya-disarmament').querySelector('.list-lanes');
    expect(isVisible(lanes)).to.equal(true);
    expect(lanes!.textContent).to.equal('Libya, United States');
    const era = item(element, 'era-of-hostility-insults').querySelector('.list-era');
    expect(isVisible(era)).to.equal(true);
    expect(era!.textContent).to.equal('Era of hostility');
    const eras = [...shadow(element).querySelectorAll('.list-era')].map((heading) => heading.textContent);
    expect(eras).to.deep.equal(['Era of hostility', 'Summit diplomacy']);
    // The legend is there too, as on a wide screen.
    expect(isVisible(shadow(element).querySelector('.legend-item'))).to.equal(true);
  });

  it('wraps a long word or address in the list, the header and the legend rather than cutting it off', async () => {
    const address = 'https://www.parliament.example.org/committees/finance/reports/2019-budget-final-version.pdf';
    const element = await mountTimeline(
      {
        title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabrechnung',
        lanes: [{ id: 'l', label: 'Rechtsschutzversicherungsgesellschaftenverband' }],
        events: [{ id: 'e', title: 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung', start: '2019-03-14', summary: `Read it at ${address} today.`, lanes: ['l'], tags: ['Kraftfahrzeughaftpflichtversicherungsbedingungen'] }],
      },
      { width: PHONE },
    );
    const root = shadow(element);
    for (const selector of ['.title', 'ol.list .list-title', 'ol.list .summary', 'ol.list .list-lanes', '.legend-item', '.tag']) {
      const box = root.querySelector<HTMLElement>(selector);
      expect(box, selector).to.exist;
      expect(box!.scrollWidth, `${selector} holds its text`).to.be.at.most(box!.clientWidth + 1);
      expect(box!.getBoundingClientRect().right, `${selector} inside the element`).to.be.at.most(element.getBoundingClientRect().right + 0.5);
    }
  });

  it('keeps the list’s dots inside the element, on the start side, in either direction', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const element = await mountTimeline(await articleData(), { width: PHONE, attributes: { dir } });
      const list = shadow(element).querySelector('ol.list')!.getBoundingClientRect();
      const entry = shadow(element).querySelector('ol.list > li')!.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      // Each dot is 16 px wide, centred on the rail: the rail is at least 8 px in, and the entry 16 px past it.
      if (dir === 'ltr') {
        expect(list.left - box.left, 'rail inset').to.be.at.least(8);
        expect(entry.left - list.left, 'room for the dot').to.be.at.least(16);
      } else {
        expect(box.right - list.right, 'rail inset').to.be.at.least(8);
        expect(list.right - entry.right, 'room for the dot').to.be.at.least(16);
      }
    }
  });

  it('shows a range as from – to', async () => {
    const element = await mountTimeline(
      { events: [{ id: 'strike', title: 'Port strike', start: '2021-03-02', end: '2021-04-20' }] },
      { width: PHONE },
    );
    const date = item(element, 'strike').querySelector('.list-date')!;
    expect(isVisible(date)).to.equal(true);
    expect(date.textContent).to.match(/Mar\s*2(,\s*2021)?\s*[–-]\s*Apr\s*20,\s*2021/);
  });

  it("gives a quote the column's width", async () => {
    const element = await mountTimeline(await articleData(), { width: PHONE });
    const entry = item(element, 'era-of-hostility-insults');
    const column = entry.querySelector('.list-title')!.getBoundingClientRect();
    const quote = entry.querySelector('blockquote')!.getBoundingClientRect();
    expect(quote.left - column.left, 'the quote starts where the column does').to.be.within(0, 24);
    expect(column.right - quote.right, 'and reaches its end').to.be.at.most(24);
  });

  it('opens no sheet for a title whose content is already on screen', async () => {
    const element = await mountTimeline(await articleData(), { width: PHONE });
    const title = item(element, 'hanoi-summit').querySelector<HTMLElement>('.list-title')!;
    expect(title.localName, 'the title is text, not a button that repeats it').to.equal('span');
    // Still the list-title part, which a page can style.
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = 'news-timeline::part(list-title) { color: rgb(1, 2, 3); }';
    expect(getComputedStyle(title).color).to.equal('rgb(1, 2, 3)');
    style.remove();
    title.scrollIntoView({ block: 'center' });
    const { x, y } = centre(title);
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    await settle(element);
    expect(shadow(element).querySelector('[role="dialog"]')).to.equal(null);
    // Stepping with the toolbar marks the event in the list; still no sheet.
    element.select('hanoi-summit');
    await settle(element);
    expect(shadow(element).querySelector('[role="dialog"]')).to.equal(null);
    expect(item(element, 'hanoi-summit').getAttribute('aria-current')).to.equal('true');
    // The last event, far down the list, is brought into sight inside the box.
    element.select('trump-april-14-tweet');
    await settle(element);
    const stage = shadow(element).querySelector('.stage')!.getBoundingClientRect();
    const last = item(element, 'trump-april-14-tweet').getBoundingClientRect();
    expect(last.top).to.be.within(stage.top - 1, stage.bottom);
  });

  it('closes an open popover when the box turns into the list, with focus and sight on its entry', async () => {
    const element = await mountTimeline(await articleData(), { width: 760 });
    const heard: string[] = [];
    element.addEventListener('nt-popover-close', (event) => heard.push(event.detail.event.id));
    element.select('trump-april-14-tweet');
    await settle(element);
    expect(shadow(element).querySelector('[role="dialog"]'), 'open on a wide screen').to.exist;
    // The phone turned upright.
    element.parentElement!.style.width = `${PHONE}px`;
    await waitUntil(() => shadow(element).querySelector('ol.list:not(.for-assistive-technology ol)') && !shadow(element).querySelector('.plot'), 'no phone list', PATIENCE);
    await settle(element);
    expect(shadow(element).querySelector('[role="dialog"]'), 'the list shows it all: no sheet').to.equal(null);
    expect(heard).to.deep.equal(['trump-april-14-tweet']);
    const title = item(element, 'trump-april-14-tweet').querySelector('.list-title')!;
    expect(shadow(element).activeElement, 'focus on its entry, not the page').to.equal(title);
    const stage = shadow(element).querySelector('.stage')!.getBoundingClientRect();
    expect(title.getBoundingClientRect().top, 'in sight').to.be.within(stage.top - 1, stage.bottom);
  });

  it('brings the event a selected attribute names into sight once the list is drawn from src', async () => {
    // The list is drawn updates after the attribute was read, when the document has arrived.
    const { el: element } = await mount({ src: '/data/north-korea-talks.json', width: PHONE, attributes: { selected: 'trump-april-14-tweet' } });
    await settle(element);
    const stage = shadow(element).querySelector('.stage')!.getBoundingClientRect();
    const last = item(element, 'trump-april-14-tweet');
    expect(last.getAttribute('aria-current')).to.equal('true');
    expect(last.getBoundingClientRect().top, 'the last event, far down the list').to.be.within(stage.top - 1, stage.bottom);
  });

  it('steps through the list with the Next button without moving the page: the button stays under the finger', async () => {
    // An article around the element, so the page can scroll; the element is wholly in view.
    const element = await mountTimeline(await articleData(), { width: PHONE });
    const rest = document.createElement('div');
    rest.style.height = '2000px';
    element.parentElement!.after(rest);
    window.scrollTo(0, 0);
    const next = shadow(element).querySelector<HTMLButtonElement>('[data-action="next"]')!;
    const at = centre(next);
    const seen: string[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        await sendMouse({ type: 'click', position: [Math.round(at.x), Math.round(at.y)] });
        await settle(element);
        seen.push(element.selected!);
        expect(window.scrollY, `the page after ${element.selected}`).to.equal(0);
        const stage = shadow(element).querySelector('.stage')!.getBoundingClientRect();
        const entry = item(element, element.selected!).getBoundingClientRect();
        expect(entry.top, `${element.selected} starts inside the box`).to.be.within(stage.top - 1, stage.bottom);
      }
      expect(new Set(seen).size, 'each press selected the next event').to.equal(6);
    } finally {
      rest.remove();
    }
  });

  it("keeps the title a button when the sheet shows more: a player the page opted in to", async () => {
    const data = {
      events: [
        { id: 'video', title: 'Press conference', start: '2021-03-02', media: { url: 'https://www.youtube.com/watch?v=aPweFhhXFvY' } },
        { id: 'plain', title: 'Statement', start: '2021-03-04' },
      ],
    };
    const element = await mountTimeline(data, { width: PHONE, attributes: { embeds: 'youtube' } });
    expect(item(element, 'video').querySelector('.list-title')!.localName).to.equal('button');
    expect(item(element, 'plain').querySelector('.list-title')!.localName).to.equal('span');
  });
});
