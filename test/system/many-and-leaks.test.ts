// Many timelines on one page, and many that come and go. Twenty timelines with different data
// work independently: selecting in one leaves the others alone, and every id an ARIA attribute
// names resolves inside the same shadow root. Five hundred mounts and removals leave nothing
// behind: no window or document listener, no ResizeObserver still observing, no animation
// frame, timeout or interval still pending (counted through wrappers around each API, never
// timed), and, in Chromium where gc() is exposed, every removed element is collected.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { LoadDetail, NewsTimeline } from '../../src/index.js';
import { generatedEvents, nextFrames, settle } from '../support/helpers.js';

type Json = Record<string, unknown>;

/** Timeline `n`'s own document: its own title, event count, dates and ids. */
function documentNumber(n: number): Json {
  return {
    title: `Timeline number ${n}`,
    lanes: [
      { id: 'a', label: `Lane A of ${n}` },
      { id: 'b', label: `Lane B of ${n}` },
    ],
    events: generatedEvents(3 + (n % 7), { seed: n + 1, years: 5 + n }).map((event, index) => ({
      ...event,
      id: `t${n}-${event.id}`,
      title: `${event.title} (timeline ${n})`,
      lanes: [index % 2 === 0 ? 'a' : 'b'],
      quotes: [{ text: `Said in timeline ${n}`, speaker: `Speaker ${n}`, kind: 'direct' }],
    })),
  };
}

/** Creates a timeline with its load listener already on, appends it, and waits for nt-load. */
async function mountInto(box: HTMLElement, data: unknown, attributes: Record<string, string> = {}): Promise<NewsTimeline> {
  const el = document.createElement('news-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = new Promise<LoadDetail>((resolve, reject) => {
    el.addEventListener('nt-load', (e) => resolve(e.detail), { once: true });
    el.addEventListener('nt-error', (e) => reject(new Error(e.detail.message)), { once: true });
  });
  el.data = data;
  box.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'for'];

/** Every id an attribute refers to, and whether the shadow root holds it. */
function unresolvedReferences(root: ShadowRoot): string[] {
  const missing: string[] = [];
  for (const attribute of ID_REFERENCES) {
    for (const el of root.querySelectorAll(`[${attribute}]`)) {
      for (const id of el.getAttribute(attribute)!.split(/\s+/).filter(Boolean)) {
        if (!root.getElementById(id)) missing.push(`${el.localName}[${attribute}=${id}]`);
      }
    }
  }
  return missing;
}

describe('twenty timelines on one page', function () {
  this.timeout(60_000);

  let timelines: NewsTimeline[] = [];

  beforeEach(async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
    timelines = [];
    for (let n = 0; n < 20; n++) timelines.push(await mountInto(box, documentNumber(n)));
    await Promise.all(timelines.map((el) => settle(el)));
  });

  it('each draws its own data', () => {
    timelines.forEach((el, n) => {
      expect(el.events).to.have.length(3 + (n % 7));
      expect(el.events.every((e) => e.id.startsWith(`t${n}-`))).to.be.true;
      expect(el.shadowRoot!.querySelector('[part~="header"] .title')!.textContent).to.equal(`Timeline number ${n}`);
      expect(el.shadowRoot!.querySelectorAll('.mark').length).to.be.greaterThan(0);
    });
  });

  it('selecting in one leaves the others unselected and closed', async () => {
    const chosen = timelines[7]!;
    const id = chosen.events[1]!.id;
    chosen.select(id);
    await Promise.all(timelines.map((el) => settle(el)));
    timelines.forEach((el, n) => {
      if (n === 7) {
        expect(el.selected).to.equal(id);
        expect(el.shadowRoot!.querySelector('[role="dialog"]')).to.exist;
      } else {
        expect(el.selected, `timeline ${n}`).to.equal(undefined);
        expect(el.hasAttribute('selected'), `timeline ${n}`).to.be.false;
        expect(el.shadowRoot!.querySelector('[role="dialog"]'), `timeline ${n}`).to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('[aria-current="true"]'), `timeline ${n}`).to.have.length(0);
      }
    });
  });

  it('keeps popover and title ids inside each shadow root', async () => {
    // Every timeline with its popover open at once: twenty dialogs, twenty titles.
    for (const el of timelines) el.select(el.events[0]!.id);
    await Promise.all(timelines.map((el) => settle(el)));
    timelines.forEach((el, n) => {
      const root = el.shadowRoot!;
      const dialogs = root.querySelectorAll('[role="dialog"]');
      expect(dialogs, `timeline ${n}`).to.have.length(1);
      const titleId = dialogs[0]!.getAttribute('aria-labelledby')!;
      expect(root.getElementById(titleId)?.textContent, `timeline ${n}`).to.equal(el.events[0]!.title);
      expect(unresolvedReferences(root), `timeline ${n}`).to.deep.equal([]);
    });
    // Nothing of theirs in the page's own id space.
    for (const el of timelines) {
      for (const withId of el.shadowRoot!.querySelectorAll('[id]')) expect(document.getElementById(withId.id)).to.equal(null);
    }
    // The list view's references resolve too.
    for (const el of timelines) el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="list"]')?.click();
    await Promise.all(timelines.map((el) => settle(el)));
    timelines.forEach((el, n) => expect(unresolvedReferences(el.shadowRoot!), `timeline ${n} list`).to.deep.equal([]));
  });

  it('zooming one leaves the others where they were', async () => {
    const before = timelines.map((el) => el.visibleRange);
    const chosen = timelines[3]!;
    chosen.zoomTo(chosen.events[0]!.start.time, chosen.events[1]!.start.time + 86_400_000, { animate: false });
    await Promise.all(timelines.map((el) => settle(el)));
    timelines.forEach((el, n) => {
      if (n === 3) expect(el.visibleRange, 'the zoomed one').to.not.deep.equal(before[n]);
      else expect(el.visibleRange, `timeline ${n}`).to.deep.equal(before[n]);
    });
  });
});

// ——— leak counters ———

interface Counters {
  /** How many times each API was used during the loop: proof that the wrappers were in place. */
  used: { listeners: number; observers: number; frames: number; timeouts: number };
  listeners: Map<string, number>;
  observers: Set<ResizeObserver>;
  frames: Set<number>;
  timeouts: Set<number>;
  intervals: Set<number>;
  restore: () => void;
}

/** What a listener registration is known by: the same type, listener and capture are one. */
const listenerIds = new WeakMap<object, number>();
let nextListenerId = 1;

function listenerKey(target: string, type: string, listener: object, options: boolean | EventListenerOptions | undefined) {
  const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
  if (!listenerIds.has(listener)) listenerIds.set(listener, nextListenerId++);
  return `${target} ${type} ${capture ? 'capture' : 'bubble'} #${listenerIds.get(listener)}`;
}

/**
 * Wraps the APIs an element could leak through, counting what is still registered or pending.
 * `once` listeners and listeners removed by an AbortSignal are followed too.
 */
function installCounters(): Counters {
  const listeners = new Map<string, number>();
  const observers = new Set<ResizeObserver>();
  const frames = new Set<number>();
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const used = { listeners: 0, observers: 0, frames: 0, timeouts: 0 };
  const restorers: (() => void)[] = [];

  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const forget = (key: string) => listeners.delete(key);
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener) {
        const key = listenerKey(name, type, listener, options);
        listeners.set(key, 1);
        used.listeners++;
        if (typeof options === 'object' && options.signal) options.signal.addEventListener('abort', () => forget(key), { once: true });
        if (typeof options === 'object' && options.once) {
          // A once listener is gone after it runs: follow it with a second, internal once listener.
          add.call(target, type, () => forget(key), { once: true, capture: Boolean(options.capture) });
        }
      }
      add.call(target, type, listener as EventListenerOrEventListenerObject, options);
    } as typeof target.addEventListener;
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (listener) forget(listenerKey(name, type, listener, options));
      remove.call(target, type, listener as EventListenerOrEventListenerObject, options);
    } as typeof target.removeEventListener;
    restorers.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }

  const RealResizeObserver = window.ResizeObserver;
  const observed = new WeakMap<ResizeObserver, Set<Element>>();
  class CountedResizeObserver extends RealResizeObserver {
    override observe(target: Element, options?: ResizeObserverOptions): void {
      if (!observed.has(this)) observed.set(this, new Set());
      observed.get(this)!.add(target);
      observers.add(this);
      used.observers++;
      super.observe(target, options);
    }
    override unobserve(target: Element): void {
      observed.get(this)?.delete(target);
      if (observed.get(this)?.size === 0) observers.delete(this);
      super.unobserve(target);
    }
    override disconnect(): void {
      observed.delete(this);
      observers.delete(this);
      super.disconnect();
    }
  }
  window.ResizeObserver = CountedResizeObserver;
  restorers.push(() => (window.ResizeObserver = RealResizeObserver));

  const { requestAnimationFrame: raf, cancelAnimationFrame: caf, setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.requestAnimationFrame = (callback) => {
    const id: number = raf.call(window, (time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    used.frames++;
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    frames.delete(id);
    caf.call(window, id);
  };
  // Timer ids as numbers, whatever the typings of the day think setTimeout returns.
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
    const run = (...args: unknown[]) => {
      timeouts.delete(id);
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
    };
    const id = st.call(window, run, timeout, ...rest) as unknown as number;
    timeouts.add(id);
    used.timeouts++;
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    ct.call(window, id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
    const id = si.call(window, handler as () => void, timeout, ...rest) as unknown as number;
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    ci.call(window, id);
  }) as typeof window.clearInterval;
  restorers.push(() => Object.assign(window, { requestAnimationFrame: raf, cancelAnimationFrame: caf, setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci }));

  return { used, listeners, observers, frames, timeouts, intervals, restore: () => restorers.reverse().forEach((r) => r()) };
}

/** V8's gc() (--expose-gc); with `execution: 'async'` it answers with a promise. */
type Gc = (options?: { type: 'major' | 'minor'; execution: 'sync' | 'async' }) => Promise<void> | undefined;
type GcWindow = Window & { gc?: Gc };

const isChromium = navigator.userAgent.includes('Chrome/');

/**
 * Removed elements still reachable, after full collections. A collection must be precise for
 * this count to mean anything: a plain gc() runs inside this script, and Blink's DOM heap then
 * scans the native stack conservatively, so a stale word on it that looks like a pointer to an
 * old element keeps that element, and keeps it in every later round from the same stack (seen:
 * 0–6 of 500, at random places, never freed by more rounds). gc({execution: 'async'}) collects
 * from a task of its own, with no script on the stack: precise (those same elements were
 * collected by it). Weak references are cleared only between tasks, and an element's last
 * event, frame or microtask may still hold it for a moment: a few rounds, a frame apart (never
 * a timed wait), until none is left.
 */
async function reachableAfterCollecting(refs: readonly WeakRef<object>[]): Promise<number> {
  const gc = (window as GcWindow).gc!;
  let alive = refs.length;
  for (let round = 0; round < 5 && alive > 0; round++) {
    await gc({ type: 'major', execution: 'async' });
    await nextFrames();
    alive = refs.filter((ref) => ref.deref() !== undefined).length;
  }
  return alive;
}

/**
 * Five hundred timelines mounted and removed once, then two checks of what they left. The
 * counters check runs in every engine. Whether the removed elements were collected can only
 * be known where a collection can be forced: Chromium, which runs with gc exposed (see
 * web-test-runner.config.mjs) and must have it; Firefox and WebKit skip that check (reported as
 * skipped, not passed).
 */
describe('mounting and removing a timeline 500 times', function () {
  this.timeout(180_000);

  const MOUNTS = 500;
  let counters: Counters;
  let left: { listeners: string[]; observers: number; frames: number; timeouts: number; intervals: number; children: number };
  const removed: WeakRef<NewsTimeline>[] = [];

  before(async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
    // Warm up: the first mount loads fonts and modules, and makes what is made once.
    (await mountInto(box, documentNumber(0))).remove();
    await nextFrames();

    counters = installCounters();
    try {
      for (let i = 0; i < MOUNTS; i++) {
        // Every fifth writes the URL fragment; every tenth is removed with its popover open,
        // mid-positioning; every twenty-fifth in the list view.
        const el = await mountInto(box, documentNumber(i), i % 5 === 0 ? { hash: '' } : {});
        if (i % 10 === 0) {
          el.select(el.events[0]!.id);
          await settle(el);
        }
        if (i % 25 === 0) {
          el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="list"]')?.click();
          await el.updateComplete;
        }
        removed.push(new WeakRef(el));
        el.remove();
      }
      // What a removed element scheduled has had its chance to run: frames, then a task.
      await nextFrames();
      await nextFrames();
      await aTimeout(0);
      left = {
        listeners: [...counters.listeners.keys()],
        observers: counters.observers.size,
        frames: counters.frames.size,
        timeouts: counters.timeouts.size,
        intervals: counters.intervals.size,
        children: box.children.length,
      };
    } finally {
      counters.restore();
    }
  });

  after(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('leaves no listener, observer, frame, timeout or interval behind (every engine)', () => {
    // The element used each API hundreds of times: the counters below count something.
    expect(counters.used.listeners, 'listeners added').to.be.at.least(MOUNTS);
    expect(counters.used.observers, 'elements observed').to.be.at.least(MOUNTS);
    expect(counters.used.frames, 'frames requested').to.be.at.least(100);
    // A leak per mount would show as hundreds; a frame or timeout may be the page's own.
    expect(left.listeners, 'window and document listeners still registered').to.deep.equal([]);
    expect(left.observers, 'ResizeObservers still observing').to.equal(0);
    expect(left.frames, 'animation frames still pending').to.be.at.most(1);
    expect(left.timeouts, 'timeouts still pending').to.be.at.most(2);
    expect(left.intervals, 'intervals still running').to.equal(0);
    expect(left.children, 'elements left in the page').to.equal(0);
  });

  it('lets every removed element be collected (Chromium, where gc() can be forced)', async function () {
    if (!isChromium) this.skip();
    expect((window as GcWindow).gc, 'gc exposed in Chromium (--js-flags=--expose-gc)').to.be.a('function');
    // What matters is that the removed elements themselves are freed: a leak keeps hundreds.
    // The heap's size is no measure of it (bench/heap-diff.mjs: the V8 heap after a full
    // collection grows by well under 1 MB over 1,000 mounts, all of it compiled code and the
    // browser's own bounded buffers, while performance.memory, which the old check read,
    // varied by tens of MB with the machine's load), so it is not asserted.
    expect(removed, 'elements followed').to.have.length(MOUNTS);
    expect(await reachableAfterCollecting(removed), 'removed elements still reachable').to.equal(0);
  });
});
