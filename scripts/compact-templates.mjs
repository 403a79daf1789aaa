// An esbuild plugin for the bundle build (scripts/build.mjs), tested in test/node/compact-templates.test.mjs.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * Lit's `html` and `svg` templates without their source's line breaks and indentation: in the
 * text between expressions, a line break and the spaces around it become one space. The parser
 * reads the same elements and attributes, and a text node of white space renders as it did
 * (no element the templates draw keeps white space or line breaks: no `pre`, `pre-wrap`,
 * `pre-line` or `break-spaces`).
 * Only those two tags are touched, found by TypeScript's parser; any other template, string
 * or comment stays as written. The source and tsc's modules (npm's) keep the indentation.
 */
export const compactTemplates = {
  name: 'compact-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!/\b(html|svg)`/.test(source)) return undefined;
      return { contents: compactLitTemplates(source, args.path), loader: 'ts' };
    });
  },
};

/** `source` with the indentation of its `html` and `svg` templates' text taken out. */
export function compactLitTemplates(source, fileName = 'source.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const parts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg'].includes(node.tag.text)) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) parts.push(template);
      else parts.push(template.head, ...template.templateSpans.map((span) => span.literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  // From the end, so earlier positions stay true.
  for (const part of parts.sort((a, b) => b.getStart(file) - a.getStart(file))) {
    const start = part.getStart(file);
    const end = part.getEnd();
    out = out.slice(0, start) + out.slice(start, end).replace(/[ \t]*\n[ \t]*/g, ' ') + out.slice(end);
  }
  return out;
}
