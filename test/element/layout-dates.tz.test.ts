// The dates the element shows, the same in every time zone. This file runs in each zone of
// web-test-runner.config.mjs (America/Los_Angeles, Asia/Tokyo, Pacific/Kiritimati,
// Europe/London): the article, plus events on the days the clocks change in the US
// (2019-03-10) and in Europe (2019-03-31), including wall-clock times that do not exist in
// those zones and times with offsets across the date line, are drawn and opened, and every
// date a reader sees (mark names, popover dates, the list view) must match a fixed list,
// written out by hand from the data.
import { expect } from '@open-wc/testing';
import { articleData, marks, mountTimeline, settle, shadow } from '../support/helpers.js';

/** Extra events around the daylight-saving changes and the date line. */
const CLOCK_CHANGE_EVENTS = [
  { id: 'us-dst-day', title: 'US clocks go forward', start: '2019-03-10' },
  // 02:30 does not exist in Los Angeles that night; written without an offset, it is shown as written.
  { id: 'us-dst-gap', title: 'Half past two in the US gap', start: '2019-03-10T02:30' },
  { id: 'us-dst-offset', title: 'Half past two, Pacific standard time', start: '2019-03-10T02:30-08:00' },
  { id: 'eu-dst-day', title: 'European clocks go forward', start: '2019-03-31' },
  // 01:30 does not exist in London that night.
  { id: 'eu-dst-gap', title: 'Half past one in the European gap', start: '2019-03-31T01:30' },
  { id: 'eu-dst-range', title: 'A night across the change', start: '2019-03-30T23:00Z', end: '2019-03-31T03:00+01:00' },
  { id: 'kiritimati', title: 'Already the 31st in Kiritimati', start: '2019-03-31T00:30+14:00' },
];

/** Every event's date as a reader must see it, in any zone. */
const EXPECTED_DATES: Record<string, string> = {
  'us-invasion-of-iraq': 'Mar 20, 2003',
  'libya-disarmament': 'Dec 19, 2003',
  'era-of-hostility-insults': 'September 2017',
  'bolton-libya-model': 'Apr 29, 2018',
  'singapore-summit': 'Jun 12, 2018',
  'hanoi-summit': 'Feb 27, 2019 – Feb 28, 2019',
  'trump-hanoi-account': 'Feb 28, 2019',
  'ri-yong-ho-press-conference': 'Mar 1, 2019',
  'choe-son-hui-statement': 'Mar 15, 2019',
  'reuters-libya-model-report': 'Mar 29, 2019',
  'kim-calls-for-acceptable-deal': 'Apr 12, 2019',
  'trump-april-14-tweet': 'Apr 13, 2019',
  'us-dst-day': 'Mar 10, 2019',
  'us-dst-gap': 'Mar 10, 2019, 2:30 AM',
  'us-dst-offset': 'Mar 10, 2019, 2:30 AM (UTC−08:00)',
  'eu-dst-day': 'Mar 31, 2019',
  'eu-dst-gap': 'Mar 31, 2019, 1:30 AM',
  'eu-dst-range': 'Mar 30, 2019, 11:00 PM (UTC) – Mar 31, 2019, 3:00 AM (UTC+01:00)',
  kiritimati: 'Mar 31, 2019, 12:30 AM (UTC+14:00)',
};

/** The order in time (by instant), the same everywhere. */
const EXPECTED_ORDER = [
  'us-invasion-of-iraq',
  'libya-disarmament',
  'era-of-hostility-insults',
  'bolton-libya-model',
  'singapore-summit',
  'hanoi-summit',
  'trump-hanoi-account',
  'ri-yong-ho-press-conference',
  'us-dst-day',
  'us-dst-gap',
  'us-dst-offset',
  'choe-son-hui-statement',
  'reuters-libya-model-report',
  'kiritimati',
  'eu-dst-range',
  'eu-dst-day',
  'eu-dst-gap',
  'kim-calls-for-acceptable-deal',
  'trump-april-14-tweet',
];

/** The article's story with the clock-change events added. */
async function storyWithClockChanges(): Promise<unknown> {
  const article = (await articleData()) as { events: unknown[] };
  return { ...article, events: [...article.events, ...CLOCK_CHANGE_EVENTS] };
}

describe(`dates in the element, in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, function () {
  this.timeout(30_000);

  it('keeps the events in the same order', async () => {
    const el = await mountTimeline(await storyWithClockChanges(), { width: 900 });
    expect(el.events.map((e) => e.id)).to.deep.equal(EXPECTED_ORDER);
  });

  it('names each mark with its date as written', async () => {
    const el = await mountTimeline(await storyWithClockChanges(), { width: 900 });
    const byTitle = new Map(el.events.map((e) => [e.title, e.id]));
    const singles = marks(el).filter((m) => m.dataset.count === '1');
    expect(singles.length, 'some marks stand for one event').to.be.greaterThan(0);
    for (const mark of singles) {
      const label = mark.getAttribute('aria-label')!;
      const id = mark.dataset.id!;
      const event = el.events.find((e) => e.id === id)!;
      expect(label).to.equal(`${EXPECTED_DATES[id]}: ${event.title}`);
      expect(byTitle.get(event.title)).to.equal(id);
    }
    // A cluster names the dates it spans, from its first event's.
    for (const cluster of marks(el).filter((m) => m.dataset.count !== '1')) {
      expect(cluster.getAttribute('aria-label')).to.contain(EXPECTED_DATES[cluster.dataset.id!]!.split(' – ')[0]!);
    }
  });

  it('shows the same date in every popover', async () => {
    const el = await mountTimeline(await storyWithClockChanges(), { width: 900 });
    const seen: Record<string, string> = {};
    for (const id of EXPECTED_ORDER) {
      el.select(id);
      await settle(el);
      const dialog = shadow(el).querySelector('[role="dialog"]')!;
      seen[id] = dialog.querySelector('.date')!.textContent!.trim();
    }
    expect(seen).to.deep.equal(EXPECTED_DATES);
  });

  it('shows the same dates in the list view', async () => {
    const el = await mountTimeline(await storyWithClockChanges(), { width: 900 });
    shadow(el).querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
    await settle(el);
    const items = [...shadow(el).querySelectorAll<HTMLElement>('ol.list li[data-id]')];
    expect(items.map((li) => li.dataset.id)).to.deep.equal(EXPECTED_ORDER);
    const dates = Object.fromEntries(items.map((li) => [li.dataset.id!, li.querySelector('.list-date')!.textContent!.trim()]));
    expect(dates).to.deep.equal(EXPECTED_DATES);
  });

  it('shows the same dates in the vertical layout', async () => {
    const el = await mountTimeline(await storyWithClockChanges(), { width: 900 });
    el.layout = 'vertical';
    await settle(el);
    const dates = Object.fromEntries(
      [...shadow(el).querySelectorAll<HTMLElement>('ol.list li[data-id]')].map((li) => [
        li.dataset.id!,
        li.querySelector('.list-date')!.textContent!.trim(),
      ]),
    );
    expect(dates).to.deep.equal(EXPECTED_DATES);
  });
});
