#!/usr/bin/env node
// Zoom and pan steps alone, as `npm run bench` measures them (bench/pages/bench.mjs: 30 steps,
// main-thread time), for one checkout's dist/, without the peers and without the drawn = model
// check (an experiment may draw no marks the check can count). Median over page loads of each
// load's p95 and median. Build first.
//   node bench/experiments/steps.mjs [root=.] [sizes=6,1000,10000,100000] [loads=3]
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';

const [root = '.', sizeList = '6,1000,10000,100000', loadCount = '3'] = process.argv.slice(2);
const server = await startServer(resolve(root));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
try {
  for (const n of sizeList.split(',').map(Number)) {
    const runs = { zoomSteps: [], panSteps: [] };
    for (let load = 0; load < Number(loadCount); load++) {
      for (const kind of Object.keys(runs)) {
        const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
        await page.goto(`${server.origin}/bench/pages/bench.html?lib=ours`, { waitUntil: 'load' });
        await page.evaluate(() => window.bench.ready);
        await page.evaluate((size) => window.bench.prepare(size), n);
        await page.evaluate(() => window.bench.render());
        runs[kind].push((await page.evaluate((k) => window.bench[k](), kind)).busy);
        await page.close();
      }
    }
    const show = (kind) => `p95 ${median(runs[kind].map((s) => s.p95)).toFixed(1)} (median ${median(runs[kind].map((s) => s.median)).toFixed(1)})`;
    console.log(`${n === 6 ? 'article' : n.toLocaleString('en-US')}: zoom ${show('zoomSteps')}, pan ${show('panSteps')} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
