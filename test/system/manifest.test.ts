// custom-elements.json against the element itself: every observed attribute, every public method
// and event, every CSS part the element renders and every --nt- custom property its styles use
// must be in the manifest (which `npm test` first checks is current with the JSDoc, see
// scripts/check-manifest.mjs). What the JSDoc does not document yet is listed in
// KNOWN_UNDOCUMENTED; a name listed there that the manifest has since gained fails the test, so
// the list only shrinks.
import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import type { NewsTimelineEventMap } from '../../src/index.js';
import { NewsTimeline } from '../../src/index.js';
import { articleData, generatedEvents, mountTimeline, settle, shadow } from '../support/helpers.js';

interface Named {
  name: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: (Named & { fieldName?: string })[];
  members?: (Named & { kind: string; privacy?: string })[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

/** Not in the class JSDoc of src/news-timeline.ts yet: each needs its own @csspart or @cssprop line there. */
const KNOWN_UNDOCUMENTED = {
  cssParts: [] as string[],
  cssProperties: [] as string[],
};

const PUBLIC_METHODS = ['select', 'next', 'previous', 'zoomTo', 'fit', 'zoomIn', 'zoomOut'];
const PUBLIC_PROPERTIES = ['data', 'strings', 'events', 'problems', 'visibleRange', 'filter'];
/** Every event of NewsTimelineEventMap: the type makes this list complete. */
const EVENTS: Record<keyof NewsTimelineEventMap, true> = {
  'nt-load': true,
  'nt-error': true,
  'nt-select': true,
  'nt-range-change': true,
  'nt-popover-open': true,
  'nt-popover-close': true,
  'nt-filter-change': true,
};

let manifest: Manifest;
let element: Declaration;

const names = (items: Named[] | undefined) => (items ?? []).map((item) => item.name);

/** What the element shows that the manifest lacks, less the known gaps; and known gaps now filled. */
function compare(shown: Iterable<string>, documented: string[], known: string[] = []) {
  const unique = [...new Set(shown)].sort();
  return {
    missing: unique.filter((name) => !documented.includes(name) && !known.includes(name)),
    nowDocumented: known.filter((name) => documented.includes(name)),
    unique,
  };
}

function cssTextOf(styles: CSSResultGroup | undefined): string {
  if (!styles) return '';
  if (Array.isArray(styles)) return styles.map((s) => cssTextOf(s as CSSResultGroup)).join('\n');
  return 'cssText' in styles ? styles.cssText : '';
}

describe('custom-elements.json', () => {
  before(async () => {
    const response = await fetch('/custom-elements.json');
    manifest = (await response.json()) as Manifest;
    const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
    expect(found, 'a custom element declaration').to.exist;
    element = found!;
  });

  it('names the tag and the module that registers it', () => {
    expect(element.name).to.equal('NewsTimeline');
    expect(element.tagName).to.equal('news-timeline');
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => `${m.path} ${e.name}`),
    );
    expect(definitions).to.deep.equal(['dist/define.js news-timeline']);
  });

  it('points at the built files, which the package ships', () => {
    const paths = manifest.modules.map((m) => m.path);
    expect(paths).to.include('dist/news-timeline.js');
    expect(paths.filter((path) => !/^dist\/.+\.js$/.test(path))).to.deep.equal([]);
  });

  it('lists every attribute the element observes', () => {
    const observed = (NewsTimeline as unknown as { observedAttributes: string[] }).observedAttributes;
    const { missing, unique } = compare(observed, names(element.attributes));
    expect(unique).to.include.members(['src', 'layout', 'spacing', 'theme', 'selected', 'heading-level', 'timeout']);
    expect(missing).to.deep.equal([]);
    expect(names(element.attributes).filter((name) => !observed.includes(name)), 'documented but not observed').to.deep.equal([]);
  });

  it('lists the public properties and methods, and no private member', () => {
    const members = element.members ?? [];
    const fields = members.filter((m) => m.kind === 'field').map((m) => m.name);
    const methods = members.filter((m) => m.kind === 'method').map((m) => m.name);
    expect(fields).to.include.members(PUBLIC_PROPERTIES);
    for (const attribute of element.attributes ?? []) {
      if (attribute.fieldName) expect(fields, `property of ${attribute.name}`).to.include(attribute.fieldName);
    }
    expect(methods).to.include.members(PUBLIC_METHODS);
    expect(members.filter((m) => m.privacy === 'private' || m.privacy === 'protected')).to.deep.equal([]);
  });

  it('lists every event and the slot', () => {
    expect(names(element.events).sort()).to.deep.equal(Object.keys(EVENTS).sort());
    expect(names(element.slots)).to.deep.equal(['']);
  });

  it('lists every CSS part the element renders', async () => {
    const shown = new Set<string>();
    const collect = (root: ShadowRoot) => {
      for (const node of root.querySelectorAll('[part]')) node.part.forEach((part) => shown.add(part));
    };
    // The horizontal view (lanes, eras, both kinds of bar, clusters), the overview, the popover…
    const timeline = await mountTimeline(await articleData());
    collect(shadow(timeline));
    timeline.select(timeline.events[4]!.id);
    await settle(timeline);
    collect(shadow(timeline));
    // …clusters, which a story of more than 20 events packed into a few years has…
    const crowded = await mountTimeline({ events: generatedEvents(200, { years: 2 }) });
    collect(shadow(crowded));
    crowded.remove();
    // …the list view…
    timeline.select(undefined);
    shadow(timeline).querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
    await settle(timeline);
    collect(shadow(timeline));
    // …and the error message, with the debug notice.
    const broken = document.createElement('news-timeline');
    broken.debug = true;
    broken.data = { events: [{ id: 'x', title: 'No date' }] };
    timeline.parentElement!.append(broken);
    await settle(broken);
    collect(shadow(broken));
    broken.remove();

    expect([...shown]).to.include.members(['container', 'event', 'cluster', 'bar', 'era', 'list', 'popover', 'error', 'problems']);
    const { missing, nowDocumented } = compare(shown, names(element.cssParts), KNOWN_UNDOCUMENTED.cssParts);
    expect(missing, 'rendered but not in the manifest: add @csspart lines').to.deep.equal([]);
    expect(nowDocumented, 'documented now: remove from KNOWN_UNDOCUMENTED.cssParts').to.deep.equal([]);
  });

  it('lists every --nt- custom property the styles use', () => {
    const css = cssTextOf(NewsTimeline.styles);
    const used = css.match(/--nt-[a-z0-9-]+/g) ?? [];
    expect(used.length).to.be.greaterThan(10);
    const { missing, nowDocumented } = compare(used, names(element.cssProperties), KNOWN_UNDOCUMENTED.cssProperties);
    expect(missing, 'used but not in the manifest: add @cssprop lines').to.deep.equal([]);
    expect(nowDocumented, 'documented now: remove from KNOWN_UNDOCUMENTED.cssProperties').to.deep.equal([]);
  });
});
