import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FocusConfig {
  /** The button that stands for an event now: its mark, the cluster holding it, or its list entry. */
  readonly button: (id: string) => HTMLElement | null;
  /** Whether a button is in the plot's view: a mark drawn in the overscan past its edges is not. */
  readonly inView: (button: HTMLElement) => boolean;
  /** The event drawn in view nearest in time to `id`: focus goes to it when `id`'s mark has gone. */
  readonly nearestShown: (id: string) => string | undefined;
  /** Where focus goes when no event is drawn in view (the plot). */
  readonly fallback: () => HTMLElement | null | undefined;
}

/**
 * Roving focus over the marks: the event the arrow keys start from (only its mark is in the Tab
 * order), the event they last walked to (perhaps drawn inside a cluster), and focus moved where
 * the reader asked for it (arrow keys, closing a popover) once that button is drawn. Focus
 * never falls out of the element when the focused mark scrolls away (a zoom, a pan), nor stays
 * on a mark a pan by the keys took past the plot's edge: it goes to the event in view nearest
 * in time, where the keys go on from, or to the plot when none is.
 */
export class FocusController implements ReactiveController {
  #focused: string | undefined;
  /** The event the arrow keys last moved to, which may be drawn inside a cluster. */
  walkedTo: string | undefined;
  /** An event whose button takes focus as soon as it is drawn. */
  pending: string | undefined;
  #hadFocus = false;
  /** Set by a pan from the keys: the next update moves focus off a mark it took past the plot's edge. */
  #keepInView = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #config: FocusConfig;

  constructor(host: ReactiveControllerHost & HTMLElement, config: FocusConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  /** The event the arrow keys start from; the one mark in the Tab order stands for it. */
  get focusedId(): string | undefined {
    return this.#focused;
  }

  set focusedId(id: string | undefined) {
    if (id === this.#focused) return;
    this.#focused = id;
    this.#host.requestUpdate();
  }

  /** The view is moving away under the focused mark (a pan by the keys, not towards an event). */
  keepInView(): void {
    this.#keepInView = true;
  }

  /** The keys moved to an event: focus follows once its button is drawn. */
  moveTo(id: string): void {
    this.focusedId = id;
    this.walkedTo = id;
    this.pending = id;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    this.#hadFocus = this.#host.shadowRoot?.activeElement != null;
  }

  hostUpdated(): void {
    const root = this.#host.shadowRoot;
    if (!root) return;
    // Focus that landed on a cluster holding the focused event (the keys came while a zoom was
    // parting it) moves to the event's own mark once the cluster has parted: the next key goes on
    // from the event the reader heard, not from the cluster's first.
    const active = root.activeElement;
    const own = !this.pending && this.#focused && active?.classList.contains('mark') ? this.#config.button(this.#focused) : null;
    if (own && own !== active) own.focus({ preventScroll: true });
    if (this.pending) {
      const button = this.#config.button(this.pending);
      if (button) {
        button.focus({ preventScroll: true });
        this.pending = undefined;
      }
      return;
    }
    // Also where a pan by the keys took the focused mark past the plot's edge, drawn there still.
    const now = root.activeElement as HTMLElement | null;
    const outOfView = this.#keepInView && now !== null && !this.#config.inView(now);
    this.#keepInView = false;
    if (this.#hadFocus && (!now || outOfView)) {
      const { button, nearestShown, fallback } = this.#config;
      const mark = this.#focused && button(this.#focused);
      const id = this.#focused && (mark && this.#config.inView(mark) ? this.#focused : nearestShown(this.#focused));
      const target = (id && button(id)) || fallback();
      if (id) this.focusedId = id;
      target?.focus({ preventScroll: true });
    }
  }
}
