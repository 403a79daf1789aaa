/**
 * Widths kept at most. An element can live as long as a news page and be handed new stories
 * (a live blog): the cache starts again when full rather than keep every title it ever saw.
 * Well above what one view measures (the visible labels, tick labels and lane names).
 */
export const WIDTHS_KEPT = 5000;

/**
 * Label widths for layout, measured with a canvas in the element's own font. Cached per text,
 * because the same titles are measured on every zoom frame.
 */
export class TextMeasure {
  /** One canvas for every measure on the page: each sets its font before it measures. */
  static #context: CanvasRenderingContext2D | null | undefined;
  #font = '';
  /** Spacing the page adds between letters and words, in px (WCAG 1.4.12's text spacing). */
  #spacing: [letter: number, word: number] = [0, 0];
  readonly #widths = new Map<string, number>();

  /** Call when the font may have changed (connect, theme or size change). */
  setFont(font: string, letterSpacing = 0, wordSpacing = 0): void {
    if (font === this.#font && letterSpacing === this.#spacing[0] && wordSpacing === this.#spacing[1]) return;
    this.#font = font;
    this.#spacing = [letterSpacing, wordSpacing];
    this.#widths.clear();
  }

  width(text: string): number {
    const known = this.#widths.get(text);
    if (known !== undefined) return known;
    const context = (TextMeasure.#context ??= document.createElement('canvas').getContext('2d'));
    let width: number;
    if (context) {
      context.font = this.#font;
      const [letter, word] = this.#spacing;
      width = Math.ceil(context.measureText(text).width + letter * text.length + word * (text.split(' ').length - 1));
    } else {
      width = text.length * 7; // No canvas (rare): a fair guess for a 12–13 px sans-serif.
    }
    if (this.#widths.size >= WIDTHS_KEPT) this.#widths.clear();
    this.#widths.set(text, width);
    return width;
  }

  /** How many widths are kept (for tests). */
  get size(): number {
    return this.#widths.size;
  }
}
