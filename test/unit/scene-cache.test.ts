// The horizontal view's layout kept between updates (src/element/scene-cache.ts): the base axis
// (with the deepest zoom) made once per document, width or spacing, the overview's density per filter,
// and the scene laid out again only when the zoom or something it is drawn from changed. No DOM:
// a real d3 zoom transform and labels of a known width.
import { expect } from '@open-wc/testing';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { SceneCache, type SceneContext } from '../../src/element/scene-cache.js';
import { NO_FILTER, type EventFilter } from '../../src/layout/event-filter.js';
import { laneBands, type Scene } from '../../src/layout/scene.js';
import { storyFacts, storyView } from '../../src/layout/story-view.js';
import type { Timeline } from '../../src/model/types.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';

const WIDTH = 800;
const BOX = { width: WIDTH, height: 300 };

type RawEvent = { id: string; start: string; end?: string; lanes?: string[] };

function story(events: RawEvent[]): Timeline {
  const { timeline, problems } = parseTimeline({
    lanes: [
      { id: 'us', label: 'United States' },
      { id: 'nk', label: 'North Korea' },
    ],
    events: events.map((event) => ({ title: event.id, ...event })),
  });
  expect(problems).to.deep.equal([]);
  return timeline!;
}

/** Two years of talks, months apart: each event gets a mark of its own at the whole story. */
const TALKS = story([
  { id: 'singapore', start: '2018-06-12', lanes: ['us', 'nk'] },
  { id: 'letter', start: '2018-09-10', lanes: ['nk'] },
  { id: 'hanoi', start: '2019-02-27', end: '2019-02-28', lanes: ['us'] },
  { id: 'dmz', start: '2019-06-30' },
  { id: 'stockholm', start: '2019-10-05', lanes: ['nk'] },
]);

/** What the element hands the cache for a story under a filter; labels seven pixels a character. */
function contextFor(timeline: Timeline, filter: EventFilter = NO_FILTER): SceneContext {
  const lanes = laneBands(timeline.lanes, timeline.events, BOX.height);
  return {
    view: storyView(timeline, lanes, filter),
    lanes,
    finestTick: storyFacts(timeline).finestTick,
    clockOffset: storyFacts(timeline).clock.offset,
    laneNamesAtRight: false,
    measure: (text) => text.length * 7,
    measureTick: (text) => text.length * 6,
    tickLabel: (tick) => new Date(tick.time).toISOString().slice(0, 7),
    clusterLabel: (count) => `${count} events`,
  };
}

/** A cache with the story's axis made at WIDTH, true to time. */
function cacheWithAxis(timeline: Timeline = TALKS): SceneCache {
  const cache = new SceneCache();
  cache.updateAxis(timeline, WIDTH, 'time', storyFacts(timeline), false);
  return cache;
}

/** A cache with the story's scene laid out at `transform`. */
function laidOut(transform: ZoomTransform = zoomIdentity, context = contextFor(TALKS)): SceneCache {
  const cache = cacheWithAxis();
  cache.updateScene(context, BOX, transform, false);
  expect(cache.scene, 'a scene once there is an axis').to.not.equal(undefined);
  return cache;
}

const markX = (scene: Scene | undefined, id: string) => scene!.marks.find((mark) => mark.items.some((event) => event.id === id))!.x;

describe('SceneCache: the base axis', () => {
  it('has no axis, density or scale while the box has no width', () => {
    const cache = new SceneCache();
    cache.updateAxis(TALKS, 0, 'time', storyFacts(TALKS), true);
    expect(cache.base).to.equal(undefined);
    expect(cache.baseScale()).to.equal(undefined);
    expect(cache.density).to.deep.equal([]);
    expect(cache.maxScale).to.equal(1);
  });

  it('makes the axis once and reuses it until asked again (a new width or spacing)', () => {
    const cache = cacheWithAxis();
    const first = cache.base;
    expect(first).to.not.equal(undefined);
    cache.updateAxis(TALKS, WIDTH, 'time', storyFacts(TALKS), false);
    expect(cache.base).to.equal(first);
    cache.updateAxis(TALKS, WIDTH, 'equal', storyFacts(TALKS), true);
    expect(cache.base).to.not.equal(first);
    expect(cache.base!.range.at(-1)).to.equal(WIDTH);
  });

  it('a new document (reset) drops the axis, and the next update makes a new one', () => {
    const cache = cacheWithAxis();
    const first = cache.base;
    cache.reset();
    expect(cache.base).to.equal(undefined);
    cache.updateAxis(TALKS, WIDTH, 'time', storyFacts(TALKS), false);
    expect(cache.base).to.not.equal(undefined);
    expect(cache.base).to.not.equal(first);
  });

  it('maps the story’s first and last event inside the axis’s pixels, in time order', () => {
    const cache = cacheWithAxis();
    const scale = cache.baseScale()!;
    const first = scale(TALKS.events[0]!.start.time);
    const last = scale(TALKS.events.at(-1)!.start.periodEnd);
    expect(cache.base!.range[0]).to.equal(0);
    expect(cache.base!.range.at(-1)).to.equal(WIDTH);
    expect(first).to.be.greaterThan(0);
    expect(last).to.be.below(WIDTH);
    expect(first).to.be.below(last);
  });

  it('counts every event in the overview’s density along the axis', () => {
    const { density } = laidOut();
    expect(density.reduce((sum, column) => sum + column.count, 0)).to.equal(TALKS.events.length);
    expect(density.every((column) => column.x >= 0 && column.x <= WIDTH)).to.equal(true);
  });

  it('counts only the events the filter shows, and all of them again when it is lifted', () => {
    const cache = laidOut(zoomIdentity, contextFor(TALKS, { hiddenLanes: new Set(['nk']), tag: undefined }));
    const count = () => cache.density.reduce((sum, column) => sum + column.count, 0);
    // "letter" and "stockholm" are only in North Korea; Singapore is also in the United States.
    expect(count()).to.equal(3);
    cache.invalidate();
    cache.updateScene(contextFor(TALKS), BOX, zoomIdentity, false);
    expect(count()).to.equal(TALKS.events.length);
  });

  it('lets a story with finer dates zoom deeper', () => {
    const months = cacheWithAxis(story([{ id: 'a', start: '2018-06' }, { id: 'b', start: '2019-10' }]));
    const days = cacheWithAxis(story([{ id: 'a', start: '2018-06-01' }, { id: 'b', start: '2019-10-01' }]));
    const minutes = cacheWithAxis(story([{ id: 'a', start: '2018-06-01' }, { id: 'b', start: '2019-10-01T09:05Z' }]));
    expect(months.maxScale).to.be.greaterThan(1);
    expect(days.maxScale).to.be.greaterThan(months.maxScale);
    // Minutes zoom no deeper than ten minutes across the width: 432 times the three days a story
    // of days zooms to, on the same span.
    expect(minutes.maxScale).to.be.closeTo(days.maxScale * 432, days.maxScale);
  });
});

describe('SceneCache: the scene', () => {
  it('has no scene before there is an axis', () => {
    const cache = new SceneCache();
    cache.updateScene(contextFor(TALKS), BOX, zoomIdentity, true);
    expect(cache.scene).to.equal(undefined);
  });

  it('lays the scene out in the box, each event where the base axis puts it', () => {
    const cache = laidOut();
    expect(cache.scene!.width).to.equal(WIDTH);
    const scale = cache.baseScale()!;
    for (const event of TALKS.events) expect(markX(cache.scene, event.id), event.id).to.be.closeTo(scale(event.start.time), 1e-6);
  });

  it('keeps the same scene when nothing it is drawn from changed, nor the zoom’s scale or x', () => {
    const cache = laidOut(zoomIdentity.translate(100, 0));
    const scene = cache.scene;
    cache.updateScene(contextFor(TALKS), BOX, zoomIdentity.translate(100, 0), false);
    expect(cache.scene, 'an equal transform').to.equal(scene);
    cache.updateScene(contextFor(TALKS), BOX, zoomIdentity.translate(100, 40), false);
    expect(cache.scene, 'only y moved: the view never pans up or down').to.equal(scene);
  });

  it('lays out again when the zoom’s x or scale changed', () => {
    const cache = laidOut();
    const atIdentity = cache.scene;
    cache.updateScene(contextFor(TALKS), BOX, zoomIdentity.translate(100, 0), false);
    const panned = cache.scene;
    expect(panned).to.not.equal(atIdentity);
    cache.updateScene(contextFor(TALKS), BOX, zoomIdentity.translate(100, 0).scale(2), false);
    expect(cache.scene).to.not.equal(panned);
  });

  it('lays out again after invalidate() or when told something changed, at the same zoom', () => {
    const cache = laidOut();
    const first = cache.scene;
    cache.invalidate();
    cache.updateScene(contextFor(TALKS), BOX, zoomIdentity, false);
    const second = cache.scene;
    expect(second).to.not.equal(first);
    cache.updateScene(contextFor(TALKS), BOX, zoomIdentity, true);
    expect(cache.scene).to.not.equal(second);
    // Once laid out, the flag is spent: the next update at the same zoom keeps it.
    const third = cache.scene;
    cache.updateScene(contextFor(TALKS), BOX, zoomIdentity, false);
    expect(cache.scene).to.equal(third);
  });

  it('draws what the context’s view shows: a filter invalidated in is drawn', () => {
    const cache = laidOut();
    expect(cache.scene!.marks.flatMap((mark) => mark.items.map((e) => e.id))).to.include('letter');
    cache.invalidate();
    cache.updateScene(contextFor(TALKS, { hiddenLanes: new Set(['nk']), tag: undefined }), BOX, zoomIdentity, false);
    expect(cache.scene!.marks.flatMap((mark) => mark.items.map((e) => e.id))).to.deep.equal(['singapore', 'hanoi', 'dmz']);
  });

  it('drops the scene when there is no context (the vertical view draws none)', () => {
    const cache = laidOut();
    cache.updateScene(undefined, BOX, zoomIdentity, true);
    expect(cache.scene).to.equal(undefined);
  });

  it('drops the scene when there is no context, even when nothing else changed', () => {
    const cache = laidOut();
    expect(cache.scene).to.not.equal(undefined);
    cache.updateScene(undefined, BOX, zoomIdentity, false);
    expect(cache.scene).to.equal(undefined);
  });

  it('moves the marks by the transform’s translation, and spreads them by its scale', () => {
    const at = (transform: ZoomTransform) => laidOut(transform).scene;
    const identity = at(zoomIdentity);
    const panned = at(zoomIdentity.translate(100, 0));
    const zoomed = at(zoomIdentity.translate(-300, 0).scale(2));
    for (const id of ['letter', 'hanoi', 'dmz']) expect(markX(panned, id), id).to.be.closeTo(markX(identity, id) + 100, 1e-6);
    // Zoomed in twice, the view shows the story's first half less its first 150 px.
    for (const id of ['letter', 'hanoi']) expect(markX(zoomed, id), id).to.be.closeTo(markX(identity, id) * 2 - 300, 1e-6);
  });
});
