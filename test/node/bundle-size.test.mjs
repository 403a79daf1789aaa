// The one-file bundle stays within its size budget (scripts/bundle-budget.mjs), so later work
// cannot quietly undo issue 13's cuts. `npm test` builds dist/ before this runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_BUDGET_BYTES } from '../../scripts/bundle-budget.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** Minified bytes per package in the bundle, from the build's metafile, largest first. */
function byPackage() {
  const meta = JSON.parse(readFileSync(resolve(ROOT, 'dist/bundle-meta.json'), 'utf8'));
  const totals = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(meta.outputs['dist/news-timeline.bundle.js'].inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'src';
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

test('dist/news-timeline.bundle.js is within its gzip -9 budget', () => {
  const gzip = gzipSync(readFileSync(resolve(ROOT, 'dist/news-timeline.bundle.js')), { level: 9 }).length;
  const where = byPackage()
    .map(([name, bytes]) => `${name} ${bytes}`)
    .join(', ');
  assert.ok(
    gzip <= BUNDLE_BUDGET_BYTES,
    `the bundle is ${gzip} B gzip -9, over its budget of ${BUNDLE_BUDGET_BYTES} B. Minified bytes by package: ${where}`,
  );
});

test('the budget is a real limit: the bundle is not far under it (tighten it when it is)', () => {
  const gzip = gzipSync(readFileSync(resolve(ROOT, 'dist/news-timeline.bundle.js')), { level: 9 }).length;
  assert.ok(BUNDLE_BUDGET_BYTES - gzip < 4 * 1024, `the bundle is ${gzip} B, over 4 KiB under the budget (${BUNDLE_BUDGET_BYTES} B): lower it`);
});
