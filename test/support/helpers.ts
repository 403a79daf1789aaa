import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { seededRandom } from './seeded-random.js';

export { seededRandom };

/** The article's data, as a page would load it. */
export async function articleData(): Promise<unknown> {
  const response = await fetch('/data/north-korea-talks.json');
  return response.json();
}

/** Waits for the next two frames: layout, then anything scheduled on the first. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Mounts a timeline with `data` in a box `width` px wide (the test page is 800 × 600) and waits until it has drawn.
 * Extra attributes go on the element.
 */
export async function mountTimeline(
  data: unknown,
  { width = 760, attributes = {} as Record<string, string> } = {},
): Promise<NewsTimeline> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.width = `${width}px`;
  const element = document.createElement('news-timeline');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const loaded = oneEvent(element, 'nt-load');
  element.data = data;
  box.append(element);
  await loaded;
  await settle(element);
  return element;
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
