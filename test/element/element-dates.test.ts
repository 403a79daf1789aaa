// Dates and the axis as readers see them: the platform's forms for the page's language, and
// tick labels that can be read without guessing the year or inventing hours.
import { expect, oneEvent } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, mountTimeline, settle, shadow } from '../support/helpers.js';

/** The axis labels, left to right. */
function tickLabels(element: NewsTimeline): string[] {
  return [...shadow(element).querySelectorAll('.axis .tick text')]
    .filter((text) => text.textContent !== '')
    .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
    .map((text) => text.textContent!);
}

/** A time of day, in any language's digits: "9:00", "۹:۰۰", "21:05". */
const TIME_OF_DAY = /\p{Nd}:\p{Nd}{2}/u;

/** Four dated events across New Year 2020. */
const NEW_YEAR = {
  events: [
    { id: 'a', title: 'Talks open', start: '2019-11-12' },
    { id: 'b', title: 'First draft', start: '2019-12-05' },
    { id: 'c', title: 'Second draft', start: '2020-01-21' },
    { id: 'd', title: 'Agreement signed', start: '2020-02-14' },
  ],
};

/** Checks that the first label and the first label of each later year carry that year, and no other does. */
function expectYearsWhereTheyChange(labels: readonly string[], years: readonly number[]): void {
  expect(labels.length, labels.join(' | ')).to.be.at.least(2);
  const withYear = (year: number) => labels.flatMap((label, i) => (label.includes(String(year)) ? [i] : []));
  expect(withYear(years[0]!), `${years[0]} on the left-edge label: ${labels.join(' | ')}`).to.deep.equal([0]);
  for (const year of years.slice(1)) {
    const at = withYear(year);
    expect(at, `${year} once, where it begins: ${labels.join(' | ')}`).to.have.length(1);
    expect(at[0]).to.be.greaterThan(0);
  }
}

describe('dates in the page\'s language', () => {
  it('writes a Japanese page\'s dates in the platform\'s long form, in the list and the popover', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { lang: 'ja' } });
    const long = new Intl.DateTimeFormat('ja', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2018, 5, 12));
    expect(long).to.match(/^2018\s*年\s*6\s*月\s*12\s*日$/);
    const listDate = shadow(element).querySelector('li[data-id="singapore-summit"] .list-date')!.textContent!.trim();
    expect(listDate).to.equal(long);
    const opened = oneEvent(element, 'nt-popover-open');
    element.select('singapore-summit');
    await opened;
    await settle(element);
    expect(shadow(element).querySelector('[role="dialog"] .date')!.textContent!.trim()).to.equal(long);
  });
});

describe('axis ticks', () => {
  it('shows the year on the left-edge label and where the year changes', async () => {
    const element = await mountTimeline(NEW_YEAR, { width: 900, attributes: { spacing: 'time' } });
    expectYearsWhereTheyChange(tickLabels(element), [2019, 2020]);
    // Zoomed in to days around New Year, and out to the whole story again.
    element.zoomTo('2019-12-24', '2020-01-09', { animate: false });
    await settle(element);
    const days = tickLabels(element);
    expectYearsWhereTheyChange(days, [2019, 2020]);
    expect(days.some((label) => /^(Dec|Jan) \d+$/.test(label)), days.join(' | ')).to.be.true;
  });

  it('shows the years in a Japanese page\'s tick labels too', async () => {
    const element = await mountTimeline(NEW_YEAR, { width: 900, attributes: { spacing: 'time', lang: 'ja' } });
    expectYearsWhereTheyChange(tickLabels(element), [2019, 2020]);
    expect(tickLabels(element).join(' ')).to.contain('年');
  });

  it('gives a story of one day no hour ticks, however far it is zoomed', async () => {
    const element = await mountTimeline({ events: [{ id: 'vote', title: 'Council votes on the budget', start: '2021-05-04' }] });
    expect(tickLabels(element)).to.deep.equal(['May 4, 2021', 'May 5']);
    // Windows down to two hours (the element stops at its deepest zoom).
    for (const [start, end] of [
      ['2021-05-03T18:00Z', '2021-05-05T06:00Z'],
      ['2021-05-03T22:00Z', '2021-05-05T02:00Z'],
      ['2021-05-04T06:00Z', '2021-05-04T18:00Z'],
      ['2021-05-04T11:00Z', '2021-05-04T13:00Z'],
    ] as const) {
      element.zoomTo(start, end, { animate: false });
      await settle(element);
      const labels = tickLabels(element);
      expect(labels.filter((label) => TIME_OF_DAY.test(label)), `${start} – ${end}: ${labels.join(' | ')}`).to.deep.equal([]);
    }
  });

  it('gives a story with times of day its hours', async () => {
    const element = await mountTimeline({
      events: [
        { id: 'open', title: 'Polls open', start: '2021-05-04T07:00' },
        { id: 'close', title: 'Polls close', start: '2021-05-04T21:00' },
      ],
    });
    const labels = tickLabels(element);
    expect(labels.filter((label) => TIME_OF_DAY.test(label)).length, labels.join(' | ')).to.be.at.least(2);
    expect(labels[0], 'the first label has the day and the year').to.match(/May 4, 2021/);
  });

  it('names the day at midnight on an axis of hours, the 1st of a month too', async () => {
    const element = await mountTimeline({
      events: [
        { id: 'a', title: 'Polls close', start: '2019-04-30T20:00' },
        { id: 'b', title: 'Result', start: '2019-05-01T04:00' },
      ],
    }, { width: 1280, attributes: { spacing: 'time' } });
    const labels = tickLabels(element);
    expect(labels.some((label) => /^May 1\b/.test(label)), labels.join(' | ')).to.equal(true);
    expect(labels.some((label) => /^May( 2019)?$/.test(label)), labels.join(' | ')).to.equal(false);
  });

  it('draws a story of minutes across the width, true to time, its first minute labelled', async () => {
    // An hour of room either side drew these in a twelfth of the width, with a ≈ for 4 minutes.
    const element = await mountTimeline({
      events: [
        { id: 'a', title: 'Verdict read', start: '2021-05-04T09:00' },
        { id: 'b', title: 'Sentencing', start: '2021-05-04T09:05' },
      ],
    }, { width: 1280 });
    const root = shadow(element);
    expect(root.querySelectorAll('.axis-break').length, 'no ≈ for five minutes').to.equal(0);
    const dots = [...root.querySelectorAll('.mark .dot')].map((dot) => dot.getBoundingClientRect().left);
    const width = root.querySelector('svg.chart')!.getBoundingClientRect().width;
    expect(dots[1]! - dots[0]!, 'five minutes apart').to.be.greaterThan(width / 4);
    expect(tickLabels(element).some((label) => /9:00/.test(label)), tickLabels(element).join(' | ')).to.equal(true);
  });

  it('lays tick labels out at the size they are drawn: hours a label and a gap apart are all labelled', async () => {
    // Tick labels are drawn smaller than titles (0.72rem against 0.8125rem). Measured at the
    // titles' size, hourly labels a little wider apart than they are drawn would crowd, and
    // only every other hour would be labelled.
    const element = await mountTimeline(
      { events: [{ id: 'a', title: 'Start', start: '2021-05-04T00:00' }, { id: 'b', title: 'End', start: '2021-05-06T00:00' }] },
      { width: 1000, attributes: { spacing: 'time' } },
    );
    const axis = shadow(element).querySelector('.axis')!;
    const drawn = (text: string) => {
      const probe = axis.querySelector<SVGTextElement>('.tick text')!.cloneNode() as SVGTextElement;
      probe.textContent = text;
      axis.append(probe);
      const width = probe.getComputedTextLength();
      probe.remove();
      return width;
    };
    // The first label names the day; an hour's is at most as wide as "12:00 PM". Ticks this far
    // apart leave the 8 px gap beside the first label drawn, and not beside it measured larger.
    const reach = (drawn('May 4, 2021, 2:00 AM') + drawn('12:00 PM')) / 2;
    const spacing = reach + 8 + (reach * (0.8125 / 0.72 - 1)) / 2;
    const width = shadow(element).querySelector('svg.chart')!.getBoundingClientRect().width;
    const hours = width / spacing;
    element.zoomTo('2021-05-04T01:00', new Date(Date.UTC(2021, 4, 4, 1) + hours * 3_600_000), { animate: false });
    await settle(element);
    const xs = [...shadow(element).querySelectorAll('.axis .tick line')].map((line) => line.getBoundingClientRect().left);
    const steps = xs.slice(1).map((x, i) => x - xs[i]!);
    const labels = tickLabels(element).join(' | ');
    expect(labels).to.match(/^May 4, 2021, 2:00 AM \| 3:00 AM \| 4:00 AM/);
    expect(steps.length, labels).to.be.at.least(5);
    for (const step of steps) expect(step, `${spacing.toFixed(1)} px an hour: ${labels}`).to.be.closeTo(spacing, 1.5);
  });

  it('names every year an event falls in: a new year\'s label wins over a month\'s just before it', async () => {
    // A small story of mixed precisions: the dense last years are widened, and there a month's
    // label ("Oct", in 2019) took the room of "2020", whose two events were left under no year.
    const events = [
      { id: 'y', title: 'A year', start: '2015' },
      { id: 'm', title: 'A month', start: '2016-07' },
      { id: 'd', title: 'A day', start: '2017-02-28' },
      { id: 't', title: 'A time', start: '2018-05-01T12:00' },
      { id: 's', title: 'A second', start: '2019-09-09T09:09:09' },
      { id: 'ym', title: 'Year to month', start: '2020', end: '2021-06' },
      { id: 'leap', title: 'Leap day', start: '2020-02-29' },
    ];
    const element = await mountTimeline({ events }, { width: 768 });
    const labels = tickLabels(element);
    for (const year of ['2016', '2017', '2018', '2019', '2020', '2021']) {
      expect(labels.some((label) => label.includes(year)), `${year} in ${labels.join(' | ')}`).to.equal(true);
    }
  });

  describe('times written with an offset', () => {
    /** The x of an event's dot. */
    const dotX = (element: NewsTimeline, title: string) => {
      const mark = [...shadow(element).querySelectorAll<HTMLElement>('.mark')].find((m) => m.getAttribute('aria-label')!.endsWith(`: ${title}`))!;
      const dot = mark.querySelector('.dot')!.getBoundingClientRect();
      return dot.left + dot.width / 2;
    };

    it('runs the axis on the story’s own clock when all its times share one offset, and names it', async () => {
      const element = await mountTimeline(
        {
          events: [
            { id: 'arrive', title: 'Motorcade arrives', start: '2019-02-28T09:00+07:00' },
            { id: 'lunch', title: 'Lunch cancelled', start: '2019-02-28T13:00+07:00' },
            { id: 'leave', title: 'Leaders leave', start: '2019-02-28T15:00+07:00' },
          ],
        },
        { width: 900, attributes: { spacing: 'time' } },
      );
      element.zoomTo('2019-02-28T01:00Z', '2019-02-28T09:00Z', { animate: false });
      await settle(element);
      const labels = tickLabels(element);
      expect(labels[0], labels.join(' | ')).to.match(/^Feb 28, 2019, \d+:\d\d [AP]M UTC\+07:00$/);
      // Each hour's tick is where that hour is on the story's clock (UTC+07:00), as its events
      // are: the 1:00 PM and 3:00 PM events' dots give the axis's hour.
      const [one, three] = [dotX(element, 'Lunch cancelled'), dotX(element, 'Leaders leave')];
      const hourAt = (hour: number) => one + ((hour - 13) * (three - one)) / 2;
      const ticks = [...shadow(element).querySelectorAll('.axis .tick')].map((tick) => ({
        label: tick.querySelector('text')!.textContent!,
        x: tick.querySelector('line')!.getBoundingClientRect().left,
      }));
      for (const { label, x } of ticks) {
        const [, hour, minute, half] = /(\d+):(\d\d) ([AP])M/.exec(label) ?? [];
        expect(hour, `a time in ${labels.join(' | ')}`).to.be.a('string');
        const onClock = (Number(hour) % 12) + (half === 'P' ? 12 : 0) + Number(minute) / 60;
        expect(x, `${label} in ${labels.join(' | ')}`).to.be.closeTo(hourAt(onClock), 1.5);
      }
      expect(ticks.length, labels.join(' | ')).to.be.at.least(2);
    });

    it('runs it on UTC when the story also has dates, and says so', async () => {
      const element = await mountTimeline(
        {
          events: [
            { id: 'summit', title: 'Summit opens', start: '2019-02-27' },
            { id: 'walk', title: 'Talks break off', start: '2019-02-28T13:30+07:00' },
          ],
        },
        { width: 900, attributes: { spacing: 'time' } },
      );
      element.zoomTo('2019-02-27T20:00Z', '2019-02-28T10:00Z', { animate: false });
      await settle(element);
      const labels = tickLabels(element);
      expect(labels.filter((label) => / UTC$/.test(label)).length, labels.join(' | ')).to.be.at.least(1);
      expect(labels.every((label) => !/UTC\+/.test(label)), labels.join(' | ')).to.equal(true);
    });

    it('names no zone for times written without one', async () => {
      const element = await mountTimeline({
        events: [
          { id: 'open', title: 'Polls open', start: '2021-05-04T07:00' },
          { id: 'close', title: 'Polls close', start: '2021-05-04T21:00' },
        ],
      });
      expect(tickLabels(element).join(' | ')).not.to.contain('UTC');
    });
  });
});
