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

type GcWindow = Window & { gc?: () => void };

const isChromium = navigator.userAgent.includes('Chrome/');

/** Forces a full collection where the engine allows it; Chromium must (it runs with gc exposed). */
function collectGarbage(): boolean {
  const gc = (window as GcWindow).gc;
  if (isChromium) expect(gc, 'gc exposed in Chromium (--js-flags=--expose-gc)').to.be.a('function');
  gc?.();
  return gc !== undefined;
}

/** Weak references are cleared only between tasks: collect across a few of them. */
async function collected(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    await aTimeout(20);
  }
}

describe('mounting and removing a timeline 500 times', function () {
  this.timeout(120_000);

  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('leaves no listener, observer, frame, timeout or interval behind', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
    // Warm up: the first mount loads fonts and modules, and makes what is made once.
    (await mountInto(box, documentNumber(0))).remove();
    await nextFrames();

    const counters = installCounters();
    const weakElements: WeakRef<NewsTimeline>[] = [];
    try {
      for (let i = 0; i < 500; i++) {
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
        weakElements.push(new WeakRef(el));
        el.remove();
      }
      // What a removed element scheduled has had its chance to run.
      await nextFrames();
      await nextFrames();
      await aTimeout(100);

      const left = {
        listeners: [...counters.listeners.keys()],
        observers: counters.observers.size,
        frames: counters.frames.size,
        timeouts: counters.timeouts.size,
        intervals: counters.intervals.size,
      };
      // A leak per mount would show as hundreds; a frame or timeout may be the page's own.
      // The element used each API hundreds of times: the counters below count something.
      expect(counters.used.listeners, 'listeners added').to.be.at.least(500);
      expect(counters.used.observers, 'elements observed').to.be.at.least(500);
      expect(counters.used.frames, 'frames requested').to.be.at.least(100);
      expect(left.listeners, 'window and document listeners still registered').to.deep.equal([]);
      expect(left.observers, 'ResizeObservers still observing').to.equal(0);
      expect(left.frames, 'animation frames still pending').to.be.at.most(1);
      expect(left.timeouts, 'timeouts still pending').to.be.at.most(2);
      expect(left.intervals, 'intervals still running').to.equal(0);
      expect(box.children, 'elements left in the page').to.have.length(0);
    } finally {
      counters.restore();
    }

    // What matters is that the removed elements themselves are collected: a leak would keep
    // hundreds. The heap's size is no measure of that: V8 keeps compiled code and type feedback
    // from 500 mounts, and how much depends on when it last compacted (12 MB in one run, 47 MB
    // on a loaded machine), so it is not asserted. Chromium runs with gc exposed (see
    // web-test-runner.config.mjs); the other engines cannot force a collection.
    if (!collectGarbage()) return;
    await collected();
    const alive = weakElements.filter((ref) => ref.deref() !== undefined).length;
    expect(alive, 'removed elements still reachable').to.be.at.most(5);
  });

});
