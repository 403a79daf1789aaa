// The million-event row (issue 12): 1,000,000 events with short titles and days, no summaries
// (`generateHeadlines`, about 70 MB of JSON), loaded by the element from `src` as a newsroom's
// page would. Per page load: the longest main-thread task while it loads, the time from the end
// of the download to the first frame that shows the story, the zoom step's main-thread p95 (the
// same 30 steps as the other rows), the drawn = model check, and memory: the JS heap after a
// collection and the peak resident memory of the page's renderer process(es).
import { readFileSync } from 'node:fs';

export const MILLION = 1_000_000;
export const MILLION_PATH = 'bench/generated/million.json';

/** The peak resident set (VmHWM) of each renderer process, summed, in bytes; Linux only. */
async function rendererPeakBytes(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    let total = 0;
    for (const { type, id } of processInfo) {
      if (type !== 'renderer') continue;
      const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    }
    return total;
  } catch {
    return NaN;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function oneLoad(browser, origin, viewport) {
  // A context of its own, so its renderer starts fresh and its peak memory is this load's.
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/bench/pages/bench.html?lib=ours`, { waitUntil: 'load' });
    await page.evaluate(() => window.bench.ready);
    const first = await page.evaluate((url) => window.bench.renderSrc(url), `/${MILLION_PATH}`);
    const zoom = await page.evaluate(() => window.bench.zoomSteps());
    const drawn = await page.evaluate(() => window.bench.checkDrawn());
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return { ...first, zoom: zoom.busy, drawn, heap, rendererPeak: await rendererPeakBytes(browser) };
  } finally {
    await context.close().catch(() => {});
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Runs the row; resolves with each load and the medians the table shows. */
export async function measureMillion(browser, origin, loads, viewport) {
  const runs = [];
  for (let i = 0; i < loads; i++) runs.push(await oneLoad(browser, origin, viewport));
  return {
    runs,
    longestTask: median(runs.map((r) => r.longTasks[0] ?? 0)),
    longTasks: median(runs.map((r) => r.longTasks.length)),
    afterDownloadMs: median(runs.map((r) => r.afterDownloadMs)),
    downloadMs: median(runs.map((r) => r.downloadMs)),
    zoomP95: median(runs.map((r) => r.zoom.p95)),
    zoomMedian: median(runs.map((r) => r.zoom.median)),
    heap: median(runs.map((r) => r.heap)),
    rendererPeak: median(runs.map((r) => r.rendererPeak)),
    drawnOk: runs.every((r) => r.drawn?.ok),
  };
}

const mb = (bytes) => (bytes / 1048576).toFixed(0);

/** The row's table (Markdown) and its targets (issue 12), one line each. */
export function millionReport(result, loads, jsonBytes) {
  const header = ['measure', `news-timeline (median of ${loads})`, 'target'];
  const rows = [
    ['longest main-thread task while it loads, ms', result.longestTask.toFixed(0), '≤ 50'],
    ['main-thread tasks over 50 ms while it loads', String(result.longTasks), '0'],
    ['first render after the download, ms', result.afterDownloadMs.toFixed(0), '≤ 2,000'],
    ['zoom step, main-thread ms: p95 (median), 30 steps', `${result.zoomP95.toFixed(1)} (${result.zoomMedian.toFixed(1)})`, '≤ 8'],
    ['JS heap after render (after GC), MB', mb(result.heap), '–'],
    ['peak resident memory of the renderer, MB', mb(result.rendererPeak), '≤ 600'],
    ['drawn = model after the zoom steps', result.drawnOk ? 'ok' : 'MISMATCH', 'ok'],
  ];
  const table = [
    `**1,000,000 events from \`src\` (${mb(jsonBytes)} MB of JSON: short titles and days, no summaries); vis-timeline and TimelineJS: not attempted**`,
    '',
    `| ${header.join(' | ')} |`,
    '| --- | ---: | ---: |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  const met = (ok) => (ok ? '  ok  ' : '  MISS');
  const targets = [
    `${met(result.longestTask <= 50)} longest task while loading: ${result.longestTask.toFixed(0)} ms (target ≤ 50 ms)`,
    `${met(result.afterDownloadMs <= 2000)} first render after the download: ${result.afterDownloadMs.toFixed(0)} ms (target ≤ 2,000 ms)`,
    `${met(result.zoomP95 <= 8)} zoom step p95: ${result.zoomP95.toFixed(1)} ms (target ≤ 8 ms)`,
    `${met(result.rendererPeak <= 600 * 1048576)} peak renderer memory: ${mb(result.rendererPeak)} MB (target ≤ 600 MB)`,
  ];
  return { table, targets };
}
