#!/usr/bin/env node
// `npm run build`: dist/ gets ES modules with .d.ts (tsc), and one self-contained, minified
// ES module with every dependency, dist/news-timeline.bundle.js, for a single <script> tag.
//
// The bundle imports nothing statically: a newsroom uploads that one file to its CMS and it
// works. What only some pages need (other languages, the TimelineJS importer, …) is every
// `import()` in the source; each becomes its own self-contained file in dist/chunks/, which
// the bundle loads relative to its own URL when a page needs it. Chunks share no code with
// the bundle (a chunk repeats the few small helpers it uses), so neither depends on the other
// being there: without its chunks the bundle still shows English pages in our JSON format.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';
import { compactTemplates } from './compact-templates.mjs';
import { pureD3Tops } from './pure-d3-tops.mjs';
import { d3Methods } from './d3-methods.mjs';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });

/**
 * The bundle's CSS (the Lit `css` templates in src/element/*styles.ts) without comments,
 * indentation and line breaks: runs of whitespace become one space (a space between words is a
 * selector's descendant combinator, so it stays) and go next to { } ; , where they mean
 * nothing, and after a declaration's colon (a selector's colon is never followed by a space)
 * and around a child combinator; a decimal's leading 0 and a rule's last semicolon go (never
 * inside calc(), where + and - need their spaces, which stay). The styles hold no quoted text
 * those characters could be part of, and the expressions inside ${} stay valid JavaScript. The
 * source, tsc's modules (npm's) and the manifest keep the CSS as written, comments and all.
 */
const compactCss = {
  name: 'compact-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]element[\\/][\w-]*styles\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(/css`([^`]*)`/g, (_, body) => `css\`${compactText(body)}\``);
      return { contents, loader: 'ts' };
    });
  },
};

function compactText(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/ ?> ?/g, '>')
    .replace(/(?<![\w.-])0\./g, '.')
    .replace(/;}/g, '}')
    .trim();
}

const COMMON = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  conditions: ['production'],
  // Each output's notices are written from its packages' own licence files (`addLicenseNotices`).
  legalComments: 'none',
  metafile: true,
  // d3-zoom imports d3-transition only to interrupt d3 transitions, of which the element has
  // none, and d3-interpolate only for interpolateZoom; these two stand-ins keep d3-transition,
  // d3-timer, d3-ease, d3-color and the rest of d3-interpolate out. See each file.
  alias: {
    'd3-transition': './src/element/d3-transition-stub.ts',
    'd3-interpolate': './src/element/d3-interpolate-zoom.ts',
  },
  logLevel: 'warning',
  plugins: [compactCss, compactTemplates, pureD3Tops, d3Methods],
};

/**
 * Every module the source imports dynamically, as an absolute path. Found by bundling once
 * without writing, with a plugin that notes each `import()` and leaves it unresolved.
 */
async function lazyModules(entry) {
  const found = new Set();
  await build({
    ...COMMON,
    entryPoints: [entry],
    write: false,
    metafile: false,
    outdir: 'dist',
    plugins: [...COMMON.plugins, onDynamicImport((path) => (found.add(path), { path, external: true }))],
  });
  return [...found];
}

/** An esbuild plugin that hands each resolved `import()` target to `handle`. */
function onDynamicImport(handle) {
  return {
    name: 'dynamic-imports',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'resolving',
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return handle(resolved.path);
      });
    },
  };
}

/**
 * htmlparser2's index re-exports its DOM helpers (domutils, dom-serializer), which are CommonJS
 * and carry entities' encoding tables: ~120 KB the importers never use. We only use its
 * streaming Parser, so the chunks take that module alone (its own exports map offers no path).
 */
const parserOnly = {
  name: 'htmlparser2-parser-only',
  setup(build) {
    build.onResolve({ filter: /^htmlparser2$/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const index = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (index.errors.length > 0) return { errors: index.errors };
      return { path: `${dirname(index.path)}/Parser.js` };
    });
  },
};

/** A readable chunk name: "timelinejs", "messages-fr", "date-fns-fr". */
function chunkName(path) {
  const file = basename(path).replace(/\.(ts|js|mjs)$/, '');
  if (path.includes('/date-fns/')) return `date-fns-${basename(dirname(path)) === 'locale' ? file : basename(dirname(path))}`;
  const folder = basename(dirname(path));
  return folder === 'messages' ? `messages-${file}` : file;
}

/** Source files of ours that hold a package's code (see each file), credited as that package. */
const COPIED_FROM = { 'src/element/d3-interpolate-zoom.ts': 'd3-interpolate' };

const entry = 'src/index.ts';
const lazy = await lazyModules(entry);

// The chunks: one self-contained file per lazily imported module.
const names = new Map(lazy.map((path) => [path, chunkName(path)]));
const chunks = await build({
  ...COMMON,
  entryPoints: Object.fromEntries(lazy.map((path) => [names.get(path), path])),
  outdir: 'dist/chunks',
  entryNames: '[name]-[hash]',
  plugins: [...COMMON.plugins, parserOnly],
});
const chunkFile = new Map();
for (const [output, info] of Object.entries(chunks.metafile.outputs)) {
  if (!info.entryPoint) continue;
  const source = lazy.find((path) => relative(process.cwd(), path) === info.entryPoint);
  if (source) chunkFile.set(source, output);
}

// The bundle: everything else, with each `import()` pointing at its chunk beside it.
const bundle = await build({
  ...COMMON,
  entryPoints: [entry],
  outdir: 'dist',
  entryNames: 'news-timeline.bundle',
  splitting: false,
  plugins: [...COMMON.plugins, onDynamicImport((path) => ({ path: `./${relative('dist', chunkFile.get(path))}`, external: true }))],
});

mkdirSync('dist', { recursive: true });
await minifiedAgain(bundle.metafile);
await minifiedAgain(chunks.metafile);
addLicenseNotices(bundle.metafile);
addLicenseNotices(chunks.metafile);
writeFileSync('dist/bundle-meta.json', JSON.stringify(linkedMetafile(bundle.metafile, chunks.metafile)));

/**
 * Each output minified again by terser, after esbuild: its two passes of compression find what
 * esbuild's single pass leaves (inlined constants, joined declarations, shorter conditionals),
 * about 2 KB gzip -9 of the bundle's 56. Safe transforms only (no `unsafe` options), and no
 * property is renamed: Lit and the page read properties by name.
 */
async function minifiedAgain(metafile) {
  for (const output of Object.keys(metafile.outputs)) {
    if (!output.endsWith('.js')) continue;
    const { code } = await minify(readFileSync(output, 'utf8'), {
      module: true,
      ecma: 2022,
      compress: { passes: 2 },
      format: { comments: false },
    });
    writeFileSync(output, code);
  }
}

/**
 * Ends each output with the copyright notice and licence of every package bundled into it, one
 * entry per holder and licence, read from the package's own LICENSE file and package.json. (What
 * esbuild keeps instead, the `@license` comments of the source files, lists each file of Lit
 * and none of d3's modules, which have no such comment, though their licence asks for it.)
 */
function addLicenseNotices(metafile) {
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (!output.endsWith('.js')) continue;
    const byNotice = new Map();
    for (const name of packagesIn(Object.keys(info.inputs))) {
      const notice = licenseOf(name);
      byNotice.set(notice, [...(byNotice.get(notice) ?? []), name]);
    }
    if (byNotice.size === 0) continue;
    const entries = [...byNotice].map(([notice, names]) => `${names.join(', ')}: ${notice}`);
    appendFileSync(output, `/*! Bundled packages: ${entries.join('; ')} */\n`);
  }
}

/** The npm packages the inputs come from, sorted. */
function packagesIn(inputs) {
  const names = new Set();
  for (const input of inputs) {
    if (COPIED_FROM[input]) names.add(COPIED_FROM[input]);
    if (!input.includes('node_modules/')) continue;
    const [scope, name] = input.split('node_modules/').at(-1).split('/');
    names.add(scope.startsWith('@') ? `${scope}/${name}` : scope);
  }
  return [...names].sort();
}

/** "Copyright (c) 2017 Google LLC. All rights reserved (BSD-3-Clause)": the LICENSE file's copyright line and the licence's SPDX id. */
function licenseOf(name) {
  const folder = join('node_modules', name);
  const { license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const file = readdirSync(folder).find((f) => /^licen[cs]e/i.test(f));
  const copyright = file && /^.*copyright.*$/im.exec(readFileSync(join(folder, file), 'utf8'))?.[0].trim();
  if (!copyright || !license) throw new Error(`${name}: no copyright line in its LICENSE file, or no licence in its package.json`);
  return `${copyright.replace(/\.$/, '')} (${license})`;
}

/**
 * One metafile for both builds (bench/run.mjs reads it): the bundle's external `import()`s
 * become links to the chunk outputs, as one split build would have written them.
 */
function linkedMetafile(bundleMeta, chunksMeta) {
  const outputs = { ...chunksMeta.outputs };
  for (const [path, info] of Object.entries(bundleMeta.outputs)) {
    const imports = info.imports.map((imported) =>
      imported.kind === 'dynamic-import' && imported.path.startsWith('./chunks/')
        ? { path: `dist/${imported.path.slice(2)}`, kind: 'dynamic-import' }
        : imported,
    );
    outputs[path] = { ...info, imports };
  }
  return { inputs: { ...chunksMeta.inputs, ...bundleMeta.inputs }, outputs };
}
