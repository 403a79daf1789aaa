import { expect, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';

type EditorWindow = Window & { axe?: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

const WAIT = { timeout: 15_000 };

/** The editor page in a frame, as an editor opens it, once its first check has run. */
async function openEditor(): Promise<{ frame: HTMLIFrameElement; page: Document; win: EditorWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '900px';
  frame.src = '/demo/editor.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentDocument!;
  await waitUntil(() => page.getElementById('summary')?.textContent, 'the editor never checked its text', WAIT);
  return { frame, page, win: frame.contentWindow as EditorWindow };
}

/** Types into the text box as a person does, and waits for the check that follows. */
async function type(page: Document, text: string): Promise<void> {
  const source = page.getElementById('source') as HTMLTextAreaElement;
  const checked = new Promise((resolve) => page.addEventListener('editor-checked', resolve, { once: true }));
  source.value = text;
  source.dispatchEvent(new Event('input', { bubbles: true }));
  await checked;
}

const problemButtons = (page: Document) => [...page.querySelectorAll<HTMLButtonElement>('#problems button')];
const preview = (page: Document) => page.getElementById('preview') as NewsTimeline;

/** The event titles the timeline draws, from its marks' labels (a cluster counts as its events). */
function drawnTitles(timeline: Element): string[] {
  return [...timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('.mark')]
    .map((mark) => mark.getAttribute('aria-label') ?? '')
    .sort();
}

async function drawnCount(timeline: Element): Promise<number> {
  const count = () =>
    [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('.mark')].reduce((n, mark) => n + Number(mark.dataset.count ?? 1), 0);
  await waitUntil(() => count() > 0, 'nothing drawn', WAIT);
  return count();
}

// Each test opens the page, whose modules the test server compiles on first request: under a
// busy machine that takes long, so the tests allow for it; every wait is for an event or a state.
describe('the editor page', () => {
  let opened: Awaited<ReturnType<typeof openEditor>> | undefined;
  afterEach(() => opened?.frame.remove());

  it('a bad date shows its problem and keeps the rest of the preview; fixing it clears it', async function () {
    this.timeout(120_000);
    opened = await openEditor();
    const { page } = opened;
    expect(problemButtons(page)).to.have.length(0);
    expect(await drawnCount(preview(page))).to.equal(3);
    const source = page.getElementById('source') as HTMLTextAreaElement;
    const good = source.value;

    await type(page, good.replace('"2019-02-27"', '"2019-02-30"'));
    const buttons = problemButtons(page);
    expect(buttons.map((b) => b.textContent)).to.have.length(1);
    expect(buttons[0]!.textContent).to.match(/^events\[1\]\.start: .*2019-02-30.*event skipped$/);
    await waitUntil(async () => (await drawnCount(preview(page))) === 2, 'the other two events are not drawn', WAIT);

    // Choosing the problem puts the cursor on the bad value.
    buttons[0]!.click();
    expect(page.activeElement).to.equal(source);
    expect(source.value.slice(source.selectionStart, source.selectionEnd)).to.equal('"2019-02-30"');

    await type(page, good);
    expect(problemButtons(page)).to.have.length(0);
    await waitUntil(async () => (await drawnCount(preview(page))) === 3, 'the fixed event is not drawn again', WAIT);
  });

  it('names the line and column of a JSON syntax error, keeps the last preview, and goes there', async function () {
    this.timeout(120_000);
    opened = await openEditor();
    const { page } = opened;
    await drawnCount(preview(page));
    const source = page.getElementById('source') as HTMLTextAreaElement;
    await type(page, source.value.replace('"title": "Singapore summit",', '"title": "Singapore summit",,'));
    const [button] = problemButtons(page);
    expect(button!.textContent).to.match(/^line \d+, column \d+: not valid JSON/);
    expect(page.getElementById('preview-note')!.hidden).to.be.false;
    expect(await drawnCount(preview(page))).to.equal(3);
    button!.click();
    expect(source.value.slice(source.selectionStart, source.selectionStart + 1)).to.equal(',');
  });

  it('reads a spreadsheet and names its rows and columns', async function () {
    this.timeout(120_000);
    opened = await openEditor();
    const { page } = opened;
    (page.getElementById('template') as HTMLSelectElement).value = 'csv';
    const checked = new Promise((resolve) => page.addEventListener('editor-checked', resolve, { once: true }));
    page.getElementById('use-template')!.click();
    await checked;
    expect(problemButtons(page)).to.have.length(0);
    expect(await drawnCount(preview(page))).to.equal(3);
    const source = page.getElementById('source') as HTMLTextAreaElement;
    await type(page, source.value.replace('2019,4,', '20x9,4,'));
    expect(problemButtons(page).map((b) => b.textContent)).to.deep.equal(['row 5, column "Year": "20x9" is not a year; row skipped']);
    problemButtons(page)[0]!.click();
    expect(source.value.slice(source.selectionStart, source.selectionEnd)).to.equal('20x9');
  });

  it('the embed code, pasted into a blank page with the bundle, shows the same timeline', async function () {
    this.timeout(120_000);
    opened = await openEditor();
    const { page } = opened;
    const bundle = page.getElementById('bundle-url') as HTMLInputElement;
    bundle.value = '/dist/news-timeline.bundle.js';
    bundle.dispatchEvent(new Event('input', { bubbles: true }));
    await drawnCount(preview(page));
    const expected = drawnTitles(preview(page));
    const snippet = (page.getElementById('embed') as HTMLTextAreaElement).value;
    expect(snippet).to.contain('<script type="application/json">');

    const blank = document.createElement('iframe');
    blank.style.width = '1100px';
    blank.style.height = '700px';
    blank.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>${snippet}</body></html>`;
    document.body.append(blank);
    try {
      await new Promise((resolve) => blank.addEventListener('load', resolve, { once: true }));
      const pasted = await waitUntil(() => blank.contentDocument!.querySelector('news-timeline')?.shadowRoot, 'the pasted element never upgraded', WAIT)
        .then(() => blank.contentDocument!.querySelector('news-timeline')!);
      expect(await drawnCount(pasted)).to.equal(3);
      expect(drawnTitles(pasted)).to.deep.equal(expected);
    } finally {
      blank.remove();
    }
  });

  it('is keyboard-usable and has no axe violations', async function () {
    this.timeout(120_000);
    opened = await openEditor();
    const { page, win } = opened;
    await drawnCount(preview(page));
    const source = page.getElementById('source') as HTMLTextAreaElement;
    await type(page, source.value.replace('"2019-02-27"', '"2019-02-30"'));
    // Every control is a native, focusable one.
    for (const control of page.querySelectorAll<HTMLElement>('main button, main select, main input, main textarea')) {
      expect(control.tabIndex, control.id || control.textContent || '').to.equal(0);
    }
    const script = page.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      page.head.append(script);
    });
    const { violations } = await win.axe!.run(page);
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
  });
});
