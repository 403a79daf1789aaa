// The "news page" row (issue 14): what the element costs a page that only scrolls past it.
// Loads bench/pages/news-page.html, with and without the element, on a desktop and a phone
// viewport; waits for the timeline's data; scrolls the page to the bottom and back in steps.
// Reports the cumulative layout shift and the main-thread time (CDP's TaskDuration) of the
// page with the element less the page without it (median of `loads` page loads each).

const VIEWPORTS = [
  { name: 'desktop column', viewport: { width: 1200, height: 700 } },
  { name: 'phone (390 px)', viewport: { width: 390, height: 844 } },
];
const SCROLL_STEPS = 12;

async function oneLoad(browser, origin, viewport, withElement) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/bench/pages/news-page.html?with=${withElement ? 1 : 0}`, { waitUntil: 'load' });
    const outcome = await page.evaluate(() => window.outcome);
    if (withElement && outcome !== 'load') throw new Error(`the timeline did not load (${outcome})`);
    // The reader scrolls down past the timeline and back up, a frame between steps.
    await page.evaluate(async (steps) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const bottom = document.documentElement.scrollHeight - innerHeight;
      for (let i = 1; i <= steps; i++) {
        scrollTo(0, (bottom * i) / steps);
        await frame();
      }
      for (let i = steps - 1; i >= 0; i--) {
        scrollTo(0, (bottom * i) / steps);
        await frame();
      }
    }, SCROLL_STEPS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const taskSeconds = metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
    const shift = await page.evaluate(() => window.shift);
    return { taskMs: taskSeconds * 1000, shift };
  } finally {
    await context.close().catch(() => {});
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Runs the row; returns `{ rows: [{ name, shift, elementMs, pageMs, baselineMs }] }`. */
export async function measureNewsPage(browser, origin, loads) {
  const rows = [];
  for (const { name, viewport } of VIEWPORTS) {
    const withRuns = [];
    const withoutRuns = [];
    for (let i = 0; i < loads; i++) {
      withoutRuns.push(await oneLoad(browser, origin, viewport, false));
      withRuns.push(await oneLoad(browser, origin, viewport, true));
    }
    const pageMs = median(withRuns.map((r) => r.taskMs));
    const baselineMs = median(withoutRuns.map((r) => r.taskMs));
    rows.push({ name, shift: Math.max(...withRuns.map((r) => r.shift)), pageMs, baselineMs, elementMs: pageMs - baselineMs });
  }
  return { rows };
}

export function newsPageTable({ rows }, loads) {
  const header = ['viewport', 'layout shift (worst load)', 'main-thread ms, page with it', 'without it', 'the element costs'];
  const body = rows.map((r) => [r.name, r.shift.toFixed(3), r.pageMs.toFixed(0), r.baselineMs.toFixed(0), r.elementMs.toFixed(0)]);
  return [
    `**News page: the article's timeline from \`src\` in a 704 px column, scrolled past (median of ${loads} loads)**`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...body.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
