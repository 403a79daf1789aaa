import type { Lane, Timeline, TimelineEvent } from '../model/types.js';
import type { AxisBreak } from './axis-scale.js';
import { SMALL_STORY } from './dense-stretches.js';
import { placeClusters, type LabelOptions, type PlacedMark } from './labels.js';
import { eventEnd, laneRuns, type LaneEvents } from './lane-index.js';
import { axisTicks, type Tick, type TickUnit } from './ticks.js';
import { linearMap } from './linear-map.js';

/**
 * Everything the horizontal view draws, in pixels, for one width and zoom. Pure: the element
 * measures text and hands in a `measure` function; this module never touches the DOM.
 */

export const GEOMETRY = {
  /**
   * Sizes of text rows (rowHeight, labelLine, axisHeight) are for labels of this many px, the
   * default --nt-font-size at the browser's default size; larger text gets rows as much taller
   * where the box has room (a lane band's `scale`, see `laneBands`), so a reader's larger font is
   * not cut nor run into the next row.
   */
  textBase: 13,
  rowHeight: 24,
  /** Label rows per lane when no height is given. */
  rows: 3,
  /** Label rows a lane may get from a tall box: more only spreads a story thinly. */
  maxRows: 12,
  /** Space below the label rows for the marks themselves. */
  markBand: 22,
  laneGap: 10,
  axisHeight: 28,
  /** A mark's button, the area a press hits, centred on the mark. */
  markTarget: 24,
  /** A dot's radius, its ring in the background's colour included. */
  markRadius: 6,
  markRing: 2,
  /** A cluster's rounded square reaches this far from its centre. */
  clusterRadius: 9,
  clusterCorner: 4,
  /** A label's line (one title) and the padding around it: 2 + 16 + 2 px. */
  labelLine: 16,
  labelPadX: 4,
  labelPadY: 2,
  labelCorner: 3,
  labelGap: 10,
  minLabelWidth: 56,
  /**
   * Marks of one lane closer than this merge into a cluster. The same as markTarget: two marks'
   * buttons then never overlap, so a press on the dot a reader sees opens that dot's event and not
   * its neighbour's (at 12 px, a press on a dot's centre could land on the next cluster's button),
   * and each target keeps the 24 px spacing WCAG 2.5.8 asks for.
   */
  clusterDistance: 24,
  /** A lane's name is drawn this far in from the plot's edge, and down from the top of the lane. */
  laneNameInset: 6,
  laneNameTop: 2,
  /** A lane's name is cut short, with an ellipsis, past this share of the plot's width. */
  laneNameShare: 0.5,
  /** Drawn past each edge, so marks slide in rather than pop in while panning. */
  overscan: 60,
  /** A bar's height from an event's start to its end, and over the year or month a date names. */
  rangeBar: 6,
  periodBar: 16,
  barCorner: 3,
  tieEnd: 4,
  /** The axis: tick length, and where a tick's label starts below the axis (d3's axisBottom). */
  tickSize: 6,
  tickLabel: 9,
  /** A collapsed gap's box is at least this wide, and its ≈ this far in from the plot's edges. */
  breakWidth: 6,
  /** An era's name, this far in from its start and up from the axis. */
  eraInset: 4,
  /**
   * Small text (the axis, lane names) and an era's name, in em of the element's font: so
   * --nt-font-size scales them with the labels (0.72rem and 0.7rem at its default, 0.8125rem).
   */
  smallText: 0.886,
  eraText: 0.862,
} as const;

export interface LaneBand {
  readonly id: string | undefined;
  readonly label: string | undefined;
  readonly top: number;
  readonly height: number;
  /** Where the lane's marks sit. */
  readonly baseline: number;
  /** Label rows above the baseline. */
  readonly rows: number;
  /** How much taller than GEOMETRY's its text rows (label rows and lines, the axis) are: 1 or more. */
  readonly scale: number;
}

export interface EventBar {
  readonly event: TimelineEvent;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  /** Index of the lane it is drawn in. */
  readonly lane: number;
  /** `range`: the event's start to end; `period`: the whole year or month a coarse date names. */
  readonly kind: 'range' | 'period';
}

/** A line tying an event to a further lane it belongs to. */
export interface LaneTie {
  readonly event: TimelineEvent;
  readonly x: number;
  readonly y0: number;
  readonly y1: number;
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly LaneBand[];
  readonly ticks: readonly Tick[];
  readonly axisY: number;
  /** Collapsed gaps, and where each one's ≈ is drawn: whole inside the plot, however far it is panned. */
  readonly breaks: readonly { x0: number; x1: number; mark: number }[];
  /** Stretches drawn wider than the rest of the axis would draw them, marked on the axis. */
  readonly stretched: readonly { x0: number; x1: number }[];
  /** Each era's name is undefined where it would run past the next era's start or the plot's edge (never drawn half, never over another). */
  readonly eras: readonly { label: string | undefined; x0: number; x1: number }[];
  /** Lane names sit at the right edge (right-to-left text), where the labels keep clear of them. */
  readonly laneNamesAtRight: boolean;
  readonly bars: readonly EventBar[];
  readonly ties: readonly LaneTie[];
  readonly marks: readonly PlacedMark<TimelineEvent>[];
}

export interface SceneInput {
  readonly timeline: Timeline;
  /** The zoomed axis: base domain, zoomed range (pixels). */
  readonly domain: readonly number[];
  readonly range: readonly number[];
  readonly breaks: readonly AxisBreak[];
  /** Stretches drawn wider than the rest (a small story's dense ones), to be marked. */
  readonly stretched?: readonly AxisBreak[];
  readonly width: number;
  /** From `laneBands`, computed once per timeline. */
  readonly lanes: readonly LaneBand[];
  /** From `indexLanes`, computed once per timeline: each lane's events, searchable by time. */
  readonly laneEvents: readonly LaneEvents[];
  /** The lanes an event is tied to besides the one it is drawn in: the shown ones (see `StoryView`). */
  readonly tiedLanes: (event: TimelineEvent) => readonly string[];
  /** The plot's height, which `lanes` were made to fill; without it lanes keep their rows. */
  readonly height?: number;
  readonly measureLabel: (text: string) => number;
  /** A tick label's width, drawn smaller than titles; `measureLabel` when not given. */
  readonly measureTickLabel?: (text: string) => number;
  /** The width of a lane's name, drawn at the start of its top row; labels keep clear of it. */
  readonly laneNameWidth?: (name: string) => number;
  /** Lane names at the right edge (right-to-left text) rather than the left. */
  readonly laneNamesAtRight?: boolean;
  readonly tickLabel: (tick: Tick) => string;
  /** No axis ticks finer than this (see `finestTickUnit`); seconds by default. */
  readonly finestTick?: TickUnit;
  /** Minutes the axis's clock is ahead of UTC (see `AxisClock`); 0 by default. */
  readonly clockOffset?: number;
  readonly clusterLabel: (count: number) => string;
}

/**
 * The tracks: one per lane, plus one for events in no lane; a single track when there are no
 * lanes. Given the height the plot has (lanes and axis), the tracks fill it: label rows go to
 * the lanes with the most events per row, so a busy lane stacks more titles; what is left over
 * goes to the top of each track. The track of events in no lane is named `otherLabel` (the
 * element passes its "Other" in the reader's language).
 */
export function laneBands(lanes: readonly Lane[], events: readonly TimelineEvent[], height?: number, otherLabel = 'Other', fontPx: number = GEOMETRY.textBase): LaneBand[] {
  const hasUnlaned = lanes.length > 0 && events.some((e) => e.lanes.length === 0);
  const { markBand, laneGap } = GEOMETRY;
  const tracks: { id: string | undefined; label: string | undefined }[] = lanes.map((l) => ({ id: l.id, label: l.label }));
  if (tracks.length === 0 || hasUnlaned) tracks.push({ id: undefined, label: tracks.length ? otherLabel : undefined });
  // Where the box has no room for a row a track at the text's scale, the rows shrink toward the
  // base size: a label cut at its foot is better than a plot whose axis scrolls out of sight.
  const wanted = fontPx / GEOMETRY.textBase;
  const fits = height ? (height - tracks.length * (markBand + laneGap)) / (tracks.length * GEOMETRY.rowHeight + GEOMETRY.axisHeight) : wanted;
  const scale = Math.max(1, Math.min(wanted, fits));
  const [rowHeight, axisHeight] = [GEOMETRY.rowHeight * scale, GEOMETRY.axisHeight * scale];
  const room = height ? height - axisHeight - tracks.length * (markBand + laneGap) : undefined;
  const named = tracks.map((track) => track.label !== undefined);
  const rows = room === undefined ? tracks.map(() => GEOMETRY.rows) : allotRows(trackCounts(tracks, events), Math.floor(room / rowHeight), named);
  return bandsWithRows(tracks, rows, height, scale);
}

/** Tracks with the given label rows each, filling `height` when given (the spare goes to their tops). */
function bandsWithRows(
  tracks: readonly { id: string | undefined; label: string | undefined }[],
  rows: readonly number[],
  height: number | undefined,
  scale: number,
): LaneBand[] {
  const { markBand, laneGap } = GEOMETRY;
  const [rowHeight, axisHeight] = [GEOMETRY.rowHeight * scale, GEOMETRY.axisHeight * scale];
  const room = height ? height - axisHeight - tracks.length * (markBand + laneGap) : 0;
  const spare = Math.max(room - rows.reduce((a, b) => a + b, 0) * rowHeight, 0) / tracks.length;
  let top = 0;
  return tracks.map((track, i) => {
    const bandHeight = rows[i]! * rowHeight + markBand + spare;
    const band = { ...track, top, height: bandHeight, baseline: top + bandHeight - markBand / 2, rows: rows[i]!, scale };
    top += bandHeight + laneGap;
    return band;
  });
}

/** How many events each track draws (an event is drawn in its first lane). */
function trackCounts(tracks: readonly { id: string | undefined }[], events: readonly TimelineEvent[]): number[] {
  // One track draws them all: a story without lanes is not looked up a million times.
  if (tracks.length === 1) return [events.length];
  const index = new Map(tracks.map((t, i) => [t.id, i]));
  const other = index.get(undefined) ?? 0;
  const counts = tracks.map(() => 0);
  for (const event of events) {
    const i = index.get(event.lanes[0]) ?? other;
    counts[i]!++;
  }
  return counts;
}

/**
 * Shares `total` label rows among tracks: one each, then one at a time to the track with the
 * most events per row, up to one row per event (a story's few events need no more), and one
 * more for a `named` track, whose top row its name shares (a first mark under the name had no
 * row for its title), and `maxRows`. Height the rows leave over goes to the top of each track
 * (see laneBands).
 */
export function allotRows(counts: readonly number[], total: number, named: readonly boolean[] = []): number[] {
  const rows = counts.map(() => 1);
  let left = total - rows.length;
  const cap = (i: number) => Math.min(Math.max(counts[i]!, 1) + (named[i] ? 1 : 0), GEOMETRY.maxRows);
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]! >= cap(i)) continue;
      if (best < 0 || counts[i]! / rows[i]! > counts[best]! / rows[best]!) best = i;
    }
    if (best < 0) break;
    rows[best]!++;
    left--;
  }
  return rows;
}

/** The track a lane id is drawn in; no lane (undefined) is the track of events in no lane. */
export function laneLookup(lanes: readonly LaneBand[]): (laneId: string | undefined) => number {
  const byId = new Map(lanes.map((lane, i) => [lane.id, i]));
  const other = byId.get(undefined) ?? 0;
  return (laneId) => byId.get(laneId) ?? other;
}


export function buildScene(input: SceneInput): Scene {
  const frame = frameOf(input);
  if (input.timeline.events.length > SMALL_STORY) return sceneWith(frame, input, input.lanes);
  // Up to SMALL_STORY events, every title should be readable at first sight. Labels stay near
  // their marks if that shows every title; else they are packed to the left.
  const near = readableScene(frame, input, 'near');
  if (near.unread === 0) return near.scene;
  const packed = readableScene(frame, input, 'packed');
  return packed.unread < near.unread ? packed.scene : near.scene;
}

/**
 * A small story's scene: a label row moves from one lane to another while the move leaves
 * fewer titles unread (so the search ends).
 */
function readableScene(frame: Frame, input: SceneInput, slide: Slide): { scene: Scene; unread: number } {
  let scene = sceneWith(frame, input, input.lanes, slide);
  let unread = unreadTitles(scene, input.measureLabel);
  if (input.height === undefined) return { scene, unread };
  for (let round = 0; round < SMALL_STORY && unread > 0; round++) {
    let better: { scene: Scene; unread: number } | undefined;
    for (let from = 0; from < scene.lanes.length; from++) {
      if (scene.lanes[from]!.rows <= 1) continue;
      for (let to = 0; to < scene.lanes.length; to++) {
        if (to === from) continue;
        const rows = scene.lanes.map((lane) => lane.rows);
        rows[from]!--;
        rows[to]!++;
        const tried = sceneWith(frame, input, bandsWithRows(scene.lanes, rows, input.height, scene.lanes[0]!.scale), slide);
        const count = unreadTitles(tried, input.measureLabel);
        if (count < (better?.unread ?? unread)) better = { scene: tried, unread: count };
      }
    }
    if (!better) break;
    ({ scene, unread } = better);
  }
  return { scene, unread };
}

/** Titles a reader cannot read in this scene: hidden, cut, or counted in a cluster. */
function unreadTitles(scene: Scene, measure: (text: string) => number): number {
  let unread = 0;
  for (const mark of scene.marks) {
    if (mark.x < 0 || mark.x > scene.width) continue;
    const single = mark.items.length === 1 ? mark.items[0]! : undefined;
    if (mark.row === undefined || (!single && mark.lines === 1)) unread += mark.items.length;
    else if (single && mark.labelWidth < measure(single.title)) unread++;
  }
  return unread;
}

/** What a scene's lanes do not change: the zoomed scale, each lane's marks, the axis. */
interface Frame {
  readonly x: (time: number) => number;
  readonly runsByLane: readonly (readonly { items: readonly TimelineEvent[]; x: number }[])[];
  readonly ticks: readonly Tick[];
  readonly breaks: Scene['breaks'];
  readonly stretched: Scene['stretched'];
  readonly eras: Scene['eras'];
}

function frameOf(input: SceneInput): Frame {
  const { timeline, domain, range, width, breaks } = input;
  const x = linearMap(domain, range);
  const timeAt = x.invert;
  const { overscan, clusterDistance } = GEOMETRY;
  const from = timeAt(-overscan);
  const to = timeAt(width + overscan);
  const onScreen = (stretches: readonly AxisBreak[]) =>
    stretches.map((b) => ({ x0: x(b.start), x1: x(b.end) })).filter((b) => b.x1 > 0 && b.x0 < width);
  // The ≈ stands in the middle of what shows of its gap, kept a box's width from the edges.
  const shownBreaks = onScreen(breaks).map((b) => ({
    ...b,
    mark: Math.min(Math.max((Math.max(b.x0, 0) + Math.min(b.x1, width)) / 2, GEOMETRY.breakWidth), width - GEOMETRY.breakWidth),
  }));
  return {
    x,
    runsByLane: input.laneEvents.map((laneEvents) => laneRuns(laneEvents, from, to, clusterDistance, x, timeAt)),
    ticks: axisTicks({
      domain,
      range,
      width,
      breaks,
      labelWidth: (tick) => (input.measureTickLabel ?? input.measureLabel)(input.tickLabel(tick)),
      finest: input.finestTick,
      offset: input.clockOffset,
      marks: shownBreaks.map((b) => b.mark),
      markReach: GEOMETRY.breakWidth,
    }),
    breaks: shownBreaks,
    stretched: onScreen(input.stretched ?? []),
    eras: nameEras(
      timeline.eras.map((era) => ({ label: era.label, x0: x(era.start.time), x1: x(era.end.periodEnd) })).filter((era) => era.x1 > 0 && era.x0 < width),
      width,
      input.measureLabel,
    ),
  };
}

/**
 * Leaves out each era's name that would run past the next era's start or the plot's edge (of eras
 * starting together, the first is named): names never cross or overlap. Measured in the labels'
 * font, larger than the eras', so a name that would just fit may be left out.
 */
function nameEras(eras: { label: string | undefined; x0: number; x1: number }[], width: number, measure: (text: string) => number): Scene['eras'] {
  const byStart = [...eras].sort((a, b) => a.x0 - b.x0);
  let next = width;
  let start = width;
  for (let i = byStart.length; i--; ) {
    const era = byStart[i]!;
    if (era.x0 < start) [next, start] = [start, era.x0];
    const shared = i > 0 && byStart[i - 1]!.x0 === era.x0;
    if (shared || Math.max(era.x0, 0) + 2 * GEOMETRY.eraInset + measure(era.label!) > next) era.label = undefined;
  }
  return eras;
}

type Slide = LabelOptions['slide'];

/** Where a lane's name sits in its top row, from the plot's edge (see `.lane-label`). */
function laneNameSpan(lane: LaneBand, input: SceneInput): { start: number; end: number } | undefined {
  if (!lane.label || !input.laneNameWidth) return undefined;
  // Labels' boxes keep a label gap's clearance from the name (see placeLane's `first`).
  const end = GEOMETRY.laneNameInset + Math.min(input.laneNameWidth(lane.label), input.width * GEOMETRY.laneNameShare) + GEOMETRY.labelGap;
  return input.laneNamesAtRight ? { start: input.width - end, end: input.width } : { start: 0, end };
}

function sceneWith(frame: Frame, input: SceneInput, lanes: readonly LaneBand[], slide?: Slide): Scene {
  const { width } = input;
  const { x } = frame;
  const laneOf = laneLookup(lanes);
  const measure = input.measureLabel;

  const bars: EventBar[] = [];
  const ties: LaneTie[] = [];
  const runsByLane = frame.runsByLane.map((runs, lane) =>
    runs.map(({ items, x: x0 }) => {
      // Bars and ties belong to events drawn on their own; a cluster stands for its events.
      const single = items.length === 1 ? items[0]! : undefined;
      const y = lanes[lane]!.baseline;
      if (single) {
        const x1 = x(eventEnd(single));
        if (single.end) bars.push({ event: single, x0, x1, y, lane, kind: 'range' });
        else if (single.start.precision === 'year' || single.start.precision === 'month') {
          bars.push({ event: single, x0, x1, y, lane, kind: 'period' });
        }
        for (const other of input.tiedLanes(single)) {
          ties.push({ event: single, x: x0, y0: y, y1: lanes[laneOf(other)]!.baseline });
        }
      }
      return {
        item: items as TimelineEvent[],
        x: x0,
        xEnd: x0,
        lane,
        // Measured only for a mark on its own, the only kind whose label shows a title.
        get labelWidth() {
          return single ? measure(single.title) : 0;
        },
      };
    }),
  );

  const lastLane = lanes.at(-1)!;
  const axisY = lastLane.top + lastLane.height + GEOMETRY.laneGap;
  return {
    width,
    height: axisY + GEOMETRY.axisHeight * lastLane.scale,
    lanes,
    axisY,
    ticks: frame.ticks,
    breaks: frame.breaks,
    stretched: frame.stretched,
    eras: frame.eras,
    laneNamesAtRight: input.laneNamesAtRight === true,
    bars,
    ties,
    marks: placeClusters(runsByLane, {
      rows: GEOMETRY.rows,
      laneRows: lanes.map((lane) => lane.rows),
      itemLabelWidth: (event: TimelineEvent) => measure(event.title),
      clusterDistance: GEOMETRY.clusterDistance,
      minLabelWidth: GEOMETRY.minLabelWidth,
      gap: GEOMETRY.labelGap,
      width,
      clusterLabelWidth: (count) => input.measureLabel(input.clusterLabel(count)),
      slide,
      reserved: lanes.map((lane) => laneNameSpan(lane, input)),
    }),
  };
}
