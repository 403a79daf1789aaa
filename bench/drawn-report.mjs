// The node side of the "drawn = model" check (the rule is in bench/pages/drawn-check.mjs): its
// lines per page load, and its verdict per size. Only news-timeline is checked.

const fmt = (x) => x.toLocaleString('en-US');

/** One check: `after zoom steps: drawn 143 = model 143 ok`, with the edge clusters when there are any. */
export function checkText(check) {
  if (check.error) return `${check.where}: could not check (${check.error}) MISMATCH`;
  const edges = check.carried || check.spilled ? ` (+${fmt(check.carried)} carried in, −${fmt(check.spilled)} spilled out at the edges)` : '';
  if (check.ok) return `${check.where}: drawn ${fmt(check.drawn)}${edges} = model ${fmt(check.model)} ok`;
  const faults = [
    ['missing', check.missing],
    ['drawn twice', check.twice],
    ['marks naming no shown event', check.unknown],
    ['cluster members past their lane', check.overrun],
    ['edge members from marks away from the edges', check.offEdge],
  ]
    .filter(([, count]) => count > 0)
    .map(([what, count]) => `${fmt(count)} ${what}`);
  return `${check.where}: drawn ${fmt(check.drawn)}${edges} ≠ model ${fmt(check.model)}${faults.length ? ` (${faults.join(', ')})` : ''} MISMATCH`;
}

/** The checks of one size, one line per page load, in the order they were taken. */
export function checkLines(checks) {
  const pages = new Map();
  for (const check of checks) {
    const list = pages.get(check.page) ?? [];
    list.push(checkText(check));
    pages.set(check.page, list);
  }
  return [...pages].map(([page, texts]) => `  drawn = model, ${page}: ${texts.join(' · ')}`);
}

/** Per size of our element: how many checks, on how many page loads, and which failed. */
export function drawnSummary(report) {
  const ours = report.results.ours ?? {};
  return report.options.sizes
    .filter((n) => ours[n])
    .map((n) => {
      const checks = ours[n].drawn ?? [];
      const failed = checks.filter((c) => !c.ok);
      return { n, checks: checks.length, pages: new Set(checks.map((c) => c.page)).size, failed };
    });
}

/** The summary's line for one size. */
export function summaryLine({ checks, pages, failed }, label) {
  if (checks === 0) return `  ?        drawn = model at ${label}: not checked`;
  if (!failed.length) return `  ok       drawn = model at ${label}: ${checks} checks on ${pages} page loads`;
  const first = failed.slice(0, 3).map((c) => `${c.page}, ${checkText(c)}`);
  return `  MISMATCH drawn = model at ${label}: ${failed.length} of ${checks} checks — ${first.join('; ')}${failed.length > 3 ? '; …' : ''}`;
}
