import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, mount, mountTimeline, PATIENCE, settle, shadow } from '../support/helpers.js';

async function expectAccessible(element: NewsTimeline): Promise<void> {
  await expect(element).to.be.accessible();
}

describe('accessibility', function () {
  // axe walks the whole shadow tree and the keyboard walk makes dozens of WebDriver round trips:
  // on a busy 2-core machine either takes more than mocha's 10 s; neither is a timing test.
  this.timeout(30_000);

  it('has no axe violations when loaded', async () => {
    await expectAccessible(await mountTimeline(await articleData()));
  });

  it('has no axe violations with a popover open', async () => {
    const element = await mountTimeline(await articleData());
    element.select('hanoi-summit');
    await settle(element);
    await expectAccessible(element);
  });

  it('has no axe violations in the list view, the vertical layout and the dark theme', async () => {
    const listed = await mountTimeline(await articleData());
    shadow(listed).querySelector<HTMLElement>('[data-action="list"]')!.click();
    await settle(listed);
    await expectAccessible(listed);
    await expectAccessible(await mountTimeline(await articleData(), { width: 375 }));
    await expectAccessible(await mountTimeline(await articleData(), { attributes: { theme: 'dark' } }));
  });

  it('has no axe violations in the error and empty states', async () => {
    const { el: broken } = await mount({ src: '/__faults/404' });
    expect(shadow(broken).querySelector('[role="alert"]')?.textContent?.trim()).to.equal('This timeline could not be loaded.');
    await expectAccessible(broken);

    const { el: empty, error } = await mount({ data: { events: [] } });
    // Readers get the short message; the reason is in the event for the page's developers.
    expect(error?.message).to.contain('no events');
    expect(shadow(empty).querySelector('[role="alert"]')?.textContent?.trim()).to.equal('This timeline could not be loaded.');
    await expectAccessible(empty);
  });

  it('is one region labelled by its title, adding no heading unless asked', async () => {
    const plain = await mountTimeline(await articleData());
    const region = shadow(plain).querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal('US–North Korea talks and the “Libyan model”');
    expect(shadow(plain).querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')).to.equal(null);

    const headed = await mountTimeline(await articleData(), { attributes: { 'heading-level': '3' } });
    const heading = shadow(headed).querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
  });

  it('keeps every event, with its summary and quotes, in a list that assistive technology reads', async () => {
    const element = await mountTimeline(await articleData());
    const items = [...shadow(element).querySelectorAll('.list-view li')];
    expect(items).to.have.length(12);
    const hanoi = items.find((item) => item.getAttribute('data-id') === 'trump-hanoi-account')!;
    expect(hanoi.textContent).to.contain('Feb 28, 2019');
    expect(hanoi.textContent).to.contain('We know every inch of this country');
    // The drawing is only seen; the marks and the list carry the meaning.
    expect(shadow(element).querySelector('svg.chart')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('gives that list to screen readers: its items and their words are in the accessibility tree', async function () {
    const element = await mountTimeline(await articleData());
    const tree = await executeServerCommand<{ role?: string; name?: string }[] | false, undefined>('accessibility-tree');
    // Only Chromium offers its tree to a test.
    if (tree === false) this.skip();
    expect(tree.filter((node) => node.role === 'listitem').length, 'the events are list items').to.be.at.least(12);
    const words = tree.map((node) => node.name ?? '').join('\n');
    expect(words).to.contain('We know every inch of this country');
    element.remove();
  });

  it('pages a long list rather than cutting it off', async () => {
    const events = Array.from({ length: 250 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    }));
    const element = await mountTimeline({ events });
    shadow(element).querySelector<HTMLElement>('[data-action="list"]')!.click();
    await settle(element);
    const seen = new Set<string>();
    for (let page = 0; page < 50; page++) {
      for (const item of shadow(element).querySelectorAll('.list-view li')) seen.add(item.getAttribute('data-id')!);
      const later = [...shadow(element).querySelectorAll<HTMLButtonElement>('.pager button')].at(-1)!;
      if (later.disabled) break;
      later.click();
      await settle(element);
    }
    expect(seen.size).to.equal(250);
  });

  it('turns a page of the list with focus on its list and its first event in sight, also onto the last page', async () => {
    const events = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `${2000 + i}` }));
    const { el } = await mount({ data: { events }, width: 390 });
    await settle(el);
    const stage = shadow(el).querySelector<HTMLElement>('.stage')!;
    const later = [...shadow(el).querySelectorAll<HTMLButtonElement>('.list-view:not(.for-assistive-technology) .pager button')].at(-1)!;
    later.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(later.disabled, 'the last page').to.equal(true);
    const list = shadow(el).activeElement as HTMLElement | null;
    expect(list?.matches('.list-view:not(.for-assistive-technology) ol'), `focus on ${list?.outerHTML.slice(0, 40)}`).to.equal(true);
    const first = list!.querySelector('li')!;
    expect(first.textContent).to.contain('Event 25');
    const [box, seen] = [first.getBoundingClientRect(), stage.getBoundingClientRect()];
    expect(box.top >= seen.top && box.top < seen.bottom, 'the first event of the page in sight').to.equal(true);
  });

  it('puts no keyboard stop in the list only assistive technology reads: Tab goes from the events to what is seen', async () => {
    // The article's references, and a link card, are links in that list too.
    const story = (await articleData()) as { events: Record<string, unknown>[] };
    story.events[0]!.media = { url: 'https://en.wikipedia.org/wiki/Libya', caption: 'Libya' };
    const element = await mountTimeline(story);
    // Where Tab goes after the element: past the page's last stop, the browser's own controls
    // would keep the keyboard from every later test.
    const after = document.createElement('button');
    after.textContent = 'After the timeline';
    element.parentElement!.after(after);
    shadow(element).querySelector<HTMLElement>('.mark[tabindex="0"]')!.focus();
    const stops: Element[] = [];
    for (let i = 0; i < 30 && document.activeElement === element; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement === element) stops.push(shadow(element).activeElement!);
    }
    expect(document.activeElement, 'Tab left the element for the page').to.equal(after);
    after.remove();
    expect(stops.length, 'Tab reached the footer at least').to.be.at.least(1);
    const hidden = stops.filter((stop) => stop.closest('.for-assistive-technology'));
    expect(hidden.map((stop) => stop.textContent!.trim())).to.deep.equal([]);
    for (const stop of stops) expect(stop.getBoundingClientRect().width, stop.outerHTML.slice(0, 80)).to.be.greaterThan(1);
  });

  it('walks through every event with the keyboard alone', async () => {
    const element = await mountTimeline(await articleData());
    // Tab into the timeline: the controls, then the events as one stop.
    const first = shadow(element).querySelector<HTMLElement>('.mark[tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'Home' });
    await settle(element);
    const visited: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Enter' });
      await settle(element);
      visited.push(element.selected!);
      await sendKeys({ press: 'Escape' });
      await settle(element);
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => shadow(element).activeElement?.classList.contains('mark'), 'focus left the events', PATIENCE);
      await settle(element);
    }
    expect(visited).to.deep.equal(element.events.map((e) => e.id));
  });

  it('announces the visible range after zooming', async () => {
    const element = await mountTimeline(await articleData());
    element.zoomTo('2018-06-01', '2019-04-30', { animate: false });
    await waitUntil(() => shadow(element).querySelector('[role="status"]')!.textContent!.startsWith('Showing'), 'the range was never announced', PATIENCE);
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.match(/^Showing June 2018 – April 2019, \d+ events$/);
  });

  it('says a selection made right after a zoom, and neither that zoom’s range nor the reveal’s pan talks over it', async () => {
    const element = await mountTimeline(await articleData());
    const region = shadow(element).querySelector('[role="status"]')!;
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region.textContent!));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    element.zoomTo('2018-06-01', '2018-07-01', { animate: false });
    // Far outside that month: the selection pans the view to it.
    element.select('libya-disarmament');
    // Twice the wait before a range is said, after the pan has ended.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await settle(element);
    observer.disconnect();
    expect(element.visibleRange!.start.getUTCFullYear()).to.equal(2003);
    expect(said.at(-1)).to.match(/^Libya gives up its nuclear programme, Dec(ember)? 19, 2003$/);
    expect(said.filter((text) => text.startsWith('Showing'))).to.deep.equal([]);
  });

  it('still says the range of a zoom made right after a selection, once the view is still', async () => {
    const element = await mountTimeline(await articleData());
    element.select('libya-disarmament');
    // While the selection's pan may still run: the reader's zoom is said all the same.
    await new Promise((resolve) => setTimeout(resolve, 150));
    element.zoomTo('2018-06-01', '2019-04-30', { animate: false });
    const status = () => shadow(element).querySelector('[role="status"]')!.textContent!;
    await waitUntil(() => status().startsWith('Showing'), 'the range was never announced', PATIENCE);
  });

  it('announces a window of hours to the minute, on the story’s own clock', async () => {
    const element = await mountTimeline({
      events: [
        { id: 'a', title: 'Polls close', start: '2019-05-01T23:00+14:00' },
        { id: 'b', title: 'First count', start: '2019-05-02T01:00+14:00' },
        { id: 'c', title: 'Result', start: '2019-05-02T05:00+14:00' },
      ],
    });
    element.zoomTo('2019-05-02T00:30+14:00', '2019-05-02T03:00+14:00', { animate: false });
    const status = () => shadow(element).querySelector('[role="status"]')!.textContent!;
    await waitUntil(() => status().startsWith('Showing'), 'the range was never announced', PATIENCE);
    // The end of 3:00's minute: zoomTo takes the whole period an ISO value names.
    expect(status()).to.equal('Showing May 2, 2019, 12:30 AM (UTC+14:00) – May 2, 2019, 3:01 AM (UTC+14:00), 1 event');
  });

  it('gives every control and event a target of at least 24 × 24 px', async () => {
    const element = await mountTimeline(await articleData());
    for (const target of shadow(element).querySelectorAll<HTMLElement>('.control, .mark, .close')) {
      const box = target.getBoundingClientRect();
      // Up to layout rounding (WebKit gives 23.999998).
      expect(box.width, target.outerHTML.slice(0, 60)).to.be.at.least(23.99);
      expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(23.99);
    }
  });
});
