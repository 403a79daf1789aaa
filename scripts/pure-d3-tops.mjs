// An esbuild plugin for the bundle build (scripts/build.mjs), tested in test/node/pure-d3-tops.test.mjs.
import { readFileSync } from 'node:fs';

/**
 * d3-array and d3-time build their exports at the top of one module each: `utcTicks` by a call,
 * `bisectRight` by reading a property of another, the local-time intervals and image blurs by
 * calls nobody here makes. esbuild keeps every top-level call and property read it cannot prove
 * pure, so importing `utcTicks` kept all of d3-time's local-time intervals and d3-array's blurs.
 * Each top-level `const` (or `var`) of these two modules is marked pure: a call in place, and a
 * property read or destructuring run by a pure arrow function (same value, at the same moment);
 * what nothing uses is then left out. Their top-level code has no side effects to keep: it only
 * builds functions from functions. A module whose text no longer matches is bundled whole.
 */
export const pureD3Tops = {
  name: 'pure-d3-tops',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]d3-(array|time)[\\/]dist[\\/]d3-(array|time)\.mjs$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8')
        // const [a, b] = f(…);  →  the pair by a pure call, each name by a pure read of it.
        .replace(/^const \[(\w+), (\w+)\] = (\w+\([^;\n]*\));$/gm, (_, a, b, call) =>
          `const ${a}$${b} = /* @__PURE__ */ ${call}, ${a} = /* @__PURE__ */ (() => ${a}$${b}[0])(), ${b} = /* @__PURE__ */ (() => ${a}$${b}[1])();`)
        // const a = b.c; or const a = f(x).c;  →  a pure arrow reads it.
        .replace(/^((?:const|var) \w+ = )([\w.]+(?:\([\w.]*\))?\.\w+);$/gm, '$1/* @__PURE__ */ (() => $2)();')
        // const a = f(…  (one line or many)  →  a pure call.
        .replace(/^((?:const|var) \w+ = )(?=(?:new )?\w+\()/gm, '$1/* @__PURE__ */ ');
      return { contents, loader: 'js' };
    });
  },
};
