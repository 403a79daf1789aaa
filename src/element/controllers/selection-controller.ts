import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scene } from '../../layout/scene.js';
import type { StoryView } from '../../layout/story-view.js';
import type { TimelineEvent } from '../../model/types.js';
import { timelineEvent, type SelectTrigger } from '../events.js';
import type { FocusController } from './focus-controller.js';

export interface SelectionConfig {
  readonly view: () => StoryView | undefined;
  readonly scene: () => Scene | undefined;
  /** The element's `selected` property (reflected), read and written here only. */
  readonly selected: () => string | undefined;
  readonly setSelected: (id: string | undefined) => void;
  /** Which view lists the events: the phone's (vertical) view, or the list view the reader chose. */
  readonly listing: () => { readonly vertical: boolean; readonly listView: boolean };
  /** Whether an event's popover shows more than the phone's list does (a player). */
  readonly addsToList: (event: TimelineEvent) => boolean;
  /** The open popover's panel, once drawn. */
  readonly panel: () => HTMLElement | null | undefined;
  /** Whether the open popover stands by a mark of the plot (not by a list entry). */
  readonly anchoredToMark: () => boolean;
  /** Turns the list to the page that holds the event at `index` in the events shown. */
  readonly showPage: (index: number) => void;
  /** Brings an event into the horizontal view. */
  readonly reveal: (event: TimelineEvent) => void;
  readonly announce: (event: TimelineEvent) => void;
  readonly roving: FocusController;
}

/**
 * The selected event and its popover: choosing an event (by pointer, keys, the toolbar, a link
 * or the API) selects it, turns the list to it, brings it into view, says it and opens its
 * popover; closing gives focus back to its mark. `nt-select`, `nt-popover-open` and
 * `nt-popover-close` are fired here, the popover's two after the update that drew or removed it.
 */
export class SelectionController implements ReactiveController {
  #opened = false;
  /** Whether `open` changed since the last update. */
  #openChanged = false;
  /**
   * The event whose popover is open: focus goes back to it when it closes, and the page hears
   * that it closed, even where a new document no longer has it.
   */
  #popoverOf: TimelineEvent | undefined;
  /** The id `choose` last set: a `selected` other than it was set by the page. */
  #chosen: string | undefined;
  /** The entry last brought into sight in the list: one selected before the list was drawn is brought once it is. */
  #inSight: string | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #config: SelectionConfig;

  constructor(host: ReactiveControllerHost & HTMLElement, config: SelectionConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  /** Whether the selected event's popover is open. */
  get open(): boolean {
    return this.#opened;
  }

  private set open(value: boolean) {
    if (value === this.#opened) return;
    this.#opened = value;
    this.#openChanged = true;
    this.#host.requestUpdate();
  }

  /** The event whose popover is drawn, if one is open. */
  get popoverEvent(): TimelineEvent | undefined {
    return this.#opened ? this.#config.view()?.eventById(this.#config.selected()) : undefined;
  }

  /** Selects an event shown (or none, for `undefined`) and tells the page; an id not shown does nothing. */
  select(id: string | undefined, trigger: SelectTrigger): void {
    if (id !== undefined && !this.#config.view()?.eventById(id)) return;
    this.#host.dispatchEvent(timelineEvent('nt-select', { event: this.choose(id), trigger }));
  }

  /** Selects a known event (or none) without telling the page yet: the selection, focus, list page, popover, view and announcement. */
  choose(id: string | undefined): TimelineEvent | undefined {
    const config = this.#config;
    const view = config.view();
    const event = view?.eventById(id);
    this.#chosen = event?.id;
    config.setSelected(event?.id);
    config.roving.focusedId = event?.id ?? config.roving.focusedId;
    if (!event) {
      this.open = false;
      return undefined;
    }
    config.showPage(view!.indexOf(event.id));
    // The phone's view is the list, which shows everything of an event but a player: its sheet opens only for that.
    this.open = !config.listing().vertical || config.addsToList(event);
    config.reveal(event);
    config.announce(event);
    return event;
  }

  /** The next (1) or previous (-1) event in time from the selected or focused one; at an end, the selected one stays and the page hears nothing. */
  step(by: number): void {
    const view = this.#config.view();
    const events = view?.shown ?? [];
    if (events.length === 0) return;
    const selected = this.#config.selected();
    const current = view!.indexOf(selected ?? this.#config.roving.focusedId);
    const index = current < 0 ? (by > 0 ? 0 : events.length - 1) : Math.min(Math.max(current + by, 0), events.length - 1);
    if (index !== current || !selected) this.select(events[index]!.id, 'navigation');
  }

  /** Closes the popover; focus goes back to its event's button unless the reader pressed elsewhere. */
  close(restoreFocus = true): void {
    if (!this.#opened) return;
    this.open = false;
    const selected = this.#config.selected();
    if (restoreFocus && selected) this.#config.roving.pending = selected;
  }

  /**
   * A new document without the selected event (or none yet): its popover closes, and the page's
   * `selected` waits to be chosen again once a story has that event, as when it was set before
   * its story came. A story that still has it keeps its popover open.
   */
  storyChanged(): void {
    if (this.#config.view()?.eventById(this.#config.selected())) return;
    // Only a popover that was open opens again: one the reader closed stays closed.
    if (this.#popoverOf) this.#chosen = undefined;
    this.open = false;
  }

  /** The events shown changed (a filter): a popover whose event is hidden closes. */
  viewChanged(): void {
    const selected = this.#config.selected();
    if (selected && !this.#config.view()?.eventById(selected)) this.open = false;
  }

  /**
   * Before an update: an event the page selected (the `selected` attribute or property) is
   * chosen as `select()` would, once it is shown, without an nt-select; a popover whose event
   * the zoom has moved out of the plot closes.
   */
  hostUpdate(): void {
    // A removed attribute reads as null: the same as no selection.
    const wanted = this.#config.selected() ?? undefined;
    if (wanted !== this.#chosen && (wanted === undefined || this.#config.view()?.eventById(wanted))) this.choose(wanted);
    // Turned into the phone's list (a phone turned) with a popover open: the list shows all of the
    // event but a player, so only a player's sheet stays; focus that was in it goes to the entry.
    if (this.#opened && this.#config.listing().vertical) {
      const event = this.#config.view()?.eventById(wanted);
      if (event && !this.#config.addsToList(event)) this.close(this.#host.shadowRoot?.activeElement != null);
    }
    const scene = this.#config.scene();
    if (!this.#opened || !scene || this.#config.listing().listView || !this.#config.anchoredToMark()) return;
    const selected = this.#config.selected();
    if (!scene.marks.some((mark) => mark.items.some((e) => e.id === selected))) this.close(false);
  }

  /**
   * After the element's update (and its nt-load): focus moves into a popover just opened and the
   * page hears of it, or of one just closed; an event selected in the phone's view, where no
   * sheet opens, is brought into sight in the list.
   */
  updated(selectedChanged: boolean): void {
    if (this.#openChanged || (this.#opened && selectedChanged)) this.#popoverChanged();
    this.#openChanged = false;
    if (!this.#opened) this.#showInList();
  }

  #popoverChanged(): void {
    const view = this.#config.view();
    const event = view?.eventById(this.#config.selected());
    const panel = this.#config.panel();
    if (this.#opened && event && panel) {
      // Another event's popover gave way to this one: the page hears it close first.
      const replaced = this.#popoverOf?.id === event.id ? undefined : this.#popoverOf;
      if (replaced) this.#host.dispatchEvent(timelineEvent('nt-popover-close', { event: replaced }));
      this.#popoverOf = event;
      panel.focus({ preventScroll: true });
      this.#host.dispatchEvent(timelineEvent('nt-popover-open', { event }));
    } else {
      const closed = this.#popoverOf;
      this.#popoverOf = undefined;
      if (closed) this.#host.dispatchEvent(timelineEvent('nt-popover-close', { event: closed }));
    }
  }

  /**
   * Scrolls the phone's list to the selected entry, as `scrollIntoView({ block: 'nearest' })`
   * would inside the stage alone: for an entry taller than the stage, Firefox goes on to scroll
   * the page to its far edge, and moves the › button out from under the reader's finger.
   */
  #showInList(): void {
    const selected = this.#config.selected();
    if (!selected || !this.#config.listing().vertical) {
      this.#inSight = undefined;
      return;
    }
    if (selected === this.#inSight) return;
    const entry = this.#host.shadowRoot?.querySelector(`ol.list > li[data-id="${CSS.escape(selected)}"]`);
    const stage = entry?.closest('.stage');
    if (!entry || !stage) return;
    this.#inSight = selected;
    if (stage.scrollHeight <= stage.clientHeight) return entry.scrollIntoView({ block: 'nearest' });
    const box = entry.getBoundingClientRect();
    const top = box.top - stage.getBoundingClientRect().top - stage.clientTop;
    stage.scrollTop += top < 0 || box.height > stage.clientHeight ? top : Math.max(top + box.height - stage.clientHeight, 0);
  }

  /** Escape closes the popover; inside it, the key goes no further (a dialog around the element stays open). */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#opened) return;
    const panel = this.#config.panel();
    if (panel && event.composedPath().includes(panel)) event.stopPropagation();
    this.close();
  };
}
