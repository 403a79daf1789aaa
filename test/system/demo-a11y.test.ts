import { expect, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';

/** The demo article page, loaded as a reader gets it, checked by axe-core inside its own document. */
describe('the demo page', () => {
  it('has no axe violations, the timeline included', async function () {
    // A whole page and axe-core over all of it: WebKitGTK on a busy two-core machine once took
    // longer than 30 s.
    this.timeout(90_000);
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '900px';
    frame.src = '/demo/index.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const page = frame.contentWindow as Window & { axe?: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
      const timeline = page.document.querySelector<NewsTimeline>('news-timeline')!;
      // Drawn: its marks are there (they need the measured width), and its update is done.
      await waitUntil(() => timeline.shadowRoot?.querySelector('.mark'), 'the demo timeline drew no marks', { timeout: 10_000 });
      await timeline.updateComplete;
      const script = page.document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
        page.document.head.append(script);
      });
      const { violations } = await page.axe!.run(page.document);
      expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
