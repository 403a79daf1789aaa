import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through the CSSOM (`style.setProperty`) on every render, the first one
 * included. Lit's own styleMap writes a style attribute on first render, which a page's strict
 * Content-Security-Policy (`style-src 'self'`) blocks; setting properties is always allowed.
 * Use it as `style=${cssProps({ transform: '…', '--lane-color': '…' })}`, with kebab-case names.
 */
class CssPropsDirective extends Directive {
  /** What is set now, so an unchanged value is not set again (each set invalidates style). */
  readonly #applied = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || (part as AttributePart).name !== 'style') {
      throw new Error('cssProps() belongs in a style attribute binding');
    }
  }

  render(_properties: Readonly<Record<string, string | undefined>>) {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string | undefined>>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#applied.keys()) {
      if (properties[name] === undefined) {
        style.removeProperty(name);
        this.#applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || this.#applied.get(name) === value) continue;
      style.setProperty(name, value);
      this.#applied.set(name, value);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
