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
    const messages = load!.problems.map((p: Problem) => `${p.path}: ${p.message}`);
    // The six slides before the last 270,000 years are skipped, each named by its own year.
    const beyond = messages.filter((m) => /^events\[\d\]\.start_date\.year: .* is beyond the calendar range .*; event skipped$/.test(m));
    expect(beyond.map((m) => m.split(':')[0])).to.deep.equal([0, 1, 2, 3, 4, 5].map((i) => `events[${i}].start_date.year`));
    expect(load!.skipped).to.equal(6);
    // The title slide's picture, and a credit whose link is kept as text.
    expect(messages).to.include.members([
      'title.media: the title slide’s media is not shown on this timeline',
      'events[6].media.credit: a link in this text is shown as plain text; its address is not kept',
    ]);
  });

  it('shows a negative year as the year BC TimelineJS shows: -44 is 44 BC', async () => {
    const document = {
      events: [
        { start_date: { year: -44, month: 3, day: 15 }, text: { headline: 'Ides of March' } },
        { start_date: { year: -27 }, text: { headline: 'Augustus' } },
        { start_date: { year: 14 }, text: { headline: 'Tiberius' } },
      ],
    };
    const { el: element, load } = await mount({ data: document, width: 760 });
    expect(load!.problems).to.deep.equal([]);
    const names = [...element.shadowRoot!.querySelectorAll('.mark')].map((mark) => mark.getAttribute('aria-label'));
    expect(names.join(' | ')).to.contain('Mar 15, 44 BC').and.contain('27 BC').and.not.contain('45 BC');
  });
});
