import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { fromTimelineJs } from '../../src/import/timelinejs.js';
import type { Problem } from '../../src/index.js';
import { settle } from '../support/helpers.js';

const FIXTURES = ['mark-twain', 'republican-run-up', 'seventh-century-eras', 'cosmological', 'women-in-computing'];

describe('TimelineJS documents in the element', () => {
  for (const name of FIXTURES) {
    it(`loads ${name}.json as it is, reporting what cannot be shown`, async () => {
      const url = `/test/fixtures/timelinejs/${name}.json`;
      const raw = (await (await fetch(url)).json()) as { events: unknown[] };
      const mapped = fromTimelineJs(raw);
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.style.width = '760px';
      const element = document.createElement('news-timeline');
      const loaded = oneEvent(element, 'nt-load');
      element.src = url;
      box.append(element);
      const { detail } = await loaded;
      expect(detail.count).to.equal((mapped.document!.events as unknown[]).length);
      expect(detail.count + detail.skipped).to.equal(raw.events.length);
      expect(detail.problems.length).to.be.at.least(mapped.problems.length);
      await settle(element);
      const drawn = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.mark')].reduce((n, m) => n + Number(m.dataset.count), 0);
      expect(drawn, 'every kept event is drawn at the whole-story zoom').to.equal(detail.count);
    });
  }

  it('reports media it cannot show, and years beyond the calendar', async () => {
    const element = document.createElement('news-timeline');
    const loaded = oneEvent(element, 'nt-load');
    element.src = '/test/fixtures/timelinejs/cosmological.json';
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    const { detail } = await loaded;
    const messages = detail.problems.map((p: Problem) => `${p.path}: ${p.message}`).join('\n');
    expect(messages).to.match(/start_date\.year: .*beyond the calendar range/);
    expect(messages).to.match(/media/);
  });
});
