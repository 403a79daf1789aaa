import { expect, waitUntil } from '@open-wc/testing';
import { NewsTimeline } from '../../src/news-timeline.js';
import { mountTimeline, nextFrames } from '../support/helpers.js';

/**
 * One change, one update: the element never sets state in `updated()` that asks for another.
 * Every element's updates are counted (its `updated` wrapped for this file). A load costs two:
 * the document drawn, then the plot laid out for the height its stage measures once it exists
 * (the stage's height is the box less the header and toolbar the first draw puts in it). A
 * move of the view is one update, and one more 400 ms after the view is still, when the live
 * region speaks the new range: a change of its own, waited for so the count never depends on
 * how fast the machine is.
 */
const updates = new WeakMap<object, number>();
type Updated = (this: NewsTimeline, changed: Map<PropertyKey, unknown>) => void;
const proto = NewsTimeline.prototype as unknown as { updated: Updated };
const original = proto.updated;

const STORY = {
  title: 'Counted',
  events: [
    { id: 'a', title: 'First', start: '2018-01-10' },
    { id: 'b', title: 'Second', start: '2018-03-02' },
    { id: 'c', title: 'Third', start: '2018-06-12' },
    { id: 'd', title: 'Fourth', start: '2018-09-30' },
  ],
};

/** Lets every frame, observer and update the last change caused run out. */
async function quiet(element: NewsTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await element.updateComplete;
    await nextFrames();
  }
  await element.updateComplete;
}

async function mountCounted(attributes: Record<string, string> = {}): Promise<NewsTimeline> {
  const element = await mountTimeline(STORY, { attributes });
  await quiet(element);
  return element;
}

const count = (element: NewsTimeline) => updates.get(element) ?? 0;

const spoken = (element: NewsTimeline) => element.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

/** Waits for the live region to speak the range the view moved to, then for everything after it. */
async function rangeSpoken(element: NewsTimeline): Promise<void> {
  await waitUntil(() => spoken(element).includes('event'), 'the range was never spoken', { timeout: 5000 });
  await quiet(element);
}

describe('updates per change', () => {
  before(() => {
    proto.updated = function (this: NewsTimeline, changed) {
      original.call(this, changed);
      updates.set(this, count(this) + 1);
    };
  });
  after(() => {
    proto.updated = original;
  });
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('draws a document in one update, and one more for the plot height the first draw lets it measure', async () => {
    const element = await mountCounted();
    expect(element.shadowRoot!.querySelectorAll('.mark')).to.have.length(4);
    expect(count(element)).to.equal(2);
  });

  it('opens on its start and end window in the same update (and speaks it in one more)', async () => {
    const element = await mountCounted({ start: '2018-03', end: '2018-06' });
    expect(element.visibleRange!.start.toISOString().slice(0, 7)).to.equal('2018-03');
    await rangeSpoken(element);
    expect(count(element)).to.equal(3);
  });

  it('selects the event its URL fragment names in the same update', async () => {
    history.replaceState(null, '', '#nt-c');
    const element = await mountCounted({ hash: '' });
    expect(element.selected).to.equal('c');
    expect(element.shadowRoot!.querySelector('.popover')).to.exist;
    expect(count(element)).to.equal(2);
  });

  it('draws a zoom frame in one update, and speaks its range in one more', async () => {
    const element = await mountCounted();
    const before = count(element);
    element.zoomTo('2018-02-01', '2018-07-01', { animate: false });
    await quiet(element);
    expect(element.visibleRange!.start.toISOString().slice(0, 7)).to.equal('2018-02');
    await rangeSpoken(element);
    expect(count(element) - before).to.equal(2);
  });

  it('draws a wheel step in one update, and speaks its range in one more', async () => {
    const element = await mountCounted();
    const plot = element.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const range = element.visibleRange!;
    const before = count(element);
    plot.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, clientX: box.left + box.width / 2, clientY: box.top + 20, bubbles: true, cancelable: true }),
    );
    await quiet(element);
    expect(element.visibleRange!.end.getTime() - element.visibleRange!.start.getTime()).to.be.below(range.end.getTime() - range.start.getTime());
    await rangeSpoken(element);
    expect(count(element) - before).to.equal(2);
  });
});
