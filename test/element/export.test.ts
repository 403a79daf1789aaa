import { expect } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/index.js';
import { articleData, marks, mountTimeline, settle, shadow } from '../support/helpers.js';

/** The element's SVG file, parsed as a viewer would read it. */
function exported(element: NewsTimeline): Document {
  const parsed = new DOMParser().parseFromString(element.toSVG()!, 'image/svg+xml');
  expect(parsed.querySelector('parsererror'), 'a well-formed file').to.equal(null);
  return parsed;
}

const texts = (file: Document) => [...file.querySelectorAll('text')].map((t) => t.textContent!);

/** The centre of each mark in the file (a dot or a cluster's square), by its x. */
function fileMarks(file: Document): { x: number; fill: string }[] {
  return [...file.querySelectorAll('rect.mark')].map((rect) => ({
    x: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
    fill: rect.getAttribute('fill')!,
  }));
}

/** Each mark on screen: its centre from the plot's left edge, and its dot's colour as painted. */
function screenMarks(element: NewsTimeline): { x: number; fill: string; title: string }[] {
  const chart = shadow(element).querySelector('svg.chart')!.getBoundingClientRect();
  return marks(element).map((button) => {
    const box = button.getBoundingClientRect();
    return {
      x: box.left + box.width / 2 - chart.left,
      fill: getComputedStyle(button.querySelector('.dot')!).backgroundColor,
      title: button.querySelector('.label')?.textContent?.trim() ?? '',
    };
  });
}

describe('saving the view as an image', () => {
  it('offers the controls only when asked', async () => {
    const plain = await mountTimeline(await articleData());
    expect(shadow(plain).querySelector('[data-action="save-svg"]')).to.equal(null);
    const offering = await mountTimeline(await articleData(), { attributes: { download: '' } });
    expect(shadow(offering).querySelector('[data-action="save-svg"]')!.textContent!.trim()).to.equal('Download SVG');
    expect(shadow(offering).querySelector('[data-action="save-png"]')).to.exist;
  });

  it('writes a standalone SVG with the title, the axis and every visible label as text', async () => {
    const element = await mountTimeline(await articleData());
    element.zoomTo('2018-04-01', '2018-08-01', { animate: false });
    await settle(element);
    const file = exported(element);
    expect(texts(file)).to.include('US–North Korea talks and the “Libyan model”');
    expect(texts(file)).to.include('Singapore summit');
    expect(texts(file).some((t) => t === 'Jun' || t === 'Jun 2018' || t.startsWith('Jun'))).to.equal(true);
  });

  it('draws the marks where the screen does, in their lanes’ colours, with their labels and the axis’s ticks', async () => {
    const element = await mountTimeline(await articleData());
    const file = exported(element);
    // By x (then colour): the file paints them in its own order (higher label rows first).
    const byX = <T extends { x: number; fill: string }>(list: T[]) => list.sort((a, b) => Math.round(a.x) - Math.round(b.x) || a.fill.localeCompare(b.fill));
    const onScreen = byX(screenMarks(element));
    const inFile = byX(fileMarks(file));
    expect(onScreen.length, 'marks on screen').to.be.greaterThan(3);
    // Within a pixel: the screen lays out in fractions of a pixel (1/64 in Blink and WebKit), the file holds the layout's own.
    expect(inFile.length, 'as many marks').to.equal(onScreen.length);
    inFile.forEach((mark, i) => expect(mark.x, `mark ${i}: the same x`).to.be.closeTo(onScreen[i]!.x, 1));
    // Colours resolved to plain values, the same as each dot's on screen (three lanes here).
    expect(inFile.map((m) => m.fill)).to.deep.equal(onScreen.map((m) => m.fill));
    expect(new Set(inFile.map((m) => m.fill)).size, 'lane colours').to.be.at.least(2);
    for (const { fill } of inFile) expect(fill).to.match(/^rgb/);
    // Every label's text, whole or cut where the screen cuts it (ending in an ellipsis).
    const fileTexts = texts(file);
    for (const { title } of onScreen.filter((m) => m.title)) {
      const cut = fileTexts.find((t) => t === title || (t.endsWith('…') && title.startsWith(t.slice(0, -1))));
      expect(cut, `label "${title}"`).to.be.a('string');
    }
    // Every tick's label.
    const ticks = [...shadow(element).querySelectorAll('.axis .tick text')].map((t) => t.textContent!);
    expect(ticks.length).to.be.greaterThan(1);
    for (const tick of ticks) expect(fileTexts, `tick "${tick}"`).to.include(tick);
    // The lanes' names.
    for (const name of ['UNITED STATES', 'NORTH KOREA']) expect(fileTexts).to.include(name);
  });

  it('paints each title over the leader lines that pass behind it, as the screen does', async () => {
    const events = Array.from({ length: 6 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}: a title long enough to reach over the next few marks`,
      start: `2020-01-${String(1 + i * 3).padStart(2, '0')}`,
    }));
    const file = exported(await mountTimeline({ events }, { width: 760, attributes: { spacing: 'time' } }));
    const painted = [...file.querySelectorAll('line, rect')];
    const num = (node: Element, name: string) => Number(node.getAttribute(name));
    // A label's box is the rect a title's text follows.
    const boxes = painted.filter((node) => node.localName === 'rect' && node.nextElementSibling?.localName === 'text');
    const leaders = painted.filter((node) => node.localName === 'line' && node.getAttribute('x1') === node.getAttribute('x2'));
    let crossings = 0;
    for (const leader of leaders) {
      const [x, top, bottom] = [num(leader, 'x1'), Math.min(num(leader, 'y1'), num(leader, 'y2')), Math.max(num(leader, 'y1'), num(leader, 'y2'))];
      for (const box of boxes) {
        const [left, y0] = [num(box, 'x'), num(box, 'y')];
        const inside = x > left + 1 && x < left + num(box, 'width') - 1 && y0 + num(box, 'height') > top && y0 < bottom;
        if (!inside) continue;
        crossings++;
        expect(painted.indexOf(box), `the title at ${left} over the leader at ${x}`).to.be.above(painted.indexOf(leader));
      }
    }
    expect(crossings, 'leaders that pass behind a title').to.be.above(0);
  });

  it('paints the file in the theme the reader sees', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { theme: 'dark' } });
    const file = exported(element);
    const background = file.querySelector('svg > rect')!.getAttribute('fill');
    expect(background).to.equal(getComputedStyle(element).backgroundColor);
    expect(background).to.equal('rgb(22, 24, 28)');
  });

  it('cuts a long lane name short as the screen does', async () => {
    const name = 'Supercalifragilistic '.repeat(60).trim();
    const element = await mountTimeline({ lanes: [{ id: 'a', label: name }], events: [{ id: 'x', title: 'Vote', start: '2024-03-01', lanes: ['a'] }] });
    const shown = texts(exported(element)).find((text) => text.startsWith('SUPERCALIFRAGILISTIC'))!;
    expect(shown).to.match(/…$/);
    expect(shown.length).to.be.lessThan(name.length / 4);
  });

  it('keeps markup in titles as text in the file', async () => {
    const title = '<script>window.__ntExport=1</script>';
    const element = await mountTimeline({ title, events: [{ id: 'a', title, start: '2020-01-01' }] });
    const file = exported(element);
    expect(file.querySelector('script')).to.equal(null);
    expect(texts(file)).to.include(title);
  });

  it('names fonts any viewer knows: the page’s, then a generic family, never an engine’s own keyword', async () => {
    const element = await mountTimeline(await articleData(), { width: 900, attributes: { download: '' } });
    const family = () => exported(element).documentElement.getAttribute('font-family')!;
    // The page's default font (WebKit reads it as `-webkit-standard`, a name no other viewer knows).
    expect(family(), 'the default font').not.to.match(/(^|,\s*)-/);
    expect(family(), 'the default font').to.match(/(^|,\s*)(serif|sans-serif|monospace|cursive|fantasy|system-ui)$/);
    element.style.fontFamily = 'Georgia';
    expect(family(), 'a font the page names alone').to.equal('Georgia, serif');
    element.style.fontFamily = '-apple-system, Georgia';
    expect(family(), 'a system font other viewers pass over').to.equal('-apple-system, Georgia, serif');
    element.style.fontFamily = '"Noto Sans", sans-serif';
    expect(family(), 'a list that ends with its own generic').to.equal('"Noto Sans", sans-serif');
  });

  it('makes a PNG of the view', async () => {
    const element = await mountTimeline(await articleData());
    const png = await element.toPNG();
    expect(png!.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png!);
    expect(bitmap.width).to.equal(2 * element.getBoundingClientRect().width);
  });
});

describe('ranges that overlap in one lane', () => {
  const story = {
    events: [
      { id: 'term', title: 'Term', start: '2001-01-01', end: '2009-01-01' },
      { id: 'crisis', title: 'Crisis', start: '2003-01-01', end: '2005-01-01' },
    ],
  };

  it('outlines each bar in the background colour on screen, so one can be told from the other', async () => {
    const element = await mountTimeline(story, { attributes: { spacing: 'time' } });
    const background = getComputedStyle(element).backgroundColor;
    for (const id of ['term', 'crisis']) {
      const bar = getComputedStyle(shadow(element).querySelector(`.bar-range[data-id="${id}"]`)!);
      expect(bar.stroke, id).to.equal(background);
      expect(Number(bar.fillOpacity), `${id}: the bar under it shows through`).to.be.lessThan(1);
    }
  });

  it('shows where the inner range ends in the saved image', async () => {
    const element = await mountTimeline(story, { attributes: { spacing: 'time' } });
    const file = exported(element);
    const heading = -Number(file.documentElement.getAttribute('viewBox')!.split(' ')[1]);
    // The two bars: a range's is 6 px high.
    const bars = [...file.querySelectorAll('rect[height="6"]')];
    expect(bars).to.have.length(2);
    const inner = bars.reduce((a, b) => (Number(a.getAttribute('width')) < Number(b.getAttribute('width')) ? a : b));
    const at = (name: string) => Number(inner.getAttribute(name));
    const bitmap = await createImageBitmap((await element.toPNG())!);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const scale = bitmap.width / element.getBoundingClientRect().width;
    const pixel = (x: number) => [...context.getImageData(Math.round(x * scale), Math.round((at('y') + at('height') / 2 + heading) * scale), 1, 1).data.slice(0, 3)];
    const background = file.querySelector('svg > rect')!.getAttribute('fill')!.match(/\d+/g)!.map(Number);
    const end = at('x') + at('width');
    const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
    expect(distance(pixel(end), background), 'the inner bar’s end is a line of the background').to.be.lessThan(12);
    expect(distance(pixel(end + 4), background), 'the outer bar goes on past it').to.be.greaterThan(40);
  });
});
