import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';

/**
 * The overview's window: a d3-brush that readers drag to scrub through the story. The main
 * view reports its window with `show`; a reader's drag reports back through `onBrush`.
 * Programmatic moves carry no source event, which is how the two avoid echoing each other.
 */
export class OverviewBrush implements ReactiveController {
  private readonly behavior: BrushBehavior<unknown>;
  private target: Selection<SVGGElement, unknown, null, undefined> | undefined;
  private size = { width: 0, height: 0 };

  constructor(
    host: ReactiveControllerHost,
    private readonly onBrush: (x0: number, x1: number) => void,
  ) {
    host.addController(this);
    this.behavior = brushX<unknown>().on('brush end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent || !event.selection) return;
      const [x0, x1] = event.selection as [number, number];
      this.onBrush(x0, x1);
    });
  }

  attach(group: SVGGElement, width: number, height: number): void {
    const resized = width !== this.size.width || height !== this.size.height;
    if (this.target?.node() === group && !resized) return;
    this.size = { width, height };
    this.behavior.extent([
      [0, 0],
      [width, height],
    ]);
    this.target = select(group);
    this.target.call(this.behavior);
  }

  /** Shows the main view's window, in overview pixels. */
  show(x0: number, x1: number): void {
    if (!this.target) return;
    const { width } = this.size;
    const clamped: [number, number] = [Math.max(0, Math.min(x0, width)), Math.max(0, Math.min(x1, width))];
    if (clamped[1] - clamped[0] < 1) clamped[1] = Math.min(clamped[0] + 1, width);
    this.behavior.move(this.target, clamped);
  }

  hostDisconnected(): void {
    this.target?.on('.brush', null);
    this.target = undefined;
  }
}
