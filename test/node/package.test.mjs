// The package as others install it: from a clone, a git URL or a tarball, `prepare` builds
// dist/ before npm packs it. Checked on a copy of the tree as a fresh clone has it (no dist/),
// offline: the copy borrows this checkout's node_modules and nothing is downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Copies what a clone would hold (tracked and new files, nothing git ignores) to a temporary folder. */
function freshClone() {
  const dir = mkdtempSync(join(tmpdir(), 'news-timeline-pack-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(join(dir, dirname(file)), { recursive: true });
      cpSync(join(ROOT, file), join(dir, file));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error; // deleted in the working tree
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Every file an `exports` entry points at. */
function exportTargets(manifest) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else for (const inner of Object.values(value)) walk(inner);
  };
  walk(manifest.exports);
  return targets;
}

test('npm pack of a fresh clone builds and holds dist/, and every export resolves', { timeout: 600_000 }, () => {
  const dir = freshClone();
  try {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts=false'], {
      cwd: dir,
      env: { ...process.env, npm_config_offline: 'true', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
    // npm prints the build's output before the JSON report.
    const [report] = JSON.parse(out.slice(out.indexOf('[\n')));
    const packed = new Set(report.files.map((f) => f.path));
    for (const file of ['dist/news-timeline.bundle.js', 'dist/index.js', 'dist/index.d.ts', 'dist/news-timeline.js']) {
      assert.ok(packed.has(file), `${file} is in the package`);
    }
    assert.ok([...packed].some((f) => f.startsWith('dist/chunks/')), 'the language chunks are in the package');
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const target of exportTargets(manifest)) assert.ok(packed.has(target), `exports → ${target} is in the package`);
    assert.ok(![...packed].some((f) => f.startsWith('test/') || f === 'dist/bundle-meta.json'), 'no tests or build metadata');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the Custom Elements Manifest gives each default as a value, not a constant’s name', () => {
  const cem = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const element = cem.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === 'news-timeline');
  const timeout = element.members.find((member) => member.name === 'timeout');
  assert.equal(timeout.default, '15000');
  const named = element.members.filter((member) => /^[A-Z][A-Z0-9_]+$/.test(member.default ?? ''));
  assert.deepEqual(named.map((member) => `${member.name} = ${member.default}`), []);
});
