// The gallery's helpers: under each sample, its markup; under the samples marked data-report,
// what the element told the page (nt-load's problems, nt-error's reason and message). All text
// goes in with textContent. This script comes before the element's, so its listeners are there
// before the first nt-load.

/** The sample's markup, rebuilt from the element: its attributes, and inline JSON as "…". */
function markupOf(element) {
  const attributes = [...element.attributes]
    .filter((attribute) => !attribute.name.startsWith('data-'))
    .map((attribute) => (attribute.value === '' ? ` ${attribute.name}` : ` ${attribute.name}="${attribute.value}"`))
    .join('');
  const inline = element.querySelector(':scope > script[type="application/json"]');
  const fallback = element.querySelector(':scope > p');
  const children = [
    inline ? '  <script type="application/json">{ … }</script>' : '',
    fallback ? `  <p>${fallback.textContent.trim()}</p>` : '',
  ].filter(Boolean);
  return children.length
    ? `<news-timeline${attributes}>\n${children.join('\n')}\n</news-timeline>`
    : `<news-timeline${attributes}></news-timeline>`;
}

function showMarkup(element) {
  const pre = document.createElement('pre');
  pre.className = 'markup';
  const code = document.createElement('code');
  code.textContent = markupOf(element);
  pre.append(code);
  element.after(pre);
}

function reportFor(element) {
  let output = element.parentElement.querySelector(':scope > .report');
  if (!output) {
    output = document.createElement('div');
    output.className = 'report';
    output.setAttribute('role', 'status');
    element.after(output);
  }
  output.replaceChildren();
  return output;
}

function addLine(parent, label, text) {
  const line = document.createElement('p');
  const name = document.createElement('code');
  name.textContent = label;
  line.append(name, ` ${text}`);
  parent.append(line);
  return line;
}

function listProblems(parent, problems) {
  if (problems.length === 0) return;
  const list = document.createElement('ul');
  for (const problem of problems.slice(0, 6)) {
    const item = document.createElement('li');
    const path = document.createElement('code');
    path.textContent = problem.path || '(document)';
    item.append(path, `: ${problem.message}`);
    list.append(item);
  }
  if (problems.length > 6) {
    const more = document.createElement('li');
    more.textContent = `… and ${problems.length - 6} more`;
    list.append(more);
  }
  parent.append(list);
}

document.addEventListener('nt-load', (event) => {
  const element = event.target;
  if (!(element instanceof HTMLElement) || !element.hasAttribute('data-report')) return;
  const { count, skipped, problems } = event.detail;
  const output = reportFor(element);
  addLine(output, 'nt-load', `${count} events shown, ${skipped} skipped, ${problems.length} problems reported`);
  listProblems(output, problems);
});

document.addEventListener('nt-error', (event) => {
  const element = event.target;
  if (!(element instanceof HTMLElement) || !element.hasAttribute('data-report')) return;
  const { reason, message, problems } = event.detail;
  const output = reportFor(element);
  addLine(output, 'nt-error', `reason "${reason}": ${message}`);
  listProblems(output, problems);
});

for (const element of document.querySelectorAll('.sample news-timeline')) showMarkup(element);
