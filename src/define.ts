import type { NewsTimelineEventMap } from './element/events.js';
import { NewsTimeline } from './news-timeline.js';

/**
 * Registers the element under `tag` (default `news-timeline`), once. Each tag gets its own
 * subclass, because a class can be registered under one name only.
 */
export function defineNewsTimeline(tag = 'news-timeline', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, class extends NewsTimeline {});
}

defineNewsTimeline();

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
  // Typed listeners: el.addEventListener('nt-select', (e) => e.detail.event).
  interface HTMLElementEventMap extends NewsTimelineEventMap {}
}
