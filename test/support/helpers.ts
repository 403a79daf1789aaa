import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ErrorDetail, LoadDetail, NewsTimeline } from '../../src/index.js';
import { seededRandom } from './seeded-random.js';

export { seededRandom };

/** The article's data, as a page would load it. */
export async function articleData(): Promise<unknown> {
  const response = await fetch('/data/north-korea-talks.json');
  return response.json();
}

/**
 * How long `waitUntil` waits for what the element does next (a chunk, a frame, focus moving):
 * long enough for a busy machine (two cores running three browsers), where @open-wc's default
 * second has run out (the React example once drew its marks later than that). A real failure
 * still fails, only later, and within mocha's 10 s for a test.
 */
export const PATIENCE = { timeout: 8000, interval: 20 };

/** Waits for the next two frames: layout, then anything scheduled on the first. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** How a test gives the element its document and puts it in the page. */
export interface MountOptions {
  /** The `data` property. */
  data?: unknown;
  /** The `src` attribute. */
  src?: string;
  /** An inline `<script>` child: its text (an object is written as JSON) and its type (JSON by default). */
  inline?: { content: unknown; type?: string };
  /** Attributes set before the element connects. */
  attributes?: Record<string, string>;
  /** The width of the box it is put in, in px (the test page is 800 × 600). */
  width?: number;
  /** A box already in the page to put it in instead (`width` is then the box's own). */
  into?: HTMLElement;
  /** Anything else to do before it connects (a property, strings, a child). */
  setup?: (element: NewsTimeline) => void;
  /** Cancel every `nt-error`, as a page that shows its own message does. */
  cancelErrors?: boolean;
  /**
   * `outcome` (the default): resolve once the element says how loading went (`nt-load` or
   * `nt-error`) and has drawn that; `connected`: as soon as it is in the page.
   */
  until?: 'outcome' | 'connected';
}

/** A mounted element and everything it has said about loading so far (the lists keep growing). */
export interface Mounted {
  el: NewsTimeline;
  loads: LoadDetail[];
  errors: CustomEvent<ErrorDetail>[];
  /** The first `nt-load`'s detail, once there is one. */
  readonly load: LoadDetail | undefined;
  /** The first `nt-error`'s detail, once there is one. */
  readonly error: ErrorDetail | undefined;
}

/**
 * Puts a timeline in the page with its listeners attached before it connects (`nt-load` can fire
 * in its first update), gives it a document, and by default waits for the outcome.
 */
export async function mount(options: MountOptions = {}): Promise<Mounted> {
  const box = options.into ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  if (!options.into) box.style.width = `${options.width ?? 760}px`;
  const el = document.createElement('news-timeline');
  const loads: LoadDetail[] = [];
  const errors: CustomEvent<ErrorDetail>[] = [];
  el.addEventListener('nt-load', (event) => loads.push(event.detail));
  el.addEventListener('nt-error', (event) => {
    errors.push(event);
    if (options.cancelErrors) event.preventDefault();
  });
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if (options.src !== undefined) el.setAttribute('src', options.src);
  if ('data' in options) el.data = options.data;
  if (options.inline) {
    const script = document.createElement('script');
    script.type = options.inline.type ?? 'application/json';
    const { content } = options.inline;
    script.textContent = typeof content === 'string' ? content : JSON.stringify(content);
    el.append(script);
  }
  options.setup?.(el);
  box.append(el);
  const mounted: Mounted = {
    el,
    loads,
    errors,
    get load() {
      return loads[0];
    },
    get error() {
      return errors[0]?.detail;
    },
  };
  if (options.until !== 'connected') await outcome(mounted);
  return mounted;
}

/** Waits until the element has said how loading went (`nt-load` or `nt-error`), and has drawn it. */
export async function outcome({ el, loads, errors }: Mounted): Promise<void> {
  const told = () => loads.length + errors.length > 0;
  if (!told()) {
    await new Promise<void>((resolve) => {
      const done = () => {
        el.removeEventListener('nt-load', done);
        el.removeEventListener('nt-error', done);
        resolve();
      };
      el.addEventListener('nt-load', done);
      el.addEventListener('nt-error', done);
    });
  }
  await settle(el);
}

/**
 * Mounts a timeline with `data` in a box `width` px wide and waits until it has drawn; fails
 * with the element's message when it reports an error instead.
 */
export async function mountTimeline(
  data: unknown,
  { width = 760, attributes = {} as Record<string, string> } = {},
): Promise<NewsTimeline> {
  const { el, error } = await mount({ data, width, attributes });
  if (error) throw new Error(`nt-error (${error.reason}): ${error.message}`);
  return el;
}

/** Lets the element react to a change: its update, the resize observer, a frame. */
export async function settle(element: NewsTimeline): Promise<void> {
  await element.updateComplete;
  await nextFrames();
  await element.updateComplete;
}

export function shadow(element: NewsTimeline): ShadowRoot {
  return element.shadowRoot!;
}

export function marks(element: NewsTimeline): HTMLButtonElement[] {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('.mark')];
}

/** The mark drawn for an event (its own, or the cluster holding it). */
export function markFor(element: NewsTimeline, title: string): HTMLButtonElement | undefined {
  return marks(element).find((mark) => mark.getAttribute('aria-label')?.endsWith(`: ${title}`));
}

/** The centre of an element in viewport pixels. */
export function centre(target: Element): { x: number; y: number } {
  const box = target.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** `count` events over `years` years from 2000, seeded; titles of varied length. */
export function generatedEvents(count: number, { years = 20, seed = 1 } = {}) {
  const random = seededRandom(seed);
  const start = Date.UTC(2000, 0, 1);
  const span = years * 365 * 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const words = 1 + Math.floor(random() * 5);
    return { id: `e${i}`, title: `Event ${i} ${'word '.repeat(words).trim()}`, start: day };
  });
}

/**
 * Makes the page report `prefers-reduced-motion: reduce` until the returned function is called.
 * Zooms then arrive at once, so a test about where the view ends up waits for the element's
 * update, not for an animation's time (the glide itself: test/element/zoom-animation.test.ts).
 */
export function preferReducedMotion(): () => void {
  const original = window.matchMedia;
  window.matchMedia = (query: string) =>
    query.includes('prefers-reduced-motion') ? ({ ...original.call(window, query), matches: true } as MediaQueryList) : original.call(window, query);
  return () => {
    window.matchMedia = original;
  };
}

/**
 * Starts a zoom in by the button and returns while it glides, so a press made next comes
 * mid-glide (else a test of it would prove nothing); a glide a busy machine ended first is
 * tried again.
 */
export async function glideUnderway(element: NewsTimeline, whole: number): Promise<void> {
  const span = () => element.visibleRange!.end.getTime() - element.visibleRange!.start.getTime();
  for (let attempt = 1; ; attempt++) {
    element.fit({ animate: false });
    await settle(element);
    shadow(element).querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
    await waitUntil(() => span() < whole * 0.99, 'did not start gliding', { timeout: 5000, interval: 5 });
    if (span() > (whole / 2) * 1.01) return;
    expect(attempt, 'the glide ended before the press, three times').to.be.lessThan(3);
  }
}
