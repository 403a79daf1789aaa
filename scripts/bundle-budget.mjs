// The size budget of dist/news-timeline.bundle.js, gzip -9 (node:zlib level 9): checked by
// test/node/bundle-size.test.mjs in `npm test`, printed by `npm run bench`. Issue 13's target is
// 40 KiB. It was 55 KiB until terser minified the bundle again after esbuild (scripts/build.mjs,
// 1.9 KB less), then 53.5 KiB; the fixes that followed the same day (larger text, keyboard and
// list focus) took it to 53.75 KiB, and the next day's (announcements, recovering from a fault,
// words in any case, a selection kept across stories, direction controls closed, long headers
// and problem lists in strips, long titles cut, leaders under titles, `data` as text, moves that
// only reveal an event told apart) to 54.5 KiB, and the next (bars outlined, long lane names cut
// to one line on screen and in the saved image; for touch readers, the view kept across a turned
// phone, quick presses during a glide, a popover in a pinch-zoomed page, the overview's edges for
// fingers, no preview after a tap closes the popover) to 55 KiB, and its last two (leaders seen in
// forced colours, a popover placed again when the reader pinch-zooms) to 55.25 KiB, and the next
// (a plot kept clear of the stage's scroll bar, tick labels never dropped here and there: ~260 B)
// to 55.5 KiB, and its last fixes (room at the Date range's ends, fonts any viewer knows in the
// saved image, no `nt-range-change` for a range that did not change) to 55.75 KiB. Tighten it as
// cuts land; a change that needs more says why.
export const BUNDLE_BUDGET_BYTES = 55.75 * 1024;
export const BUNDLE_TARGET_BYTES = 40 * 1024;
