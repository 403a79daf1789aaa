// The command-line checker, run as a person runs it: `node bin/news-timeline.mjs …` on Node,
// no browser. Needs dist/ (npm test builds it first). Files come from the project's fixtures;
// URLs from a local server on 127.0.0.1 that this test starts and stops.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = 'bin/news-timeline.mjs';

/** Runs the checker in the project folder; resolves with its exit code and output. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr, lines: stdout.trim().split('\n') });
    });
  });
}

function assertNoStackTrace({ stdout, stderr }) {
  assert.doesNotMatch(stdout + stderr, /^\s+at /m, 'no stack trace');
}

describe('news-timeline check', () => {
  it('passes a valid story with exit 0 and a one-line summary', async () => {
    const result = await run('check', 'data/north-korea-talks.json');
    assert.equal(result.code, 0);
    assert.deepEqual(result.lines, ['data/north-korea-talks.json: 12 events, 0 skipped, 0 warnings (news-timeline JSON)']);
  });

  it('reads a TimelineJS sheet exported as CSV; problems that skip nothing are warnings (exit 0)', async () => {
    const file = 'test/fixtures/timelinejs/women-in-computing.csv';
    const result = await run('check', file);
    assert.equal(result.code, 0);
    assert.deepEqual(result.lines, [
      `${file}:row 3, column "Text": 2 links in this text are shown as plain text; their addresses are not kept`,
      `${file}:row 3, column "Media Caption": a link in this text is shown as plain text; its address is not kept`,
      `${file}:row 3, column "Alt Text": is missing; describe what the picture shows for readers who cannot see it (its caption stands in)`,
      `${file}:row 4, column "Media": embedded HTML (a quote or an embed code) is not shown; media left out`,
      `${file}:row 5, column "Media Credit": a link in this text is shown as plain text; its address is not kept`,
      `${file}:row 10, column "Alt Text": is missing; describe what the picture shows for readers who cannot see it (its caption stands in)`,
      `${file}: 10 events, 0 skipped, 6 warnings (CSV spreadsheet)`,
    ]);
  });

  it('names the sheet’s row and column of a skipped row, and exits 1', async () => {
    const file = 'test/fixtures/data/bad-year.csv';
    const result = await run('check', file);
    assert.equal(result.code, 1);
    assert.deepEqual(result.lines, [
      `${file}:row 3, column "Year": "19x9" is not a year; row skipped`,
      `${file}: 2 events, 1 skipped, 1 error, 0 warnings (CSV spreadsheet)`,
    ]);
  });

  it('reads a sheet saved in Windows-1252 (Excel for Windows’ "CSV") with its accents, dashes and quotes', async () => {
    const result = await run('convert', 'test/fixtures/data/windows-1252.csv');
    assert.equal(result.code, 0);
    const [event] = JSON.parse(result.stdout).events;
    assert.equal(event.title, 'Café talks');
    assert.equal(event.summary, 'Crème – naïve “quoted” € 5');
  });

  it('names the line and column of a JSON syntax error', async () => {
    const file = 'test/fixtures/data/syntax-error.json';
    const result = await run('check', file);
    assert.equal(result.code, 1);
    assert.equal(result.lines[0], `${file}:line 4, column 51: not valid JSON: a comma before "}" is not allowed in JSON`);
    assert.match(result.lines[1], /^test\/fixtures\/data\/syntax-error\.json: cannot be used/);
  });

  it('reads TimelineJS JSON, with JSON paths, and checks several files in one run', async () => {
    const result = await run('check', 'data/north-korea-talks.json', 'test/fixtures/timelinejs/mark-twain.json');
    assert.equal(result.code, 1, 'mark-twain.json has slides that are skipped');
    assert.ok(result.lines.includes('test/fixtures/timelinejs/mark-twain.json:events[0].text.headline: the event has no headline (text.headline) and no display date to use as its title; event skipped'));
    assert.match(result.lines.at(-1), /^test\/fixtures\/timelinejs\/mark-twain\.json: 13 events, 4 skipped, .*\(TimelineJS JSON\)$/);
  });

  it('--format overrides detection', async () => {
    const result = await run('check', '--format', 'csv', 'data/north-korea-talks.json');
    assert.equal(result.code, 1);
    assert.match(result.stdout, /not a timeline sheet/);
  });

  it('--json prints the same for machines', async () => {
    const result = await run('check', '--json', 'test/fixtures/data/bad-year.csv');
    assert.equal(result.code, 1);
    assert.deepEqual(JSON.parse(result.stdout), [
      {
        file: 'test/fixtures/data/bad-year.csv',
        format: 'csv',
        usable: true,
        events: 2,
        skipped: 1,
        problems: [{ path: 'row 3, column "Year"', message: '"19x9" is not a year; row skipped', skipped: 'row', severity: 'error' }],
      },
    ]);
  });

  it('a missing file, a folder, a file that is not a timeline: one clear line each, exit 1, no stack trace', async () => {
    const missing = await run('check', 'no-such-story.json');
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim(), 'no-such-story.json: no such file');
    assertNoStackTrace(missing);
    const folder = await run('check', 'data');
    assert.equal(folder.code, 1);
    assert.equal(folder.stderr.trim(), 'data: is a folder, not a file');
    const notTimeline = await run('check', 'package.json');
    assert.equal(notTimeline.code, 1);
    assert.match(notTimeline.lines.at(-1), /^package\.json: cannot be used \(news-timeline JSON\): The timeline needs an "events" list/);
    assertNoStackTrace(notTimeline);
  });

  it('usage errors exit 2', async () => {
    for (const args of [[], ['frobnicate', 'x.json'], ['check'], ['check', '--format', 'xml', 'a.json'], ['check', '--nope', 'a.json'], ['convert', 'a.json', 'b.json']]) {
      const result = await run(...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /news-timeline|Usage/, args.join(' '));
      assertNoStackTrace(result);
    }
    assert.equal((await run('--help')).code, 0);
  });
});

describe('news-timeline convert', () => {
  it('writes a sheet as our JSON, with $schema, to stdout and its problems to stderr', async () => {
    const result = await run('convert', 'test/fixtures/data/bad-year.csv');
    assert.equal(result.code, 1, 'a row was skipped');
    const document = JSON.parse(result.stdout);
    assert.equal(document.$schema, 'https://unpkg.com/news-timeline/data/timeline.schema.json');
    assert.deepEqual(document.events, [
      { id: 'summit', title: 'Summit', start: '2018-06', quotes: [{ text: 'We met', speaker: 'Kim', kind: 'direct' }] },
      { id: 'hanoi', title: 'Hanoi', start: '2019-02' },
    ]);
    assert.equal(result.stderr.trim(), 'test/fixtures/data/bad-year.csv:row 3, column "Year": "19x9" is not a year; row skipped');
  });

  it('converts a TimelineJS document that loses nothing with exit 0', async () => {
    const result = await run('convert', 'test/fixtures/timelinejs/women-in-computing.json');
    const document = JSON.parse(result.stdout);
    assert.equal(document.title, 'Women in Computing');
    assert.equal(document.events.length, 10);
  });
});

describe('URLs', () => {
  let server;
  let base;
  const STORY = readFileSync(new URL('../../data/north-korea-talks.json', import.meta.url), 'utf8');
  const SHEET = readFileSync(new URL('../fixtures/data/bad-year.csv', import.meta.url), 'utf8');

  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/story.json') response.writeHead(200, { 'Content-Type': 'application/json' }).end(STORY);
      else if (request.url === '/sheet') response.writeHead(200, { 'Content-Type': 'text/csv' }).end(SHEET);
      else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  it('checks JSON and a text/csv answer fetched over HTTP', async () => {
    const story = await run('check', `${base}/story.json`);
    assert.equal(story.code, 0);
    assert.deepEqual(story.lines, [`${base}/story.json: 12 events, 0 skipped, 0 warnings (news-timeline JSON)`]);
    const sheet = await run('check', `${base}/sheet`);
    assert.equal(sheet.code, 1);
    assert.equal(sheet.lines[0], `${base}/sheet:row 3, column "Year": "19x9" is not a year; row skipped`);
  });

  it('a URL that fails: one line naming it, exit 1', async () => {
    const result = await run('check', `${base}/gone.json`);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim(), `${base}/gone.json: The timeline data at ${base}/gone.json could not be loaded (HTTP 404).`);
    assertNoStackTrace(result);
  });
});
