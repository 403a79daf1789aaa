// The in-page half of the benchmark. `?lib=ours|vis|tl` picks the library; run.mjs drives
// `window.bench` through Playwright. Every library gets the same events (bench/data.mjs, same
// seed) and the same questions; only the adapter at the bottom differs.
import { fingerprint, generateTimeline, toTimelineJS, toVisItems } from '../data.mjs';
import { drawnVsModel } from './drawn-check.mjs';

const lib = new URLSearchParams(location.search).get('lib') ?? 'ours';
const host = document.getElementById('host');

// ——— frame helpers ———

const raf = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves once the current task, and so the rendering of the current frame, has finished. */
function afterTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(0);
  });
}

/**
 * Watches the frames from the moment the data is handed over (`t0`). Once the library has
 * settled, `painted()` answers with three figures:
 * - `settled`: from `t0` until it settled (its own signal: nt-load and updateComplete, …);
 * - `busy`: issue 12's first render, main-thread time from `t0` to the end of the first frame
 *   that paints what settled: `settled` plus that frame's task (rAF callbacks, style, layout,
 *   paint), without the wait for vsync in between. The watcher's rAF callback is re-registered
 *   first thing in each frame, so it runs before any callback the library asked for in that frame;
 * - `ms`: the literal time from `t0` to the second frame after it settled.
 */
function watchFrames(t0) {
  const frames = [];
  let watching = true;
  const onFrame = () => {
    if (!watching) return;
    requestAnimationFrame(onFrame);
    frames.push({ at: performance.now(), end: afterTask() });
  };
  requestAnimationFrame(onFrame);
  return {
    async painted() {
      const settledAt = performance.now();
      await raf();
      const frame = frames.find((f) => f.at >= settledAt);
      const frameEnd = await frame.end;
      await raf();
      watching = false;
      return { settled: settledAt - t0, busy: settledAt - t0 + (frameEnd - frame.at), ms: performance.now() - t0 };
    },
  };
}

/** Resolves on the element's next nt-load; rejects with its message on nt-error. */
function loadOutcome(el) {
  return new Promise((resolve, reject) => {
    el.addEventListener('nt-load', resolve, { once: true });
    el.addEventListener('nt-error', (e) => reject(new Error(`nt-error: ${e.detail.message}`)), { once: true });
  });
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

function loadCss(href) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}

/** Every node in the document, shadow roots and their contents included. */
function countNodes(root = document) {
  let count = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    count++;
    if (node.shadowRoot) stack.push(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
  return count;
}

/**
 * One programmatic step, started at the beginning of a frame (inside a rAF callback). Returns:
 * - `nextFrame`: from the call to the next rAF callback after the step settled (the literal
 *   "until the next frame"; includes waiting for vsync, so never much below one frame);
 * - `busy`: main-thread time the step cost: the call, what it settles (Lit's update), the
 *   rendering of that frame (style, layout, paint, up to the end of the frame's task), plus any
 *   work the library deferred to the next frame's rAF callbacks and that frame's rendering.
 */
async function timedStep(step, settle) {
  await raf();
  let firstInNext = 0;
  requestAnimationFrame(() => (firstInNext = performance.now()));
  const t0 = performance.now();
  step();
  await settle();
  const frameDone = afterTask();
  const next = new Promise((resolve) =>
    requestAnimationFrame(() => {
      const at = performance.now();
      afterTask().then((done) => resolve({ at, done }));
    }),
  );
  const renderEnd = await frameDone;
  const { at, done } = await next;
  return { nextFrame: at - t0, busy: renderEnd - t0 + (done - firstInNext) };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1), min: sorted[0] };
}

/** 8 in, 8 out, 7 in, 7 out: 30 steps that never reach the deepest zoom of any library. */
const ZOOM_PATTERN = [...Array(8).fill('in'), ...Array(8).fill('out'), ...Array(7).fill('in'), ...Array(7).fill('out')];

// ——— adapters: one per library, the same questions ———

const adapters = {
  ours: {
    async load() {
      await import('/dist/news-timeline.bundle.js');
      await customElements.whenDefined('news-timeline');
      this.el = document.createElement('news-timeline');
      host.append(this.el);
      await this.el.updateComplete;
      // The element learns its width from a ResizeObserver and applies it on the next frame:
      // wait for both, so the measured render is the data's, not the element's first layout.
      // (This waited for a `width` property the element does not have: always 120 frames.)
      for (let i = 0; i < 3; i++) await raf();
      await this.el.updateComplete;
    },
    prepare(doc) {
      return doc;
    },
    async render(input) {
      const el = this.el;
      const loaded = loadOutcome(el);
      const t0 = performance.now();
      const frames = watchFrames(t0);
      el.data = input;
      await loaded;
      await el.updateComplete;
      const times = await frames.painted();
      const root = el.shadowRoot;
      if (!root.querySelector('.plot')) throw new Error('no .plot drawn after nt-load (vertical layout or no width?)');
      return { ...times, events: el.events.length, marks: root.querySelectorAll('.mark').length };
    },
    getWindow() {
      const range = this.el.visibleRange;
      return range && { start: range.start.getTime(), end: range.end.getTime() };
    },
    setWindow(start, end) {
      this.el.zoomTo(start, end, { animate: false });
    },
    settle() {
      return this.el.updateComplete;
    },
    plot() {
      return this.el.shadowRoot.querySelector('.plot');
    },
    /** What is drawn against what the model says for the visible window (drawn-check.mjs). */
    drawnVsModel() {
      const plot = this.plot();
      if (!plot) throw new Error('no .plot drawn');
      return drawnVsModel(this.el, plot);
    },
    /** The marks of one event (a cluster zooms instead of opening a popover), inside the plot. */
    pressable() {
      const plot = this.plot().getBoundingClientRect();
      return [...this.el.shadowRoot.querySelectorAll('.mark[data-count="1"]')].filter((mark) => {
        const r = mark.getBoundingClientRect();
        return r.width > 0 && r.left >= plot.left && r.right <= plot.right && r.top >= plot.top && r.bottom <= plot.bottom;
      });
    },
    /** What pressing a mark shows: its popover, open and laid out. */
    shown() {
      const popover = this.el.shadowRoot.querySelector('.popover');
      return Boolean(popover && !popover.hidden && popover.getBoundingClientRect().height > 0);
    },
    close() {
      this.el.select(undefined);
      return this.el.updateComplete;
    },
  },

  vis: {
    async load() {
      await loadCss('/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css');
      await loadScript('/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
      if (!window.vis?.Timeline) throw new Error('vis.Timeline missing after loading the UMD build');
      await raf();
    },
    prepare(doc) {
      return toVisItems(doc);
    },
    async render(items) {
      const t0 = performance.now();
      const frames = watchFrames(t0);
      const drawn = new Promise((resolve) => {
        this.timeline = new vis.Timeline(host, items, { height: '600px', onInitialDrawComplete: resolve });
      });
      await drawn;
      const times = await frames.painted();
      return { ...times, events: this.timeline.itemsData.length, marks: host.querySelectorAll('.vis-item').length };
    },
    getWindow() {
      const w = this.timeline.getWindow();
      return { start: w.start.getTime(), end: w.end.getTime() };
    },
    setWindow(start, end) {
      this.timeline.setWindow(start, end, { animation: false });
    },
    settle() {},
    plot() {
      return host.querySelector('.vis-panel.vis-center') ?? host.querySelector('.vis-timeline');
    },
  },

  tl: {
    async load() {
      host.classList.add('fixed-height');
      await loadCss('/node_modules/@knight-lab/timelinejs/dist/css/timeline.css');
      await loadScript('/node_modules/@knight-lab/timelinejs/dist/js/timeline.js');
      if (!window.TL?.Timeline) throw new Error('TL.Timeline missing after loading timeline.js');
      await raf();
    },
    prepare(doc) {
      return toTimelineJS(doc);
    },
    async render(json) {
      const t0 = performance.now();
      const frames = watchFrames(t0);
      let timeline;
      const ready = new Promise((resolve, reject) => {
        timeline = new TL.Timeline('host', json, {
          script_path: new URL('/node_modules/@knight-lab/timelinejs/dist/js/', location.href).href,
          hash_bookmark: false,
          language: 'en',
        });
        if (timeline.ready) resolve();
        timeline.on('ready', resolve);
        setTimeout(() => {
          const message = host.querySelector('.tl-message-full');
          if (message && !timeline.ready && /error/i.test(message.textContent)) reject(new Error(message.textContent.trim()));
        }, 5000);
      });
      this.timeline = timeline;
      await ready;
      const times = await frames.painted();
      return { ...times, events: timeline.config?.events?.length ?? 0, marks: host.querySelectorAll('.tl-timemarker').length };
    },
    // TimelineJS has no programmatic window: it zooms by steps of its own zoom sequence and
    // moves only from slide to slide.
    getWindow: undefined,
    setWindow: undefined,
    zoomIn() {
      this.timeline.zoomIn();
    },
    zoomOut() {
      this.timeline.zoomOut();
    },
    settle() {},
    plot() {
      return host.querySelector('.tl-timenav') ?? host;
    },
  },
};

const adapter = adapters[lib];
if (!adapter) throw new Error(`unknown lib ${lib}`);

let input;
let rendered = false;

window.bench = {
  lib,
  ready: adapter.load().then(() => true),

  /** Makes the data for `n` events (6 = the article), in this page; not timed. */
  async prepare(n) {
    const doc = n === 6 ? await (await fetch('/data/north-korea-talks.json')).json() : generateTimeline(n);
    input = adapter.prepare(doc);
    return { events: doc.events.length, fingerprint: n === 6 ? `${doc.events.length}:article` : fingerprint(doc) };
  },

  /** First render: from handing the data over until the frame after the timeline is drawn. */
  async render() {
    const result = await adapter.render(input);
    rendered = true;
    return result;
  },

  /**
   * First render from `src` (ours only): the element fetches and reads `url` itself. Returns the
   * time from the end of the download to the end of the first frame that shows the story, and
   * every main-thread task over 50 ms from setting `src` until then (the Long Tasks API).
   */
  async renderSrc(url) {
    if (lib !== 'ours') throw new Error('renderSrc: ours only');
    const el = adapter.el;
    const long = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) long.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const loaded = loadOutcome(el);
    const t0 = performance.now();
    el.src = url;
    await loaded;
    await el.updateComplete;
    await raf();
    const painted = await afterTask();
    // The observer hears of a task after it ended: one more task lets the last ones in.
    await afterTask();
    observer.takeRecords().forEach((entry) => long.push(entry.duration));
    observer.disconnect();
    const download = performance.getEntriesByName(new URL(url, location.href).href).at(-1);
    rendered = true;
    return {
      downloadMs: download.responseEnd - t0,
      afterDownloadMs: painted - download.responseEnd,
      longTasks: long.sort((a, b) => b - a),
      events: el.events.length,
      marks: el.shadowRoot.querySelectorAll('.mark').length,
    };
  },

  /** Lets go of the page's own copy of the input, so the heap holds what the library keeps. */
  dropInput() {
    input = undefined;
  },

  async zoomSteps() {
    if (!rendered) throw new Error('render first');
    const samples = [];
    if (adapter.setWindow) {
      for (const direction of ZOOM_PATTERN) {
        const { start, end } = adapter.getWindow();
        const centre = (start + end) / 2;
        const half = direction === 'in' ? (end - start) / 4 : end - start;
        samples.push(await timedStep(() => adapter.setWindow(centre - half, centre + half), () => adapter.settle()));
      }
    } else if (adapter.zoomIn) {
      for (const direction of ZOOM_PATTERN) {
        samples.push(await timedStep(() => (direction === 'in' ? adapter.zoomIn() : adapter.zoomOut()), () => adapter.settle()));
      }
    } else {
      return { na: 'no zoom API' };
    }
    return summarize(samples);
  },

  /** 30 steps that do nothing: the floor of the step measure on this machine (harness cost). */
  async noopSteps() {
    const samples = [];
    for (let i = 0; i < 30; i++) samples.push(await timedStep(() => {}, () => {}));
    return summarize(samples);
  },

  async panSteps() {
    if (!rendered) throw new Error('render first');
    if (!adapter.setWindow) return { na: 'TimelineJS has no API to pan its time navigator (only goTo a slide, animated)' };
    // A quarter of the story in view, starting at its beginning; 30 steps of 10% cross the rest.
    const whole = adapter.getWindow();
    const quarter = (whole.end - whole.start) / 4;
    adapter.setWindow(whole.start, whole.start + quarter);
    await adapter.settle();
    await raf();
    await raf();
    const samples = [];
    for (let i = 0; i < 30; i++) {
      const { start, end } = adapter.getWindow();
      const shift = (end - start) * 0.1;
      samples.push(await timedStep(() => adapter.setWindow(start + shift, end + shift), () => adapter.settle()));
    }
    const after = adapter.getWindow();
    return { ...summarize(samples), travelled: (after.start - whole.start) / (whole.end - whole.start) };
  },

  /** Zooms in 4 steps of ×2 (or the library's own 4 zoom steps), then lets it settle. */
  async zoomInFour() {
    for (let i = 0; i < 4; i++) {
      if (adapter.setWindow) {
        const { start, end } = adapter.getWindow();
        const centre = (start + end) / 2;
        const quarter = (end - start) / 4;
        adapter.setWindow(centre - quarter, centre + quarter);
      } else {
        adapter.zoomIn();
      }
      await adapter.settle();
      await raf();
    }
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await raf();
    await raf();
    return adapter.getWindow?.();
  },

  countNodes: () => countNodes(),

  /**
   * Ours only (null for the peers): once the view has stopped moving, what is drawn against what
   * the model says for the visible window, read in one task; `{ ok: false, error }` if it cannot tell.
   */
  async checkDrawn() {
    if (!adapter.drawnVsModel) return null;
    try {
      let view = this.viewSignature();
      for (let i = 0; i < 120; i++) {
        await raf();
        const now = this.viewSignature();
        if (now === view) break;
        view = now;
      }
      await adapter.settle();
      return adapter.drawnVsModel();
    } catch (error) {
      return { ok: false, error: String(error?.message ?? error) };
    }
  },

  /**
   * Input to paint, as INP measures an interaction: from the input event's timestamp to the end
   * of the frame painted after it was handled. Arms one interaction of `kind` ('click' for a
   * click or tap, 'keydown' for Enter: the events that open a popover); `inputResult()` resolves with its duration and whether
   * the popover showed. Returns where to press, or undefined when the library has no such event.
   */
  inputArm(kind, index) {
    if (!adapter.pressable) return undefined;
    const targets = adapter.pressable();
    if (!targets.length) return undefined;
    const target = targets[index % targets.length];
    this._input = new Promise((resolve) => {
      addEventListener(
        kind,
        (event) => {
          // Handlers run in this task; the frame after it paints their result.
          requestAnimationFrame(() => afterTask().then((done) => resolve({ ms: done - event.timeStamp, shown: adapter.shown() })));
        },
        { capture: true, once: true },
      );
    });
    if (kind === 'keydown') target.focus();
    const r = target.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  },

  /** Zooms in by halves until single events are drawn (a large story starts as clusters). */
  async inputPrepare() {
    if (!adapter.pressable) return false;
    for (let i = 0; i < 16 && adapter.pressable().length < 3; i++) {
      const { start, end } = adapter.getWindow();
      const quarter = (end - start) / 4;
      adapter.setWindow(start + quarter, end - quarter);
      await adapter.settle();
      await raf();
    }
    return adapter.pressable().length > 0;
  },

  inputResult() {
    return this._input;
  },

  inputReset() {
    return adapter.close?.();
  },

  windowNow: () => adapter.getWindow?.(),

  /** A string that changes when the view moves or zooms, for checking that a gesture did something. */
  viewSignature() {
    const w = adapter.getWindow?.();
    if (w) return `${w.start}|${w.end}`;
    const slider = host.querySelector('.tl-timenav-slider');
    const rect = slider?.getBoundingClientRect();
    return rect ? `${Math.round(rect.left)}|${Math.round(rect.width)}` : '';
  },

  plotBox() {
    const plot = adapter.plot();
    if (!plot) return undefined;
    plot.scrollIntoView({ block: 'nearest' });
    const r = plot.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  },

  /** Starts counting frames: a rAF loop records every frame's timestamp. */
  framesStart() {
    const stamps = [];
    let running = true;
    const loop = (t) => {
      stamps.push(t);
      if (running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    this._frames = { stamps, stop: () => (running = false) };
  },

  framesStop() {
    const { stamps, stop } = this._frames;
    stop();
    const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
    return {
      frames: intervals.length,
      dropped: intervals.filter((d) => d > 20).length,
      longest: intervals.length ? Math.max(...intervals) : 0,
      duration: stamps.length ? stamps.at(-1) - stamps[0] : 0,
    };
  },
};

function summarize(samples) {
  return {
    busy: stats(samples.map((s) => s.busy)),
    nextFrame: stats(samples.map((s) => s.nextFrame)),
    samples: samples.map((s) => ({ busy: round(s.busy), nextFrame: round(s.nextFrame) })),
  };
}

function round(x) {
  return Math.round(x * 100) / 100;
}
