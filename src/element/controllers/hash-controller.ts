import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { filterFragment, fragmentFor, readFragment, type FragmentRead } from '../url-fragment.js';

export interface HashConfig {
  /** Whether the page opted in (the `hash` attribute). */
  readonly enabled: () => boolean;
  /** The element's id, which keeps several timelines' fragments apart. */
  readonly elementId: () => string;
  /** The ids of the document's events: only those can be named. */
  readonly eventIds: () => Iterable<string>;
  /** The fragment changed (the reader followed a link, or pressed Back) and names something for this element. */
  readonly onChange: (read: FragmentRead) => void;
}

/** Deep links in the URL fragment (url-fragment.ts): read on load and on `hashchange`, written on a reader's choice. */
export class HashController implements ReactiveController {
  readonly #config: HashConfig;

  constructor(host: ReactiveControllerHost, config: HashConfig) {
    this.#config = config;
    host.addController(this);
  }

  readonly #onHashChange = () => {
    const read = this.read();
    if (read) this.#config.onChange(read);
  };

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** What the fragment names for this element, when the page opted in. */
  read(): FragmentRead | undefined {
    if (!this.#config.enabled()) return undefined;
    return readFragment(location.hash, this.#config.elementId(), this.#config.eventIds());
  }

  /** Names the selected event (or none) and the filter's parameters, replacing the history entry. */
  write(eventId: string | undefined, filterParams: string): void {
    const url = new URL(location.href);
    const id = this.#config.elementId();
    url.hash = eventId ? fragmentFor(id, eventId, filterParams) : filterFragment(id, filterParams);
    history.replaceState(history.state, '', url);
  }
}
