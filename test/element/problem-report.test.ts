import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { DEFAULT_STRINGS } from '../../src/i18n/strings.js';
import { messages as ar } from '../../src/i18n/messages/ar.js';
import { messages as de } from '../../src/i18n/messages/de.js';
import { messages as es } from '../../src/i18n/messages/es.js';
import { messages as fa } from '../../src/i18n/messages/fa.js';
import { messages as fr } from '../../src/i18n/messages/fr.js';
import { messages as ja } from '../../src/i18n/messages/ja.js';
import { messages as ko } from '../../src/i18n/messages/ko.js';
import { messages as zh } from '../../src/i18n/messages/zh.js';
import { messages as zhTW } from '../../src/i18n/messages/zh-TW.js';
import { mountTimeline, PATIENCE, settle, shadow } from '../support/helpers.js';

/** Two good events and two broken ones: one skipped, one with a bad optional field. */
const WITH_PROBLEMS = {
  title: 'Local story',
  events: [
    { id: 'a', title: 'Council votes', start: '2024-03-01' },
    { id: 'b', title: 'Broken date', start: 'June 2018x' },
    { id: 'c', title: 'Bad link', start: '2024-04-01', url: 'javascript:alert(1)' },
  ],
};
const CLEAN = { events: [{ id: 'a', title: 'Council votes', start: '2024-03-01' }] };
const NOTHING_USABLE = { events: [{ id: 'a', title: 'No date' }] };

type Call = { method: string; args: unknown[] };

/** Records what the element says to the console; restore() puts the real methods back. */
function recordConsole() {
  const calls: Call[] = [];
  const methods = ['groupCollapsed', 'groupEnd', 'warn'] as const;
  const originals = methods.map((method) => console[method]);
  for (const method of methods) {
    console[method] = (...args: unknown[]) => {
      calls.push({ method, args });
    };
  }
  return {
    calls,
    groups: () => calls.filter((c) => c.method === 'groupCollapsed').map((c) => c.args.join(' ')),
    restore: () => methods.forEach((method, i) => (console[method] = originals[i] as never)),
  };
}

function notice(element: NewsTimeline) {
  return shadow(element).querySelector<HTMLElement>('[part="problems"]');
}

describe('problems editors can see', () => {
  let recorded: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    recorded = recordConsole();
  });
  afterEach(() => recorded.restore());

  describe('in the console', () => {
    it('logs a load with problems once, as a group: the counts, then each path and message', async () => {
      const element = await mountTimeline(WITH_PROBLEMS);
      // Renders after the load (zooming, a new theme) do not log again.
      element.zoomTo('2024-03-15', '2024-04-15', { animate: false });
      element.theme = 'dark';
      await settle(element);
      recorded.restore();

      expect(recorded.groups()).to.deep.equal([
        'news-timeline: %s 2 problems in the timeline data: 2 events shown, 1 skipped.',
      ]);
      const lines = recorded.calls.filter((c) => c.method === 'warn').map((c) => c.args[1]);
      expect(lines).to.deep.equal(element.problems.map((p) => `${p.path}: ${p.message}`));
      expect(lines[0]).to.match(/^events\[1\]\.start: "June 2018x" is not a date/);
      expect(recorded.calls.map((c) => c.method).at(-1)).to.equal('groupEnd');
    });

    it('logs each new document that has problems, and nothing for one without', async () => {
      const element = await mountTimeline(CLEAN);
      expect(recorded.calls).to.deep.equal([]);
      const loaded = oneEvent(element, 'nt-load');
      element.data = WITH_PROBLEMS;
      await loaded;
      await settle(element);
      expect(recorded.groups()).to.have.length(1);
    });

    it('logs the problems of a document nothing of which can be shown', async () => {
      const element = document.createElement('news-timeline');
      const failed = oneEvent(element, 'nt-error');
      element.data = NOTHING_USABLE;
      document.body.append(element);
      try {
        await failed;
        await settle(element);
        expect(recorded.groups()).to.deep.equal(['news-timeline: %s 2 problems in the timeline data: nothing could be shown.']);
        expect(recorded.calls.filter((c) => c.method === 'warn').map((c) => c.args[1])).to.deep.equal([
          'events[0].start: is missing; write a date such as "2018-06-12"; event skipped',
          'events: The only event could not be shown.',
        ]);
      } finally {
        element.remove();
      }
    });
  });

  describe('with the debug attribute', () => {
    it('lists them inside the element under a heading, as plain text', async () => {
      const element = await mountTimeline(WITH_PROBLEMS, { attributes: { debug: '' } });
      const box = notice(element)!;
      expect(box, 'the notice').to.exist;
      expect(box.getAttribute('role')).to.equal('note');
      expect(box.querySelector('.problems-heading')!.textContent).to.equal('2 problems in the timeline data');
      const items = [...box.querySelectorAll('li')].map((li) => li.textContent);
      expect(items).to.deep.equal(element.problems.map((p) => `${p.path}: ${p.message}`));
      expect(box.getBoundingClientRect().height, 'the notice is laid out').to.be.greaterThan(0);
    });

    it('keeps the plot in sight with sixty problems: the list scrolls in its own strip, reachable by keyboard', async () => {
      const broken = Array.from({ length: 60 }, (_, i) => ({ id: `bad${i}`, title: `Broken ${i}`, start: 'bad' }));
      const element = await mountTimeline({ events: [...WITH_PROBLEMS.events, ...broken] }, { attributes: { debug: '' } });
      const box = element.getBoundingClientRect();
      const strip = notice(element)!;
      expect(strip.getBoundingClientRect().height, 'the notice').to.be.at.most(box.height / 4 + 1);
      expect(strip.scrollHeight, 'its list scrolls').to.be.greaterThan(strip.clientHeight);
      expect(strip.tabIndex).to.equal(0);
      const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
      expect(plot.height, 'the plot has room').to.be.greaterThan(150);
      expect(plot.bottom, 'inside the box').to.be.at.most(box.bottom);
    });

    it('shows nothing without it, and says so when there is nothing wrong', async () => {
      const element = await mountTimeline(WITH_PROBLEMS);
      expect(notice(element)).to.equal(null);
      element.data = CLEAN;
      element.debug = true;
      await waitUntil(() => element.events.length === 1 && notice(element), 'the clean document did not load', PATIENCE);
      expect(notice(element)!.textContent!.trim()).to.equal('No problems in the timeline data');
    });

    it('shows why a document could not be shown', async () => {
      const element = document.createElement('news-timeline');
      element.debug = true;
      const failed = oneEvent(element, 'nt-error');
      element.data = NOTHING_USABLE;
      document.body.append(element);
      try {
        await failed;
        await element.updateComplete;
        const items = [...notice(element)!.querySelectorAll('li')].map((li) => li.textContent);
        expect(items.at(-1)).to.equal('events: The only event could not be shown.');
      } finally {
        element.remove();
      }
    });

    it('writes its heading in the element’s language', async () => {
      const element = await mountTimeline(WITH_PROBLEMS, { attributes: { debug: '', lang: 'de' } });
      const heading = () => notice(element)?.querySelector('.problems-heading')?.textContent;
      // The language arrives in its own chunk, on a loaded machine possibly after a while.
      await waitUntil(() => heading() !== '2 problems in the timeline data', 'German did not load', { timeout: 8000 });
      expect(heading()).to.equal('2 Probleme in den Daten der Zeitleiste');
    });
  });
});

describe("nt-load's count", () => {
  it('is in detail.count; detail.events still answers, with one note for the developer', async () => {
    const recorded = recordConsole();
    try {
      const element = document.createElement('news-timeline');
      const loaded = oneEvent(element, 'nt-load');
      element.data = WITH_PROBLEMS;
      document.body.append(element);
      const { detail } = await loaded;
      element.remove();
      const before = recorded.calls.length;
      expect(detail.count).to.equal(2);
      expect(Object.keys(detail)).to.deep.equal(['count', 'skipped', 'problems']);
      expect(recorded.calls.length, 'reading count says nothing').to.equal(before);
      expect(detail.events).to.equal(2);
      expect(detail.events).to.equal(2);
      const notes = recorded.calls.slice(before);
      expect(notes).to.have.length(1);
      expect(String(notes[0]!.args[1])).to.contain('detail.count');
    } finally {
      recorded.restore();
    }
  });
});

describe('counts in every language', () => {
  const TABLES = { en: DEFAULT_STRINGS, fr, de, es, ar, fa, ko, ja, zh, zhTW };

  it('say "no problems", one problem and several in words that agree with the number', () => {
    const heading = (lang: keyof typeof TABLES, n: number) => TABLES[lang].problemsHeading!(n);
    expect([0, 1, 2].map((n) => heading('en', n))).to.deep.equal([
      'No problems in the timeline data',
      '1 problem in the timeline data',
      '2 problems in the timeline data',
    ]);
    expect([0, 1, 2].map((n) => heading('fr', n))).to.deep.equal([
      'Aucun problème dans les données de la chronologie',
      '1 problème dans les données de la chronologie',
      '2 problèmes dans les données de la chronologie',
    ]);
    expect([1, 2].map((n) => heading('de', n))).to.deep.equal(['1 Problem in den Daten der Zeitleiste', '2 Probleme in den Daten der Zeitleiste']);
    expect([1, 2].map((n) => heading('es', n))).to.deep.equal(['1 problema en los datos de la cronología', '2 problemas en los datos de la cronología']);
    for (const lang of ['fa', 'ko', 'ja', 'zh', 'zhTW'] as const) {
      // No plural inflection: the number stands beside the same word, and zero says "none".
      expect(heading(lang, 3), lang).to.contain('3');
      expect(heading(lang, 3).replace('3', '7'), lang).to.equal(heading(lang, 7));
      expect(heading(lang, 0), lang).not.to.contain('0');
    }
  });

  it('take all six Arabic forms', () => {
    const counts = [0, 1, 2, 3, 11, 100, 103, 111];
    expect(counts.map((n) => ar.problemsHeading!(n).replace(' في بيانات الخط الزمني', ''))).to.deep.equal([
      'لا مشكلات',
      'مشكلة واحدة',
      'مشكلتان',
      '3 مشكلات',
      '11 مشكلةً',
      '100 مشكلة',
      '103 مشكلات',
      '111 مشكلةً',
    ]);
    expect(counts.map((n) => ar.eventCount!(n))).to.deep.equal([
      'لا أحداث',
      'حدث واحد',
      'حدثان',
      '3 أحداث',
      '11 حدثًا',
      '100 حدث',
      '103 أحداث',
      '111 حدثًا',
    ]);
  });
});
