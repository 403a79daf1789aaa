import { css } from 'lit';

/**
 * The list's share of the story's structure (the phone's view and the list view): era headings,
 * lane names beside the date, quotes at the column's full width, titles that open nothing.
 */
export const listStyles = css`
  .list-era {
    margin: 0.25rem 0 0.5rem;
    padding: 0.15rem 0.5rem;
    border-radius: var(--nt-radius);
    background: var(--nt-era-bg);
    color: var(--nt-muted);
    font-style: italic;
    font-weight: 600;
  }
  .list-lanes {
    display: block;
    color: var(--lane-color, var(--nt-muted));
    font-size: 0.923em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  ol.list .summary {
    margin: 0.25rem 0 0.5rem;
  }
  span.list-title {
    display: block;
    font-weight: 600;
  }
  ol.list > li[aria-current='true'] .list-title {
    color: var(--nt-accent);
  }
  /* A quote uses the column's width: no indent of the browser's own for figure and blockquote. */
  figure.quote {
    margin: 0.6rem 0;
  }
  figure.quote blockquote {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--nt-accent);
  }
  figure.quote .quote-text {
    margin: 0;
  }
  figure.quote .attribution {
    margin: 0.25rem 0 0;
    color: var(--nt-muted);
    font-size: 0.9em;
  }
`;
