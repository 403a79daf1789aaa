import { expect } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { mount, type MountOptions } from '../support/helpers.js';

/** The vertical list shows every event's title as text, in order. */
const listTitles = (el: NewsTimeline) =>
  [...el.shadowRoot!.querySelectorAll('ol.list .list-title')].map((title) => title.textContent!.trim());
const headerText = (el: NewsTimeline) => el.shadowRoot!.querySelector('[part="header"]')?.textContent ?? '';
const alertText = (el: NewsTimeline) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '';

/** The vertical view (its list shows every title), in a box 500 px wide. */
const mountVertical = (options: MountOptions) =>
  mount({ width: 500, ...options, attributes: { layout: 'vertical', ...options.attributes } });

/** Sends requests for Google's host to the local server that answers like it (test/server/google-sheets.mjs). */
function routeGoogleToTestServer(): () => void {
  const realFetch = window.fetch;
  const requested: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    return realFetch(url.replace('https://docs.google.com/', '/__google/'), init);
  };
  return () => {
    window.fetch = realFetch;
  };
}

describe('spreadsheets (CSV) in the element', () => {
  it('loads a .csv file as src, with its title row and every event', async () => {
    const { el, load } = await mountVertical({ src: '/test/fixtures/timelinejs/women-in-computing.csv' });
    expect(load?.count).to.equal(10);
    expect(load?.skipped).to.equal(0);
    expect(headerText(el)).to.contain('Women in Computing');
    expect(listTitles(el)[0]).to.equal('Ada Lovelace');
    expect(listTitles(el)).to.have.length(10);
  });

  it('loads a server’s text/csv answer, and text/plain with format="csv", or opening with a sheet’s header', async () => {
    const typed = await mountVertical({ src: '/__csv/typed' });
    expect(listTitles(typed.el)).to.deep.equal(['Second tab event']);
    const untyped = await mountVertical({ src: '/__csv/untyped', attributes: { format: 'csv' } });
    expect(listTitles(untyped.el)).to.deep.equal(['Second tab event']);
    // Text that is not JSON, whose first line names Year and Headline: a sheet served as plain text.
    const recognised = await mountVertical({ src: '/__csv/untyped' });
    expect(listTitles(recognised.el)).to.deep.equal(['Second tab event']);
  });

  it('reads a sheet Excel saved as text, at a .txt address served as text/plain, in the encoding it was saved in', async () => {
    for (const src of ['/__csv/tab-delimited.txt', '/__csv/unicode.txt']) {
      const { el, load } = await mountVertical({ src });
      expect(listTitles(el), src).to.deep.equal(['Café opens']);
      expect(el.events[0]!.summary, src).to.equal('“Bientôt,” says Müller');
      expect(load?.problems, src).to.deep.equal([]);
    }
  });

  it('reads an inline <script type="text/csv">, indented as a page author writes it', async () => {
    const { el, load } = await mountVertical({
      inline: {
        type: 'text/csv',
        content: `
        Year,Month,Headline,Quote,Speaker
        2018,6,"Summit, in Singapore",We met,Kim
        19x9,,Broken,,
        2019,2,Hanoi,,
      `,
      },
    });
    expect(listTitles(el)).to.deep.equal(['Summit, in Singapore', 'Hanoi']);
    expect(load?.skipped).to.equal(1);
    expect(load?.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'row 3, column "Year": "19x9" is not a year; row skipped',
    ]);
  });

  it('reads an inline sheet whose type is written in capitals, or is tab-separated values', async () => {
    const sheets = [
      { type: 'Text/CSV', content: 'Year,Headline\n2018,Typed in capitals', title: 'Typed in capitals' },
      { type: 'text/tab-separated-values', content: 'Year\tHeadline\n2019\tTabs, and a comma', title: 'Tabs, and a comma' },
    ];
    for (const { type, content, title } of sheets) {
      const { el, load } = await mountVertical({ inline: { type, content } });
      expect(listTitles(el), type).to.deep.equal([title]);
      expect(load?.problems, type).to.deep.equal([]);
    }
  });

  it('reads CSV text given as data with format="csv"', async () => {
    const { el } = await mountVertical({ data: 'Year,Headline\n2001,From data\n', attributes: { format: 'csv' } });
    expect(listTitles(el)).to.deep.equal(['From data']);
  });

  it('shows a Text cell’s paragraphs and line breaks, from HTML or typed in the cell', async () => {
    const { el } = await mountVertical({
      data: 'Year,Headline,Text\n2001,Paragraphs,<p>First part.</p><p>Second part.</p>\n2002,Lines,"Line one\nLine two"\n',
      attributes: { format: 'csv' },
    });
    // Where each line of text is drawn (WebKitGTK's innerText runs the lines together, its layout does not).
    const lineTops = (summary: Element) => {
      const range = document.createRange();
      range.selectNodeContents(summary);
      return [...new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))];
    };
    const [paragraphs, lines] = [...el.shadowRoot!.querySelectorAll('ol.list .summary')];
    const [first, second] = lineTops(paragraphs!);
    const lineHeight = lineTops(lines!)[1]! - lineTops(lines!)[0]!;
    expect(lineTops(lines!), 'two lines').to.have.length(2);
    expect(lineHeight).to.be.greaterThan(8);
    expect(second! - first!, 'a blank line between the paragraphs').to.be.closeTo(2 * lineHeight, 2);
  });

  it('reads a sheet saved with semicolons, and lists its problems in the order of its rows', async () => {
    const { el, load } = await mountVertical({
      data: 'Year;Headline;Quote;Speaker\n2001;One;Words without a speaker;\n19x9;Bad year;;\n2003;Three;;\n',
      attributes: { format: 'csv' },
    });
    expect(listTitles(el)).to.deep.equal(['One', 'Three']);
    expect(load?.problems.map((p) => p.path)).to.deep.equal(['row 2, column "Speaker"', 'row 3, column "Year"']);
  });

  it('places the parser’s problems in the sheet too', async () => {
    const { load } = await mountVertical({
      data: 'Year,Headline,ID,Quote,Speaker\n2001,One,one,,\n,,one,Words,\n',
      attributes: { format: 'csv' },
    });
    expect(load?.problems.map((p) => p.path)).to.include('row 3, column "Speaker"');
  });

  describe('Google Sheets', () => {
    let restore: () => void;
    beforeEach(() => (restore = routeGoogleToTestServer()));
    afterEach(() => restore());

    it('a “publish to the web” CSV link works as src', async () => {
      const { el } = await mountVertical({ src: 'https://docs.google.com/spreadsheets/d/PUBLISHED/pub?output=csv' });
      expect(headerText(el)).to.contain('A published sheet');
      expect(listTitles(el)).to.deep.equal(['First tab event', 'Second first-tab event']);
    });

    it('an edit link is read in its published CSV form, the tab from its #gid', async () => {
      const { el } = await mountVertical({ src: 'https://docs.google.com/spreadsheets/d/PUBLISHED/edit#gid=7' });
      expect(listTitles(el)).to.deep.equal(['Second tab event']);
    });

    for (const id of ['PRIVATE', 'LOCKED']) {
      it(`a sheet that is not published (${id}) gives an error saying to publish it`, async () => {
        const link = `https://docs.google.com/spreadsheets/d/${id}/edit`;
        const { el, error } = await mountVertical({ src: link, setup: (element) => (element.debug = true) });
        expect(error?.reason).to.equal('not-published');
        // Readers get the short message; the editor (debug) and nt-error get what to do.
        expect(alertText(el)).to.equal('This timeline could not be loaded.');
        expect(error?.message).to.contain('not published to the web').and.contain('Publish to web').and.contain(link);
        const notice = el.shadowRoot!.querySelector('[part~="problems"]')?.textContent ?? '';
        expect(notice).to.contain('not published to the web').and.contain('Publish to web');
      });
    }
  });

  it('an answer that is a web page where a CSV was expected is reported as such', async () => {
    const { error } = await mountVertical({ src: '/test/pages/bundle.html', attributes: { format: 'csv' } });
    expect(error?.reason).to.equal('not-csv');
  });
});
