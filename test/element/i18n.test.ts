import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, mountTimeline, settle, shadow } from '../support/helpers.js';

/** The list entry's date for an event (the list is always there, for assistive technology). */
function listDate(element: NewsTimeline, id: string): string {
  return shadow(element).querySelector(`li[data-id="${id}"] .list-date`)!.textContent!.trim();
}

function control(element: NewsTimeline, action: string): HTMLElement {
  return shadow(element).querySelector<HTMLElement>(`[data-action="${action}"]`)!;
}

/** Digits in the locale's own numbering system, as the browser's Intl has it. */
function localDigits(lang: string, text: string): string {
  const format = new Intl.NumberFormat(lang, { useGrouping: false });
  return text.replace(/[0-9]/g, (d) => format.format(Number(d)));
}

/**
 * A language chunk is a request and a module to compile: on a loaded machine that takes more
 * than waitUntil's default second. Polling stops as soon as the words change.
 */
const LOADED = { timeout: 10_000, interval: 20 };

/** The element once it speaks `lang`: the language arrives in its own chunk, after nt-load. */
async function speaking(lang: string, element: NewsTimeline): Promise<NewsTimeline> {
  const spoken = () => control(element, 'zoom-in').getAttribute('aria-label') !== 'Zoom in' || lang.startsWith('en');
  await waitUntil(spoken, `${lang} did not load`, LOADED);
  await settle(element);
  return element;
}

/** The article's story with `lang` and `dir` on the element. */
const articleIn = async (lang: string, dir = 'ltr') => mountTimeline(await articleData(), { attributes: { lang, dir } });

/**
 * The element's words in each language, and what marks its dates as that language's: the month's
 * name or the counters (年月日). The dates themselves are the platform's (engines' data differ in
 * small ways, so the full text is compared with this engine's own Intl, not written out here).
 */
const EXPECTED: Record<string, { june: RegExp; zoomIn: string }> = {
  fr: { june: /^12 juin 2018$/, zoomIn: 'Zoom avant' },
  de: { june: /^12\. Juni 2018$/, zoomIn: 'Vergrößern' },
  es: { june: /^12 jun\.? 2018$/, zoomIn: 'Acercar' },
  ar: { june: /يونيو/, zoomIn: 'تكبير' },
  fa: { june: /^۱۲ ژوئن ۲۰۱۸$/, zoomIn: 'بزرگ‌نمایی' },
  ko: { june: /^2018년 6월 12일$/, zoomIn: '확대' },
  ja: { june: /^2018年6月12日$/, zoomIn: '拡大' },
  zh: { june: /^2018年6月12日$/, zoomIn: '放大' },
  'zh-TW': { june: /^2018年6月12日$/, zoomIn: '放大' },
};

/** A day as this engine writes it in `lang`: the form the element uses for a date to the day. */
function platformDay(lang: string, time: number): string {
  const options = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' } as const;
  return new Intl.DateTimeFormat(lang, options).format(time);
}

describe('languages', () => {
  it('speaks English by default', async () => {
    const element = await mountTimeline(await articleData());
    expect(listDate(element, 'singapore-summit')).to.equal('Jun 12, 2018');
    expect(control(element, 'zoom-in').getAttribute('aria-label')).to.equal('Zoom in');
  });

  for (const [lang, expected] of Object.entries(EXPECTED)) {
    it(`writes dates and its own words in ${lang}`, async () => {
      const element = await speaking(lang, await articleIn(lang, lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr'));
      expect(listDate(element, 'singapore-summit')).to.equal(platformDay(lang, Date.UTC(2018, 5, 12)));
      expect(listDate(element, 'singapore-summit')).to.match(expected.june);
      expect(listDate(element, 'libya-disarmament')).to.equal(platformDay(lang, Date.UTC(2003, 11, 19)));
      // The digits are the locale's own: Persian's always, Arabic's where this engine's data has them.
      expect(listDate(element, 'libya-disarmament')).to.contain(localDigits(lang, '2003'));
      expect(control(element, 'zoom-in').getAttribute('aria-label')).to.equal(expected.zoomIn);
    });
  }

  it('writes Chinese in traditional characters for Taiwan, Hong Kong, Macau and Hant, in simplified otherwise', async function () {
    // Six mounts and two languages' words, each a request and a module to compile.
    this.timeout(30_000);
    const words = async (lang: string) => {
      const element = await speaking(lang, await articleIn(lang));
      return ['zoom-out', 'fit', 'list'].map((action) => control(element, action).getAttribute('aria-label') ?? control(element, action).textContent!.trim());
    };
    for (const lang of ['zh-TW', 'zh-HK', 'zh-Hant']) expect(await words(lang), lang).to.deep.equal(['縮小', '顯示全部', '清單檢視']);
    for (const lang of ['zh', 'zh-CN', 'zh-Hans-SG']) expect(await words(lang), lang).to.deep.equal(['缩小', '显示全部', '列表视图']);
  });

  it('takes the language of the page around it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const element = await mountTimeline(await articleData());
    wrapper.append(element.parentElement!);
    await waitUntil(() => listDate(element, 'singapore-summit') === '12. Juni 2018', 'did not switch to German', LOADED);
  });

  it('puts a direct quote in the quotation marks of its language', async function () {
    // Four languages' words, each a request and a module to compile.
    this.timeout(30_000);
    const marks = { en: ['“', '”'], fr: ['«\u00a0', '\u00a0»'], de: ['„', '“'], ja: ['「', '」'] };
    for (const [lang, [open, close]] of Object.entries(marks)) {
      // The phone's list, which shows every quote; the marks come with the language's words.
      const element = await mountTimeline(await articleData(), { width: 500, attributes: { lang } });
      const quote = () => shadow(element).querySelector('.direct .quote-text')!.textContent!;
      await waitUntil(() => quote().startsWith(open!) && quote().endsWith(close!), `${lang}: ${quote()}`, LOADED);
    }
  });

  it('lets a page override any of its words', async () => {
    const element = await mountTimeline(await articleData());
    element.strings = { zoomIn: 'Closer', listView: 'All events' };
    await settle(element);
    expect(control(element, 'zoom-in').getAttribute('aria-label')).to.equal('Closer');
    expect(control(element, 'list').textContent!.trim()).to.equal('All events');
  });

  it('uses Persian digits in announcements and counts', async () => {
    const element = await speaking('fa', await articleIn('fa', 'rtl'));
    element.select('hanoi-summit');
    await settle(element);
    const status = shadow(element).querySelector('[role="status"]')!.textContent!;
    expect(status).to.match(/[۰-۹]/);
    expect(status).to.not.match(/[0-9]/);
    // Title and date joined with the Arabic-script comma, as the language's other phrases are.
    expect(status).to.match(/^[^,]+، /);
  });

  it('puts the lane names at the right in right-to-left text, clear of every title', async () => {
    for (const width of [1024, 760]) {
      const element = await speaking('ar', await mountTimeline(await articleData(), { width, attributes: { lang: 'ar', dir: 'rtl' } }));
      const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
      const names = [...shadow(element).querySelectorAll('.lane-label')].map((name) => name.getBoundingClientRect());
      expect(names.length, `${width}: lanes named`).to.be.greaterThan(1);
      for (const name of names) expect(plot.right - name.right, `${width}: at the right edge`).to.be.within(0, 16);
      const titles = [...shadow(element).querySelectorAll('.mark .label')].map((label) => label.getBoundingClientRect()).filter((box) => box.width > 0);
      for (const name of names) {
        for (const title of titles) {
          const overlap = name.left < title.right && title.left < name.right && name.top < title.bottom && title.top < name.bottom;
          expect(overlap, `${width}: a title covers a lane name`).to.equal(false);
        }
      }
      // The export places them where the screen does.
      const svg = new DOMParser().parseFromString(element.toSVG()!, 'image/svg+xml');
      const exported = [...svg.querySelectorAll('text[font-weight="600"]')];
      expect(exported.length, `${width}: lane names exported`).to.equal(names.length);
      for (const name of exported) expect(name.getAttribute('text-anchor'), `${width}: ${name.textContent}`).to.equal('end');
    }
  });

  it('mirrors the controls in right-to-left, while time still runs left to right', async () => {
    const element = await speaking('ar', await articleIn('ar', 'rtl'));
    const zoomIn = control(element, 'zoom-in').getBoundingClientRect();
    const zoomOut = control(element, 'zoom-out').getBoundingClientRect();
    expect(zoomOut.right, 'zoom out sits left of zoom in').to.be.at.most(zoomIn.left);
    // Previous and next follow the direction of time, which stays left to right.
    const previous = control(element, 'previous').getBoundingClientRect();
    const next = control(element, 'next').getBoundingClientRect();
    expect(previous.right).to.be.at.most(next.left);
    const box = element.getBoundingClientRect();
    expect(zoomIn.left - box.left, 'controls start on the right').to.be.greaterThan(box.width / 2);
    const marks = [...shadow(element).querySelectorAll('.mark')].map((m) => m.getBoundingClientRect().left);
    expect(marks.length).to.be.greaterThan(2);
    expect(marks).to.deep.equal([...marks].sort((a, b) => a - b), 'marks in time order, left to right');
  });

  it('draws an Arabic date on the axis right to left, its day at the right as an Arabic reader expects', async function () {
    // WebKitGTK lays out (or reports) SVG text in logical order even when told it is right to
    // left, outside the element too: there, this cannot be seen through the SVG DOM.
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const text = probe.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'text'));
    text.textContent = '٣ يناير';
    text.setAttribute('direction', 'rtl');
    text.setAttribute('x', '50');
    text.setAttribute('y', '20');
    document.body.append(probe);
    const reorders = text.getStartPositionOfChar(0).x > text.getStartPositionOfChar(text.getNumberOfChars() - 1).x;
    probe.remove();
    if (!reorders) this.skip();
    // Days a week apart: each tick names a day and a month ("8 يناير"), the first the year too.
    const events = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, title: `حدث ${i + 1}`, start: `2023-01-${String(1 + 7 * i).padStart(2, '0')}` }));
    const element = await speaking('ar', await mountTimeline({ events }, { width: 900, attributes: { lang: 'ar', dir: 'rtl', spacing: 'time' } }));
    const ticks = [...shadow(element).querySelectorAll<SVGTextElement>('.axis text')].filter((text) => /[\u0621-\u064a]/.test(text.textContent!));
    expect(ticks.length, 'ticks with a month name').to.be.greaterThan(1);
    for (const tick of ticks) {
      const last = tick.getNumberOfChars() - 1;
      // The day is written first: right to left, it is drawn right of the month's end.
      expect(tick.getStartPositionOfChar(0).x, tick.textContent!).to.be.greaterThan(tick.getStartPositionOfChar(last).x);
    }
  });

  it('shows Arabic text in labels and popovers as Arabic', async () => {
    const element = await mountTimeline(
      { events: [{ id: 'a', title: 'افتتاح المكتبة العامة', start: '2020-09-01', summary: 'افتتحت المدينة مكتبتها الجديدة.' }] },
      { attributes: { lang: 'ar', dir: 'rtl' } },
    );
    element.select('a');
    await settle(element);
    const dialog = shadow(element).querySelector('[role="dialog"]')!;
    expect(dialog.querySelector('.popover-title')!.textContent).to.equal('افتتاح المكتبة العامة');
    expect(getComputedStyle(dialog).direction).to.equal('rtl');
  });
});
