import { expect } from '@open-wc/testing';
import { fromTimelineJs } from '../../src/import/timelinejs.js';
import type { Problem } from '../../src/index.js';
import { mount } from '../support/helpers.js';

const FIXTURES = ['mark-twain', 'republican-run-up', 'seventh-century-eras', 'cosmological', 'women-in-computing'];

describe('TimelineJS documents in the element', () => {
  for (const name of FIXTURES) {
    it(`loads ${name}.json as it is, reporting what cannot be shown`, async () => {
      const url = `/test/fixtures/timelinejs/${name}.json`;
      const raw = (await (await fetch(url)).json()) as { events: unknown[] };
      const mapped = fromTimelineJs(raw);
      const { el: element, load: detail } = await mount({ src: url });
      expect(detail, 'nt-load').to.exist;
      expect(detail!.count).to.equal((mapped.document!.events as unknown[]).length);
      expect(detail!.count + detail!.skipped).to.equal(raw.events.length);
      expect(detail!.problems.length).to.be.at.least(mapped.problems.length);
      const drawn = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.mark')].reduce((n, m) => n + Number(m.dataset.count), 0);
      expect(drawn, 'every kept event is drawn at the whole-story zoom').to.equal(detail!.count);
    });
  }

  it('reports media it cannot show, and years beyond the calendar', async () => {
    const { load } = await mount({ src: '/test/fixtures/timelinejs/cosmological.json' });
    const messages = load!.problems.map((p: Problem) => `${p.path}: ${p.message}`).join('\n');
    expect(messages).to.match(/start_date\.year: .*beyond the calendar range/);
    expect(messages).to.match(/media/);
  });
});
