import { selection } from 'd3-selection';

/**
 * What d3-zoom needs of d3-transition, for the one-file bundle: scripts/build.mjs puts this
 * module in d3-transition's place. d3-zoom imports `interrupt` and calls
 * `selection.interrupt()` to stop a running d3 transition before each gesture; the bundle has
 * no d3 transitions (its animated zoom is src/element/zoom-animation.ts), so there is never one
 * to stop. d3-transition itself would bring d3-color, d3-timer, d3-ease and most of
 * d3-interpolate: about 28 KB minified.
 */
export function interrupt(): void {}

const prototype = selection.prototype as { interrupt?: () => unknown };
prototype.interrupt ??= function (this: unknown) {
  return this;
};
