// The bundle build takes the indentation out of Lit's html and svg templates (scripts/compact-templates.mjs):
// only theirs, in every template of a nest, and nothing in other templates, strings or comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compactLitTemplates } from '../../scripts/compact-templates.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

test('html and svg templates have each line break and the spaces around it as one space, at every depth', () => {
  const source = [
    'const view = html`<div class="a">',
    '    ${items.map((item) => svg`<g>',
    '        <text>${item}</text>',
    '      </g>`)}',
    '    <p',
    '      class=${x}>Text</p>',
    '  </div>`;',
  ].join('\n');
  assert.equal(
    compactLitTemplates(source),
    'const view = html`<div class="a"> ${items.map((item) => svg`<g> <text>${item}</text> </g>`)} <p class=${x}>Text</p> </div>`;',
  );
});

test('other templates, strings, comments and the code between keep their spaces', () => {
  const source = [
    'const style = css`',
    '  .a { color: red; }`;',
    'const plain = `line one',
    '  line two`;',
    '/* a comment',
    '   that goes on */',
    'const view = html`<p>${fn(`keep',
    '   this`, {',
    '    a: 1,',
    '  })}</p>`;',
  ].join('\n');
  assert.equal(compactLitTemplates(source), source);
});

test('the bundle’s templates hold no line break beside a tag', () => {
  const bundle = readFileSync(resolve(ROOT, 'dist/news-timeline.bundle.js'), 'utf8');
  assert.doesNotMatch(bundle, />\n|\n\s*</);
});
