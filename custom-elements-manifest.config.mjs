// `npm run manifest`: writes custom-elements.json (the Custom Elements Manifest) from the JSDoc and
// Lit decorators in src/. `node scripts/check-manifest.mjs` (part of `npm test`) fails when the
// checked-in file differs from what this config makes now.
//
// The analyzer's Lit plugin reads the @property/@state decorators; three small plugins below make
// the manifest describe the published package:
// - registration: the element is registered by `defineNewsTimeline()` in src/define.ts, with the
//   tag as a default parameter, which the analyzer cannot see (it looks for a literal
//   `customElements.define('tag', Class)`). This reads the default tag and the class from that
//   function and records the tag name and a custom-element-definition export.
// - public API only: private and protected members are implementation, not API; they are left out.
// - defaults by value: a member whose default is a named constant (`timeout = DEFAULT_TIMEOUT_MS`)
//   gets the constant's value (15000), which is what a reader of the manifest wants to know.
// - dist paths and a stable order: module paths point at the built files in the package
//   (dist/*.js), not at src/*.ts, which is not published; modules are sorted by path so the file
//   is the same whatever order the file system lists them in.

const DEFINE_MODULE = 'src/define.ts';
const DEFINE_FUNCTION = 'defineNewsTimeline';

/** The default tag and the base class of `defineNewsTimeline(tag = '…') { …define(tag, class extends X {}) }`. */
function registrationPlugin() {
  let found;
  return {
    name: 'news-timeline-registration',
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path !== DEFINE_MODULE || !ts.isFunctionDeclaration(node) || node.name?.text !== DEFINE_FUNCTION) return;
      const tagParameter = node.parameters[0];
      const tag = tagParameter?.initializer && ts.isStringLiteral(tagParameter.initializer) ? tagParameter.initializer.text : undefined;
      let baseClass;
      const visit = (child) => {
        if (ts.isClassExpression(child)) {
          const heritage = child.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
          const expression = heritage?.types[0]?.expression;
          if (expression && ts.isIdentifier(expression)) baseClass = expression.text;
        }
        ts.forEachChild(child, visit);
      };
      visit(node);
      if (!tag || !baseClass) {
        throw new Error(`${DEFINE_MODULE}: ${DEFINE_FUNCTION}() no longer has a default tag and a "class extends X" to read`);
      }
      found = { tag, baseClass };
    },
    packageLinkPhase({ customElementsManifest }) {
      if (!found) throw new Error(`${DEFINE_MODULE}: ${DEFINE_FUNCTION}() not found`);
      const owner = customElementsManifest.modules.find((mod) =>
        mod.declarations?.some((d) => d.kind === 'class' && d.name === found.baseClass),
      );
      const declaration = owner?.declarations.find((d) => d.name === found.baseClass);
      if (!owner || !declaration) throw new Error(`class ${found.baseClass} not found in the manifest`);
      declaration.customElement = true;
      declaration.tagName ??= found.tag;
      const defineModule = customElementsManifest.modules.find((mod) => mod.path === DEFINE_MODULE);
      defineModule.exports ??= [];
      if (!defineModule.exports.some((e) => e.kind === 'custom-element-definition')) {
        defineModule.exports.push({
          kind: 'custom-element-definition',
          name: found.tag,
          declaration: { name: found.baseClass, module: owner.path },
        });
      }
    },
  };
}

function publicApiPlugin() {
  return {
    name: 'news-timeline-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
        }
      }
    },
  };
}

function defaultValuesPlugin() {
  return {
    name: 'news-timeline-default-values',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []);
      const constants = new Map(
        declarations.filter((d) => d.kind === 'variable' && /^[A-Z][A-Z0-9_]*$/.test(d.name) && d.default).map((d) => [d.name, /^[\d_.]+$/.test(d.default) ? d.default.replaceAll('_', '') : d.default]),
      );
      for (const declaration of declarations) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (constants.has(item.default)) item.default = constants.get(item.default);
        }
      }
    },
  };
}

/** src/a/b.ts → dist/a/b.js, wherever a module path appears. */
function distPath(path) {
  return /^src\/.+\.ts$/.test(path) ? path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : path;
}

function distPathsPlugin() {
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = distPath(child);
        else rewrite(child);
      }
    }
  };
  return {
    name: 'news-timeline-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the file ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [registrationPlugin(), publicApiPlugin(), defaultValuesPlugin(), distPathsPlugin()],
};
