#!/usr/bin/env node
// `npm run bench`: news-timeline against vis-timeline and TimelineJS3 in Debian's headless
// Chromium, on the article and on seeded synthetic data. See bench/README.md for what each
// figure means. Flags: --quick (article and 1,000 only, 3 page loads), --sizes=6,1000 (6 is
// the article), --loads=N, --libs=ours,vis,tl.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUNDLE_BUDGET_BYTES, BUNDLE_TARGET_BYTES } from '../scripts/bundle-budget.mjs';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { DEFAULT_SEED, fingerprint, generateHeadlines, generateTimeline } from './data.mjs';
import { measureNewsPage, newsPageTable } from './news-page.mjs';
import { MILLION, MILLION_PATH, measureMillion, millionReport } from './million.mjs';
import { checkLines, drawnSummary, summaryLine } from './drawn-report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1200, height: 700 };
/** A library that cannot draw a size in this long is "timed out" there, and skips larger sizes. */
const RENDER_TIMEOUT = 60_000;
const PAGE_TIMEOUT = 30_000;
const STEPS_TIMEOUT = 180_000;
const ARTICLE = 6;

const LIBS = [
  { id: 'ours', name: 'news-timeline' },
  { id: 'vis', name: 'vis-timeline' },
  { id: 'tl', name: 'TimelineJS' },
];

// ——— arguments ———

function parseArgs(argv) {
  const options = { quick: false, sizes: undefined, loads: undefined, libs: LIBS.map((l) => l.id) };
  for (const arg of argv) {
    if (arg === '--quick') options.quick = true;
    else if (arg.startsWith('--sizes=')) options.sizes = arg.slice(8).split(',').map((s) => Number(s.replace(/[_,]/g, '')));
    else if (arg.startsWith('--loads=')) options.loads = Number(arg.slice(8));
    else if (arg.startsWith('--libs=')) options.libs = arg.slice(7).split(',');
    else if (arg.startsWith('--print=')) options.print = arg.slice(8);
    else if (arg === '--news-page') options.newsPage = true;
    else if (arg === '--million') options.million = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node bench/run.mjs [--quick] [--sizes=6,1000,10000,100000] [--loads=5] [--libs=ours,vis,tl] [--print=bench/results/latest.json] [--news-page] [--million]');
      process.exit(0);
    } else throw new HarnessError(`unknown argument ${arg}`);
  }
  options.sizes ??= options.quick ? [ARTICLE, 1000] : [ARTICLE, 1000, 10_000, 100_000];
  options.loads ??= options.quick || options.million ? 3 : 5;
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new HarnessError('--sizes takes positive integers');
  if (!(options.loads >= 1)) throw new HarnessError('--loads takes a positive integer');
  for (const lib of options.libs) if (!LIBS.some((l) => l.id === lib)) throw new HarnessError(`unknown lib ${lib}`);
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  return options;
}

class HarnessError extends Error {}
class TimeoutError extends Error {}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sizeLabel = (n) => (n === ARTICLE ? 'article (12)' : n.toLocaleString('en-US'));

// ——— pages ———

/** Per library: the requests to anything but 127.0.0.1 that were blocked. */
const blocked = Object.fromEntries(LIBS.map((l) => [l.id, { count: 0, urls: new Set() }]));
/** Per library: page errors and console errors, for the record. */
const diagnostics = Object.fromEntries(LIBS.map((l) => [l.id, new Set()]));

let origin;
let browser;

/**
 * One isolated page load (its own browser context): the bench page for `lib`, the data for
 * `n` made in the page, then `body(page)`. The context is closed whatever happens.
 */
async function session(lib, n, body, { beforePrepare } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    await page.route('**/*', (route) => {
      const url = route.request().url();
      let hostname = '';
      try {
        hostname = new URL(url).hostname;
      } catch {
        // Unparsable: blocked below.
      }
      if (hostname === '127.0.0.1') return route.continue();
      blocked[lib].count++;
      blocked[lib].urls.add(url.length > 160 ? `${url.slice(0, 160)}…` : url);
      return route.abort('blockedbyclient');
    });
    page.on('pageerror', (error) => diagnostics[lib].add(`pageerror: ${String(error.message).slice(0, 300)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') diagnostics[lib].add(`console: ${message.text().slice(0, 300)}`);
    });
    await page.goto(`${origin}/bench/pages/bench.html?lib=${lib}`, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
    await page.waitForFunction(() => window.bench !== undefined, undefined, { timeout: PAGE_TIMEOUT });
    await withTimeout(page.evaluate(() => window.bench.ready), PAGE_TIMEOUT, 'library load');
    if (beforePrepare) await beforePrepare(page);
    const prepared = await withTimeout(page.evaluate((size) => window.bench.prepare(size), n), RENDER_TIMEOUT, 'data generation');
    return await body(page, prepared);
  } finally {
    await withTimeout(context.close(), 20_000, 'closing the page').catch(() => {});
  }
}

const render = (page) => withTimeout(page.evaluate(() => window.bench.render()), RENDER_TIMEOUT, 'render');

/**
 * Ours only (`checks` is undefined for the peers): whether what is drawn is what the model says
 * for the visible window (bench/pages/drawn-check.mjs), recorded in `checks` with the page load
 * (`at`) and the moment (`where`). A check that cannot be taken is recorded as failed.
 */
async function verifyDrawn(page, checks, at, where) {
  if (!checks) return;
  const result = await withTimeout(page.evaluate(() => window.bench.checkDrawn()), PAGE_TIMEOUT, 'drawn = model check').catch((error) => ({
    ok: false,
    error: String(error?.message ?? error).split('\n')[0],
  }));
  if (result) checks.push({ page: at, where, ...result });
}

// ——— measures ———

async function measureFirstRender(lib, n, loads, checks) {
  const runs = [];
  for (let i = 0; i < loads; i++) {
    runs.push(
      await session(lib, n, async (page, prepared) => {
        const result = await render(page);
        await verifyDrawn(page, checks, `first render, load ${i + 1}`, 'after render');
        return { ...result, prepared };
      }),
    );
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  return {
    value: median(runs.map((r) => r.ms)),
    settled: median(runs.map((r) => r.settled)),
    busy: median(runs.map((r) => r.busy)),
    runs: runs.map((r) => round(r.ms)),
    settledRuns: runs.map((r) => round(r.settled)),
    busyRuns: runs.map((r) => round(r.busy)),
    events: runs[0].events,
    marks: runs[0].marks,
    fingerprint: runs[0].prepared.fingerprint,
  };
}

async function measureSteps(lib, n, kind, checks) {
  return session(lib, n, async (page) => {
    await render(page);
    await verifyDrawn(page, checks, `${kind} load`, 'after render');
    // The same 30 steps doing nothing, on the same page: the floor of this measure (harness
    // cost, plus whatever else the library keeps doing on the main thread).
    const floor = await withTimeout(page.evaluate(() => window.bench.noopSteps()), STEPS_TIMEOUT, 'no-op steps');
    const result = await withTimeout(
      page.evaluate((k) => (k === 'zoom' ? window.bench.zoomSteps() : window.bench.panSteps()), kind),
      STEPS_TIMEOUT,
      `${kind} steps`,
    );
    if (result.na) return { status: 'n/a', reason: result.na };
    await verifyDrawn(page, checks, `${kind} load`, `after ${kind} steps`);
    return {
      value: result.busy.p95,
      busy: roundAll(result.busy),
      nextFrame: roundAll(result.nextFrame),
      floor: { busy: roundAll(floor.busy), nextFrame: roundAll(floor.nextFrame) },
      travelled: result.travelled,
      samples: result.samples,
    };
  });
}

async function measureGesture(lib, n, checks) {
  return session(lib, n, async (page) => {
    await render(page);
    await verifyDrawn(page, checks, 'gesture load', 'after render');
    const box = await page.evaluate(() => window.bench.plotBox());
    if (!box || box.width < 50 || box.height < 20) return { status: 'n/a', reason: 'no plot to point at' };
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(box.height / 2, 150);
    const view = () => page.evaluate(() => window.bench.viewSignature());
    await page.mouse.move(x, y);
    const start = await view();
    await page.evaluate(() => window.bench.framesStart());
    const gesture = (async () => {
      await page.keyboard.down('Control');
      for (let i = 0; i < 8; i++) {
        await page.mouse.wheel(0, -100);
        await page.waitForTimeout(16);
      }
      await page.keyboard.up('Control');
      const zoomedIn = await view();
      await page.mouse.down();
      for (let i = 1; i <= 24; i++) {
        await page.mouse.move(x - 15 * i, y);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
      const dragged = await view();
      await page.mouse.move(x, y);
      await page.keyboard.down('Control');
      for (let i = 0; i < 8; i++) {
        await page.mouse.wheel(0, 100);
        await page.waitForTimeout(16);
      }
      await page.keyboard.up('Control');
      await page.waitForTimeout(400);
      const zoomedOut = await view();
      return { zoomedIn, dragged, zoomedOut };
    })();
    const views = await withTimeout(gesture, RENDER_TIMEOUT, 'gesture');
    const frames = await withTimeout(page.evaluate(() => window.bench.framesStop()), PAGE_TIMEOUT, 'frame count');
    await verifyDrawn(page, checks, 'gesture load', 'after gesture');
    return {
      value: frames.dropped,
      frames: frames.frames,
      longest: round(frames.longest),
      duration: round(frames.duration),
      moved: {
        wheelIn: views.zoomedIn !== start,
        drag: views.dragged !== views.zoomedIn,
        wheelOut: views.zoomedOut !== views.dragged,
      },
    };
  });
}

/** Clicks and Enter on marks in view, 10 of each: input to paint, as INP measures it. */
async function measureInput(lib, n, checks) {
  return session(lib, n, async (page) => {
    await render(page);
    await verifyDrawn(page, checks, 'input load', 'after render');
    const prepared = await page.evaluate(() => window.bench.inputPrepare());
    await verifyDrawn(page, checks, 'input load', 'zoomed in to single events');
    if (!prepared) return { status: 'n/a', reason: 'no mark of a single event in view, even zoomed in 16 times (events share their days)' };
    const samples = [];
    let unanswered = 0;
    for (let i = 0; i < 20; i++) {
      const kind = i % 2 === 0 ? 'click' : 'keydown';
      const at = await page.evaluate(([k, index]) => window.bench.inputArm(k, index), [kind, i]);
      if (!at) return { status: 'n/a', reason: 'no popover to open' };
      if (kind === 'click') await page.mouse.click(at.x, at.y);
      else await page.keyboard.press('Enter');
      const { ms, shown } = await withTimeout(page.evaluate(() => window.bench.inputResult()), PAGE_TIMEOUT, 'input');
      samples.push(ms);
      if (!shown) unanswered++;
      await page.evaluate(() => window.bench.inputReset());
      await page.waitForTimeout(50);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    return { value: at(0.95), median: at(0.5), samples: samples.map((s) => round(s)), unanswered };
  });
}

async function measureMemory(lib, n, checks) {
  let cdp;
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  };
  let baseline;
  return session(
    lib,
    n,
    async (page) => {
      // The input alone, as the page made it: the library is handed this object and may keep it.
      const withInput = await withTimeout(heap(), RENDER_TIMEOUT, 'heap');
      await render(page);
      await page.evaluate(() => window.bench.dropInput());
      const after = await withTimeout(heap(), RENDER_TIMEOUT, 'heap');
      const nodes = await withTimeout(page.evaluate(() => window.bench.countNodes()), PAGE_TIMEOUT, 'count nodes');
      await withTimeout(page.evaluate(() => window.bench.zoomInFour()), STEPS_TIMEOUT, 'zoom in');
      const nodesZoomed = await withTimeout(page.evaluate(() => window.bench.countNodes()), PAGE_TIMEOUT, 'count nodes');
      // Checked only now: the check's own garbage must not be in the heap figure above.
      await verifyDrawn(page, checks, 'heap/DOM load', 'after zooming in 4 steps');
      return { heap: after, heapBaseline: baseline, heapWithInput: withInput, nodes, nodesZoomed };
    },
    {
      beforePrepare: async (page) => {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        baseline = await heap();
      },
    },
  );
}

/** Runs one measure, turning a time-out or a failure into a cell instead of an exception. */
async function cell(what, fn) {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof TimeoutError) return { status: 'timed out', reason: error.message };
    return { status: 'error', reason: `${what}: ${String(error?.message ?? error).split('\n')[0].slice(0, 300)}` };
  }
}

// ——— bytes ———

function sizes(file) {
  const buffer = readFileSync(join(ROOT, file));
  return { file, raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

function packageOf(path) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match ? match[1] : 'news-timeline (src/)';
}

/**
 * Our bytes: the bundle and every chunk it imports statically (what a page with the English
 * default downloads); chunks it imports dynamically (other languages) are listed apart.
 */
function bytesReport() {
  const bundle = 'dist/news-timeline.bundle.js';
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist/bundle-meta.json'), 'utf8'));
  const outputs = meta.outputs ?? {};
  const entry = Object.keys(outputs).find((path) => path.endsWith('news-timeline.bundle.js'));
  const eager = new Set();
  const lazy = new Set();
  const visit = (path) => {
    if (!path || eager.has(path) || !outputs[path]) return;
    eager.add(path);
    for (const imported of outputs[path].imports ?? []) {
      if (imported.external) continue;
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entry);
  // Everything else it can reach (dynamic imports and what they import) is loaded on demand.
  const reach = (path) => {
    if (!path || lazy.has(path) || eager.has(path) || !outputs[path]) return;
    lazy.add(path);
    for (const imported of outputs[path].imports ?? []) if (!imported.external) reach(imported.path);
  };
  for (const path of eager) for (const imported of outputs[path].imports ?? []) if (imported.kind === 'dynamic-import') reach(imported.path);
  const files = [...eager].map((path) => sizes(path));
  if (!files.length) files.push(sizes(bundle));
  const js = { file: files.map((f) => f.file).join(' + '), raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0), files };
  const byPackage = new Map();
  for (const path of eager) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs ?? {})) {
      const name = packageOf(input);
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  const lazyFiles = [...lazy].filter((path) => outputs[path]).map((path) => sizes(path));
  return {
    ours: {
      js,
      css: undefined,
      top: [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, bytes })),
      lazyChunks: { count: lazyFiles.length, raw: lazyFiles.reduce((s, f) => s + f.raw, 0), gzip: lazyFiles.reduce((s, f) => s + f.gzip, 0) },
    },
    vis: {
      js: sizes('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
      css: sizes('node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'),
    },
    tl: {
      js: sizes('node_modules/@knight-lab/timelinejs/dist/js/timeline.js'),
      css: sizes('node_modules/@knight-lab/timelinejs/dist/css/timeline.css'),
    },
  };
}

/** The commit checked out (read-only); the working tree may hold uncommitted changes too. */
function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

// ——— formatting ———

function round(x, digits = 2) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function roundAll(stats) {
  return Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));
}

function fmtMs(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return Math.round(ms).toLocaleString('en-US');
}
const fmtInt = (x) => Math.round(x).toLocaleString('en-US');
const fmtMB = (bytes) => (bytes / 1048576).toFixed(1);
const fmtKB = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The table rows of one measure: `get` picks the cell's sortable number, `show` its text. */
const MEASURES = [
  { key: 'firstRender', title: (o) => `First render, ms (median of ${o.loads} page loads)`, get: (c) => c.value, show: (c) => fmtMs(c.value) },
  {
    key: 'firstRender',
    id: 'busy',
    title: (o) => `First render, main-thread ms: data set → end of the first frame that paints it, without the wait for vsync (median of ${o.loads})`,
    get: (c) => c.busy,
    show: (c) => fmtMs(c.busy),
  },
  {
    key: 'firstRender',
    id: 'settled',
    console: true,
    title: (o) => `First render without the two frames: data set → settled (nt-load + updateComplete / onInitialDrawComplete / ready), ms (median of ${o.loads})`,
    get: (c) => c.settled,
    show: (c) => fmtMs(c.settled),
  },
  {
    key: 'zoom',
    title: () => 'Zoom step, main-thread ms: p95 (median), 30 steps',
    get: (c) => c.busy.p95,
    show: (c) => `${fmtMs(c.busy.p95)} (${fmtMs(c.busy.median)})`,
  },
  {
    key: 'pan',
    title: () => 'Pan step, main-thread ms: p95 (median), 30 steps',
    get: (c) => c.busy.p95,
    show: (c) => `${fmtMs(c.busy.p95)} (${fmtMs(c.busy.median)})`,
  },
  {
    key: 'zoom',
    id: 'zoomNextFrame',
    console: true,
    title: () => 'Zoom step, call → next rAF callback, ms: p95 (median) [vsync-bound]',
    get: (c) => c.nextFrame.p95,
    show: (c) => `${fmtMs(c.nextFrame.p95)} (${fmtMs(c.nextFrame.median)})`,
  },
  {
    key: 'pan',
    id: 'panNextFrame',
    console: true,
    title: () => 'Pan step, call → next rAF callback, ms: p95 (median) [vsync-bound]',
    get: (c) => c.nextFrame.p95,
    show: (c) => `${fmtMs(c.nextFrame.p95)} (${fmtMs(c.nextFrame.median)})`,
  },
  {
    key: 'gesture',
    title: () => 'Gesture (Ctrl+wheel in, drag, Ctrl+wheel out): frames over 20 ms / frames',
    get: (c) => (c.frames ? c.value / c.frames : NaN),
    show: (c) => `${c.value} / ${c.frames}${c.moved && !(c.moved.wheelIn || c.moved.drag || c.moved.wheelOut) ? ' (view did not move)' : ''}`,
  },
  {
    key: 'input',
    title: () => 'Input to paint (click or Enter on an event → popover painted, as INP), ms: p95 (median), 20 presses',
    get: (c) => c.value,
    show: (c) => `${fmtMs(c.value)} (${fmtMs(c.median)})${c.unanswered ? ` (${c.unanswered} showed no popover)` : ''}`,
  },
  { key: 'memory', id: 'heap', title: () => 'JS heap after render (after GC), MB', get: (c) => c.heap, show: (c) => fmtMB(c.heap) },
  { key: 'memory', id: 'nodes', title: () => 'DOM nodes after render (incl. shadow roots)', get: (c) => c.nodes, show: (c) => fmtInt(c.nodes) },
  { key: 'memory', id: 'nodesZoomed', title: () => 'DOM nodes after zooming in 4 steps', get: (c) => c.nodesZoomed, show: (c) => fmtInt(c.nodesZoomed) },
];

function statusText(c) {
  if (!c) return '–';
  if (c.status === 'timed out') return 'timed out';
  if (c.status === 'skipped') return 'skipped';
  if (c.status === 'n/a') return 'n/a';
  if (c.status === 'error') return 'error';
  return undefined;
}

function ratio(peer, ours) {
  if (!Number.isFinite(peer) || !Number.isFinite(ours)) return '–';
  if (ours === 0) return peer === 0 ? '×1' : '–';
  const r = peer / ours;
  return `×${r >= 10 ? Math.round(r).toLocaleString('en-US') : r.toFixed(r >= 1 ? 1 : 2)}`;
}

function measureTable(measure, report) {
  const { libs, sizes: sizeList } = report.options;
  const header = ['N', ...libs.flatMap((lib) => (lib === 'ours' ? ['ours'] : [nameOf(lib), `${nameOf(lib)}/ours`]))];
  const rows = [];
  // Notes grouped by library and reason, so a reason shared by several sizes is said once.
  const grouped = new Map();
  const note = (lib, n, text) => {
    const key = `${lib}\u0000${text}`;
    if (!grouped.has(key)) grouped.set(key, { lib, text, sizes: [] });
    grouped.get(key).sizes.push(sizeLabel(n));
  };
  for (const n of sizeList) {
    const row = [sizeLabel(n)];
    const oursCell = report.results.ours?.[n]?.[measure.key];
    const oursValue = oursCell && !oursCell.status ? measure.get(oursCell) : NaN;
    for (const lib of libs) {
      const c = report.results[lib]?.[n]?.[measure.key];
      const status = statusText(c);
      if (c?.status === 'skipped') note(lib, n, 'skipped: timed out at a smaller size');
      else if (c?.reason?.startsWith('no render')) note(lib, n, `${c.status}: ${c.reason.replace(/^no render \((.*)\)$/, 'its first render $1')}`);
      else if (c?.reason) note(lib, n, `${c.status}: ${c.reason}`);
      else if (measure.key === 'gesture' && c?.moved && !c.moved.wheelIn) note(lib, n, 'Ctrl+wheel did not zoom it; frames counted all the same');
      row.push(status ?? measure.show(c));
      if (lib !== 'ours') row.push(status ? '–' : ratio(measure.get(c), oursValue));
    }
    rows.push(row);
  }
  const notes = [...grouped.values()].map((g) => `${nameOf(g.lib)} (${g.sizes.join(', ')}): ${g.text}`);
  return { title: measure.title(report.options), header, rows, notes };
}

function nameOf(lib) {
  return LIBS.find((l) => l.id === lib).name;
}

function bytesTable(report) {
  const header = ['library', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'JS+CSS gzip', 'gzip vs ours'];
  const ours = report.bytes.ours;
  const oursTotal = ours.js.gzip;
  const label = ours.js.files.length > 1 ? `news-timeline (bundle + ${ours.js.files.length - 1} chunk(s) it imports; CSS inside)` : 'news-timeline (bundle, CSS inside)';
  const rows = [[label, fmtKB(ours.js.raw), fmtKB(ours.js.gzip), '–', '–', fmtKB(oursTotal), '×1']];
  for (const lib of ['vis', 'tl']) {
    const b = report.bytes[lib];
    const total = b.js.gzip + b.css.gzip;
    rows.push([`${nameOf(lib)} ${report.versions[lib]}`, fmtKB(b.js.raw), fmtKB(b.js.gzip), fmtKB(b.css.raw), fmtKB(b.css.gzip), fmtKB(total), ratio(total, oursTotal)]);
  }
  const notes = [];
  if (ours.lazyChunks.count) {
    notes.push(`news-timeline also has ${ours.lazyChunks.count} chunk(s) loaded only on demand (other languages): ${fmtKB(ours.lazyChunks.raw)} raw, ${fmtKB(ours.lazyChunks.gzip)} gzip in all, not counted above.`);
  }
  return { title: 'Bytes (gzip -9 with node:zlib)', header, rows, notes };
}

function topDepsTable(report) {
  const total = report.bytes.ours.top.reduce((s, d) => s + d.bytes, 0);
  const { gzip } = report.bytes.ours.js;
  return {
    title: 'Our bundle by package (minified bytes in dist/news-timeline.bundle.js and the chunks it imports, from dist/bundle-meta.json)',
    header: ['package', 'bytes', 'share'],
    rows: [
      ...report.bytes.ours.top.map((d) => [d.name, fmtInt(d.bytes), `${((100 * d.bytes) / total).toFixed(1)}%`]),
      ['total (minified)', fmtInt(total), '100%'],
    ],
    notes: [
      `gzip -9: ${fmtInt(gzip)} B (${(gzip / 1024).toFixed(1)} KiB); budget ${fmtInt(BUNDLE_BUDGET_BYTES)} B (npm test fails above it), target ${fmtInt(BUNDLE_TARGET_BYTES)} B.`,
    ],
  };
}

function markdown({ title, header, rows, notes }) {
  const lines = [`**${title}**`, '', `| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

function plain({ title, header, rows, notes }) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ...notes.map((n) => `  note: ${n}`)].join('\n');
}

// ——— targets ———

function targets(report) {
  const ours = report.results.ours ?? {};
  const checks = [];
  const check = (what, n, limit, value, unit) => {
    if (value === undefined) {
      checks.push({ what, n, limit, value: null, unit, met: null, note: 'not measured' });
      return;
    }
    if (typeof value === 'string') {
      checks.push({ what, n, limit, value, unit, met: false, note: value });
      return;
    }
    checks.push({ what, n, limit, value: round(value), unit, met: value <= limit, by: value <= limit ? null : round(value - limit), times: round(value / limit) });
  };
  const pick = (n, key, get) => {
    const c = ours[n]?.[key];
    if (!c) return undefined;
    if (c.status) return c.status;
    return get(c);
  };
  const run = report.options.sizes;
  // Issue 12's targets.
  for (const [n, limit] of [[ARTICLE, 16], [10_000, 60], [100_000, 300]]) {
    if (run.includes(n)) check('first render (main thread)', n, limit, pick(n, 'firstRender', (c) => c.busy), 'ms');
  }
  for (const n of [ARTICLE, 1_000, 10_000, 100_000]) {
    if (!run.includes(n)) continue;
    check('zoom step p95 (main thread)', n, 4, pick(n, 'zoom', (c) => c.busy.p95), 'ms');
    check('pan step p95 (main thread)', n, 4, pick(n, 'pan', (c) => c.busy.p95), 'ms');
    check('gesture frames over 20 ms, per 100', n, 1, pick(n, 'gesture', (c) => (100 * c.value) / c.frames), '');
  }
  if (run.includes(10_000)) check('input to paint p95', 10_000, 50, pick(10_000, 'input', (c) => c.value), 'ms');
  for (const n of run) {
    check('DOM nodes after render', n, 3000, pick(n, 'memory', (c) => c.nodes), 'nodes');
    check('DOM nodes after zoom', n, 3000, pick(n, 'memory', (c) => c.nodesZoomed), 'nodes');
  }
  if (run.includes(100_000)) check('JS heap after render', 100_000, 60, pick(100_000, 'memory', (c) => c.heap / 1048576), 'MB');
  check('bundle gzip', null, 40, report.bytes.ours.js.gzip / 1024, 'KB');
  return checks;
}

function targetLine(t) {
  const where = t.n === null ? '' : ` at ${sizeLabel(t.n)}`;
  if (t.met === null) return `  ?    ${t.what}${where}: not measured`;
  if (typeof t.value === 'string') return `  MISS ${t.what}${where}: ${t.value} (target ≤ ${t.limit} ${t.unit})`;
  const status = t.met ? '  ok  ' : '  MISS';
  const extra = t.met ? '' : ` — over by ${t.by} ${t.unit} (×${t.times})`;
  return `${status} ${t.what}${where}: ${t.value} ${t.unit} (target ≤ ${t.limit} ${t.unit})${extra}`;
}

/** Prints the tables, the blocked requests, the targets and the Markdown block; returns the Markdown. */
function printReport(report) {
  const tables = [
    ...MEASURES.map((m) => ({ ...measureTable(m, report), console: m.console })),
    { ...bytesTable(report) },
    { ...topDepsTable(report) },
  ];
  console.log();
  for (const table of tables) console.log(`${plain(table)}\n`);

  console.log('Requests outside 127.0.0.1 (blocked):');
  for (const lib of report.options.libs) {
    const b = report.blockedRequests[lib];
    console.log(`  ${nameOf(lib)}: ${b.count}${b.count ? ` — ${b.urls.slice(0, 5).join(', ')}${b.urls.length > 5 ? ', …' : ''}` : ''}`);
  }
  console.log('\nTargets (news-timeline):');
  for (const t of report.targets) console.log(targetLine(t));
  const drawn = drawnSummary(report);
  if (drawn.length) {
    console.log('\nDrawn = model (news-timeline; every page load; see bench/README.md):');
    for (const size of drawn) console.log(summaryLine(size, sizeLabel(size.n)));
  }

  const md = [
    `Benchmark: ${report.date.slice(0, 10)}, ${report.machine.cpu} × ${report.machine.cores}, Chromium ${report.machine.chromium} headless, viewport ${report.options.viewport.width}×${report.options.viewport.height}; ` +
      `news-timeline ${report.versions.ours}${report.commit ? ` (${report.commit})` : ''}, vis-timeline ${report.versions.vis}, TimelineJS ${report.versions.tl}. ` +
      `"article (12)" is data/north-korea-talks.json (12 events); the other rows are seeded synthetic events over 20 years. ` +
      `Ratios are peer/ours (above ×1: the peer is slower or bigger). ` +
      `Load average at start/end of the run: ${report.machine.loadavgAtStart?.[0]} / ${report.machine.loadavgAtEnd?.[0] ?? '?'} on ${report.machine.cores} cores` +
      `${Math.max(report.machine.loadavgAtStart?.[0] ?? 0, report.machine.loadavgAtEnd?.[0] ?? 0) > report.machine.cores ? ' (other work was running: figures are slower and noisier than on an idle machine)' : ''}.`,
    '',
    ...tables.filter((t) => !t.console).map((t) => `${markdown(t)}\n`),
    `Requests outside 127.0.0.1 (blocked): ${report.options.libs.map((lib) => `${nameOf(lib)} ${report.blockedRequests[lib].count}`).join(', ')}.`,
    ...(drawn.length
      ? [
          '',
          `Drawn = model (news-timeline's marks in view against its model's events in the window, on every page load): ${drawn
            .map((d) => `${sizeLabel(d.n)} ${d.checks === 0 ? 'not checked' : d.failed.length ? `MISMATCH in ${d.failed.length} of ${d.checks}` : `ok (${d.checks})`}`)
            .join(', ')}.`,
        ]
      : []),
  ].join('\n');
  console.log('\n----- Markdown for README.md -----\n');
  console.log(md);
  console.log('\n----- end -----');
  return md;
}

// ——— main ———

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.print) {
    // Reprint the tables of an earlier run, without running anything.
    const earlier = JSON.parse(readFileSync(resolve(options.print), 'utf8'));
    earlier.targets = targets(earlier);
    printReport(earlier);
    return;
  }
  if (options.newsPage) return newsPageOnly(options);
  if (options.million) return millionOnly(options);
  const started = Date.now();
  const cpu = cpus();
  const readVersion = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')).version;
  const versions = {
    ours: readVersion('package.json'),
    vis: readVersion('node_modules/vis-timeline/package.json'),
    tl: readVersion('node_modules/@knight-lab/timelinejs/package.json'),
    playwright: readVersion('node_modules/playwright-core/package.json'),
  };
  const server = await startServer(ROOT);
  origin = server.origin;
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGB: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      loadavgAtStart: loadavg().map((x) => round(x)),
    },
    options: { ...options, seed: DEFAULT_SEED, renderTimeoutMs: RENDER_TIMEOUT, viewport: VIEWPORT, chromiumArgs: CHROMIUM_ARGS },
    versions,
    commit: gitCommit(),
    bytes: bytesReport(),
    data: {},
    results: {},
  };
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    report.machine.chromium = browser.version();
    console.log(`CPU: ${report.machine.cpu} × ${report.machine.cores} cores, ${report.machine.memoryGB} GB; load average ${report.machine.loadavgAtStart.join(' ')}`);
    console.log(`Chromium ${report.machine.chromium} (${CHROMIUM}), node ${process.version}, playwright-core ${versions.playwright}`);
    console.log(`commit ${report.commit ?? '?'} (plus any uncommitted changes in the working tree)`);
    console.log(`news-timeline ${versions.ours} vs vis-timeline ${versions.vis}, TimelineJS ${versions.tl}; sizes ${options.sizes.map(sizeLabel).join(', ')}; ${options.loads} page loads for first render\n`);

    for (const n of options.sizes) {
      if (n !== ARTICLE) report.data[n] = { fingerprint: fingerprint(generateTimeline(n)) };
      else report.data[n] = { events: JSON.parse(readFileSync(join(ROOT, 'data/north-korea-talks.json'), 'utf8')).events.length, source: 'data/north-korea-talks.json' };
    }

    const skipFrom = {};
    for (const n of options.sizes) {
      for (const lib of options.libs) {
        const results = (report.results[lib] ??= {});
        const out = (results[n] = {});
        if (skipFrom[lib] !== undefined) {
          const reason = `timed out at ${sizeLabel(skipFrom[lib])}, larger sizes skipped`;
          for (const m of ['firstRender', 'zoom', 'pan', 'gesture', 'input', 'memory']) out[m] = { status: 'skipped', reason };
          continue;
        }
        const t = Date.now();
        // Ours only: every page load checks that what is drawn is what the model says.
        const checks = lib === 'ours' ? (out.drawn = []) : undefined;
        const printChecks = () => checkLines(checks ?? []).forEach((line) => console.log(line));
        process.stdout.write(`${nameOf(lib).padEnd(14)} ${sizeLabel(n).padStart(12)}: first render… `);
        out.firstRender = await cell('first render', () => measureFirstRender(lib, n, options.loads, checks));
        if (out.firstRender.status) {
          const reason = out.firstRender.status === 'timed out' ? 'timed out' : out.firstRender.reason;
          if (out.firstRender.status === 'timed out') skipFrom[lib] = n;
          for (const m of ['zoom', 'pan', 'gesture', 'input', 'memory']) out[m] = { status: out.firstRender.status, reason: `no render (${reason})` };
          console.log(`${out.firstRender.status}: ${out.firstRender.reason}`);
          printChecks();
          continue;
        }
        if (n !== ARTICLE && out.firstRender.fingerprint !== report.data[n].fingerprint) {
          throw new HarnessError(`the page made other data than node for ${n}: ${out.firstRender.fingerprint} vs ${report.data[n].fingerprint}`);
        }
        process.stdout.write(`${fmtMs(out.firstRender.value)} ms; zoom… `);
        out.zoom = await cell('zoom steps', () => measureSteps(lib, n, 'zoom', checks));
        process.stdout.write('pan… ');
        out.pan = await cell('pan steps', () => measureSteps(lib, n, 'pan', checks));
        process.stdout.write('gesture… ');
        out.gesture = await cell('gesture', () => measureGesture(lib, n, checks));
        process.stdout.write('input… ');
        out.input = await cell('input to paint', () => measureInput(lib, n, checks));
        process.stdout.write('heap/DOM… ');
        out.memory = await cell('heap and DOM', () => measureMemory(lib, n, checks));
        console.log(`done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
        printChecks();
      }
    }
  } finally {
    if (browser) await withTimeout(browser.close(), 30_000, 'closing the browser').catch(() => {});
    await server.close();
  }

  report.machine.loadavgAtEnd = loadavg().map((x) => round(x));
  report.durationSeconds = round((Date.now() - started) / 1000, 1);
  report.blockedRequests = Object.fromEntries(Object.entries(blocked).map(([lib, b]) => [lib, { count: b.count, urls: [...b.urls].slice(0, 50) }]));
  report.diagnostics = Object.fromEntries(Object.entries(diagnostics).map(([lib, d]) => [lib, [...d].slice(0, 50)]));
  report.targets = targets(report);
  report.markdown = printReport(report);

  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (${report.durationSeconds} s; load average at end ${report.machine.loadavgAtEnd.join(' ')}).`);

  // A failed measure of our own element is the harness's problem (or a broken build), not a
  // missed target: say so with the exit code. Peers' failures are results.
  const oursErrors = Object.values(report.results.ours ?? {}).flatMap((r) => Object.values(r)).filter((c) => c.status === 'error');
  if (oursErrors.length) {
    console.error(`\n${oursErrors.length} measure(s) of news-timeline failed: ${oursErrors.map((c) => c.reason).join('; ')}`);
    process.exitCode = 1;
  }
  // Drawing other than the model says is a failure of ours too: figures of a wrong drawing mean nothing.
  const wrong = drawnSummary(report).filter((d) => d.failed.length);
  if (wrong.length) {
    console.error(`\nnews-timeline drew other than its model says (drawn = model MISMATCH) at ${wrong.map((d) => sizeLabel(d.n)).join(', ')}: see the lines above.`);
    process.exitCode = 1;
  }
}

/** `--news-page`: only the news-page row (layout shift, main-thread time of a page that scrolls past). */
async function newsPageOnly(options) {
  const server = await startServer(ROOT);
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    console.log(`Chromium ${browser.version()}; load average ${loadavg().map((x) => round(x)).join(' ')}\n`);
    const result = await measureNewsPage(browser, server.origin, options.loads);
    console.log(newsPageTable(result, options.loads));
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/news-page.json'), `${JSON.stringify({ date: new Date().toISOString(), commit: gitCommit(), ...result }, null, 2)}\n`);
  } finally {
    if (browser) await withTimeout(browser.close(), 30_000, 'closing the browser').catch(() => {});
    await server.close();
  }
}

/** `--million`: only the million-event row (issue 12), from `src`; peers not attempted. */
async function millionOnly(options) {
  let t = Date.now();
  const body = Buffer.from(JSON.stringify(generateHeadlines(MILLION)));
  console.log(`${(body.length / 1048576).toFixed(1)} MB of JSON for ${MILLION.toLocaleString('en-US')} events made in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const server = await startServer(ROOT, new Map([[MILLION_PATH, body]]));
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    console.log(`Chromium ${browser.version()}; load average ${loadavg().map((x) => round(x)).join(' ')}; ${options.loads} page loads\n`);
    t = Date.now();
    const result = await withTimeout(measureMillion(browser, server.origin, options.loads, VIEWPORT), options.loads * 300_000, 'the million-event row');
    const { table, targets } = millionReport(result, options.loads, body.length);
    console.log(`${table}\n\nTargets (news-timeline):\n${targets.join('\n')}`);
    console.log(`\n(${((Date.now() - t) / 1000).toFixed(0)} s; load average at end ${loadavg().map((x) => round(x)).join(' ')})`);
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/million.json'), `${JSON.stringify({ date: new Date().toISOString(), commit: gitCommit(), jsonBytes: body.length, ...result }, null, 2)}\n`);
    if (!result.drawnOk) {
      console.error('\nnews-timeline drew other than its model says at 1,000,000 events (drawn = model MISMATCH).');
      process.exitCode = 1;
    }
  } finally {
    if (browser) await withTimeout(browser.close(), 30_000, 'closing the browser').catch(() => {});
    await server.close();
  }
}

main().catch((error) => {
  console.error(`bench: harness error: ${error?.stack ?? error}`);
  process.exit(1);
});
