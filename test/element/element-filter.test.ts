// Reader filters in the element: the lane legend, tag chips, the URL fragment and nt-filter-change.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, marks, mount, mountTimeline, settle, shadow } from '../support/helpers.js';

/** Events the plot draws: each mark counts the events it stands for. */
function eventsDrawn(element: NewsTimeline): number {
  return marks(element).reduce((sum, mark) => sum + Number(mark.dataset.count), 0);
}

function legendItem(element: NewsTimeline, name: string): HTMLButtonElement {
  const items = [...shadow(element).querySelectorAll<HTMLButtonElement>('.legend-item')];
  return items.find((item) => item.textContent!.trim() === name)!;
}

function chip(element: NewsTimeline): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>('.filter-chip');
}

function listedIds(element: NewsTimeline): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('ol.list > li')].map((li) => li.dataset.id!);
}

function announcement(element: NewsTimeline): string {
  return shadow(element).querySelector('[role="status"]')!.textContent!.trim();
}

/** Where the overview strip draws a bar: the left edge of each run of filled pixels along its foot. */
function overviewBars(element: NewsTimeline): number[] {
  const bars = shadow(element).querySelector<SVGPathElement>('.overview .density');
  if (!bars) return [];
  const strip = bars.ownerSVGElement!;
  const foot = strip.height.baseVal.value - 1;
  const starts: number[] = [];
  let inBar = false;
  for (let x = 0; x < strip.width.baseVal.value; x++) {
    const filled = bars.isPointInFill(new DOMPoint(x + 0.5, foot));
    if (filled && !inBar) starts.push(x);
    inBar = filled;
  }
  return starts;
}

/** Lanes A, B and C, for stories whose events share lanes. */
const THREE_LANES = ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase() }));

/** The article's events only in the North Korea lane. */
const NORTH_KOREA_ONLY = ['ri-yong-ho-press-conference', 'choe-son-hui-statement', 'kim-calls-for-acceptable-deal'];
const TAGGED_SUMMIT = ['singapore-summit', 'hanoi-summit', 'trump-hanoi-account', 'ri-yong-ho-press-conference'];

describe('reader filters', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows the lanes as a legend whose buttons hide and show their events', async () => {
    const element = await mountTimeline(await articleData());
    const names = [...shadow(element).querySelectorAll('.legend-item')].map((item) => item.textContent!.trim());
    expect(names).to.deep.equal(['United States', 'North Korea', 'Libya']);
    expect(shadow(element).querySelector('.legend')!.getAttribute('role')).to.equal('group');
    expect(eventsDrawn(element)).to.equal(12);

    const northKorea = legendItem(element, 'North Korea');
    expect(northKorea.getAttribute('aria-pressed')).to.equal('true');
    const changed = oneEvent(element, 'nt-filter-change');
    northKorea.click();
    const { detail } = await changed;
    await settle(element);
    expect(detail).to.deep.equal({ lanes: ['us', 'libya'], tag: undefined });
    expect(element.filter).to.deep.equal({ lanes: ['us', 'libya'], tag: undefined });
    expect(legendItem(element, 'North Korea').getAttribute('aria-pressed')).to.equal('false');
    expect(eventsDrawn(element), 'the events only in North Korea are hidden').to.equal(9);
    // The list read by screen readers holds what is shown, and the count is announced.
    expect(listedIds(element)).to.not.include.members(NORTH_KOREA_ONLY);
    expect(listedIds(element)).to.have.length(9);
    expect(announcement(element)).to.equal('Showing 9 of 12 events');

    legendItem(element, 'North Korea').click();
    await settle(element);
    expect(legendItem(element, 'North Korea').getAttribute('aria-pressed')).to.equal('true');
    expect(eventsDrawn(element)).to.equal(12);
  });

  it('ties an event only to its other lanes that show', async () => {
    const element = await mountTimeline({
      lanes: THREE_LANES,
      events: [
        { id: 'ab', title: 'In A and B', start: '2020-01-01', lanes: ['a', 'b'] },
        { id: 'bc', title: 'In B and C', start: '2020-06-01', lanes: ['b', 'c'] },
        { id: 'c', title: 'In C', start: '2020-12-01', lanes: ['c'] },
      ],
    });
    const tieEnds = () => [...shadow(element).querySelectorAll('.tie-end')];
    expect(tieEnds(), 'A to B, and B to C').to.have.length(2);
    legendItem(element, 'B').click();
    await settle(element);
    // "In A and B" stays in A, with no tie into B's empty band; "In B and C" moves to C, its only lane left.
    expect(tieEnds(), 'no tie into a hidden lane').to.deep.equal([]);
    expect(eventsDrawn(element)).to.equal(3);
    legendItem(element, 'B').click();
    await settle(element);
    expect(tieEnds(), 'both ties again').to.have.length(2);
  });

  it('leaves a hidden lane’s events out of the overview strip, and puts them back', async () => {
    const element = await mountTimeline({
      lanes: THREE_LANES,
      events: [
        { id: 'one', title: 'One', start: '2010-01-01', lanes: ['a'] },
        { id: 'two', title: 'Two', start: '2015-06-01', lanes: ['b'] },
        { id: 'three', title: 'Three', start: '2020-12-01', lanes: ['c'] },
      ],
    });
    const columns = () => overviewBars(element);
    const all = columns();
    expect(all, 'one column for each event, years apart').to.have.length(3);
    legendItem(element, 'B').click();
    await settle(element);
    expect(columns(), 'the middle one, B’s, is gone').to.deep.equal([all[0], all[2]]);
    legendItem(element, 'B').click();
    await settle(element);
    expect(columns()).to.deep.equal(all);
  });

  it('keeps hidden events out of reach of the keys', async () => {
    const element = await mountTimeline(await articleData());
    element.select('hanoi-summit');
    await settle(element);
    legendItem(element, 'North Korea').click();
    legendItem(element, 'United States').click();
    await settle(element);
    // Only Libya's event is left (it is in Libya and the United States).
    expect(eventsDrawn(element)).to.equal(1);
    expect(element.selected, 'the selection the reader hid is let go').to.equal(undefined);
    expect(shadow(element).querySelector('[role="dialog"]')).to.equal(null);
    marks(element)[0]!.focus();
    await sendKeys({ press: 'End' });
    await settle(element);
    expect(shadow(element).activeElement?.getAttribute('aria-label')).to.equal('Dec 19, 2003: Libya gives up its nuclear programme');
    element.next();
    expect(element.selected).to.equal('libya-disarmament');
    element.select('hanoi-summit');
    expect(element.selected, 'a hidden event cannot be selected').to.equal('libya-disarmament');
  });

  it('moves Up and Down to the events a hidden lane leaves in their other lane', async () => {
    // "Two" is in lanes B and C: drawn in B, and in C once B is hidden.
    const element = await mountTimeline({
      lanes: THREE_LANES,
      events: [
        { id: 'one', title: 'One', start: '2020-01-10', lanes: ['a'] },
        { id: 'three', title: 'Three', start: '2020-02-01', lanes: ['c'] },
        { id: 'two', title: 'Two', start: '2020-09-01', lanes: ['b', 'c'] },
      ],
    });
    legendItem(element, 'B').click();
    await settle(element);
    const focused = () => shadow(element).activeElement?.getAttribute('aria-label') ?? '';
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await settle(element);
    };
    const markOf = (title: string) => marks(element).find((mark) => mark.getAttribute('aria-label')!.endsWith(`: ${title}`))!;
    // B is empty now: Down from One goes to C, to the event nearest in time there.
    markOf('One').focus();
    await press('ArrowDown');
    expect(focused()).to.match(/: Three$/);
    // Up from Two, drawn in C, passes the empty B and reaches A.
    markOf('Two').focus();
    await press('ArrowUp');
    expect(focused()).to.match(/: One$/);
  });

  it('shows tags in the popover; choosing one filters to it, and its chip clears it', async () => {
    const element = await mountTimeline(await articleData());
    element.select('singapore-summit');
    await settle(element);
    const popover = shadow(element).querySelector('[role="dialog"]')!;
    const tags = [...popover.querySelectorAll<HTMLButtonElement>('.tag')];
    expect(tags.map((tag) => tag.textContent!.trim())).to.deep.equal(['summit', 'diplomacy']);
    expect(tags[0]!.getAttribute('aria-label')).to.equal('Show only events tagged summit');

    const changed = oneEvent(element, 'nt-filter-change');
    tags[0]!.click();
    expect((await changed).detail).to.deep.equal({ lanes: ['us', 'nk', 'libya'], tag: 'summit' });
    await settle(element);
    expect(chip(element)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filtered by: summit ×');
    expect(eventsDrawn(element)).to.equal(TAGGED_SUMMIT.length);
    expect(listedIds(element)).to.have.members(TAGGED_SUMMIT);
    expect(announcement(element)).to.equal('Showing 4 of 12 events');

    const cleared = oneEvent(element, 'nt-filter-change');
    chip(element)!.querySelector<HTMLButtonElement>('.clear-filter')!.click();
    expect((await cleared).detail.tag).to.equal(undefined);
    await settle(element);
    expect(chip(element)).to.equal(null);
    expect(eventsDrawn(element)).to.equal(12);
  });

  it('filters the list view with the tags it shows', async () => {
    const element = await mountTimeline(await articleData());
    shadow(element).querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
    await settle(element);
    const summit = shadow(element).querySelector<HTMLButtonElement>('li[data-id="hanoi-summit"] .tag[data-tag="summit"]')!;
    expect(summit.tabIndex).to.equal(0);
    summit.click();
    await settle(element);
    expect(listedIds(element)).to.have.members(TAGGED_SUMMIT);
    expect(chip(element)?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Filtered by: summit ×');
  });

  it('writes the filter to the URL fragment of a page that opted in, and restores it on load', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { hash: '', id: 'talks' } });
    legendItem(element, 'North Korea').click();
    await settle(element);
    expect(location.hash).to.equal('#nt-talks&hide=nk');
    element.select('hanoi-summit');
    await settle(element);
    expect(location.hash).to.equal('#nt-talks-hanoi-summit&hide=nk');

    history.replaceState(null, '', '#nt-talks&hide=nk&tag=summit');
    const restored = await mountTimeline(await articleData(), { attributes: { hash: '', id: 'talks' } });
    expect(legendItem(restored, 'North Korea').getAttribute('aria-pressed')).to.equal('false');
    expect(chip(restored)!.textContent).to.contain('summit');
    expect(restored.filter).to.deep.equal({ lanes: ['us', 'libya'], tag: 'summit' });
    expect(eventsDrawn(restored), 'summit events not only in North Korea').to.equal(3);

    // The event-only fragment still opens its event, and an event and a filter go together.
    history.replaceState(null, '', '#nt-talks-hanoi-summit&tag=summit');
    const both = await mountTimeline(await articleData(), { attributes: { hash: '', id: 'talks' } });
    expect(both.selected).to.equal('hanoi-summit');
    expect(both.filter.tag).to.equal('summit');
  });

  it('restores the filter of a document loaded from src, keeping the fragment while it loads', async () => {
    history.replaceState(null, '', '#nt-remote&hide=libya&tag=summit');
    const { el: element } = await mount({ src: '/data/north-korea-talks.json', attributes: { id: 'remote', hash: '' } });
    expect(element.filter).to.deep.equal({ lanes: ['us', 'nk'], tag: 'summit' });
    expect(location.hash).to.equal('#nt-remote&hide=libya&tag=summit');
  });

  it('never writes the fragment of a page that did not opt in', async () => {
    const element = await mountTimeline(await articleData());
    legendItem(element, 'Libya').click();
    await settle(element);
    expect(location.hash).to.equal('');
  });

  it('puts events in no lane in an "Other" lane of the legend, in the element\'s language', async () => {
    const data = {
      lanes: [{ id: 'city', label: 'City hall' }],
      events: [
        { id: 'a', title: 'Council vote', start: '2024-01-10', lanes: ['city'] },
        { id: 'b', title: 'Court ruling', start: '2024-02-10', lanes: ['courts'] },
      ],
    };
    const element = await mountTimeline(data, { attributes: { lang: 'de' } });
    // German arrives in its own chunk: on a loaded machine that takes more than waitUntil's default second.
    await waitUntil(() => legendItem(element, 'Sonstige'), 'the German "Other" lane', { timeout: 10_000, interval: 20 });
    expect(element.problems.map((p) => p.path)).to.deep.equal(['events[1].lanes[0]']);
    expect(shadow(element).querySelector('.lane-label:last-of-type')!.textContent).to.equal('Sonstige');
    const changed = oneEvent(element, 'nt-filter-change');
    legendItem(element, 'Sonstige').click();
    expect((await changed).detail.lanes).to.deep.equal(['city']);
    await settle(element);
    expect(eventsDrawn(element)).to.equal(1);
  });
});
