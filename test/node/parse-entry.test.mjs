// `news-timeline/parse` as a Node script uses it: no DOM, no element registered, the same
// problems with the same paths as the element reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const story = await readFile(new URL('../../data/north-korea-talks.json', import.meta.url), 'utf8');

test('loads in Node without a DOM and without registering the element', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const parse = await import('news-timeline/parse');
  assert.equal(typeof parse.checkText, 'function');
  assert.equal(typeof parse.parseTimeline, 'function');
  assert.equal(typeof globalThis.customElements, 'undefined', 'nothing tried to register an element');
});

test('checks a story as the element reads it: every event, no problems', async () => {
  const { checkText } = await import('news-timeline/parse');
  const report = await checkText(story);
  const expected = JSON.parse(story).events.length;
  assert.equal(report.usable, true);
  assert.equal(report.events, expected);
  assert.deepEqual(report.problems, []);
});

test('names the path of a broken event and keeps the others', async () => {
  const { checkText, formatProblem, parseTimeline } = await import('news-timeline/parse');
  const document = JSON.parse(story);
  document.events[1].start = 'June 2018x';
  const report = await checkText(JSON.stringify(document));
  assert.equal(report.events, document.events.length - 1);
  assert.equal(report.skipped, 1);
  assert.equal(report.problems[0].skipped, 'event');
  assert.match(formatProblem(report.problems[0]), /^events\[1\]\.start: "June 2018x" is not a date/);
  assert.equal(parseTimeline(document).timeline.events.length, document.events.length - 1);
});

test('reads a spreadsheet through the same importer as the element', async () => {
  const { checkText } = await import('news-timeline/parse');
  const csv = 'Year,Month,Day,Headline\n2018,6,12,Singapore summit\n2019,2,27,Hanoi summit\n';
  const report = await checkText(csv);
  assert.equal(report.format, 'csv');
  assert.equal(report.events, 2);
});

test('names the TimelineJS document’s own paths for what the parser finds (end_date, not end), past skipped events', async () => {
  const { checkText } = await import('news-timeline/parse');
  const document = {
    eras: [{ start_date: { year: 2001 }, end_date: { year: 2000 }, text: { headline: 'Backwards era' } }],
    events: [
      { start_date: { year: 'x' }, text: { headline: 'Skipped' } },
      { start_date: { year: 2005 }, text: { headline: 'Kept' } },
      { start_date: { year: 2010 }, end_date: { year: 2009 }, text: { headline: 'Ends before it starts' } },
    ],
  };
  const report = await checkText(JSON.stringify(document));
  assert.equal(report.format, 'timelinejs');
  const paths = report.problems.map((problem) => problem.path);
  assert.ok(paths.includes('events[2].end_date'), paths.join(', '));
  assert.ok(paths.includes('eras[0].end_date'), paths.join(', '));
  assert.ok(!paths.some((path) => /\.end$/.test(path)), paths.join(', '));
});
