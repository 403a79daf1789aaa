// The bundle build keeps only the d3 selection and zoom methods the bundle calls
// (scripts/d3-methods.mjs). Every method d3-zoom, d3-drag or the element calls must be among
// them, so a newer d3 that calls another fails here, not in a reader's browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { DISPATCH_METHODS, SELECTION_METHODS, ZOOM_METHODS, d3Methods, withoutDoubleClickZoom, withoutReplacedDefaults } from '../../scripts/d3-methods.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const source = (path) => readFileSync(resolve(ROOT, path), 'utf8');
const ZOOM = source('node_modules/d3-zoom/dist/d3-zoom.mjs');
const CONTROLLER = source('src/element/zoom-controller.ts');

/** The names d3-selection's own prototype object gives a selection. */
const ALL_SELECTION_METHODS = [
  ...source('node_modules/d3-selection/dist/d3-selection.mjs')
    .match(/^Selection\.prototype = selection\.prototype = \{\n([\s\S]*?)\n\};$/m)[1]
    .matchAll(/^\s*(\w+):/gm),
].map((match) => match[1]);
/** The methods d3-zoom's own behaviour has. */
const ALL_ZOOM_METHODS = [...ZOOM.matchAll(/^ {2}zoom\.(\w+) = function/gm)].map((match) => match[1]);

/** `code` bundled as the bundle build does, with or without the plugin. */
async function bundled(code, plugins) {
  const result = await build({ stdin: { contents: code, resolveDir: ROOT }, bundle: true, minify: true, format: 'esm', write: false, plugins });
  const text = result.outputFiles[0].text;
  return { text, module: await import(`data:text/javascript,${encodeURIComponent(text)}`) };
}

/** The methods `path`'s code calls: every `.name(`, a wide net (array and function methods too). */
function called(code) {
  return new Set([...code.matchAll(/\.(\w+)\(/g)].map((match) => match[1]));
}

test('a selection keeps the listed methods and no other', async () => {
  const code = `export { selection } from 'd3-selection';`;
  const [plain, lean] = [await bundled(code, []), await bundled(code, [d3Methods])];
  assert.ok(ALL_SELECTION_METHODS.length > 30, `d3-selection's prototype names ${ALL_SELECTION_METHODS.length} methods`);
  assert.deepEqual(Object.keys(lean.module.selection.prototype).sort(), ['constructor', ...SELECTION_METHODS].sort());
  assert.deepEqual(Object.keys(plain.module.selection.prototype).sort(), [...ALL_SELECTION_METHODS].sort());
  assert.ok(lean.text.length < plain.text.length * 0.6, `${lean.text.length} B minified, against ${plain.text.length} B without the plugin`);
});

test('the zoom behaviour keeps the listed methods and no other', async () => {
  const code = `import { zoom } from 'd3-zoom'; export const methods = Object.keys(zoom()).filter((key) => typeof zoom()[key] === 'function');`;
  const [plain, lean] = [await bundled(code, []), await bundled(code, [d3Methods])];
  assert.ok(ALL_ZOOM_METHODS.length > 15, `d3-zoom's behaviour has ${ALL_ZOOM_METHODS.length} methods`);
  assert.deepEqual([...lean.module.methods].sort(), [...ZOOM_METHODS].sort());
  assert.deepEqual([...plain.module.methods].sort(), [...ALL_ZOOM_METHODS].sort());
});

test('every selection method d3-zoom, d3-drag and the element call is kept', () => {
  // d3-transition's methods: the stub adds interrupt; transition only runs for a double-click zoom, which the element turns off.
  const elsewhere = new Set(['interrupt', 'transition']);
  for (const [path, code] of [['d3-zoom', ZOOM], ['d3-drag', source('node_modules/d3-drag/dist/d3-drag.mjs')], ['zoom-controller.ts', CONTROLLER]]) {
    const calls = called(code);
    const missing = ALL_SELECTION_METHODS.filter((name) => calls.has(name) && !SELECTION_METHODS.includes(name) && !elsewhere.has(name));
    assert.deepEqual(missing, [], `${path} calls selection methods the bundle leaves out`);
  }
});

test('every method of the zoom behaviour the element and d3-zoom itself call is kept', () => {
  const missing = ALL_ZOOM_METHODS.filter((name) => called(CONTROLLER).has(name) && !ZOOM_METHODS.includes(name));
  assert.deepEqual(missing, [], 'zoom-controller.ts calls behaviour methods the bundle leaves out');
  // What is left of d3-zoom once the others are gone calls only kept ones on itself.
  const left = ZOOM.replace(/^ {2}zoom\.(\w+) = function[\s\S]*?^ {2}};\n/gm, (method, name) => (ZOOM_METHODS.includes(name) ? method : ''));
  const selfCalls = [...left.matchAll(/\bzoom\.(\w+)\b/g)].map((match) => match[1]);
  assert.ok(selfCalls.includes('transform'), 'translateBy and a double-click call zoom.transform');
  assert.deepEqual(selfCalls.filter((name) => !ZOOM_METHODS.includes(name)), []);
});

test('only d3-drag’s dragDisable and dragEnable are used, so its drag event may be left out', async () => {
  assert.match(ZOOM, /^import \{ dragDisable, dragEnable \} from 'd3-drag';$/m);
  const ours = readdirSync(resolve(ROOT, 'src'), { recursive: true }).filter((file) => file.endsWith('.ts'));
  assert.deepEqual(ours.filter((file) => source(`src/${file}`).includes('d3-drag')), [], 'no module of ours imports d3-drag');
  const code = `export { dragDisable, dragEnable } from 'd3-drag';`;
  const [plain, lean] = [await bundled(code, []), await bundled(code, [d3Methods])];
  assert.match(plain.text, /defineProperties/);
  assert.doesNotMatch(lean.text, /defineProperties/);
});

test('d3-zoom’s double-click zoom and its transition are left out, all or none', async () => {
  assert.match(CONTROLLER, /\.on\('dblclick\.zoom', null\)/, 'the element turns the double-click zoom off');
  assert.ok(!called(CONTROLLER).has('transition'), 'the element never hands d3-zoom a transition');
  const code = `export { zoom } from 'd3-zoom';`;
  const [plain, lean] = [await bundled(code, []), await bundled(code, [d3Methods])];
  for (const kept of [plain.text, lean.text]) assert.match(kept, /"dblclick\.zoom"\)/, 'a double tap still asks for a listener');
  assert.match(plain.text, /"dblclick\.zoom",/);
  assert.match(plain.text, /\.tween\("zoom"/);
  assert.doesNotMatch(lean.text, /"dblclick\.zoom",/);
  assert.doesNotMatch(lean.text, /\.tween\("zoom"/);
  // A d3-zoom whose text has changed in one of the four places keeps all four.
  const changed = ZOOM.replace('function schedule(', 'function scheduleTransition(');
  assert.equal(withoutDoubleClickZoom(changed), changed);
});

test('a dispatch keeps the methods d3-zoom calls on its listeners, and no other', async () => {
  const used = new Set([...ZOOM.matchAll(/\blisteners\.(\w+)\b/g)].map((match) => match[1]));
  assert.deepEqual([...used].sort(), [...DISPATCH_METHODS].sort());
  const code = `export { dispatch } from 'd3-dispatch';`;
  const [plain, lean] = [await bundled(code, []), await bundled(code, [d3Methods])];
  assert.deepEqual(Object.keys(plain.module.dispatch.prototype).sort(), ['apply', 'call', 'constructor', 'copy', 'on']);
  assert.deepEqual(Object.keys(lean.module.dispatch.prototype).sort(), ['constructor', ...DISPATCH_METHODS].sort());
});

test('d3-zoom’s defaults the element replaces before any gesture are left out, all or none', async () => {
  // Set on the behaviour as it is made, in the controller's constructor.
  const made = CONTROLLER.match(/this\.#behavior = zoom<[^>]*>\(\)([\s\S]*?);\n/)[1];
  for (const method of ['touchable', 'wheelDelta', 'filter']) assert.match(made, new RegExp(`\\.${method}\\(`), method);
  // The extent is set by the first #syncLimits, before the behaviour is bound: its limits start
  // unequal to any the element reads, so that sync always reaches `.extent(`.
  assert.match(CONTROLLER, /#limits: ZoomLimits = \{[^}]*: NaN \}/);
  const bind = CONTROLLER.match(/hostUpdated\(\): void \{([\s\S]*?)\n {2}\}/)[1];
  assert.ok(bind.indexOf('this.#syncLimits();') < bind.indexOf('.call(this.#behavior)'));
  assert.match(CONTROLLER.match(/#syncLimits\(\): void \{([\s\S]*?)\n {2}\}/)[1], /\.extent\(/);
  const code = `export { zoom } from 'd3-zoom';`;
  const [plain, lean] = [await bundled(code, []), await bundled(code, [d3Methods])];
  for (const body of ['maxTouchPoints', 'deltaMode', '.button', 'viewBox']) {
    assert.ok(plain.text.includes(body), body);
    assert.ok(!lean.text.includes(body), body);
  }
  const changed = ZOOM.replace('function defaultTouchable(', 'function defaultTouchables(');
  assert.equal(withoutReplacedDefaults(changed), changed);
});
