// The bundle build marks d3-array's and d3-time's top-level code pure (scripts/pure-d3-tops.mjs),
// so what the element does not use is left out. Built both ways, the functions the element uses
// must give the same ticks and the same interval arithmetic, and the local-time code must be gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { pureD3Tops } from '../../scripts/pure-d3-tops.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const USED = ['utcTickInterval', 'utcTicks', 'utcYear', 'utcMonth', 'utcDay', 'utcHour', 'utcMinute', 'utcSecond'];

/** d3-time's used exports bundled and minified as the bundle build does, with or without the plugin. */
async function bundled(plugins) {
  const result = await build({
    stdin: { contents: `export { ${USED.join(', ')} } from 'd3-time';`, resolveDir: ROOT },
    bundle: true,
    minify: true,
    format: 'esm',
    conditions: ['production'],
    write: false,
    plugins,
  });
  const text = result.outputFiles[0].text;
  return { text, module: await import(`data:text/javascript,${encodeURIComponent(text)}`) };
}

const plain = await bundled([]);
const pure = await bundled([pureD3Tops]);

const YEAR = 365.25 * 86_400_000;
/** Spans from seconds to millennia, starting at odd moments, some before year 0 and some BC. */
const SPANS = [1_000, 45_000, 3_600_000, 86_400_000, 20 * 86_400_000, 200 * 86_400_000, 3 * YEAR, 40 * YEAR, 900 * YEAR, 12_000 * YEAR];
const STARTS = [Date.UTC(2019, 1, 27, 9, 13, 7, 250), Date.UTC(2003, 11, 19), Date.UTC(-43, 2, 15), -62_198_755_200_000];

test('the plugin leaves out what the element does not use: the local-time intervals', () => {
  assert.match(plain.text, /getTimezoneOffset/);
  assert.doesNotMatch(pure.text, /getTimezoneOffset/);
  assert.ok(pure.text.length < plain.text.length * 0.8, `${pure.text.length} B minified, against ${plain.text.length} B without the plugin`);
});

test('with the plugin, d3-time gives the element the same ticks at every span', () => {
  for (const start of STARTS) {
    for (const span of SPANS) {
      for (const count of [2, 5, 10, 24]) {
        const [from, to] = [new Date(start), new Date(start + span)];
        const ticks = (module) => module.utcTicks(from, to, count).map(Number);
        const stepped = (module) => module.utcTickInterval(from, to, count)?.range(from, to).map(Number);
        assert.deepEqual(ticks(pure.module), ticks(plain.module), `utcTicks from ${from.toISOString()} over ${span} ms, ${count}`);
        assert.deepEqual(stepped(pure.module), stepped(plain.module), `utcTickInterval from ${from.toISOString()} over ${span} ms, ${count}`);
      }
    }
  }
});

/** Each interval's length, roughly: its ranges below run over some sixty of them. */
const STEPS = { utcYear: YEAR, utcMonth: 31 * 86_400_000, utcDay: 86_400_000, utcHour: 3_600_000, utcMinute: 60_000, utcSecond: 1_000 };

test('with the plugin, each interval floors, rounds up, steps and counts as before', () => {
  for (const [name, step] of Object.entries(STEPS)) {
    const [a, b] = [pure.module[name], plain.module[name]];
    for (const start of STARTS) {
      const [date, later] = [new Date(start), new Date(start + 60 * step)];
      assert.equal(+a.floor(date), +b.floor(date), `${name}.floor`);
      assert.equal(+a.ceil(date), +b.ceil(date), `${name}.ceil`);
      assert.equal(+a.offset(date, 7), +b.offset(date, 7), `${name}.offset`);
      assert.equal(a.count(date, later), b.count(date, later), `${name}.count`);
      assert.deepEqual(a.every(5).range(date, later).map(Number), b.every(5).range(date, later).map(Number), `${name}.every(5)`);
    }
  }
});
