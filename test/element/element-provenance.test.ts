// What a reader sees of where things come from: both dates and a flag when the article and
// the record disagree, an inferred attribution beside its quote, citations, the event's own
// link, corrections — in one block, in that order, in the popover and in the list — and the
// story's source once for the whole timeline.
import { expect, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, mountTimeline, settle, shadow } from '../support/helpers.js';

const STORY = {
  title: 'Talks',
  source: {
    name: 'IRNA',
    url: 'https://en.irna.ir/news/1',
    published: '2019-04',
    publishedNote: 'The article is undated; the text bounds it.',
  },
  corrections: [{ date: '2019-05-02', text: 'The eras now say where their boundaries come from.' }],
  eras: [
    {
      label: 'Summit diplomacy',
      start: '2018-06-12',
      end: '2019-02-28',
      note: 'From the first summit to the second.',
      citations: [{ name: 'Hanoi Summit', url: 'https://en.wikipedia.org/wiki/Hanoi' }],
    },
  ],
  events: [
    {
      id: 'tweet',
      title: 'Trump praises Kim on Twitter',
      start: '2019-04-13',
      paragraph: 5,
      url: 'https://www.example.org/tweets/1',
      dateSource: {
        article: { wording: 'On April 14', date: '2019-04-14' },
        record: {
          date: '2019-04-13',
          note: 'Posted just before 8 a.m. in Washington.',
          citations: [{ name: 'Politico', url: 'https://www.politico.com/story/1' }],
        },
      },
      quotes: [
        {
          text: 'Sanctions are still in place. We know every inch of this country.',
          speaker: 'Donald Trump',
          kind: 'direct',
          attribution: 'inferred',
          attributionNote: 'No opening quotation mark in the article.',
        },
        { text: 'He would like a third meeting.', speaker: 'Donald Trump', kind: 'paraphrase' },
      ],
      citations: [{ name: 'KBS', url: 'https://world.kbs.co.kr/1' }],
      corrections: [{ date: '2019-05-01', text: 'Dated 14 April before; now 13 April, from the record.' }],
    },
    {
      id: 'singapore',
      title: 'Singapore summit',
      start: '2018-06-12',
      dateSource: { article: { wording: 'June 2018', date: '2018-06' }, record: { date: '2018-06-12' } },
    },
  ],
};

const popover = (element: NewsTimeline) => shadow(element).querySelector<HTMLElement>('[role="dialog"]')!;
const listEntry = (element: NewsTimeline, id: string) => shadow(element).querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The provenance block's lines, in the order a reader meets them. */
function blockLines(root: Element): string[] {
  return [...root.querySelectorAll('.provenance-block > *')].map(text);
}

async function opened(data: unknown, id: string): Promise<NewsTimeline> {
  const element = await mountTimeline(data);
  element.select(id);
  await settle(element);
  return element;
}

/** The same checks for the popover and for the list entry of the tweet. */
function expectTweetProvenance(root: Element): void {
  expect(blockLines(root)).to.deep.equal([
    'Dates disagree: The article says “On April 14”; the record: Apr 13, 2019',
    'Posted just before 8 a.m. in Washington.',
    'Attribution inferred (“Sanctions are still in place. We…”): No opening quotation mark in the article.',
    'References: Politico, KBS',
    'Paragraph 5 of the source · Read more at www.example.org',
    'Correction (May 1, 2019): Dated 14 April before; now 13 April, from the record.',
  ]);
  expect(root.querySelector('.provenance.disagree .flag')?.textContent).to.equal('Dates disagree');
  // The inferred attribution also says so beside the quote itself.
  const captions = [...root.querySelectorAll('.quote .attribution')].map(text);
  expect(captions).to.deep.equal(['— Donald Trump Attribution inferred', 'Paraphrase of Donald Trump']);
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.provenance-block a')].map((a) => [a.textContent, a.getAttribute('href')]);
  expect(links).to.deep.equal([
    ['Politico', 'https://www.politico.com/story/1'],
    ['KBS', 'https://world.kbs.co.kr/1'],
    ['Read more at www.example.org', 'https://www.example.org/tweets/1'],
  ]);
  // The story's source is not repeated under the event.
  expect(text(root)).to.not.contain('IRNA');
  expect(text(root)).to.not.contain('Source:');
}

describe('provenance in the popover and the list', () => {
  it('shows both dates, the disagreement, attribution, citations, link and corrections in the popover', async () => {
    const element = await opened(STORY, 'tweet');
    expectTweetProvenance(popover(element));
  });

  it('shows the same block in the list view', async () => {
    const element = await mountTimeline(STORY);
    shadow(element).querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
    await settle(element);
    const entry = listEntry(element, 'tweet');
    expect(entry.checkVisibility()).to.equal(true);
    expectTweetProvenance(entry);
  });

  it('shows a record that is only more precise than the article without a flag', async () => {
    const element = await opened(STORY, 'singapore');
    expect(blockLines(popover(element))).to.deep.equal(['The article says “June 2018”; the record: Jun 12, 2018']);
    expect(popover(element).querySelector('.flag')).to.equal(null);
  });

  it("names the story's source once, with its publication month, the eras' sources and the story's corrections", async () => {
    const element = await opened(STORY, 'tweet');
    const root = shadow(element);
    const footer = root.querySelector('[part~="footer"]')!;
    expect([...footer.children].map(text)).to.deep.equal([
      'Source: IRNA, published April 2019',
      'The article is undated; the text bounds it.',
      'Summit diplomacy (Jun 12, 2018 – Feb 28, 2019): From the first summit to the second.',
      'References: Hanoi Summit',
      'Correction (May 2, 2019): The eras now say where their boundaries come from.',
    ]);
    expect(footer.querySelector('a')?.getAttribute('href')).to.equal('https://en.irna.ir/news/1');
    // Once in the whole element: not in the popover, not under each list entry.
    const mentions = [...root.querySelectorAll('*')].filter((node) =>
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.includes('IRNA')),
    );
    expect(mentions).to.have.length(1);
  });

  it('says in the language of the page that the dates disagree', async () => {
    const element = await mountTimeline(STORY, { attributes: { lang: 'fr' } });
    element.select('tweet');
    await settle(element);
    const line = () => text(popover(element).querySelector('.provenance.disagree'));
    // The language arrives in its own chunk; the flag and the sentence follow it, the article's words stay as written.
    // A bound, not a measurement: on a loaded machine the chunk can take seconds.
    await waitUntil(() => line().startsWith('Dates divergentes'), 'French did not load', { timeout: 10_000 });
    expect(line()).to.match(/^Dates divergentes: L’article dit « On April 14 » ; les sources publiques : 13 avr\. 2019$/);
  });
});

describe("the article's provenance", () => {
  it("shows the tweet's date from the record with the article's April 14 flagged beside it", async () => {
    const element = await opened(await articleData(), 'trump-april-14-tweet');
    const dialog = popover(element);
    expect(text(dialog.querySelector('.date'))).to.equal('Apr 13, 2019');
    expect(text(dialog.querySelector('.provenance.disagree'))).to.equal(
      'Dates disagree: The article says “On April 14”; the record: Apr 13, 2019',
    );
    expect(text(dialog.querySelector('.correction'))).to.match(/^Correction \(Nov 30, 2026\): This event was dated 14 April 2019/);
  });

  it('marks a quote in another language with that language, for screen readers to read it so', async () => {
    const element = await opened(
      {
        events: [
          {
            id: 'kim',
            title: 'Kim speaks',
            start: '2019-04-12',
            quotes: [
              { text: '우리는 인내심을 갖고 기다릴 것이다', speaker: 'Kim Jong Un', kind: 'direct', lang: 'ko' },
              { text: 'We will wait with patience', speaker: 'Kim Jong Un', kind: 'paraphrase' },
            ],
          },
        ],
      },
      'kim',
    );
    const texts = [...popover(element).querySelectorAll('.quote-text')];
    expect(texts.map((quote) => quote.getAttribute('lang'))).to.deep.equal(['ko', null]);
  });

  it('tells the reader which attribution is inferred, next to the quote', async () => {
    const element = await opened(await articleData(), 'trump-hanoi-account');
    const quotes = [...popover(element).querySelectorAll('.quote')];
    const inferred = quotes.filter((quote) => quote.querySelector('.attribution .flag'));
    expect(inferred.map((quote) => text(quote.querySelector('.quote-text')))).to.deep.equal([
      '“Sanctions are still in place. We know every inch of this country and we need to get what we want.”',
    ]);
    expect(text(popover(element).querySelector('.attribution-note'))).to.match(/^Attribution inferred \(“Sanctions are still in place\. We…”\): The article has no opening quotation mark/);
  });

  it('shows the footer strip\'s first line whole, the rest a scroll away', async () => {
    for (const width of [375, 1024]) {
      const element = await mountTimeline(await articleData(), { width, attributes: { layout: 'horizontal' } });
      const footer = shadow(element).querySelector<HTMLElement>('[part~="footer"]')!;
      const line = document.createRange();
      line.selectNodeContents(footer.querySelector('p')!);
      const first = line.getClientRects()[0]!;
      const strip = footer.getBoundingClientRect();
      expect(first.top, `${width}: the line's top`).to.be.at.least(strip.top - 0.5);
      expect(first.bottom, `${width}: the line's bottom`).to.be.at.most(strip.bottom + 0.5);
      expect(strip.bottom, `${width}: inside the element`).to.be.at.most(element.getBoundingClientRect().bottom + 0.5);
      expect(footer.scrollHeight, `${width}: the rest scrolls`).to.be.greaterThan(footer.clientHeight);
    }
  });

  it('gives the publication month and its reasoning once, in the footer', async () => {
    const element = await mountTimeline(await articleData());
    const footer = shadow(element).querySelector('[part~="footer"]')!;
    expect(text(footer.querySelector('.story-source'))).to.equal(
      'Source: Islamic Republic News Agency (IRNA), via Iran News Gazette, published April 2019',
    );
    expect(text(footer.querySelector('.published-note'))).to.contain('Last month');
    expect(footer.querySelectorAll('.era-note')).to.have.length(2);
  });
});
