#!/usr/bin/env node
// `npm run build`: dist/ gets ES modules with .d.ts (tsc), and one self-contained, minified
// ES module with every dependency, dist/news-timeline.bundle.js, for a single <script> tag.
// Languages other than English are split into dist/chunks/, which the bundle imports itself,
// relative to its own URL, only when a page uses that language.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });

const result = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: 'dist',
  entryNames: 'news-timeline.bundle',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  conditions: ['production'],
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
});
mkdirSync('dist', { recursive: true });
writeFileSync('dist/bundle-meta.json', JSON.stringify(result.metafile));
