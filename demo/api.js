// The API page: reads custom-elements.json and lists the element's attributes, properties,
// methods, events, slots, CSS parts and custom properties. Everything is built with DOM APIs
// and textContent; nothing from the manifest is ever parsed as HTML.

const MANIFEST_URL = new URL('../custom-elements.json', import.meta.url);
const reference = document.getElementById('reference');

/** Appends `text` to `parent`, with `code spans` in backticks as <code> elements. */
function appendRichText(parent, text = '') {
  text.split('`').forEach((part, index) => {
    if (!part) return;
    if (index % 2 === 1) {
      const code = document.createElement('code');
      code.textContent = part;
      parent.append(code);
    } else {
      parent.append(part);
    }
  });
}

function el(tag, { text, className, code } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (code !== undefined) {
    const inner = document.createElement('code');
    inner.textContent = code;
    node.append(inner);
  } else if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function badge(parent, text) {
  parent.append(el('span', { text, className: 'badge' }));
}

/** One section: a heading, and a table with a row per item, or a line saying there are none. */
function section(id, title, items, columns) {
  const wrapper = el('section');
  wrapper.id = id;
  wrapper.append(el('h2', { text: `${title} (${items.length})` }));
  if (items.length === 0) {
    wrapper.append(el('p', { text: 'None.' }));
    return wrapper;
  }
  const table = el('table');
  const head = el('tr');
  for (const column of columns) {
    const th = el('th', { text: column.label });
    th.scope = 'col';
    head.append(th);
  }
  table.append(el('thead'));
  table.tHead.append(head);
  const body = el('tbody');
  for (const item of items) {
    const row = el('tr');
    for (const column of columns) {
      const cell = el('td');
      column.render(cell, item);
      row.append(cell);
    }
    body.append(row);
  }
  table.append(body);
  wrapper.append(table);
  return wrapper;
}

const typeText = (item) => item.type?.text ?? '';

function nameCell(cell, name) {
  cell.append(el('code', { text: name }));
}

function describe(cell, item) {
  appendRichText(cell, item.description ?? '');
}

function signature(method) {
  const parameters = (method.parameters ?? []).map((p) => {
    const optional = p.optional || p.default !== undefined ? '?' : '';
    // A destructured parameter (`{ animate = true }`) reads better as what it is: options.
    const name = p.name.startsWith('{') ? 'options' : p.name;
    return `${name}${optional}${p.type ? `: ${p.type.text}` : ''}`;
  });
  const returns = method.return?.type?.text ?? 'void';
  return `${method.name}(${parameters.join(', ')}): ${returns}`;
}

function render(manifest) {
  const found = manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ mod, declaration })))
    .find(({ declaration }) => declaration.customElement && declaration.tagName);
  if (!found) throw new Error('The manifest describes no custom element.');
  const { mod, declaration } = found;
  const definedIn = manifest.modules.find((m) =>
    (m.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName),
  );

  const members = (declaration.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
  const properties = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');

  const intro = el('div');
  const title = el('h2');
  title.append(el('code', { text: `<${declaration.tagName}>` }));
  intro.append(title);
  if (declaration.summary) intro.append(el('p', { text: declaration.summary }));
  const where = el('p');
  where.append('Class ');
  where.append(el('code', { text: declaration.name }));
  where.append(' in ');
  where.append(el('code', { text: mod.path }));
  if (definedIn) {
    where.append('; registered by ');
    where.append(el('code', { text: definedIn.path }));
  }
  where.append('.');
  intro.append(where);

  const contents = el('nav');
  contents.setAttribute('aria-label', 'On this page');
  const list = el('ul');
  const sections = [
    section('attributes', 'Attributes', declaration.attributes ?? [], [
      { label: 'Attribute', render: (cell, a) => nameCell(cell, a.name) },
      { label: 'Property', render: (cell, a) => a.fieldName && nameCell(cell, a.fieldName) },
      { label: 'Type', render: (cell, a) => cell.append(el('code', { text: typeText(a), className: 'type' })) },
      { label: 'Default', render: (cell, a) => a.default && nameCell(cell, a.default) },
      { label: 'Description', render: describe },
    ]),
    section('properties', 'Properties', properties, [
      {
        label: 'Property',
        render: (cell, p) => {
          nameCell(cell, p.name);
          if (p.readonly) badge(cell, 'read-only');
          if (!p.attribute && !p.readonly) badge(cell, 'property only');
        },
      },
      { label: 'Attribute', render: (cell, p) => p.attribute && nameCell(cell, p.attribute) },
      { label: 'Type', render: (cell, p) => cell.append(el('code', { text: typeText(p), className: 'type' })) },
      { label: 'Description', render: describe },
    ]),
    section('methods', 'Methods', methods, [
      { label: 'Method', render: (cell, m) => nameCell(cell, signature(m)) },
      { label: 'Description', render: describe },
    ]),
    section('events', 'Events', declaration.events ?? [], [
      { label: 'Event', render: (cell, e) => nameCell(cell, e.name) },
      { label: 'Type', render: (cell, e) => cell.append(el('code', { text: typeText(e), className: 'type' })) },
      { label: 'Description', render: describe },
    ]),
    section('slots', 'Slots', declaration.slots ?? [], [
      { label: 'Slot', render: (cell, s) => cell.append(s.name ? el('code', { text: s.name }) : 'default') },
      { label: 'Description', render: describe },
    ]),
    section('css-parts', 'CSS parts', declaration.cssParts ?? [], [
      { label: 'Part', render: (cell, p) => nameCell(cell, `::part(${p.name})`) },
      { label: 'Description', render: describe },
    ]),
    section('css-properties', 'CSS custom properties', declaration.cssProperties ?? [], [
      { label: 'Property', render: (cell, p) => nameCell(cell, p.name) },
      { label: 'Default', render: (cell, p) => p.default && nameCell(cell, p.default) },
      { label: 'Description', render: describe },
    ]),
  ];
  for (const part of sections) {
    const item = el('li');
    const link = el('a', { text: part.querySelector('h2').textContent });
    link.href = `#${part.id}`;
    item.append(link);
    list.append(item);
  }
  contents.append(list);
  reference.replaceChildren(intro, contents, ...sections);
  // The page was opened at an anchor (#events …) that exists only now.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

try {
  const response = await fetch(MANIFEST_URL);
  if (!response.ok) throw new Error(`${MANIFEST_URL.pathname}: HTTP ${response.status}`);
  render(await response.json());
} catch (error) {
  const message = el('p', { text: `The manifest could not be read: ${error instanceof Error ? error.message : error}` });
  message.setAttribute('role', 'alert');
  reference.replaceChildren(message);
}
