import { css } from 'lit';

/** The legend of lanes, the tag chip and the tag buttons (render-filters.ts). */
export const filterStyles = css`
  /* In the toolbar's row: the legend and the chip wrap to a row of their own only when they must. */
  .filters {
    display: contents;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-inline-start: 0.5rem;
  }
  .legend-item,
  .tag,
  .clear-filter {
    min-height: 24px;
    border: 1px solid var(--nt-line);
    border-radius: var(--nt-radius);
    background: var(--nt-bg);
    cursor: pointer;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    max-width: 20em;
    padding: 0.1rem 0.5rem;
  }
  /* One line: a long lane name (a pasted paragraph) ends in an ellipsis rather than taking the
     plot's height; the button's name keeps all of it. */
  .lane-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .legend-item .swatch {
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    border: 2px solid var(--lane-color, var(--nt-accent));
    background: var(--lane-color, var(--nt-accent));
  }
  /* A hidden lane: its swatch hollow and its name struck through, so it is not colour alone. */
  .legend-item[aria-pressed='false'] {
    color: var(--nt-muted);
    text-decoration: line-through;
  }
  .legend-item[aria-pressed='false'] .swatch {
    background: transparent;
  }
  .legend-item:hover,
  .tag:hover,
  .clear-filter:hover {
    border-color: var(--nt-accent);
  }
  .filter-chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    padding: 0 0 0 0.5rem;
    border: 1px solid var(--nt-accent);
    border-radius: var(--nt-radius);
  }
  .clear-filter {
    min-width: 24px;
    border: 0;
    border-inline-start: 1px solid var(--nt-accent);
    border-radius: 0 var(--nt-radius) var(--nt-radius) 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin: 0.4rem 0 0;
    font-size: 0.9em;
  }
  .tags-label {
    color: var(--nt-muted);
  }
  .tag {
    padding: 0 0.45rem;
  }
  .tag[aria-pressed='true'] {
    background: var(--nt-accent);
    border-color: var(--nt-accent);
    color: var(--nt-bg);
  }
  @media print {
    .filters,
    .tags {
      display: none;
    }
  }
`;
