/**
 * <news-timeline> in a React 19 app, with no wrapper.
 *
 * React 19 supports custom elements natively:
 * - a prop the element has as a property (`data`, `strings`, `selected`, …) is set as that
 *   property, so `data={story}` hands the element the object itself, not "[object Object]";
 *   any other prop (`heading-level`, `layout`, `theme`) becomes an attribute;
 * - `on` + the event's exact name adds a listener: `onnt-select` listens for `nt-select`.
 *
 * The element must be registered before React first renders it (import the package at the
 * top, as here), or React sees no `data` property yet and sets an attribute instead.
 */
import { useRef, useState } from 'react';
// In an app: import 'news-timeline'; and import type { … } from 'news-timeline';
import '../../src/index.js';
import type { Layout, NewsTimeline, NewsTimelineEventMap, Theme, TimelineEvent } from '../../src/index.js';

/** The element's props in JSX: properties, attributes and `on` + event name listeners. */
interface NewsTimelineProps extends React.HTMLAttributes<NewsTimeline> {
  ref?: React.Ref<NewsTimeline>;
  data?: unknown;
  src?: string;
  layout?: Layout;
  theme?: Theme;
  selected?: string;
  'heading-level'?: number;
  'onnt-load'?: (event: NewsTimelineEventMap['nt-load']) => void;
  'onnt-error'?: (event: NewsTimelineEventMap['nt-error']) => void;
  'onnt-select'?: (event: NewsTimelineEventMap['nt-select']) => void;
  'onnt-range-change'?: (event: NewsTimelineEventMap['nt-range-change']) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': NewsTimelineProps;
    }
  }
}

export interface TimelinePanelProps {
  /** A timeline document (the JSON format, or TimelineJS3). */
  data: unknown;
  /** Called with the id of the event the reader chose, or undefined when the choice is cleared. */
  onSelect?: (id: string | undefined) => void;
}

/** A timeline with a caption naming the chosen event, and a button that calls the element's `next()`. */
export function TimelinePanel({ data, onSelect }: TimelinePanelProps) {
  const timeline = useRef<NewsTimeline>(null);
  const [chosen, setChosen] = useState<TimelineEvent | undefined>();
  return (
    <figure className="timeline-figure">
      <news-timeline
        ref={timeline}
        data={data}
        heading-level={2}
        onnt-select={(event) => {
          setChosen(event.detail.event);
          onSelect?.(event.detail.event?.id);
        }}
      />
      <figcaption>
        <span aria-live="polite">{chosen ? `Chosen: ${chosen.title}` : 'No event chosen yet.'}</span>{' '}
        <button type="button" onClick={() => timeline.current?.next()}>
          Next event
        </button>
      </figcaption>
    </figure>
  );
}
