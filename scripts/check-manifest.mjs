#!/usr/bin/env node
// Part of `npm test`: regenerates the Custom Elements Manifest into a temporary folder with the
// same config as `npm run manifest`, and fails when the checked-in custom-elements.json differs,
// so the manifest (and the API page drawn from it) never drifts from the element's JSDoc.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const CHECKED_IN = 'custom-elements.json';
const STALE = 'custom-elements.json is out of date: run npm run manifest';

const dir = mkdtempSync(join(tmpdir(), 'news-timeline-cem-'));
try {
  // The analyzer joins --outdir to the working folder, so it gets a relative path.
  execFileSync(
    process.execPath,
    ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet', '--outdir', relative(process.cwd(), dir)],
    { stdio: 'inherit' },
  );
  const fresh = readFileSync(join(dir, CHECKED_IN), 'utf8');
  if (!existsSync(CHECKED_IN)) {
    console.error(`${CHECKED_IN} is missing: run npm run manifest`);
    process.exit(1);
  }
  const current = readFileSync(CHECKED_IN, 'utf8');
  if (fresh !== current) {
    console.error(STALE);
    printFirstDifference(current, fresh);
    process.exit(1);
  }
  console.log(`${CHECKED_IN} is up to date.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The first line that differs, so the message says what changed. */
function printFirstDifference(current, fresh) {
  const a = current.split('\n');
  const b = fresh.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  console.error(`  first difference at line ${at + 1}:`);
  console.error(`  checked in: ${a[at] ?? '(end of file)'}`);
  console.error(`  now:        ${b[at] ?? '(end of file)'}`);
}
