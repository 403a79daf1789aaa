import { interpolateZoom } from 'd3-interpolate';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

/**
 * An animated zoom over requestAnimationFrame, the way d3-zoom's own transition moves: the
 * view's centre and width fly along `interpolateZoom`'s path, eased in and out. It replaces
 * d3-transition, which would bring d3-color, d3-timer, d3-ease and the rest of d3-interpolate
 * (about 28 KB minified) for this one animation.
 */

/** d3's easeCubicInOut. */
function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

export interface ZoomExtent {
  readonly width: number;
  readonly height: number;
}

export class ZoomAnimation {
  #frame: number | undefined;
  #target: ZoomTransform | undefined;

  /** Where the running animation is taking the view; undefined when none runs. */
  get destination(): ZoomTransform | undefined {
    return this.#frame === undefined ? undefined : this.#target;
  }

  /** Moves from `from` to `to` over `duration` ms, handing each frame's transform to `apply`. */
  start(from: ZoomTransform, to: ZoomTransform, extent: ZoomExtent, duration: number, apply: (t: ZoomTransform) => void): void {
    this.stop();
    this.#target = to;
    const centre: [number, number] = [extent.width / 2, extent.height / 2];
    const size = Math.max(extent.width, extent.height);
    const [ax, ay] = from.invert(centre);
    const [bx, by] = to.invert(centre);
    const path = interpolateZoom([ax, ay, size / from.k], [bx, by, size / to.k]);
    // Timed from the call, as d3's transitions are: a late first frame (a busy page) shortens
    // the glide rather than delaying its end.
    const begin = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, Math.max(0, (now - begin) / duration));
      if (progress >= 1) {
        this.#frame = undefined;
        // The exact target, free of the path's rounding.
        apply(to);
        return;
      }
      this.#frame = requestAnimationFrame(step);
      const [x, y, width] = path(easeCubicInOut(progress));
      const k = size / width;
      apply(zoomIdentity.translate(centre[0] - x * k, centre[1] - y * k).scale(k));
    };
    this.#frame = requestAnimationFrame(step);
  }

  stop(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    this.#target = undefined;
  }
}
