#!/usr/bin/env node
// First render of two builds, A and B, in interleaved rounds: issue 12's figure (main-thread
// time from handing the data over to the end of the first frame that paints it; `busy` in
// bench/pages/bench.mjs), each page load in a fresh browser context. On this 2-core machine the
// same build runs ±5 ms apart at 10,000 events from one minute to the next, and ~10 ms apart
// from morning to afternoon: a change of a few ms shows only when both builds are measured in
// turns, many times. Prints each round's medians, then each build's quartiles over every load.
// Each root is a checkout with its dist/ built (or a folder holding dist/ and links to bench/,
// data/ and node_modules/).
//   node bench/experiments/first-render.mjs <rootA> <rootB> [size=10000] [rounds=4] [loads=9]
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';

const [rootA, rootB, size = '10000', roundCount = '4', loadCount = '9'] = process.argv.slice(2);
if (!rootA || !rootB) {
  console.error('usage: node bench/experiments/first-render.mjs <rootA> <rootB> [size=10000] [rounds=4] [loads=9]');
  process.exit(2);
}
const builds = [
  { name: 'A', server: await startServer(resolve(rootA)), all: [] },
  { name: 'B', server: await startServer(resolve(rootB)), all: [] },
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const sorted = (values) => [...values].sort((a, b) => a - b);
const quantile = (values, q) => sorted(values)[Math.floor(q * (values.length - 1))];

/** One page load's figure, in a context of its own. */
async function firstRender(origin) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 700 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/bench/pages/bench.html?lib=ours`, { waitUntil: 'load' });
    await page.evaluate(() => window.bench.ready);
    await page.evaluate((n) => window.bench.prepare(n), Number(size));
    return (await page.evaluate(() => window.bench.render())).busy;
  } finally {
    await context.close();
  }
}

try {
  for (let round = 1; round <= Number(roundCount); round++) {
    const line = [];
    for (const build of builds) {
      const loads = [];
      for (let i = 0; i < Number(loadCount); i++) loads.push(await firstRender(build.server.origin));
      build.all.push(...loads);
      line.push(`${build.name} ${quantile(loads, 0.5).toFixed(1)}`);
    }
    console.log(`round ${round}: median ms ${line.join(', ')}`);
  }
  for (const { name, all } of builds) {
    console.log(`${name}: ${all.length} loads, q1 ${quantile(all, 0.25).toFixed(1)}, median ${quantile(all, 0.5).toFixed(1)}, q3 ${quantile(all, 0.75).toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  for (const { server } of builds) await server.close();
}
