// The editor page: the text is checked with the checker's own code (src/check/check-text.ts,
// the element's importers and parser) as the editor types, the preview follows, each problem
// is a button that puts the cursor on its place, and the embed code is kept ready to copy.
// Nothing is sent anywhere: files are read in the page, and nothing is fetched.
import '../src/index.ts';
import { checkText, summarize } from '../src/check/check-text.ts';
import { locatePlace } from '../src/check/locate-place.ts';
import { decodeText } from '../src/element/load-source.ts';
import { TEMPLATES } from './editor-templates.js';

const DEFAULT_BUNDLE = 'https://unpkg.com/news-timeline@0.1.0/dist/news-timeline.bundle.js';
const TYPING_PAUSE_MS = 300;

const $ = (id) => document.getElementById(id);
const source = $('source');
const format = $('format');
const preview = $('preview');
const problemsList = $('problems');
const embed = $('embed');
const bundleUrl = $('bundle-url');
const srcUrl = $('src-url');

let report;
let pending;
let checking = 0;

/** Checks the text now; the last check started is the one shown. */
async function check() {
  clearTimeout(pending);
  const run = ++checking;
  const result = await checkText(source.value, format.value);
  if (run !== checking) return;
  report = result;
  showProblems(result);
  showPreview(result);
  showEmbed();
  document.dispatchEvent(new CustomEvent('editor-checked', { detail: result }));
}

function checkSoon() {
  clearTimeout(pending);
  pending = setTimeout(check, TYPING_PAUSE_MS);
}

function showProblems(result) {
  $('summary').textContent = summarize(result);
  problemsList.replaceChildren(
    ...result.problems.map((problem) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.severity = problem.severity;
      button.dataset.place = problem.path;
      const place = document.createElement('span');
      place.className = 'place';
      place.textContent = problem.path || 'document';
      button.append(place, `: ${problem.message}`);
      button.addEventListener('click', () => goTo(problem.path));
      item.append(button);
      return item;
    }),
  );
}

/** Selects the problem's place in the text and scrolls it into view. */
function goTo(place) {
  const span = locatePlace(source.value, place) ?? { start: 0, end: 0 };
  source.focus();
  source.setSelectionRange(span.start, span.end);
  const line = source.value.slice(0, span.start).split('\n').length - 1;
  const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 20;
  source.scrollTop = Math.max(0, line * lineHeight - source.clientHeight / 3);
}

/** A document that cannot be read at all leaves the last good preview in place. */
function showPreview(result) {
  const keepLast = result.document === undefined && preview.data !== undefined;
  $('preview-note').hidden = !keepLast;
  if (keepLast) return;
  preview.format = 'news-timeline';
  preview.data = result.document;
}

/** Text for an HTML attribute in double quotes. */
function attribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function showEmbed() {
  const mode = document.querySelector('input[name="embed"]:checked').value;
  $('src-field').hidden = mode !== 'src';
  const script = `<script type="module" src="${attribute(bundleUrl.value.trim())}"></script>`;
  if (mode === 'src') {
    const csv = report?.format === 'csv' ? ' format="csv"' : '';
    embed.value = `${script}\n<news-timeline src="${attribute(srcUrl.value.trim())}"${csv}></news-timeline>\n`;
    return;
  }
  // Our JSON in the page; "<" written as \u003c, so no text in it can end the script element.
  const json = report?.document === undefined ? '{ "events": [] }' : JSON.stringify(report.document, null, 2);
  const safe = json.replace(/</g, '\\u003c');
  embed.value = `${script}\n<news-timeline>\n<script type="application/json">\n${safe}\n</script>\n</news-timeline>\n`;
}

async function copyEmbed() {
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(embed.value);
    status.textContent = 'Copied.';
  } catch {
    embed.focus();
    embed.select();
    status.textContent = 'The code is selected: copy it with Ctrl+C (⌘C on a Mac).';
  }
}

function useText(text, detectedFormat = 'auto') {
  source.value = text;
  format.value = detectedFormat;
  if (!srcUrl.dataset.edited) srcUrl.value = detectedFormat === 'csv' ? 'timeline.csv' : 'timeline.json';
  return check();
}

async function openFile() {
  const file = $('file').files?.[0];
  if (!file) return;
  const text = decodeText(await file.arrayBuffer());
  await useText(text, /\.[ct]sv$/i.test(file.name) ? 'csv' : 'auto');
}

source.addEventListener('input', checkSoon);
format.addEventListener('change', check);
$('file').addEventListener('change', openFile);
$('use-template').addEventListener('click', () => {
  const name = $('template').value;
  void useText(TEMPLATES[name].text, name === 'csv' ? 'csv' : 'auto');
});
for (const radio of document.querySelectorAll('input[name="embed"]')) radio.addEventListener('change', showEmbed);
bundleUrl.addEventListener('input', showEmbed);
srcUrl.addEventListener('input', () => {
  srcUrl.dataset.edited = 'true';
  showEmbed();
});
$('copy').addEventListener('click', copyEmbed);

bundleUrl.value = DEFAULT_BUNDLE;
void useText(TEMPLATES['news-timeline'].text);
