// An esbuild plugin for the bundle build (scripts/build.mjs), tested in test/node/d3-selection-methods.test.mjs.
import { readFileSync } from 'node:fs';

/**
 * The selection methods the bundle calls: d3-zoom's and d3-drag's (call, datum, each, filter, on,
 * property, selection, style), the element's own (src/element/zoom-controller.ts: call, on), and
 * `node`, which those call inside d3-selection. `interrupt` is d3-transition's, added by
 * src/element/d3-transition-stub.ts; d3-zoom calls `transition` only for a double-click zoom,
 * which the element turns off.
 */
export const SELECTION_METHODS = ['call', 'datum', 'each', 'filter', 'node', 'on', 'property', 'selection', 'style'];

/**
 * d3-selection names every method of a selection in one prototype object, so a bundle that
 * imports `select` kept all 35 of them (data joins, attr, append, html, sort…) though d3-zoom
 * calls eight: some 8 KB minified. The bundle's copy of that object names SELECTION_METHODS
 * alone (and the constructor), and the methods nothing names are then left out. A module whose
 * text no longer matches is bundled whole.
 */
export const d3SelectionMethods = {
  name: 'd3-selection-methods',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]d3-selection[\\/]dist[\\/]d3-selection\.mjs$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8').replace(
        /^(Selection\.prototype = selection\.prototype = \{\n)([\s\S]*?)(\n\};)$/m,
        (_, open, methods, close) => open + methods.split('\n').filter(kept).join('\n') + close,
      );
      return { contents, loader: 'js' };
    });
  },
};

/** Whether a line of the prototype object (`  name: selection_name,`) names a kept method. */
function kept(line) {
  const name = /^\s*(\w+):/.exec(line)?.[1];
  return name === 'constructor' || SELECTION_METHODS.includes(name);
}
