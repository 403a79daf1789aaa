// What a story calls for and what a filter leaves of it (src/layout/story-view.ts): the facts
// derived once per document (deepest zoom, finest ticks, legend, tags) and the view derived once
// per filter (the events shown, their places, the lane each is drawn in, the tracks' events).
import { expect } from '@open-wc/testing';
import { NO_FILTER, OTHER_LANE, type EventFilter } from '../../src/layout/event-filter.js';
import { laneBands } from '../../src/layout/scene.js';
import { NO_STORY, storyFacts, storyView } from '../../src/layout/story-view.js';
import type { Timeline } from '../../src/model/types.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';

const DAY = 86_400_000;

type RawEvent = { id: string; start: string; lanes?: string[]; tags?: string[] };

/** The talks in two lanes; events given without lanes fall in the "Other" track. */
function talks(events: RawEvent[]): Timeline {
  const { timeline, problems } = parseTimeline({
    title: 'Nuclear talks',
    lanes: [
      { id: 'us', label: 'United States' },
      { id: 'nk', label: 'North Korea' },
    ],
    eras: [{ label: 'Summits', start: '2018-06', end: '2019-02' }],
    events: events.map((event) => ({ title: event.id, ...event })),
  });
  expect(problems).to.deep.equal([]);
  return timeline!;
}

// "summit" is in both lanes, drawn in "us" (its first) until the reader hides "us".
const STORY = talks([
  { id: 'fire-and-fury', start: '2017-08-08', lanes: ['us'], tags: ['threats'] },
  { id: 'summit', start: '2018-06-12', lanes: ['us', 'nk'], tags: ['summit'] },
  { id: 'hanoi', start: '2019-02-27', lanes: ['nk'], tags: ['summit', 'sanctions'] },
  { id: 'tweet', start: '2019-04-14', tags: ['twitter'] },
]);
const byId = (id: string) => STORY.events.find((event) => event.id === id)!;
const hiding = (...keys: string[]): EventFilter => ({ hiddenLanes: new Set(keys), tag: undefined });
const tagged = (tag: string, ...hidden: string[]): EventFilter => ({ hiddenLanes: new Set(hidden), tag });
const LANES = laneBands(STORY.lanes, STORY.events);
const shownIds = (filter: EventFilter) => storyView(STORY, LANES, filter).shown.map((event) => event.id);

describe('storyFacts: what a document calls for, whatever the filter', () => {
  it('the finest period and tick unit follow the finest date an event names', () => {
    expect(storyFacts(STORY).finest).to.equal(DAY);
    expect(storyFacts(STORY).finestTick).to.equal('day');
    const years = storyFacts(talks([{ id: 'a', start: '2017' }, { id: 'b', start: '2019' }]));
    expect(years.finest).to.equal(365 * DAY);
    expect(years.finestTick, 'days: the axis never needs hours for dates only').to.equal('day');
    const timed = storyFacts(talks([{ id: 'a', start: '2018-06-12' }, { id: 'b', start: '2018-06-12T09:05Z' }]));
    expect(timed.finest).to.equal(60_000);
    expect(timed.finestTick).to.equal('minute');
  });

  it('the legend lists the lanes, then "Other" only when some event is in no lane', () => {
    expect(storyFacts(STORY).laneKeys).to.deep.equal(['us', 'nk', OTHER_LANE]);
    const allLaned = talks([{ id: 'a', start: '2018-06-12', lanes: ['nk'] }]);
    expect(storyFacts(allLaned).laneKeys).to.deep.equal(['us', 'nk']);
  });

  it('the tags are every tag an event carries, once each, in order of first appearance', () => {
    expect([...storyFacts(STORY).tags]).to.deep.equal(['threats', 'summit', 'sanctions', 'twitter']);
  });

  it('no document, or one without events, calls for nothing', () => {
    expect(storyFacts(undefined)).to.equal(NO_STORY);
    expect(NO_STORY).to.deep.include({ finest: Infinity, finestTick: 'day', laneKeys: [] });
    expect(NO_STORY.tags.size).to.equal(0);
    const empty = storyFacts({ ...STORY, events: [] });
    expect(empty.finest).to.equal(Infinity);
    expect(empty.finestTick).to.equal('day');
    expect(empty.laneKeys, 'no event in no lane: no "Other"').to.deep.equal(['us', 'nk']);
    expect(empty.tags.size).to.equal(0);
  });
});

describe('storyView: the events a filter keeps', () => {
  it('keeps every event, the same array, when nothing is filtered', () => {
    expect(storyView(STORY, LANES, NO_FILTER).shown).to.equal(STORY.events);
  });

  it('hides a lane’s events, keeping an event in two lanes while one of them shows', () => {
    expect(shownIds(hiding('us'))).to.deep.equal(['summit', 'hanoi', 'tweet']);
    expect(shownIds(hiding('us', 'nk'))).to.deep.equal(['tweet']);
  });

  it('hides the events in no lane with the "Other" key', () => {
    expect(shownIds(hiding(OTHER_LANE))).to.deep.equal(['fire-and-fury', 'summit', 'hanoi']);
  });

  it('keeps only the events with the tag, and with both, what both allow', () => {
    expect(shownIds(tagged('summit'))).to.deep.equal(['summit', 'hanoi']);
    expect(shownIds(tagged('summit', 'nk')), 'the summit still shows in "us"').to.deep.equal(['summit']);
    expect(shownIds(tagged('summit', 'us', 'nk'))).to.deep.equal([]);
    expect(shownIds(tagged('twitter', OTHER_LANE))).to.deep.equal([]);
  });

  it('finds an event’s place and the event by id among those shown only', () => {
    const view = storyView(STORY, LANES, hiding('us'));
    expect(['summit', 'hanoi', 'tweet'].map((id) => view.indexOf(id))).to.deep.equal([0, 1, 2]);
    expect(view.eventById('hanoi')).to.equal(byId('hanoi'));
    expect(view.indexOf('fire-and-fury'), 'hidden').to.equal(-1);
    expect(view.eventById('fire-and-fury'), 'hidden').to.equal(undefined);
    expect(view.indexOf('no-such-event')).to.equal(-1);
    expect(view.eventById('no-such-event')).to.equal(undefined);
    expect(view.indexOf(undefined)).to.equal(-1);
    expect(view.eventById(undefined)).to.equal(undefined);
  });

  it('finds events by id when the first question is about no event (the index is made on the first id)', () => {
    const view = storyView(STORY, LANES, hiding('us'));
    expect(view.indexOf(undefined)).to.equal(-1);
    expect(view.eventById('tweet')).to.equal(byId('tweet'));
    expect(view.indexOf('summit')).to.equal(0);
  });

  it('draws an event in its first lane that shows', () => {
    expect(storyView(STORY, LANES, NO_FILTER).laneDrawnIn(byId('summit'))).to.equal('us');
    expect(storyView(STORY, LANES, hiding('us')).laneDrawnIn(byId('summit'))).to.equal('nk');
    expect(storyView(STORY, LANES, hiding('nk')).laneDrawnIn(byId('summit'))).to.equal('us');
    expect(storyView(STORY, LANES, NO_FILTER).laneDrawnIn(byId('tweet'))).to.equal(undefined);
  });

  it('ties an event only to its other lanes that show', () => {
    expect(storyView(STORY, LANES, NO_FILTER).tiedLanes(byId('summit'))).to.deep.equal(['nk']);
    // Drawn in "nk" once "us" is hidden: nothing left to tie it to.
    expect(storyView(STORY, LANES, hiding('us')).tiedLanes(byId('summit'))).to.deep.equal([]);
    expect(storyView(STORY, LANES, hiding('nk')).tiedLanes(byId('summit'))).to.deep.equal([]);
    expect(storyView(STORY, LANES, NO_FILTER).tiedLanes(byId('hanoi'))).to.deep.equal([]);
  });

  it('gives the story with only the events shown, everything else kept', () => {
    const view = storyView(STORY, LANES, tagged('summit'));
    expect(view.timeline.events).to.equal(view.shown);
    expect(view.timeline).to.deep.equal({ ...STORY, events: view.shown });
    expect(view.timeline.lanes).to.equal(STORY.lanes);
    expect(view.timeline.eras).to.equal(STORY.eras);
    expect(STORY.events, 'the document itself is untouched').to.have.length(4);
    expect(view.filter.tag).to.equal('summit');
  });
});

describe('storyView: the events of each track, by the track they are drawn in', () => {
  const trackIds = (filter: EventFilter) =>
    storyView(STORY, LANES, filter).laneEvents.map((track) => track.events.map((event) => event.id));

  it('one entry per band, events under the lane they are drawn in, the rest under "Other"', () => {
    expect(LANES.map((band) => band.id)).to.deep.equal(['us', 'nk', undefined]);
    expect(trackIds(NO_FILTER)).to.deep.equal([['fire-and-fury', 'summit'], ['hanoi'], ['tweet']]);
  });

  it('moves an event in two lanes to its second when the first is hidden, and keeps the hidden track empty', () => {
    expect(trackIds(hiding('us'))).to.deep.equal([[], ['summit', 'hanoi'], ['tweet']]);
    expect(trackIds(hiding(OTHER_LANE))).to.deep.equal([['fire-and-fury', 'summit'], ['hanoi'], []]);
  });

  it('keeps each track’s start times, in order, for the scene’s searches', () => {
    const [us] = storyView(STORY, LANES, NO_FILTER).laneEvents;
    expect([...us!.starts]).to.deep.equal([Date.UTC(2017, 7, 8), Date.UTC(2018, 5, 12)]);
  });

  it('puts every event in the single track of a story without lanes', () => {
    const { timeline } = parseTimeline({ events: STORY.events.map((event) => ({ id: event.id, title: event.title, start: '2018-06-12' })) });
    const bands = laneBands(timeline!.lanes, timeline!.events);
    const view = storyView(timeline!, bands, NO_FILTER);
    expect(view.laneEvents.map((track) => track.events.length)).to.deep.equal([4]);
  });
});
