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
    const onScreen = screenMarks(element);
    const inFile = fileMarks(file);
    expect(onScreen.length, 'marks on screen').to.be.greaterThan(3);
    expect(inFile.map((m) => Math.round(m.x)), 'marks at the same x').to.deep.equal(onScreen.map((m) => Math.round(m.x)));
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

  it('paints the file in the theme the reader sees', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { theme: 'dark' } });
    const file = exported(element);
    const background = file.querySelector('svg > rect')!.getAttribute('fill');
    expect(background).to.equal(getComputedStyle(element).backgroundColor);
    expect(background).to.equal('rgb(22, 24, 28)');
  });

  it('keeps markup in titles as text in the file', async () => {
    const title = '<script>window.__ntExport=1</script>';
    const element = await mountTimeline({ title, events: [{ id: 'a', title, start: '2020-01-01' }] });
    const file = exported(element);
    expect(file.querySelector('script')).to.equal(null);
    expect(texts(file)).to.include(title);
  });

  it('makes a PNG of the view', async () => {
    const element = await mountTimeline(await articleData());
    const png = await element.toPNG();
    expect(png!.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png!);
    expect(bitmap.width).to.equal(2 * element.getBoundingClientRect().width);
  });
});
