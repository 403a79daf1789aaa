#!/usr/bin/env node
// What a page keeps after timelines come and go: mounts and removes the bundle's element N
// times in Debian's headless Chromium (playwright-core, as bench/run.mjs), takes a heap
// snapshot through CDP after a warm-up, after N rounds and after N more (each after a full
// collection), and prints what grew by constructor: how many objects, their own size, and the
// size they hold (retained size, from the dominator tree; a group's figure counts only objects
// whose holder was there before, so nothing is counted twice). It also follows the element's
// class and its shadow roots from a GC root, and compares `performance.memory` (what the old
// heap test read) with V8's own figure. Not part of `npm test`; see bench/README.md.
//
//   node bench/heap-diff.mjs [--rounds=500] [--top=25] [--keep=dir]
//
// The bundle is built again beside dist/ with the same options but readable names (esbuild's
// minifyIdentifiers off), so constructors show as NewsTimeline, TextMeasure, …
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'];
const OUT = 'dist/heap-diff';

const options = { rounds: 500, top: 25, keep: undefined };
for (const arg of process.argv.slice(2)) {
  const [name, value] = arg.replace(/^--/, '').split('=');
  if (name === 'rounds' || name === 'top') options[name] = Number(value);
  else if (name === 'keep') options.keep = value;
  else {
    console.error('usage: node bench/heap-diff.mjs [--rounds=500] [--top=25] [--keep=dir]');
    process.exit(2);
  }
}

// ——— the bundle, with names ———

async function buildNamedBundle() {
  rmSync(join(ROOT, OUT), { recursive: true, force: true });
  await build({
    entryPoints: [join(ROOT, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    minifySyntax: true,
    minifyWhitespace: true,
    alias: { 'd3-transition': './src/element/d3-transition-stub.ts', 'd3-interpolate': './src/element/d3-interpolate-zoom.ts' },
    // Other languages and importers are chunks the English page never loads.
    plugins: [{ name: 'no-chunks', setup: (b) => b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined)) }],
    outfile: join(ROOT, OUT, 'news-timeline.js'),
    absWorkingDir: ROOT,
    logLevel: 'warning',
  });
}

// ——— the page ———

const PAGE = `<!doctype html><meta charset="utf-8"><title>heap</title>
<body><div id="box" style="width: 760px"></div>
<script type="module">
  import '/${OUT}/news-timeline.js';
  import { generateTimeline } from '/bench/data.mjs';
  const box = document.getElementById('box');
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

  /** Document n: its own title, lanes, events and quotes (every title differs between mounts). */
  function documentNumber(n) {
    const { events } = generateTimeline(3 + (n % 7), n + 1);
    return {
      title: 'Timeline number ' + n,
      lanes: [{ id: 'a', label: 'Lane A of ' + n }, { id: 'b', label: 'Lane B of ' + n }],
      events: events.map((e, i) => ({ ...e, id: 't' + n + '-' + e.id, title: e.title + ' (timeline ' + n + ')', lanes: [i % 2 ? 'b' : 'a'],
        quotes: [{ text: 'Said in timeline ' + n, speaker: 'Speaker ' + n, kind: 'direct' }] })),
    };
  }

  /** As test/system/many-and-leaks.test.ts: mount, wait for nt-load, sometimes select / list view / hash, remove. */
  async function round(i) {
    const el = document.createElement('news-timeline');
    if (i % 5 === 0) el.setAttribute('hash', '');
    const loaded = new Promise((resolve, reject) => {
      el.addEventListener('nt-load', resolve, { once: true });
      el.addEventListener('nt-error', (e) => reject(new Error(e.detail.message)), { once: true });
    });
    el.data = documentNumber(i);
    box.append(el);
    await loaded;
    await el.updateComplete;
    if (i % 10 === 0) {
      el.select(el.events[0].id);
      await el.updateComplete;
      await frame();
    }
    if (i % 25 === 0) {
      el.shadowRoot.querySelector('[data-action="list"]')?.click();
      await el.updateComplete;
    }
    el.remove();
    return el;
  }

  let next = 0;
  const removed = [];
  window.heap = {
    async rounds(n) {
      for (let k = 0; k < n; k++) removed.push(new WeakRef(await round(next++)));
      await frame();
      await frame();
      history.replaceState(null, '', location.pathname);
    },
    /** The element's class: the registered one is an anonymous subclass of it (src/define.ts). */
    elementClass: () => Object.getPrototypeOf(customElements.get('news-timeline')).name,
    /** What the old test read, after gc() as it did: Chromium rounds it and may answer from a cache. */
    memory() {
      gc();
      return performance.memory.usedJSHeapSize;
    },
    /** Removed elements still reachable (WeakRefs are cleared between tasks: call after a collection). */
    alive: () => removed.filter((ref) => ref.deref() !== undefined).length,
    mounted: () => removed.length,
    /** The page's performance timeline, by entry type: the browser keeps some of these. */
    resources: () => JSON.stringify(Object.entries(Object.groupBy(performance.getEntriesByType('resource'), (e) => e.name + ' ' + e.initiatorType)).map(([n, l]) => [n, l.length])),
    entries: () => Object.entries(Object.groupBy(performance.getEntries(), (e) => e.entryType)).map(([t, l]) => t + ' ' + l.length).join(', '),
  };
</script>`;

// ——— heap snapshots ———

async function snapshot(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return chunks.join('');
}

/** A snapshot's nodes and edges in typed arrays, with each node's class name and retained size. */
function readSnapshot(text) {
  const { snapshot: { meta }, nodes, edges, strings } = JSON.parse(text);
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [typeF, nameF, idF, sizeF, countF] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f));
  const [eTypeF, eNameF, toF] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
  const nodeTypes = meta.node_types[typeF];
  const edgeTypes = meta.edge_types[eTypeF];
  const n = nodes.length / nf;
  const firstEdge = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) firstEdge[i + 1] = firstEdge[i] + nodes[i * nf + countF];
  const target = new Uint32Array(edges.length / ef);
  const edgeType = new Uint8Array(edges.length / ef);
  const edgeName = new Array(edges.length / ef);
  for (let e = 0; e < target.length; e++) {
    target[e] = edges[e * ef + toF] / nf;
    edgeType[e] = edges[e * ef + eTypeF];
    const name = edges[e * ef + eNameF];
    const type = edgeTypes[edgeType[e]];
    edgeName[e] = type === 'element' || type === 'hidden' ? `[${name}]` : strings[name];
  }
  const id = new Float64Array(n);
  const self = new Float64Array(n);
  const cls = new Array(n);
  for (let i = 0; i < n; i++) {
    id[i] = nodes[i * nf + idF];
    self[i] = nodes[i * nf + sizeF];
    const type = nodeTypes[nodes[i * nf + typeF]];
    const name = strings[nodes[i * nf + nameF]];
    // As DevTools groups: objects, closures and DOM wrappers by name, the rest by their kind.
    cls[i] = type === 'object' || type === 'closure' || type === 'native' || type === 'regexp' ? name.split(' ')[0] || `(${type})` : `(${type})`;
    if (type === 'closure') cls[i] = `closure ${name || '(anonymous)'}`;
  }
  const weak = edgeTypes.indexOf('weak');
  const shortcut = edgeTypes.indexOf('shortcut');
  const essential = (e) => edgeType[e] !== weak && edgeType[e] !== shortcut;
  const dominator = dominators(n, firstEdge, target, essential);
  const retained = Float64Array.from(self);
  // Children before parents: reverse of a depth-first order from the root.
  for (const v of postOrder(n, firstEdge, target, essential).order) if (v !== 0 && dominator[v] !== NONE) retained[dominator[v]] += retained[v];
  return { n, id, self, cls, retained, dominator, firstEdge, target, edgeName, essential };
}

const NONE = 0xffffffff;

function postOrder(n, firstEdge, target, essential) {
  const order = [];
  const index = new Uint32Array(n).fill(NONE);
  const stack = [0];
  const next = new Uint32Array(n);
  const seen = new Uint8Array(n);
  seen[0] = 1;
  next[0] = firstEdge[0];
  while (stack.length) {
    const v = stack.at(-1);
    if (next[v] < firstEdge[v + 1]) {
      const e = next[v]++;
      const w = target[e];
      if (!essential(e) || seen[w]) continue;
      seen[w] = 1;
      next[w] = firstEdge[w];
      stack.push(w);
    } else {
      index[v] = order.length;
      order.push(v);
      stack.pop();
    }
  }
  return { order, index };
}

/** Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm over reverse post-order). */
function dominators(n, firstEdge, target, essential) {
  const { order, index } = postOrder(n, firstEdge, target, essential);
  const preds = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) {
    if (index[v] === NONE) continue;
    for (let e = firstEdge[v]; e < firstEdge[v + 1]; e++) if (essential(e) && index[target[e]] !== NONE) preds[target[e]].push(v);
  }
  const idom = new Uint32Array(n).fill(NONE);
  idom[0] = 0;
  const intersect = (a, b) => {
    while (a !== b) {
      while (index[a] < index[b]) a = idom[a];
      while (index[b] < index[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = order.length - 2; k >= 0; k--) {
      const v = order[k];
      let best = NONE;
      for (const p of preds[v]) if (idom[p] !== NONE) best = best === NONE ? p : intersect(p, best);
      if (best !== NONE && idom[v] !== best) {
        idom[v] = best;
        changed = true;
      }
    }
  }
  return idom;
}

/** What is in `after` and not in `before` (by object id), grouped by class, largest first. */
function growth(before, after) {
  const old = new Set(before.id);
  const isNew = (i) => !old.has(after.id[i]);
  const groups = new Map();
  for (let i = 0; i < after.n; i++) {
    if (!isNew(i) || after.dominator[i] === NONE) continue;
    const g = groups.get(after.cls[i]) ?? { count: 0, self: 0, held: 0 };
    g.count++;
    g.self += after.self[i];
    // Counted once: only where an object that was already there (or the root) holds it.
    if (!isNew(after.dominator[i])) g.held += after.retained[i];
    groups.set(after.cls[i], g);
  }
  const counts = (s) => {
    const m = new Map();
    for (let i = 0; i < s.n; i++) if (s.dominator[i] !== NONE) m.set(s.cls[i], (m.get(s.cls[i]) ?? 0) + 1);
    return m;
  };
  const beforeCounts = counts(before);
  const afterCounts = counts(after);
  return { groups, beforeCounts, afterCounts };
}

/** A shortest path of strong references from the root to node `v` (what keeps it alive). */
function retainerPath(s, v) {
  const from = new Int32Array(s.n).fill(-1);
  const via = new Int32Array(s.n).fill(-1);
  const queue = [0];
  from[0] = 0;
  for (let q = 0; q < queue.length && from[v] < 0; q++) {
    const u = queue[q];
    for (let e = s.firstEdge[u]; e < s.firstEdge[u + 1]; e++) {
      const w = s.target[e];
      if (!s.essential(e) || from[w] >= 0) continue;
      from[w] = u;
      via[w] = e;
      queue.push(w);
    }
  }
  if (from[v] < 0) return '(unreachable)';
  const steps = [];
  for (let w = v; w !== 0; w = from[w]) steps.push(`${s.cls[from[w]]}.${s.edgeName[via[w]]}`);
  return steps.reverse().join(' → ');
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function report(label, before, after, watch) {
  const { groups, beforeCounts, afterCounts } = growth(before, after);
  const total = [...groups.values()].reduce((a, g) => a + g.self, 0);
  const selfBefore = before.self.reduce((a, b) => a + b, 0);
  const selfAfter = after.self.reduce((a, b) => a + b, 0);
  console.log(`\n## ${label}`);
  console.log(`heap (reachable, snapshot): ${kb(selfBefore)} → ${kb(selfAfter)} (${kb(selfAfter - selfBefore)}); new objects: ${kb(total)}`);
  console.log('\nnew objects by class (largest held first):');
  console.log('class | new | their own size | held (retained, counted once) | count before → after');
  const rows = [...groups.entries()].sort((a, b) => b[1].held - a[1].held || b[1].self - a[1].self).slice(0, options.top);
  for (const [cls, g] of rows) console.log(`${cls} | ${g.count} | ${kb(g.self)} | ${kb(g.held)} | ${beforeCounts.get(cls) ?? 0} → ${afterCounts.get(cls) ?? 0}`);
  console.log('\nours, Lit\'s and the DOM\'s, count before → after (a class\'s prototype counts as one of it):');
  const named = [...new Set([...afterCounts.keys(), ...beforeCounts.keys()])].filter(
    (cls) => !cls.startsWith('blink::') && !cls.startsWith('closure ') && watch.some((w) => (typeof w === 'string' ? cls === w : w.test(cls))),
  );
  for (const cls of named.sort()) console.log(`${cls}: ${beforeCounts.get(cls) ?? 0} → ${afterCounts.get(cls) ?? 0}`);
  return groups;
}

async function main() {
  await buildNamedBundle();
  const server = await startServer(ROOT);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(`${server.origin}/heap.html`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    await page.goto(`${server.origin}/heap.html`);
    await page.waitForFunction(() => window.heap !== undefined);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const v8Heap = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;

    // Warm-up: modules evaluated, fonts and styles made, code compiled for the common paths.
    await page.evaluate(() => window.heap.rounds(20));
    const memory = [await page.evaluate(() => window.heap.memory())];
    const texts = [await snapshot(cdp)];
    const v8 = [await v8Heap()];
    const alive = [await page.evaluate(() => `${window.heap.alive()} of ${window.heap.mounted()}`)];
    for (let k = 0; k < 2; k++) {
      const started = Date.now();
      await page.evaluate((n) => window.heap.rounds(n), options.rounds);
      console.error(`${options.rounds} rounds in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      memory.push(await page.evaluate(() => window.heap.memory()));
      texts.push(await snapshot(cdp));
      v8.push(await v8Heap());
      alive.push(await page.evaluate(() => `${window.heap.alive()} of ${window.heap.mounted()}`));
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (options.keep) {
      mkdirSync(options.keep, { recursive: true });
      texts.forEach((t, i) => writeFileSync(join(options.keep, `heap-${i}.heapsnapshot`), t));
    }
    const elementClass = await page.evaluate(() => window.heap.elementClass());
    const entries = await page.evaluate(() => window.heap.entries());
    if (process.env.HEAP_RESOURCES) console.log(await page.evaluate(() => window.heap.resources()));
    const snaps = texts.map(readSnapshot);
    texts.length = 0;
    // Our classes (the element, its controllers, caches, directives), Lit's parts and template
    // instances, d3's selections and zoom, shadow roots, and what an element's tree is made of.
    const watch = [elementClass, /timeline/i, /Controller$/, /Measure/, /Directive$/, /Part$/, 'TemplateInstance', 'Selection', 'ZoomTransform', 'Transform',
      'ShadowRoot', 'HTMLElement', 'HTMLButtonElement', 'HTMLSpanElement', 'SVGSVGElement', 'DateTimeFormat', 'NumberFormat', 'CanvasRenderingContext2D', 'ResizeObserver', 'AbortController'];

    console.log(`# Heap after mounting and removing <news-timeline> (${elementClass}), ${options.rounds} rounds at a time`);
    console.log('\nwhen | used JS heap after a full collection (V8, Runtime.getHeapUsage) | performance.memory.usedJSHeapSize after gc() | removed elements still reachable');
    ['after 20 warm-up rounds', `after ${options.rounds} more`, `after ${options.rounds} more`].forEach((what, i) =>
      console.log(`${what} | ${kb(v8[i])} | ${kb(memory[i])} | ${alive[i]}`),
    );
    console.log(`\nperformance entries at the end: ${entries}`);
    report(`warm-up → ${options.rounds} rounds`, snaps[0], snaps[1], watch);
    report(`${options.rounds} → ${2 * options.rounds} rounds (what grows with every mount)`, snaps[1], snaps[2], watch);

    const last = snaps[2];
    // The class's prototype is an object of the class too; instances are the rest.
    const prototypes = new Set();
    for (let e = 0; e < last.target.length; e++) if (last.edgeName[e] === 'prototype') prototypes.add(last.target[e]);
    const instances = [];
    for (let i = 0; i < last.n; i++) if (last.cls[i] === elementClass && last.dominator[i] !== NONE && !prototypes.has(i)) instances.push(i);
    console.log(`\n${elementClass} instances reachable at the end: ${instances.length}`);
    for (const v of instances.slice(0, 3)) console.log(`  kept by: ${retainerPath(last, v)}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(join(ROOT, OUT), { recursive: true, force: true });
  }
}

await main();
