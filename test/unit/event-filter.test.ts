// The reader's filter and the list's structure, as pure functions: no DOM, no element.
import { expect } from '@open-wc/testing';
import {
  drawnLane,
  filterEvents,
  filterParams,
  filterState,
  isEmpty,
  laneKeys,
  NO_FILTER,
  OTHER_LANE,
  readFilterParams,
  sameFilter,
  toggleLane,
  withTag,
  type EventFilter,
} from '../../src/layout/event-filter.js';
import { eraHeadings, laneNames } from '../../src/layout/list-context.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import type { Timeline } from '../../src/model/types.js';

function story(): Timeline {
  const { timeline } = parseTimeline({
    lanes: [
      { id: 'us', label: 'United States' },
      { id: 'nk', label: 'North Korea' },
    ],
    eras: [{ label: 'Summits', start: '2018-06', end: '2019-02' }],
    events: [
      { id: 'a', title: 'A', start: '2017-01-01', lanes: ['us'], tags: ['war'] },
      { id: 'b', title: 'B', start: '2018-06-12', lanes: ['us', 'nk'], tags: ['summit'] },
      { id: 'c', title: 'C', start: '2019-02-27', lanes: ['nk'], tags: ['summit', 'sanctions'] },
      { id: 'd', title: 'D', start: '2019-04-14', tags: ['twitter'] },
    ],
  });
  return timeline!;
}

const ids = (filter: EventFilter) => filterEvents(story().events, filter).map((e) => e.id);
const hiding = (...keys: string[]): EventFilter => ({ hiddenLanes: new Set(keys), tag: undefined });

describe('the event filter', () => {
  it('lists the lanes, then the "Other" track when an event is in none', () => {
    expect(laneKeys(story())).to.deep.equal(['us', 'nk', OTHER_LANE]);
    expect(laneKeys({ lanes: story().lanes, events: story().events.slice(0, 3) })).to.deep.equal(['us', 'nk']);
    expect(laneKeys({ lanes: [], events: story().events })).to.deep.equal([]);
  });

  it('keeps everything when nothing is filtered, the same array', () => {
    const events = story().events;
    expect(filterEvents(events, NO_FILTER)).to.equal(events);
    expect(isEmpty(NO_FILTER)).to.equal(true);
  });

  it('hides a lane: an event in two lanes shows while one of them does', () => {
    expect(ids(hiding('us'))).to.deep.equal(['b', 'c', 'd']);
    expect(ids(hiding('us', 'nk'))).to.deep.equal(['d']);
    expect(ids(hiding(OTHER_LANE))).to.deep.equal(['a', 'b', 'c']);
  });

  it('draws an event in its first lane that shows', () => {
    const b = story().events[1]!;
    expect(drawnLane(b, NO_FILTER)).to.equal('us');
    expect(drawnLane(b, hiding('us'))).to.equal('nk');
    expect(drawnLane(story().events[3]!, NO_FILTER)).to.equal(undefined);
  });

  it('keeps only the events with the tag, within the lanes shown', () => {
    expect(ids(withTag(NO_FILTER, 'summit'))).to.deep.equal(['b', 'c']);
    expect(ids(withTag(hiding('nk'), 'summit'))).to.deep.equal(['b']);
    expect(ids(withTag(NO_FILTER, 'nothing'))).to.deep.equal([]);
  });

  it('toggles a lane off and on again', () => {
    const off = toggleLane(NO_FILTER, 'nk');
    expect([...off.hiddenLanes]).to.deep.equal(['nk']);
    expect(sameFilter(toggleLane(off, 'nk'), NO_FILTER)).to.equal(true);
    expect(NO_FILTER.hiddenLanes.size, 'the filter it started from is untouched').to.equal(0);
  });

  it('reports the lanes shown and the tag', () => {
    expect(filterState(withTag(hiding('nk'), 'summit'), laneKeys(story()))).to.deep.equal({ lanes: ['us', OTHER_LANE], tag: 'summit' });
    expect(filterState(NO_FILTER, [])).to.deep.equal({ lanes: [], tag: undefined });
  });

  it('writes the filter as fragment parameters and reads it back', () => {
    const keys = laneKeys(story());
    const tags = new Set(['summit', 'a tag & more', 'left, right']);
    for (const filter of [NO_FILTER, hiding('nk'), hiding(OTHER_LANE, 'us'), withTag(hiding('nk'), 'a tag & more'), withTag(NO_FILTER, 'left, right')]) {
      const params = filterParams(filter);
      expect(sameFilter(readFilterParams(params, keys, tags), filter), params).to.equal(true);
    }
    expect(filterParams(NO_FILTER)).to.equal('');
    expect(filterParams(withTag(hiding('nk'), 'summit'))).to.equal('hide=nk&tag=summit');
    expect(filterParams(hiding(OTHER_LANE, 'nk'))).to.equal('hide=,nk');
  });

  it('reads only the lanes and tags the document has from a stale link', () => {
    const read = readFilterParams('hide=nk,gone&tag=removed', laneKeys(story()), new Set(['summit']));
    expect([...read.hiddenLanes]).to.deep.equal(['nk']);
    expect(read.tag).to.equal(undefined);
  });
});


describe("the list's structure", () => {
  it('names an era before its first event, and again at the top of a page', () => {
    const { events, eras } = story();
    expect(eraHeadings(events, eras).map((era) => era?.label)).to.deep.equal([undefined, 'Summits', undefined, undefined]);
    // A page that starts inside an era names it; one that starts outside names none.
    expect(eraHeadings(events.slice(2), eras).map((era) => era?.label)).to.deep.equal(['Summits', undefined]);
    expect(eraHeadings(events.slice(3), eras).map((era) => era?.label)).to.deep.equal([undefined]);
  });

  it("names an event's lanes, and Other for one in none", () => {
    const { events, lanes } = story();
    expect(laneNames(events[1]!, lanes, 'Other')).to.deep.equal(['United States', 'North Korea']);
    expect(laneNames(events[3]!, lanes, 'Other')).to.deep.equal(['Other']);
    expect(laneNames(events[3]!, [], 'Other')).to.deep.equal([]);
  });
});
