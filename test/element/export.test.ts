import { expect } from '@open-wc/testing';
import { articleData, mountTimeline, shadow } from '../support/helpers.js';

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
    await new Promise((resolve) => setTimeout(resolve, 50));
    const parsed = new DOMParser().parseFromString(element.toSVG()!, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    const texts = [...parsed.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('US–North Korea talks and the “Libyan model”');
    expect(texts).to.include('Singapore summit');
    expect(texts.some((t) => t === 'Jun' || t === 'Jun 2018' || t?.startsWith('Jun'))).to.equal(true);
    // Colours are written onto the drawing: a file has none of the page's CSS.
    expect(parsed.querySelector('circle')!.getAttribute('fill')).to.match(/^(rgb|#)/);
  });

  it('keeps markup in titles as text in the file', async () => {
    const title = '<script>window.__ntExport=1</script>';
    const element = await mountTimeline({ title, events: [{ id: 'a', title, start: '2020-01-01' }] });
    const parsed = new DOMParser().parseFromString(element.toSVG()!, 'image/svg+xml');
    expect(parsed.querySelector('script')).to.equal(null);
    expect([...parsed.querySelectorAll('text')].map((t) => t.textContent)).to.include(title);
  });

  it('makes a PNG of the view', async () => {
    const element = await mountTimeline(await articleData());
    const png = await element.toPNG();
    expect(png!.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png!);
    expect(bitmap.width).to.equal(2 * element.getBoundingClientRect().width);
  });
});
