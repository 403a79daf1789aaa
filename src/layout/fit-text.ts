/**
 * Text cut to a width by characters, as `text-overflow: ellipsis` cuts it on screen: for the saved
 * image, which has no such property, and for the one kind of title CSS cuts wrongly.
 */

const ELLIPSIS = '…';

/** The longest start of `text` that fits `width` with an ellipsis. */
export function fitted(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  const chars = Array.from(text);
  let low = 1;
  let high = chars.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (measure(chars.slice(0, mid).join('') + ELLIPSIS) <= width) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LEFT_TO_RIGHT = /[A-Za-z\u00c0-\u024f\u0370-\u04ff]/;

/**
 * A title that mixes right-to-left and left-to-right script ("BBC: " and an Arabic headline),
 * cut here by characters: `text-overflow` cuts the line's far end, which is where the second
 * script's run begins, so it showed the headline's last words and hid its first. Any other title
 * is left whole for CSS to cut.
 */
export function cutMixedTitle(text: string, width: number, measure: (text: string) => number): string {
  return RIGHT_TO_LEFT.test(text) && LEFT_TO_RIGHT.test(text) ? fitted(text, width, measure) : text;
}
