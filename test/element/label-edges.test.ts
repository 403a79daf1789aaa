// No label is drawn half at the plot's edges (issue 18): after a zoom or a pan, a label the
// edge would cut moves inside whole, or is not drawn; "…bya gives up its nuclear programme"
// with "Li" cut off at the left, or "Repair contract si…" at the right, never happen.
import { expect } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { articleData, generatedEvents, mountTimeline, settle, shadow } from '../support/helpers.js';

const DAY = 86_400_000;

/** Labels that reach into the plot but cross one of its edges. */
function labelsCutByTheEdge(element: NewsTimeline): string[] {
  const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
  return [...shadow(element).querySelectorAll<HTMLElement>('.mark .label')]
    .map((label) => ({ text: label.textContent!.trim(), box: label.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.right > plot.left && box.left < plot.right)
    .filter(({ box }) => box.left < plot.left - 0.5 || box.right > plot.right + 0.5)
    .map(({ text, box }) => `${text} (${Math.round(box.left - plot.left)}…${Math.round(box.right - plot.left)} of ${Math.round(plot.width)})`);
}

function labelOf(element: NewsTimeline, id: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(`.mark[data-id="${id}"] .label`);
}

describe('labels at the edges of the plot', function () {
  this.timeout(60_000);

  it('measures titles in the page\'s font style and text spacing (WCAG 1.4.12): every title of the article shows whole', async () => {
    for (const style of ['font-style: normal', 'font-style: italic', 'letter-spacing: 0.12em; word-spacing: 0.16em']) {
      const element = await mountTimeline(await articleData(), { width: 1200, attributes: { style } });
      const labels = [...shadow(element).querySelectorAll<HTMLElement>('.mark .label')];
      expect(labels.length, style).to.be.at.least(10);
      const cut = labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent!.trim());
      expect(cut, style).to.deep.equal([]);
      element.remove();
    }
  });

  it('moves the label of a mark just past the left edge inside, whole, after a zoom', async () => {
    const element = await mountTimeline(await articleData(), { attributes: { spacing: 'time' } });
    // Libya (19 December 2003) three days before the window: its mark is just past the left edge.
    element.zoomTo('2003-12-22', '2004-06-01', { animate: false });
    await settle(element);
    const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
    const libya = labelOf(element, 'libya-disarmament')!;
    expect(libya, 'the label is drawn').to.exist;
    const box = libya.getBoundingClientRect();
    // Its lane has one row, which the lane's name starts: the label goes just clear of the name.
    const name = [...shadow(element).querySelectorAll('.lane-label')].find((l) => l.textContent === 'Libya')!.getBoundingClientRect();
    expect(box.left, 'inside the plot').to.be.at.least(plot.left - 0.5);
    expect(box.left, 'clear of the lane name').to.be.at.least(name.right);
    expect(box.left, 'as near the edge as the name allows').to.be.below(name.right + 30);
    expect(libya.textContent!.trim()).to.equal('Libya gives up its nuclear programme');
    expect(libya.scrollWidth, 'whole').to.be.at.most(libya.clientWidth);
    expect(labelsCutByTheEdge(element)).to.deep.equal([]);
  });

  it('cuts no label at either edge while the article is zoomed and panned across', async () => {
    let shown = 0;
    for (const spacing of ['auto', 'time']) {
      const element = await mountTimeline(await articleData(), { attributes: { spacing } });
      for (const [start, days] of [
        ['2003-01-01', 400],
        ['2017-06-01', 500],
        ['2018-03-01', 200],
        ['2019-02-10', 40],
        ['2019-03-05', 30],
      ] as const) {
        const from = Date.parse(start);
        // Pan in steps of a fifth of the window.
        for (let step = 0; step < 5; step++) {
          const at = from + (step * days * DAY) / 5;
          element.zoomTo(at, at + days * DAY, { animate: false });
          await settle(element);
          expect(labelsCutByTheEdge(element), `${spacing}, ${new Date(at).toISOString().slice(0, 10)} + ${days} days`).to.deep.equal([]);
          shown += shadow(element).querySelectorAll('.mark .label').length;
        }
      }
    }
    expect(shown, 'labels were drawn to check').to.be.above(50);
  });

  it('cuts no label at either edge in a longer story, zoomed and panned', async () => {
    const element = await mountTimeline({ events: generatedEvents(60, { seed: 18, years: 10 }) }, { width: 700 });
    let shown = 0;
    for (let step = 0; step < 12; step++) {
      const at = Date.UTC(2000, 0, 1) + step * 300 * DAY;
      element.zoomTo(at, at + 500 * DAY, { animate: false });
      await settle(element);
      expect(labelsCutByTheEdge(element), `window ${step}`).to.deep.equal([]);
      shown += [...shadow(element).querySelectorAll('.mark .label')].length;
    }
    expect(shown, 'labels were drawn to check').to.be.above(20);
  });

  it('shows headlines wider than the plot cut short with an ellipsis, inside it, rather than none at all', async () => {
    const headline = (month: number) =>
      `Month ${month}: the council and the regional authority announce a further independent review of the bridge contract, its rising costs, its long delays and the tolls`;
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `m${i + 1}`, title: headline(i + 1), start: `2015-${String(i + 1).padStart(2, '0')}-15` }));
    for (const width of [700, 768]) {
      const element = await mountTimeline({ events }, { width });
      const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
      expect(headline(1).length * 5, 'each headline is wider than the plot').to.be.above(plot.width);
      const labels = [...shadow(element).querySelectorAll<HTMLElement>('.mark .label')].filter((label) => label.getBoundingClientRect().width > 0);
      expect(labels.length, `${width} px: titles shown`).to.be.at.least(4);
      for (const label of labels) {
        expect(label.scrollWidth, `${width} px: cut short`).to.be.above(label.clientWidth);
        expect(getComputedStyle(label).textOverflow, 'with an ellipsis').to.equal('ellipsis');
      }
      expect(labelsCutByTheEdge(element)).to.deep.equal([]);
      element.remove();
    }
  });

  it('cuts a headline that mixes scripts at its end, not at the start of its second script', async () => {
    // "BBC: " then an Arabic headline: cut by the line's far end, it showed the Arabic's last words.
    const arabic = 'البرلمان الإقليمي يصوت في وقت متأخر من الليل على تعليق قواعد الميزانية بعد أسابيع من الجدل حول الجسر الجديد وتكاليفه';
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, title: `BBC ${i + 1}: ${arabic} ${arabic}`, start: `2015-${String(i + 1).padStart(2, '0')}-15` }));
    for (const dir of ['ltr', 'rtl']) {
      const element = await mountTimeline({ events }, { width: 768, attributes: { dir } });
      const labels = [...shadow(element).querySelectorAll<HTMLElement>('.mark .label')].filter((label) => label.getBoundingClientRect().width > 0);
      expect(labels.length, `${dir}: titles shown`).to.be.at.least(4);
      let cut = 0;
      for (const label of labels) {
        const shown = label.textContent!;
        // Whole in its box: what shows is all there is to read, not text clipped at the far end.
        expect(label.scrollWidth, `${dir}: "${shown}" whole in its box`).to.be.at.most(label.clientWidth + 1);
        const title = events.find((e) => shown.startsWith(e.title.slice(0, e.title.indexOf(':') + 1)))!.title;
        if (shown === title) continue;
        cut++;
        expect(shown, `${dir}: cut, with an ellipsis`).to.match(/…$/);
        expect(title.startsWith(shown.slice(0, -1)), `${dir}: "${shown}" is the headline's start`).to.equal(true);
      }
      expect(cut, `${dir}: headlines cut`).to.be.at.least(2);
      element.remove();
    }
  });
});

describe('leader lines and titles', () => {
  it('shows every title of a 20-event story whole at 700 and 760 px, none starting by another event’s leader', async () => {
    const words = 'Minister says the harbour tunnel will open next year despite the court ruling ';
    for (const [length, width] of [
      [30, 700],
      [34, 760],
      [42, 1024],
    ]) {
      const events = Array.from({ length: 20 }, (_, i) => ({
        id: `e${i}`,
        start: new Date(Date.UTC(2020, 0, 1 + i * 18)).toISOString().slice(0, 10),
        title: `${i} ${words.repeat(3)}`.slice(0, length).trim(),
      }));
      const element = await mountTimeline({ events }, { width, attributes: { layout: 'horizontal' } });
      const labels = [...shadow(element).querySelectorAll<HTMLElement>('.mark .label')].filter((label) => label.getBoundingClientRect().width > 0);
      const whole = labels.filter((label) => label.scrollWidth <= label.clientWidth).length;
      expect(whole, `${length} characters at ${width} px: ${labels.filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent).join("|")} cut; shown ${labels.map((l) => l.textContent!.slice(0, 2)).join(",")}`).to.equal(20);
      // Each title begins by its own leader or clear of every other (more than a gap away).
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        const own = label.closest('.mark')!;
        for (const leader of shadow(element).querySelectorAll<HTMLElement>('.mark .leader')) {
          if (leader.closest('.mark') === own) continue;
          const line = leader.getBoundingClientRect();
          const reaches = line.top <= box.bottom;
          expect(reaches && line.left > box.left - 10 && line.left < box.left + 10, `${label.textContent} starts by a leader`).to.equal(false);
        }
      }
      element.remove();
    }
  });

  it('draws every title over the leader lines that pass behind it', async () => {
    // Close events with long titles: each label takes a row above the one before, so later
    // marks' leaders rise through earlier titles.
    const events = Array.from({ length: 6 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}: a title long enough to reach over the next few marks`,
      start: `2020-01-${String(1 + i * 3).padStart(2, '0')}`,
    }));
    const element = await mountTimeline({ events }, { width: 760, attributes: { spacing: 'time' } });
    // In the viewport, where elementFromPoint finds what is drawn on top.
    element.scrollIntoView({ block: 'start' });
    const root = shadow(element);
    const labels = [...root.querySelectorAll<HTMLElement>('.mark .label')].filter((label) => label.getBoundingClientRect().width > 0);
    let crossings = 0;
    for (const leader of root.querySelectorAll<HTMLElement>('.mark .leader')) {
      const line = leader.getBoundingClientRect();
      const x = line.left + line.width / 2;
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        const y = box.top + box.height / 2;
        if (label.closest('.mark') === leader.closest('.mark') || x <= box.left + 1 || x >= box.right - 1 || y <= line.top || y >= line.bottom) continue;
        crossings++;
        const top = root.elementFromPoint(x, y);
        expect(top?.closest('.label'), `${label.textContent} over the leader at ${Math.round(x)}: ${top?.outerHTML.slice(0, 80)}`).to.equal(label);
      }
    }
    expect(crossings, 'leaders that pass behind a title').to.be.above(0);
  });
});
