// What the dev server and the test runner need to serve the React example (demo/react/):
// - its TSX, compiled with React's automatic JSX runtime (demo/react/tsconfig.json);
// - React itself, which npm ships as CommonJS only. Browsers load ES modules, and Rollup's
//   CommonJS plugin gives no named exports when files are served one by one (modernweb-dev/web
//   issue 2386), so `import { useState } from 'react'` would fail. Instead React is bundled
//   once, on the first request, by esbuild (already used for the build) into one ES module, and
//   each entry point (`react`, `react/jsx-runtime`, `react-dom`, `react-dom/client`) is served
//   as a small module re-exporting its part with named exports. One bundle means one copy of
//   React, which hooks need.
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** The React entry points the example and its test import, and the file each is served as. */
const ENTRIES = {
  react: 'react.js',
  'react/jsx-runtime': 'react-jsx-runtime.js',
  'react/jsx-dev-runtime': 'react-jsx-dev-runtime.js',
  'react-dom': 'react-dom.js',
  'react-dom/client': 'react-dom-client.js',
};
const PREFIX = '/__react/';
const ALL = `${PREFIX}all.js`;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const binding = (specifier) => specifier.replace(/\W/g, '_');

/** The export names of each entry point, as Node sees them with NODE_ENV set to `mode`. */
function exportNames(mode) {
  const require = createRequire(import.meta.url);
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = mode;
  try {
    return Object.fromEntries(
      Object.keys(ENTRIES).map((specifier) => [
        specifier,
        Object.keys(require(specifier)).filter((name) => name !== 'default' && IDENTIFIER.test(name)),
      ]),
    );
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

async function bundleReact(mode) {
  const specifiers = Object.keys(ENTRIES);
  const result = await build({
    stdin: {
      contents:
        specifiers.map((s) => `import ${binding(s)} from ${JSON.stringify(s)};`).join('\n') +
        `\nexport { ${specifiers.map(binding).join(', ')} };`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: mode === 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    logLevel: 'warning',
  });
  const files = new Map([[ALL, result.outputFiles[0].text]]);
  const names = exportNames(mode);
  for (const [specifier, file] of Object.entries(ENTRIES)) {
    const local = binding(specifier);
    files.set(
      `${PREFIX}${file}`,
      `import { ${local} } from ${JSON.stringify(ALL)};\n` +
        `export default ${local};\n` +
        (names[specifier].length ? `export const { ${names[specifier].join(', ')} } = ${local};\n` : ''),
    );
  }
  return files;
}

/** Serves React's entry points as ES modules (see above). `mode`: 'production' or 'development'. */
function reactAsEsModules(mode) {
  let files;
  return {
    name: 'react-as-es-modules',
    resolveImport({ source }) {
      const file = ENTRIES[source];
      return file ? `${PREFIX}${file}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundleReact(mode);
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

export function reactPlugins(mode) {
  return [esbuildPlugin({ tsx: true, tsconfig: 'demo/react/tsconfig.json' }), reactAsEsModules(mode)];
}
