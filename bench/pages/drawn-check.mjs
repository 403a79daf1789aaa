// "Drawn = model": checks that <news-timeline> draws every event its model puts in the visible
// window, so no speed in the benchmark comes from drawing less than it should. Two counts, made
// apart:
// - drawn: the `.mark` buttons in the plot whose centre is inside the plot's box, each standing
//   for `data-count` events (1, or a cluster's size);
// - model: from the public API alone (`el.events`, `el.visibleRange`, `el.filter`), the events
//   the filter shows whose start lies in the visible window. A mark sits at its event's start
//   (src/layout/scene.ts: `laneRuns` places a run at its first event), and the time axis is
//   monotonic (breaks and widened stretches included), so an event's mark is in the plot exactly
//   when its start is in the window. A range that began before the window shows only its bar
//   there (its mark is off the plot's left edge) and is not counted.
// The one place the two may differ is a cluster across an edge: a cluster is drawn where its first
// event is and takes its lane's next events up to CLUSTER_DISTANCE px after it, so a cluster just
// left of the plot holds events inside the window ("carried in"), and one just inside the right
// edge holds events past it ("spilled out"). The check accounts for those exactly, event by event
// (a mark's members are the `data-count` events from its `data-id` on, in its lane's time order),
// and allows them only from marks within CLUSTER_DISTANCE (+ EDGE_SLACK) of an edge. Then
// drawn + carried in − spilled out must equal model, every event in the window must be a member of
// exactly one mark, and every mark must name a shown event: anything else is a MISMATCH.
// This module never imports the element's layout code: the count must not share its bugs.

/** Marks closer than this (px) in one lane are one cluster: GEOMETRY.clusterDistance in src/layout/scene.ts. */
export const CLUSTER_DISTANCE = 24;
/** Layout rounds positions to 1/64 px and visibleRange to whole ms: at an edge, either side may see a mark. */
export const EDGE_SLACK = 1;

/** The events the reader's filter shows, as `isShown` in src/layout/event-filter.ts says, from `el.filter`. */
function shownEvents(events, filter) {
  const shownLanes = new Set(filter.lanes);
  // `filter.lanes` is empty for a story without lanes (and when every lane is hidden): tell them apart
  // by whether any event has a lane. (A story that names lanes no event uses, with every lane
  // hidden, would be read as unfiltered; the benchmark never filters.)
  const byLane = filter.lanes.length > 0 || events.some((event) => event.lanes.length > 0);
  const keysOf = (event) => (event.lanes.length > 0 ? event.lanes : ['']);
  return events.filter(
    (event) =>
      (filter.tag === undefined || event.tags.includes(filter.tag)) && (!byLane || keysOf(event).some((key) => shownLanes.has(key))),
  );
}

/** The track an event is drawn in: its first lane that shows, else its first lane; '' for none. */
function trackOf(event, shownLanes) {
  return event.lanes.find((lane) => shownLanes.has(lane)) ?? event.lanes[0] ?? '';
}

/** Each shown event's track and place in that track's time order, by id. */
function indexTracks(shown, filter) {
  const shownLanes = new Set(filter.lanes);
  const tracks = new Map();
  const where = new Map();
  for (const event of shown) {
    const key = trackOf(event, shownLanes);
    let list = tracks.get(key);
    if (!list) tracks.set(key, (list = []));
    where.set(event.id, { list, index: list.length });
    list.push(event);
  }
  return where;
}

/** The marks in the plot: centre (px from the plot's inner left edge), first event's id, count. */
export function drawnMarks(plot) {
  const box = plot.getBoundingClientRect();
  const left = box.left + plot.clientLeft;
  const marks = [];
  for (const mark of plot.querySelectorAll('.mark')) {
    const r = mark.getBoundingClientRect();
    if (r.width === 0) continue; // not laid out: not drawn
    marks.push({ centre: (r.left + r.right) / 2 - left, id: mark.dataset.id, count: Number(mark.dataset.count ?? 1) });
  }
  return { marks, width: plot.clientWidth };
}

/**
 * Compares what `plot` shows with what `el`'s model says for its visible window. `marks` may be
 * given (from `drawnMarks`) to test the check itself. Returns the counts and `ok`.
 */
export function drawnVsModel(el, plot, drawn = drawnMarks(plot)) {
  const range = el.visibleRange;
  if (!range) throw new Error('no visible range');
  const start = range.start.getTime();
  const end = range.end.getTime();
  const filter = el.filter;
  const shown = shownEvents(el.events, filter);
  const inWindow = (event) => event.start.time >= start && event.start.time <= end;
  const model = shown.filter(inWindow);

  const { marks, width } = drawn;
  const leftZone = (x) => x >= -CLUSTER_DISTANCE - EDGE_SLACK && x <= EDGE_SLACK;
  const rightZone = (x) => x >= width - CLUSTER_DISTANCE - EDGE_SLACK && x <= width + EDGE_SLACK;
  const where = indexTracks(shown, filter);
  const members = new Map(); // event id → marks it is a member of (events in the window only)
  const result = { drawn: 0, model: model.length, marks: 0, carried: 0, spilled: 0, unknown: 0, overrun: 0, offEdge: 0 };
  for (const mark of marks) {
    const visible = mark.centre >= 0 && mark.centre <= width;
    if (visible) {
      result.drawn += mark.count;
      result.marks++;
    }
    const at = where.get(mark.id);
    if (!at) {
      result.unknown++;
      continue;
    }
    const events = at.list.slice(at.index, at.index + mark.count);
    result.overrun += mark.count - events.length;
    for (const event of events) {
      const inside = inWindow(event);
      if (inside) members.set(event.id, (members.get(event.id) ?? 0) + 1);
      if (inside === visible) continue;
      if (inside) result.carried++;
      else result.spilled++;
      if (!leftZone(mark.centre) && !rightZone(mark.centre)) result.offEdge++;
    }
  }
  result.missing = model.filter((event) => !members.has(event.id)).length;
  result.twice = [...members.values()].filter((times) => times > 1).length;
  result.ok =
    result.drawn + result.carried - result.spilled === result.model &&
    result.missing === 0 &&
    result.twice === 0 &&
    result.unknown === 0 &&
    result.overrun === 0 &&
    result.offEdge === 0;
  return { ...result, window: { start, end }, width };
}
