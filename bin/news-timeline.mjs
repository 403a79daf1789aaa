#!/usr/bin/env node
// news-timeline check FILE|URL…   and   news-timeline convert FILE|URL
//
// Reads our JSON, TimelineJS JSON or a CSV spreadsheet with the element's own importers and
// parser (the compiled modules in dist/, built by `npm run build` and on install), on Node 20
// with no browser. README "For editors" says how to use it.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage:
  news-timeline check [--format auto|news-timeline|timelinejs|csv] [--json] FILE|URL…
  news-timeline convert [--format …] FILE|URL

check    prints each problem as FILE:PLACE: message and a summary line per file.
         Exit 0: every event was kept (what remains are warnings); 1: an event or row was
         skipped, or a document cannot be used; 2: wrong usage.
convert  writes the document in news-timeline's JSON format to stdout, problems to stderr.
Files ending in .csv, and text that does not open like JSON, are read as spreadsheets.`;

const FORMATS = ['auto', 'news-timeline', 'timelinejs', 'csv'];
const EXIT = { ok: 0, problems: 1, usage: 2 };

/** A failure that ends the run with one line for the person, never a stack trace. */
class Stop extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

function readArguments(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'auto' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new Stop(`${error.message}\n\n${USAGE}`, EXIT.usage);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new Stop(USAGE, EXIT.ok);
  const [command, ...inputs] = positionals;
  if (command !== 'check' && command !== 'convert') {
    const said = command === undefined ? 'no command' : `unknown command "${command}"`;
    throw new Stop(`news-timeline: ${said}\n\n${USAGE}`, EXIT.usage);
  }
  if (!FORMATS.includes(values.format)) {
    throw new Stop(`news-timeline: --format must be one of ${FORMATS.join(', ')}`, EXIT.usage);
  }
  if (inputs.length === 0) throw new Stop(`news-timeline: ${command} needs a FILE or URL\n\n${USAGE}`, EXIT.usage);
  if (command === 'convert' && inputs.length > 1) throw new Stop('news-timeline: convert reads one FILE or URL', EXIT.usage);
  return { command, inputs, format: values.format, json: values.json };
}

async function loadModules() {
  try {
    const [check, source] = await Promise.all([
      import('../dist/check/check-text.js'),
      import('../dist/element/load-source.js'),
    ]);
    return { ...check, ...source };
  } catch {
    throw new Stop('news-timeline: the compiled modules are missing; run `npm run build` in the package first', EXIT.problems);
  }
}

/**
 * Node's TextDecoder reads Windows-1252 as Latin-1, leaving its bytes 0x80–0x9F (€, curly quotes,
 * dashes) as control characters; browsers read them right. Text never means those controls.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function inWindows1252(text) {
  return text.replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80]);
}

/** The input's text, and the format its address or answer says. */
async function readInput(input, format, modules) {
  if (/^https?:\/\//i.test(input)) {
    try {
      const { text, isCsv } = await modules.fetchText(input, new AbortController().signal, modules.DEFAULT_TIMEOUT_MS, format);
      return { text: inWindows1252(text), format: isCsv ? 'csv' : format };
    } catch (error) {
      throw new Stop(`${input}: ${error instanceof modules.LoadError ? error.message : 'could not be read'}`, EXIT.problems);
    }
  }
  let text;
  try {
    text = inWindows1252(modules.decodeText(await readFile(input)));
  } catch (error) {
    const reason =
      { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a folder, not a file' }[error.code] ?? 'cannot be read';
    throw new Stop(`${input}: ${reason}`, EXIT.problems);
  }
  return { text, format: format === 'auto' && /\.[ct]sv$/i.test(input) ? 'csv' : format };
}

function placeLine(input, problem) {
  return problem.path ? `${input}:${problem.path}: ${problem.message}` : `${input}: ${problem.message}`;
}

async function check({ inputs, format, json }, modules) {
  let failed = false;
  const reports = [];
  for (const input of inputs) {
    let report;
    try {
      const read = await readInput(input, format, modules);
      report = await modules.checkText(read.text, read.format);
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      failed = true;
      if (json) reports.push({ file: input, usable: false, error: error.message });
      else console.error(error.message);
      continue;
    }
    if (!report.usable || report.skipped > 0) failed = true;
    if (json) {
      const { format: read, usable, events, skipped, problems } = report;
      reports.push({ file: input, format: read, usable, events, skipped, problems: problems.map(({ syntax: _s, ...p }) => p) });
    } else {
      for (const problem of report.problems) console.log(placeLine(input, problem));
      console.log(`${input}: ${modules.summarize(report)}`);
    }
  }
  if (json) console.log(JSON.stringify(reports, null, 2));
  return failed ? EXIT.problems : EXIT.ok;
}

async function convert({ inputs, format }, modules) {
  const [input] = inputs;
  const read = await readInput(input, format, modules);
  const report = await modules.checkText(read.text, read.format);
  for (const problem of report.problems) console.error(placeLine(input, problem));
  if (report.document === undefined) throw new Stop(`${input}: ${modules.summarize(report)}`, EXIT.problems);
  process.stdout.write(`${JSON.stringify(modules.withSchema(report.document), null, 2)}\n`);
  return report.usable && report.skipped === 0 ? EXIT.ok : EXIT.problems;
}

async function main() {
  try {
    const options = readArguments(process.argv.slice(2));
    const modules = await loadModules();
    process.exitCode = options.command === 'check' ? await check(options, modules) : await convert(options, modules);
  } catch (error) {
    if (!(error instanceof Stop)) {
      console.error(`news-timeline: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = EXIT.problems;
      return;
    }
    (error.code === EXIT.ok ? console.log : console.error)(error.message);
    process.exitCode = error.code;
  }
}

await main();
