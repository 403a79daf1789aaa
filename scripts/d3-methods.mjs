// An esbuild plugin for the bundle build (scripts/build.mjs), tested in test/node/d3-methods.test.mjs.
import { readFileSync } from 'node:fs';

/**
 * The selection methods the bundle calls: d3-zoom's and d3-drag's (call, datum, each, filter, on,
 * property, selection, style), the element's own (src/element/zoom-controller.ts: call, on), and
 * `node`, which those call inside d3-selection. `interrupt` is d3-transition's, added by
 * src/element/d3-transition-stub.ts; d3-zoom calls `transition` only for a double-click zoom,
 * which the element turns off and the bundle leaves out (`withoutDoubleClickZoom`).
 */
export const SELECTION_METHODS = ['call', 'datum', 'each', 'filter', 'node', 'on', 'property', 'selection', 'style'];

/** The methods of a dispatch (d3-dispatch) d3-zoom calls on its listeners. */
export const DISPATCH_METHODS = ['on', 'call'];

/** The zoom behaviour's methods the element calls (src/element/zoom-controller.ts). */
export const ZOOM_METHODS = ['extent', 'filter', 'on', 'scaleExtent', 'touchable', 'transform', 'translateBy', 'translateExtent', 'wheelDelta'];

/**
 * d3 names every method of a selection in one prototype object, and every method of the zoom
 * behaviour in one function, so a bundle that imports `select` and `zoom` kept all 35 selection
 * methods (data joins, attr, append, html, sort…) and all 18 of the behaviour's (scaleTo,
 * translateTo, duration…), though the bundle calls nine of each: some 9 KB minified. The
 * bundle's copy of d3-selection names the listed methods alone (and the constructor), its copy
 * of d3-zoom defines the listed methods alone, and what nothing names is then left out; so
 * too d3-dispatch's methods d3-zoom does not call. A module whose text no longer matches is
 * bundled whole.
 */
export const d3Methods = {
  name: 'd3-methods',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]d3-selection[\\/]dist[\\/]d3-selection\.mjs$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(
        /^(Selection\.prototype = selection\.prototype = \{\n)([\s\S]*?)(\n\};)$/m,
        (_, open, methods, close) => open + methods.split('\n').filter(namesKeptMethod).join('\n') + close,
      ),
      loader: 'js',
    }));
    // d3-zoom takes only dragDisable and dragEnable from d3-drag; its drag behaviour's event gets a
    // method at the module's top, which kept the event's code: that assignment is marked pure.
    build.onLoad({ filter: /[\\/]node_modules[\\/]d3-drag[\\/]dist[\\/]d3-drag\.mjs$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(
        /^DragEvent\.prototype\.on = (function\(\) \{[\s\S]*?\n\});$/m,
        '/* @__PURE__ */ (() => { DragEvent.prototype.on = $1; })();',
      ),
      loader: 'js',
    }));
    // d3-zoom calls its listeners' on and call; copy and apply served d3-drag's event and d3-transition.
    build.onLoad({ filter: /[\\/]node_modules[\\/]d3-dispatch[\\/]dist[\\/]d3-dispatch\.mjs$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/^ {2}(\w+): function\([^)]*\) \{\n[\s\S]*?^ {2}\},?\n/gm, (method, name) =>
        DISPATCH_METHODS.includes(name) ? method : '',
      ),
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]node_modules[\\/]d3-zoom[\\/]dist[\\/]d3-zoom\.mjs$/ }, (args) => ({
      contents: withoutReplacedDefaults(withoutDoubleClickZoom(
        readFileSync(args.path, 'utf8').replace(/^ {2}zoom\.(\w+) = function[\s\S]*?^ {2}};\n/gm, (method, name) =>
          ZOOM_METHODS.includes(name) ? method : '',
        ),
      )),
      loader: 'js',
    }));
  },
};

/**
 * d3-zoom's double-click zoom, which the element turns off, and the transition it runs (the one
 * use of `schedule`; the element animates with its own frames): its listener, both functions, and
 * `zoom.transform`'s branch for a transition. All four go, or, if one no longer matches, none.
 */
const DOUBLE_CLICK_ZOOM = [
  /\n {8}\.on\("dblclick\.zoom", dblclicked\)/,
  /^ {2}function dblclicked\([\s\S]*?^ {2}}\n/m,
  /^ {2}function schedule\([\s\S]*?^ {2}}\n/m,
  /^ {6}schedule\(collection, transform, point, event\);$/m,
].map((pattern) => [pattern, '']);

export function withoutDoubleClickZoom(code) {
  return replacedAll(code, DOUBLE_CLICK_ZOOM);
}

/**
 * d3-zoom's defaults the element replaces before any gesture (src/element/zoom-controller.ts:
 * filter, wheelDelta and touchable as it makes the behaviour, extent before it binds it): each
 * default's function goes, and its variable starts undefined. All eight places, or none.
 */
const DEFAULTS_REPLACED = ['Filter', 'WheelDelta', 'Touchable', 'Extent'].flatMap((name) => [
  [new RegExp(`^function default${name}\\([^)]*\\) \\{\\n[\\s\\S]*?^\\}\\n`, 'm'), ''],
  [new RegExp(`(?<= = )default${name}(?=,)`), 'undefined'],
]);

export function withoutReplacedDefaults(code) {
  return replacedAll(code, DEFAULTS_REPLACED);
}

/** `code` with each `[pattern, replacement]` applied, or as it is if one pattern does not match. */
function replacedAll(code, replacements) {
  if (!replacements.every(([pattern]) => pattern.test(code))) return code;
  return replacements.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), code);
}

/** Whether a line of the selection prototype object (`  name: selection_name,`) names a kept method. */
function namesKeptMethod(line) {
  const name = /^\s*(\w+):/.exec(line)?.[1];
  return name === 'constructor' || SELECTION_METHODS.includes(name);
}
