// The bundle build keeps only the selection methods the bundle calls (scripts/d3-selection-methods.mjs).
// Every method d3-zoom, d3-drag or the element calls on a selection must be among them, so a
// newer d3 that calls another fails here, not in a reader's browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { SELECTION_METHODS, d3SelectionMethods } from '../../scripts/d3-selection-methods.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const source = (path) => readFileSync(resolve(ROOT, path), 'utf8');

/** The names d3-selection's own prototype object gives a selection. */
const ALL_METHODS = [
  ...source('node_modules/d3-selection/dist/d3-selection.mjs').match(/^Selection\.prototype = selection\.prototype = \{\n([\s\S]*?)\n\};$/m)[1].matchAll(/^\s*(\w+):/gm),
].map((match) => match[1]);

/** d3-selection's exports bundled as the bundle build does, with or without the plugin. */
async function bundled(plugins) {
  const result = await build({
    stdin: { contents: `export { selection } from 'd3-selection';`, resolveDir: ROOT },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    plugins,
  });
  const text = result.outputFiles[0].text;
  return { text, module: await import(`data:text/javascript,${encodeURIComponent(text)}`) };
}

test('a selection keeps the listed methods and no other', async () => {
  const plain = await bundled([]);
  const lean = await bundled([d3SelectionMethods]);
  assert.ok(ALL_METHODS.length > 30, `d3-selection's prototype names ${ALL_METHODS.length} methods`);
  assert.deepEqual(Object.keys(lean.module.selection.prototype).sort(), ['constructor', ...SELECTION_METHODS].sort());
  assert.deepEqual(Object.keys(plain.module.selection.prototype).sort(), [...ALL_METHODS].sort());
  assert.ok(lean.text.length < plain.text.length * 0.6, `${lean.text.length} B minified, against ${plain.text.length} B without the plugin`);
});

test('every selection method d3-zoom, d3-drag and the element call is kept', () => {
  // d3-transition's methods: the stub adds interrupt; transition only runs for a double-click zoom, which the element turns off.
  const elsewhere = new Set(['interrupt', 'transition']);
  for (const path of ['node_modules/d3-zoom/dist/d3-zoom.mjs', 'node_modules/d3-drag/dist/d3-drag.mjs', 'src/element/zoom-controller.ts']) {
    const called = new Set([...source(path).matchAll(/\.(\w+)\(/g)].map((match) => match[1]));
    const missing = ALL_METHODS.filter((name) => called.has(name) && !SELECTION_METHODS.includes(name) && !elsewhere.has(name));
    assert.deepEqual(missing, [], `${path} calls selection methods the bundle leaves out`);
  }
});
