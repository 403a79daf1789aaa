import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, centre, markFor, mount, mountTimeline, PATIENCE, preferReducedMotion, settle, shadow } from '../support/helpers.js';

function popover(element: NewsTimeline): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>('[role="dialog"]');
}

/** The open popover's title, as a reader sees it; undefined when none is open. */
const popoverTitle = (element: NewsTimeline) => popover(element)?.querySelector('.popover-title')?.textContent ?? undefined;

function expectInsideViewport(box: DOMRect): void {
  expect(box.left, 'left edge').to.be.at.least(0);
  expect(box.top, 'top edge').to.be.at.least(0);
  expect(box.right, 'right edge').to.be.at.most(window.innerWidth);
  expect(box.bottom, 'bottom edge').to.be.at.most(window.innerHeight);
}

/** The article, zoomed so that the Singapore summit has a mark of its own. */
/** Presses Enter on a mark, with no animation to wait for (as for a reader who prefers reduced motion). */
/** What the page hears of popovers from now on: "open <id>" and "close <id>", in order. */
function popoverEvents(element: NewsTimeline): string[] {
  const heard: string[] = [];
  for (const name of ['nt-popover-open', 'nt-popover-close'] as const) {
    element.addEventListener(name, (event) => heard.push(`${name.slice(11)} ${event.detail.event.id}`));
  }
  return heard;
}

async function pressEnterOn(element: NewsTimeline, mark: HTMLElement): Promise<void> {
  const restoreMotion = preferReducedMotion();
  try {
    mark.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
  } finally {
    restoreMotion();
  }
}

async function articleAroundSingapore(options = {}): Promise<NewsTimeline> {
  const element = await mountTimeline(await articleData(), options);
  element.zoomTo('2018-04-01', '2018-08-01', { animate: false });
  await settle(element);
  return element;
}

describe('quote popovers', () => {
  afterEach(async () => {
    await resetMouse();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens on click with the title, the date, the quotes and where the date comes from', async () => {
    const element = await mountTimeline(await articleData());
    element.zoomTo('2019-02-20', '2019-03-05', { animate: false });
    await settle(element);
    const mark = markFor(element, "Trump's account of the Hanoi talks")!;
    const opened = oneEvent(element, 'nt-popover-open');
    const { x, y } = centre(mark);
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    expect((await opened).detail.event.id).to.equal('trump-hanoi-account');
    await settle(element);

    const dialog = popover(element)!;
    const titleId = dialog.getAttribute('aria-labelledby')!;
    expect(shadow(element).getElementById(titleId)?.textContent).to.equal("Trump's account of the Hanoi talks");
    expect(dialog.textContent).to.contain('Feb 28, 2019');
    expect(dialog.textContent).to.contain('Date from the public record');
    const direct = [...dialog.querySelectorAll('.direct .quote-text')].map((q) => q.textContent);
    expect(direct[0]).to.match(/^“The North Korean authorities wanted to eliminate .*”$/);
    expect(dialog.querySelector('.direct .attribution')?.textContent).to.contain('Donald Trump');
    expect(element.selected).to.equal('trump-hanoi-account');
    expect(element.getAttribute('selected')).to.equal('trump-hanoi-account');
  });

  it('shows a paraphrase as reported speech, without quotation marks', async () => {
    const element = await mountTimeline(await articleData());
    element.select('choe-son-hui-statement');
    await settle(element);
    const dialog = popover(element)!;
    const text = dialog.querySelector('.paraphrase .quote-text')!.textContent!;
    expect(text).to.not.match(/[“”"]/);
    expect(text).to.contain('will soon decide on whether to end or continue talks');
    expect(dialog.querySelector('.paraphrase .attribution')?.textContent).to.match(/^Paraphrase of Choe Son Hui/);
    expect(dialog.querySelectorAll('.direct')).to.have.length(0);
  });

  it('opens with Enter on a focused event, closes with Escape and gives focus back', async () => {
    const element = await articleAroundSingapore();
    const mark = markFor(element, 'Singapore summit')!;
    mark.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(popoverTitle(element)).to.equal('Singapore summit');
    expect(shadow(element).activeElement).to.equal(popover(element));

    const closed = oneEvent(element, 'nt-popover-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await settle(element);
    expect(popover(element)).to.equal(null);
    expect(shadow(element).activeElement?.getAttribute('aria-label')).to.equal('Jun 12, 2018: Singapore summit');
  });

  it('keeps an Escape pressed inside the popover from the page (a dialog around the element stays open)', async () => {
    const element = await articleAroundSingapore();
    const heard: string[] = [];
    const listen = (event: KeyboardEvent) => event.key === 'Escape' && heard.push(event.key);
    document.addEventListener('keydown', listen);
    try {
      markFor(element, 'Singapore summit')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(shadow(element).activeElement).to.equal(popover(element));
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(popover(element), 'closed').to.equal(null);
      expect(heard, 'the page heard nothing').to.deep.equal([]);
      // With the focus outside the popover, the page hears the key as usual.
      element.select('singapore-summit');
      await settle(element);
      markFor(element, 'Singapore summit')!.focus();
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(popover(element), 'closed').to.equal(null);
      expect(heard).to.deep.equal(['Escape']);
    } finally {
      document.removeEventListener('keydown', listen);
    }
  });

  it('closes on the close button and on a click outside', async () => {
    const element = await articleAroundSingapore();
    element.select('singapore-summit');
    await settle(element);
    shadow(element).querySelector<HTMLButtonElement>('.popover .close')!.click();
    await settle(element);
    expect(popover(element)).to.equal(null);

    element.select('singapore-summit');
    await settle(element);
    expect(popoverTitle(element)).to.equal('Singapore summit');
    await sendMouse({ type: 'click', position: [2, 590] });
    await settle(element);
    expect(popover(element)).to.equal(null);
  });

  it('stays inside the viewport for the first and the last event', async () => {
    const element = await mountTimeline(await articleData());
    for (const id of ['us-invasion-of-iraq', 'trump-april-14-tweet']) {
      element.select(id);
      await settle(element);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expectInsideViewport(popover(element)!.getBoundingClientRect());
    }
  });

  it('opens where the reader sees it on a page they have pinch-zoomed', async function () {
    if (!(await executeServerCommand<boolean, { scale: number }>('page-scale', { scale: 2 }))) this.skip();
    try {
      const element = await mountTimeline(await articleData());
      await waitUntil(() => visualViewport!.scale === 2, 'the page did not zoom', PATIENCE);
      const mark = markFor(element, 'Trump praises Kim on Twitter')!;
      // The zoomed page scrolled to the event: what the reader sees is offset in the layout viewport.
      mark.scrollIntoView({ block: 'center', inline: 'center' });
      await waitUntil(() => visualViewport!.offsetLeft > 0, 'the visual viewport did not move', PATIENCE);
      element.select('trump-april-14-tweet');
      await settle(element);
      const box = popover(element)!.getBoundingClientRect();
      const seen = visualViewport!;
      expect(box.left, 'left edge').to.be.at.least(seen.offsetLeft);
      expect(box.top, 'top edge').to.be.at.least(seen.offsetTop);
      expect(box.right, 'right edge').to.be.at.most(seen.offsetLeft + seen.width);
      expect(box.bottom, 'bottom edge').to.be.at.most(seen.offsetTop + seen.height);
    } finally {
      await executeServerCommand('page-scale', { scale: 1 });
    }
  });

  it('is placed again when the reader pinch-zooms the page with it open', async function () {
    const element = await mountTimeline(await articleData());
    element.select('trump-april-14-tweet');
    await settle(element);
    if (!(await executeServerCommand<boolean, { scale: number }>('page-scale', { scale: 2 }))) this.skip();
    try {
      await waitUntil(() => visualViewport!.scale === 2, 'the page did not zoom', PATIENCE);
      markFor(element, 'Trump praises Kim on Twitter')!.scrollIntoView({ block: 'center', inline: 'center' });
      await waitUntil(() => visualViewport!.offsetLeft > 0, 'the visual viewport did not move', PATIENCE);
      const seen = visualViewport!;
      const inView = () => {
        const box = popover(element)!.getBoundingClientRect();
        return box.left >= seen.offsetLeft && box.right <= seen.offsetLeft + seen.width && box.top >= seen.offsetTop && box.bottom <= seen.offsetTop + seen.height;
      };
      await waitUntil(inView, 'the popover stayed out of what the reader sees', PATIENCE);
    } finally {
      await executeServerCommand('page-scale', { scale: 1 });
    }
  });

  it('stays inside the viewport in a 375 px wide horizontal timeline', async () => {
    // The vertical layout opens no popover for what its list already shows (test/element/phone-view.test.ts).
    const element = await mountTimeline(await articleData(), { width: 375, attributes: { layout: 'horizontal' } });
    element.select('hanoi-summit');
    await settle(element);
    const box = popover(element)!.getBoundingClientRect();
    expectInsideViewport(box);
  });

  it('wraps a title of one long word, an address or words joined by no-break spaces inside the popover, clear of its ×', async function () {
    // Three mounts, three popovers each.
    this.timeout(30_000);
    const titles = {
      word: 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftsvorstandsmitglied',
      address: 'https://www.example.com/news/2024/03/05/a-very-long-address-for-one-story-that-goes-on-and-on',
      joined: 'Ministers\u00a0meet\u00a0again\u00a0after\u00a0the\u00a0summit\u00a0in\u00a0the\u00a0capital\u00a0city',
    };
    const events = Object.entries(titles).map(([id, title], i) => ({ id, title, start: `2024-03-0${i + 1}` }));
    for (const [dir, width] of [['ltr', 760], ['rtl', 760], ['ltr', 360]] as const) {
      const element = await mountTimeline({ events }, { width, attributes: { dir, layout: 'horizontal' } });
      for (const id of Object.keys(titles)) {
        element.select(id);
        await settle(element);
        const panel = popover(element)!;
        const title = panel.querySelector('.popover-title')!;
        expect(title.textContent, `${dir} ${width}`).to.equal(titles[id as keyof typeof titles]);
        expect(panel.scrollWidth, `${dir} ${width} ${id}: nothing runs past the edge`).to.be.at.most(panel.clientWidth);
        const words = document.createRange();
        words.selectNodeContents(title);
        const close = panel.querySelector('.close')!.getBoundingClientRect();
        for (const line of words.getClientRects()) {
          const overlaps = line.left < close.right && close.left < line.right && line.top < close.bottom && close.top < line.bottom;
          expect(overlaps, `${dir} ${width} ${id}: the title runs under the ×`).to.equal(false);
        }
      }
      element.remove();
    }
  });

  it('never covers the event it opened for, however far down the page the timeline sits', async function () {
    this.timeout(30_000);
    for (const above of [0, 150, 300]) {
      const element = await mountTimeline(await articleData());
      const spacer = document.createElement('div');
      spacer.style.height = `${above}px`;
      element.parentElement!.before(spacer);
      window.scrollTo(0, 0);
      for (const id of ['trump-hanoi-account', 'hanoi-summit', 'libya-disarmament', 'trump-april-14-tweet']) {
        element.select(id);
        await settle(element);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const panel = popover(element)!.getBoundingClientRect();
        const dot = shadow(element).querySelector(`.mark[aria-current="true"] .dot, .mark[data-id="${id}"] .dot`)!.getBoundingClientRect();
        const covers = panel.left < dot.right && dot.left < panel.right && panel.top < dot.bottom && dot.top < panel.bottom;
        expect(covers, `${above} px down: ${id}'s popover (${Math.round(panel.top)}–${Math.round(panel.bottom)}) over its dot (${Math.round(dot.top)})`).to.equal(false);
      }
      spacer.remove();
      element.remove();
    }
  });

  it('selects with select(), fires nt-select, and steps with next() and previous()', async () => {
    const element = await mountTimeline(await articleData());
    const selected = oneEvent(element, 'nt-select');
    element.select('hanoi-summit');
    const { detail } = await selected;
    expect(detail.event?.id).to.equal('hanoi-summit');
    expect(detail.trigger).to.equal('api');

    element.next();
    expect(element.selected).to.equal('trump-hanoi-account');
    element.previous();
    element.previous();
    expect(element.selected).to.equal('singapore-summit');
  });

  it('opens the popover of an event the page selects by the selected property or attribute, and closes it when cleared', async () => {
    const element = await mountTimeline(await articleData());
    const heard: string[] = [];
    for (const name of ['nt-select', 'nt-popover-open', 'nt-popover-close']) element.addEventListener(name, () => heard.push(name));
    element.selected = 'hanoi-summit';
    await settle(element);
    expect(popoverTitle(element)).to.equal('Hanoi summit');
    element.setAttribute('selected', 'singapore-summit');
    await settle(element);
    expect(popoverTitle(element)).to.equal('Singapore summit');
    element.selected = undefined;
    await settle(element);
    expect(popoverTitle(element)).to.equal(undefined);
    // As a page's own change of a form control fires no change event: no nt-select. The first
    // popover closes before the second opens.
    expect(heard).to.deep.equal(['nt-popover-open', 'nt-popover-close', 'nt-popover-open', 'nt-popover-close']);
  });

  it('opens the same event again once the page has removed the selected attribute', async () => {
    const element = await mountTimeline(await articleData());
    const heard: string[] = [];
    for (const name of ['nt-popover-open', 'nt-popover-close']) element.addEventListener(name, () => heard.push(name));
    element.selected = 'hanoi-summit';
    await settle(element);
    element.removeAttribute('selected');
    await settle(element);
    expect(popoverTitle(element)).to.equal(undefined);
    element.selected = 'hanoi-summit';
    await settle(element);
    expect(popoverTitle(element)).to.equal('Hanoi summit');
    expect(heard).to.deep.equal(['nt-popover-open', 'nt-popover-close', 'nt-popover-open']);
  });

  it('comes next after its event in the Tab order: Tab from its last control goes on in the timeline, not out of it', async () => {
    const element = await mountTimeline(await articleData());
    shadow(element).querySelector<HTMLElement>('.mark[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const dialog = popover(element)!;
    const controls = [...dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')];
    controls.at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    const next = shadow(element).activeElement;
    expect(next, 'focus still in the timeline').to.not.equal(null);
    expect(dialog.contains(next), 'past the popover').to.equal(false);
    // What follows the popover: the story's footer (its source), not the page after the element.
    expect(next!.closest('[part~="footer"]'), `on ${next!.outerHTML.slice(0, 60)}`).to.not.equal(null);
  });

  it('tells the page a popover closed when a new story without its event replaces the old', async () => {
    const element = await mountTimeline(await articleData());
    element.select('hanoi-summit');
    await settle(element);
    expect(popoverTitle(element)).to.equal('Hanoi summit');
    const closed = oneEvent(element, 'nt-popover-close');
    element.data = { title: 'Another story', events: [{ id: 'other', title: 'Another event', start: '2020-01-01' }] };
    expect((await closed).detail.event.title).to.equal('Hanoi summit');
    await settle(element);
    expect(popoverTitle(element)).to.equal(undefined);
  });

  it('opens the selected event’s popover again when a story that has it returns, as for a selected set before its story', async () => {
    const element = await mountTimeline(await articleData());
    element.select('hanoi-summit');
    await settle(element);
    element.data = { title: 'Another story', events: [{ id: 'other', title: 'Another event', start: '2020-01-01' }] };
    await settle(element);
    expect(popoverTitle(element)).to.equal(undefined);
    const heard = popoverEvents(element);
    element.data = await articleData();
    await settle(element);
    expect(popoverTitle(element)).to.equal('Hanoi summit');
    expect(element.selected).to.equal('hanoi-summit');
    expect(heard).to.deep.equal(['open hanoi-summit']);
  });

  it('leaves closed a popover the reader closed, when a story without its event comes and one with it returns', async () => {
    const element = await mountTimeline(await articleData());
    element.select('hanoi-summit');
    await settle(element);
    shadow(element).querySelector<HTMLButtonElement>('.popover .close')!.click();
    await settle(element);
    element.data = { title: 'Another story', events: [{ id: 'other', title: 'Another event', start: '2020-01-01' }] };
    await settle(element);
    const heard = popoverEvents(element);
    element.data = await articleData();
    await settle(element);
    expect(popoverTitle(element)).to.equal(undefined);
    expect(heard).to.deep.equal([]);
  });

  it('keeps the popover open, with nothing to tell the page, when the same story is read again', async () => {
    const element = await mountTimeline(await articleData());
    element.select('hanoi-summit');
    await settle(element);
    const heard = popoverEvents(element);
    element.data = await articleData();
    await settle(element);
    expect(popoverTitle(element)).to.equal('Hanoi summit');
    expect(heard).to.deep.equal([]);
  });

  it('opens the popover of the event its selected attribute names once the story loads', async () => {
    const { el } = await mount({ data: await articleData(), width: 760, attributes: { selected: 'singapore-summit' } });
    await settle(el);
    expect(popoverTitle(el)).to.equal('Singapore summit');
    expect(el.selected).to.equal('singapore-summit');
  });

  it('tells the page one popover closed before the next opens, stepping with next()', async () => {
    const element = await mountTimeline(await articleData());
    const heard = popoverEvents(element);
    element.select('hanoi-summit');
    await settle(element);
    element.next();
    await settle(element);
    expect(heard).to.deep.equal(['open hanoi-summit', 'close hanoi-summit', 'open trump-hanoi-account']);
  });

  it('stays on the last event at the end, and on the first at the start, telling the page nothing', async () => {
    const element = await mountTimeline(await articleData());
    const heard: string[] = [];
    element.addEventListener('nt-select', (event) => heard.push(event.detail.event!.id));
    element.select('trump-april-14-tweet');
    element.next();
    expect(element.selected).to.equal('trump-april-14-tweet');
    element.select('us-invasion-of-iraq');
    element.previous();
    expect(element.selected).to.equal('us-invasion-of-iraq');
    expect(heard, 'only the two select() calls').to.deep.equal(['trump-april-14-tweet', 'us-invasion-of-iraq']);
  });

  it('walks the events with the Next button, opening each popover', async () => {
    const element = await mountTimeline(await articleData());
    const next = shadow(element).querySelector<HTMLButtonElement>('[data-action="next"]')!;
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      next.click();
      await settle(element);
      seen.push(shadow(element).querySelector('.popover-title')!.textContent!);
    }
    expect(seen[0]).to.equal('US-led invasion of Iraq');
    expect(seen.at(-1)).to.equal('Trump praises Kim on Twitter');
    expect(new Set(seen).size).to.equal(12);
    expect(next.disabled).to.equal(true);
  });

  describe('a cluster that zooming cannot split: two events on one day of a story told in days', () => {
    const SAME_DAY = {
      events: [
        { id: 'summit', title: 'Singapore summit', start: '2018-06-12' },
        { id: 'talks', title: 'Hanoi talks end', start: '2019-02-28' },
        { id: 'account', title: "Trump's account of the talks", start: '2019-02-28' },
        { id: 'tweet', title: 'The April tweet', start: '2019-04-13' },
      ],
    };
    const sameDayCluster = (element: NewsTimeline) =>
      [...shadow(element).querySelectorAll<HTMLElement>('.mark')].find((m) => m.dataset.count === '2');
    /** The cluster's events in the order it stands for them: its first is the one its mark is named by. */
    const inCluster = (element: NewsTimeline) => {
      const sameDay = SAME_DAY.events.filter((e) => e.start === '2019-02-28');
      const first = sameDay.find((e) => e.id === sameDayCluster(element)!.dataset.id)!;
      return [first.title, sameDay.find((e) => e !== first)!.title];
    };

    it('is named for what Enter does: opens its first event at once, without zooming in first', async () => {
      const element = await mountTimeline(SAME_DAY);
      const cluster = sameDayCluster(element)!;
      expect(cluster.getAttribute('aria-label')).to.match(/Press Enter to open the first; the arrow keys reach the others\.$/);
      const zoomed: unknown[] = [];
      element.addEventListener('nt-range-change', (event) => zoomed.push(event.detail));
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(popoverTitle(element)).to.equal(inCluster(element)[0]);
      expect(zoomed, 'no zoom that could not part it').to.deep.equal([]);
    });

    it('still says "zoom in" on a cluster that zooming parts, and zooms in on Enter', async () => {
      // A day each for four months: at the whole story's zoom, a few days share a mark.
      const days = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10));
      const element = await mountTimeline({ events: days.map((day) => ({ id: `d${day}`, title: `Day ${day}`, start: day })) });
      const cluster = shadow(element).querySelector<HTMLElement>('.mark[data-count]')!;
      expect(cluster.getAttribute('aria-label')).to.match(/Press Enter to zoom in\.$/);
      const first = cluster.dataset.id!;
      await pressEnterOn(element, cluster);
      expect(popoverTitle(element), 'nothing opened').to.equal(undefined);
      expect(markFor(element, `Day ${first.slice(1)}`), 'its first event has a mark of its own').to.exist;
    });

    it('zooms into a cluster with room to spare: its first and last events are drawn whole, inside the plot', async () => {
      const days = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10));
      const element = await mountTimeline({ events: days.map((day) => ({ id: `d${day}`, title: `Day ${day}`, start: day })) });
      const cluster = [...shadow(element).querySelectorAll<HTMLElement>('.mark[data-count]')][1]!;
      const from = days.indexOf(cluster.dataset.id!.slice(1));
      const held = days.slice(from, from + Number(cluster.dataset.count));
      await pressEnterOn(element, cluster);
      const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
      for (const day of [held[0]!, held.at(-1)!]) {
        const mark = shadow(element).querySelector<HTMLElement>(`.mark[data-id="d${day}"]`);
        expect(mark, `${day} has a mark of its own`).to.exist;
        const box = mark!.getBoundingClientRect();
        expect(box.left, `${day}'s left edge`).to.be.at.least(plot.left);
        expect(box.right, `${day}'s right edge`).to.be.at.most(plot.right);
      }
      // The range a screen reader hears names the cluster's last day, not the one before it.
      const lastDay = new Date(`${held.at(-1)}T00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
      const status = () => shadow(element).querySelector('[role="status"]')!.textContent!;
      await waitUntil(() => status().startsWith('Showing'), 'the range was never announced', PATIENCE);
      expect(status()).to.contain(` – ${lastDay},`);
    });

    it('says each event the arrow keys reach in a cluster of events a second apart, which no zoom parts', async () => {
      // The deepest zoom shows ten minutes across the width: a second is two pixels.
      const element = await mountTimeline(
        {
          events: [
            { id: 'a', title: 'Doors open', start: '2019-05-01T08:00' },
            { id: 'b', title: 'First speech', start: '2019-05-01T10:16:00' },
            { id: 'c', title: 'Second speech', start: '2019-05-01T10:16:01' },
            { id: 'd', title: 'Doors close', start: '2019-05-01T12:00' },
          ],
        },
        { width: 1280, attributes: { spacing: 'time' } },
      );
      const status = () => shadow(element).querySelector('[role="status"]')!.textContent!;
      const restoreMotion = preferReducedMotion();
      try {
        markFor(element, 'Doors open')!.focus();
        for (const title of ['First speech', 'Second speech']) {
          await sendKeys({ press: 'ArrowRight' });
          await settle(element);
          expect(status(), `${title} said`).to.contain(title);
        }
      } finally {
        restoreMotion();
      }
    });

    it('parts, on Enter, a cluster whose first event runs on for months past the other’s start', async () => {
      const element = await mountTimeline(
        {
          events: [
            { id: 'range', title: 'Lockdown', start: '2020-03-20', end: '2020-09-30' },
            { id: 'next', title: 'Schools close', start: '2020-03-21' },
          ],
        },
        { width: 800, attributes: { spacing: 'time' } },
      );
      const cluster = shadow(element).querySelector<HTMLElement>('.mark[data-count="2"]')!;
      expect(cluster.getAttribute('aria-label')).to.match(/, Mar 20, 2020 – Sep 30, 2020\. Press Enter to zoom in\.$/);
      await pressEnterOn(element, cluster);
      expect(markFor(element, 'Lockdown'), 'parted by one Enter').to.exist;
      expect(markFor(element, 'Schools close')).to.exist;
    });

    it('opens its first event once the view is as deep as it goes; Next event opens the other', async () => {
      const restoreMotion = preferReducedMotion();
      try {
        const element = await mountTimeline(SAME_DAY);
        const opened: string[] = [];
        element.addEventListener('nt-select', (event) => opened.push(event.detail.event?.id ?? ''));
        for (let press = 0; press < 3 && popoverTitle(element) === undefined; press++) {
          sameDayCluster(element)!.click();
          await settle(element);
        }
        expect(sameDayCluster(element), 'still one cluster at the deepest zoom').to.exist;
        const [first, second] = inCluster(element);
        expect(popoverTitle(element)).to.equal(first);
        expect(opened).to.deep.equal([sameDayCluster(element)!.dataset.id]);
        shadow(element).querySelector<HTMLButtonElement>('[data-action="next"]')!.click();
        await settle(element);
        expect(popoverTitle(element)).to.equal(second);
      } finally {
        restoreMotion();
      }
    });

    it('opens its first event on Enter there too, and the arrow keys reach each of its events', async () => {
      const restoreMotion = preferReducedMotion();
      try {
        const element = await mountTimeline(SAME_DAY);
        for (let press = 0; press < 3 && popoverTitle(element) === undefined; press++) {
          sameDayCluster(element)!.focus();
          await sendKeys({ press: 'Enter' });
          await settle(element);
        }
        const [first, second] = inCluster(element);
        expect(popoverTitle(element)).to.equal(first);
        await sendKeys({ press: 'Escape' });
        await settle(element);
        await sendKeys({ press: 'ArrowRight' });
        await settle(element);
        // The cluster's button keeps its name: the event the key reached is said instead.
        expect(shadow(element).querySelector('[role="status"]')!.textContent, 'announced').to.contain(second);
        await sendKeys({ press: 'Enter' });
        await settle(element);
        expect(popoverTitle(element)).to.equal(second);
      } finally {
        restoreMotion();
      }
    });
  });

  it('moves between events with the arrow keys, in time and across lanes', async () => {
    const element = await articleAroundSingapore();
    markFor(element, 'Singapore summit')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(element);
    expect(shadow(element).activeElement?.getAttribute('aria-label')).to.equal('Apr 29, 2018: Bolton puts forward the Libya model');
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(shadow(element).activeElement?.getAttribute('aria-label')).to.equal('Jun 12, 2018: Singapore summit');

    // Down: the North Korea lane's event nearest in time; the view follows it (at once, as
    // for a reader who prefers reduced motion: the glide is tested in zoom-animation.test.ts).
    const restoreMotion = preferReducedMotion();
    try {
      await sendKeys({ press: 'ArrowDown' });
      await settle(element);
    } finally {
      restoreMotion();
    }
    expect(shadow(element).activeElement?.getAttribute('aria-label')).to.equal("Mar 1, 2019: Ri Yong Ho gives North Korea's account");
  });

  it('writes the selected event to the URL fragment and opens the event a fragment names', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { hash: '', id: 'talks' } });
    element.select('hanoi-summit');
    await settle(element);
    expect(location.hash).to.equal('#nt-talks-hanoi-summit');

    history.replaceState(null, '', '#nt-talks-singapore-summit');
    const reopened = await mountTimeline(await articleData(), { attributes: { hash: '', id: 'talks' } });
    expect(reopened.selected).to.equal('singapore-summit');
    expect(popoverTitle(reopened)).to.equal('Singapore summit');
  });
});

describe('a popover while the view moves', () => {
  it('follows its event through a zoom, and closes when the event leaves the view', async () => {
    const element = await articleAroundSingapore();
    element.select('singapore-summit');
    await settle(element);
    const dialog = () => shadow(element).querySelector<HTMLElement>('[role="dialog"]');
    /** The popover sits just above or below its mark, and spans the mark's x. */
    const expectNextToMark = () => {
      const box = dialog()!.getBoundingClientRect();
      const mark = markFor(element, 'Singapore summit')!.getBoundingClientRect();
      expect(Math.max(box.top - mark.bottom, mark.top - box.bottom), 'vertical gap').to.be.within(0, 20);
      expect(mark.left + mark.width / 2).to.be.within(box.left, box.right);
    };
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expectNextToMark();

    element.zoomTo('2018-05-01', '2018-07-01', { animate: false });
    await settle(element);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(dialog()?.querySelector('.popover-title')?.textContent).to.equal('Singapore summit');
    expectNextToMark();

    element.zoomTo('2019-03-01', '2019-04-01', { animate: false });
    await settle(element);
    expect(dialog()).to.equal(null);
  });
});
