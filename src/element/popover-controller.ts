import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/**
 * Keeps the open popover next to its event and inside the viewport: floating-ui's
 * offset → flip → shift → size, re-run by autoUpdate while open (scroll, resize, zoom and pan
 * move the anchor). Narrow screens get a bottom sheet instead, which needs no positioning.
 * Also closes the popover on a pointer press outside it.
 */

export interface PopoverConfig {
  readonly isSheet: () => boolean;
  readonly onOutsidePress: (event: PointerEvent) => void;
}

const EDGE = 8;

export class PopoverController implements ReactiveController {
  private stopAutoUpdate: (() => void) | undefined;
  private floating: HTMLElement | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: PopoverConfig,
  ) {
    host.addController(this);
  }

  private readonly onPointerDown = (event: PointerEvent) => {
    if (this.floating && !event.composedPath().includes(this.floating)) this.config.onOutsidePress(event);
  };

  /** Starts following `anchor`; call after the popover is rendered. */
  open(anchor: Element, floating: HTMLElement): void {
    if (this.floating === floating && this.stopAutoUpdate) {
      this.stopAutoUpdate();
    } else {
      this.close();
      // Capture, so a press that d3-zoom stops from propagating still closes the popover.
      window.addEventListener('pointerdown', this.onPointerDown, true);
    }
    this.floating = floating;
    if (this.config.isSheet()) {
      floating.style.removeProperty('transform');
      this.stopAutoUpdate = () => {};
      return;
    }
    this.stopAutoUpdate = autoUpdate(anchor, floating, () => {
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'top',
        middleware: [
          offset(10),
          flip({ padding: EDGE, fallbackPlacements: ['bottom', 'right', 'left'] }),
          shift({ padding: EDGE }),
          size({
            padding: EDGE,
            apply({ availableHeight }) {
              floating.style.setProperty('max-height', `${Math.max(120, Math.floor(availableHeight))}px`);
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`);
      });
    });
  }

  close(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    this.floating = undefined;
    window.removeEventListener('pointerdown', this.onPointerDown, true);
  }

  hostDisconnected(): void {
    this.close();
  }
}
