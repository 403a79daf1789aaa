import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { articleData, marks, mountTimeline, PATIENCE, shadow } from '../support/helpers.js';

describe('forced colors (Windows high contrast)', () => {
  let emulated = false;
  before(async function () {
    emulated = (await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active: true })) === true;
    // Skipped only where the engine cannot emulate it; where it can, a late media query fails.
    if (!emulated) this.skip();
    await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colours never applied', PATIENCE);
  });
  after(async () => {
    if (emulated) await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('keeps every mark visible in the system colours', async () => {
    const element = await mountTimeline(await articleData());
    const text = getComputedStyle(shadow(element).querySelector('.control')!).color;
    for (const mark of marks(element)) {
      const dot = getComputedStyle(mark.querySelector('.dot')!);
      expect(dot.backgroundColor, 'a mark is painted').to.not.match(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(dot.backgroundColor, 'in the text colour').to.equal(text);
    }
  });

  it('writes the axis, its gap marks and the eras in the system text colour', async () => {
    const element = await mountTimeline(await articleData());
    const text = getComputedStyle(shadow(element).querySelector('.control')!).color;
    const svgText = [...shadow(element).querySelectorAll('.axis text, .axis-break-mark, .era-label')];
    expect(svgText.length).to.be.greaterThan(3);
    for (const node of svgText) expect(getComputedStyle(node).fill, node.textContent!).to.equal(text);
  });

  it('tells pressed from not, a shown lane from a hidden one, and the selected mark, without the page colours', async () => {
    const element = await mountTimeline(await articleData());
    const root = shadow(element);
    // Pressed as a reader presses them: List view on, then off again; one lane hidden.
    const control = (action: string) => root.querySelector<HTMLElement>(`[data-action="${action}"]`)!;
    control('list').click();
    await element.updateComplete;
    expect(control('list').getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(control('list')).backgroundColor, 'a pressed control').to.not.equal(getComputedStyle(control('zoom-in')).backgroundColor);
    control('list').click();
    await element.updateComplete;
    const [shown, hidden] = [...root.querySelectorAll<HTMLElement>('.legend-item')];
    hidden!.click();
    await element.updateComplete;
    expect(hidden!.getAttribute('aria-pressed')).to.equal('false');
    const fill = (item: HTMLElement) => getComputedStyle(item.querySelector('.swatch')!).backgroundColor;
    expect(fill(shown!), 'a shown lane’s swatch is filled').to.not.match(/rgba\(0, 0, 0, 0\)/);
    expect(fill(hidden!), 'a hidden one’s is hollow').to.match(/rgba\(0, 0, 0, 0\)/);
    element.select('hanoi-summit');
    await element.updateComplete;
    // The system's highlight colour, which the page's own dark text colour could not be seen against.
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = 'Highlight';
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(root.querySelector('.mark[aria-current="true"] .dot')!).boxShadow, 'the selected mark’s ring').to.contain(highlight);
  });

  it('keeps the leaders that tie titles to their marks in the system text colour', async () => {
    const element = await mountTimeline(await articleData());
    const text = getComputedStyle(shadow(element).querySelector('.control')!).color;
    const leaders = [...shadow(element).querySelectorAll('.mark .leader')];
    expect(leaders.length).to.be.greaterThan(3);
    for (const leader of leaders) expect(getComputedStyle(leader).backgroundColor).to.equal(text);
  });
});
