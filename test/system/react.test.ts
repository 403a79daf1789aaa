// The React example (demo/react/timeline-panel.tsx) in a real React 19 root: React hands the
// element the story as a property, the element draws the article's 12 events, and its
// nt-select reaches the React handler given as `onnt-select`, and through it the app's state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { TimelinePanel } from '../../demo/react/timeline-panel.tsx';
import type { NewsTimeline } from '../../src/index.js';
import { articleData, marks, PATIENCE, settle } from '../support/helpers.js';

const ARTICLE_EVENTS = 12;

describe('the React example', () => {
  let root: Root | undefined;
  let story: unknown;

  before(async () => {
    story = await articleData();
  });

  afterEach(() => {
    root?.unmount();
    root = undefined;
  });

  async function renderPanel(onSelect: (id: string | undefined) => void) {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
    root = createRoot(container);
    flushSync(() => root!.render(createElement(TimelinePanel, { data: story, onSelect })));
    const element = container.querySelector('news-timeline') as NewsTimeline | null;
    expect(element, 'React rendered <news-timeline>').to.exist;
    await waitUntil(() => marks(element!).length > 0, 'the timeline drew no marks', PATIENCE);
    await settle(element!);
    return { container, element: element! };
  }

  it('hands the element the story as a property and draws its 12 events', async () => {
    const { element } = await renderPanel(() => {});
    expect(element.hasAttribute('data'), 'data set as an attribute').to.be.false;
    expect(element.data).to.equal(story);
    expect(element.getAttribute('heading-level')).to.equal('2');
    expect(element.events).to.have.length(ARTICLE_EVENTS);
    const drawn = marks(element).reduce((sum, mark) => sum + Number(mark.dataset.count), 0);
    expect(drawn).to.equal(ARTICLE_EVENTS);
  });

  it('calls the React handler with the id of the event clicked', async () => {
    const chosen: (string | undefined)[] = [];
    const { container, element } = await renderPanel((id) => chosen.push(id));
    const mark = marks(element).find((m) => m.dataset.count === '1');
    expect(mark, 'a mark for a single event').to.exist;
    mark!.click();
    expect(chosen).to.deep.equal([mark!.dataset.id]);
    const title = element.events.find((e) => e.id === mark!.dataset.id)!.title;
    await waitUntil(() => container.querySelector('figcaption')!.textContent!.includes(`Chosen: ${title}`), 'the app never showed the choice', PATIENCE);
  });

  it("calls the element's next() from a React button", async () => {
    const chosen: (string | undefined)[] = [];
    const { container, element } = await renderPanel((id) => chosen.push(id));
    container.querySelector<HTMLButtonElement>('figcaption button')!.click();
    expect(chosen).to.deep.equal([element.events[0]!.id]);
    expect(element.selected).to.equal(element.events[0]!.id);
  });
});
