/**
 * The colours an exported image is drawn in, resolved once from the element's custom
 * properties (`--nt-bg`, `--nt-lane-1`, …) to plain `rgb()` values: a saved file has none of
 * the page's CSS, and `light-dark()` pairs only mean something where a colour scheme applies.
 */
export interface ExportColors {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly line: string;
  readonly era: string;
  readonly laneBand: string;
  /** One per lane, in the scene's lane order. */
  readonly lanes: readonly string[];
}

const PROPERTIES = { background: '--nt-bg', text: '--nt-fg', muted: '--nt-muted', line: '--nt-line', era: '--nt-era-bg', laneBand: '--nt-lane-bg' } as const;

/**
 * Each colour set on a probe inside `root` (so the host's properties and colour scheme apply)
 * and read back computed. Styles are set through the CSSOM, which a strict CSP allows.
 * `laneColors` are CSS values, e.g. `var(--nt-lane-1)`.
 */
export function resolveColors(root: Element | DocumentFragment, laneColors: readonly string[]): ExportColors {
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const resolve = (value: string) => {
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  try {
    const named = Object.fromEntries(Object.entries(PROPERTIES).map(([name, property]) => [name, resolve(`var(${property})`)]));
    return { ...(named as Record<keyof typeof PROPERTIES, string>), lanes: laneColors.map(resolve) };
  } finally {
    probe.remove();
  }
}
