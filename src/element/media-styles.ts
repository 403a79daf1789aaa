import { css } from 'lit';

/**
 * Pictures, link cards and players (render-media.ts). Every box is reserved before anything
 * arrives: a picture by its width and height attributes, or a fixed aspect ratio when the data
 * gives no size; a player at 16:9.
 */
export const mediaStyles = css`
  figure.media {
    margin: 0.6rem 0;
    max-width: 100%;
  }
  .popover figure.media {
    /* A steady width, so the popover does not change size when a picture arrives. */
    width: 24rem;
  }
  .list-view figure.media {
    width: min(100%, 32rem);
  }
  .media-image {
    display: block;
    width: 100%;
    height: auto;
    max-height: 16rem;
    object-fit: contain;
    border-radius: calc(var(--nt-radius) / 2);
    background: var(--nt-lane-bg);
  }
  .media-image.unsized {
    aspect-ratio: 3 / 2;
  }
  /* A picture that could not load is hidden; its caption and credit stay. */
  .media-image[hidden] {
    display: none;
  }
  figure.media figcaption {
    margin: 0.3rem 0 0;
    color: var(--nt-muted);
    font-size: 0.9em;
  }
  .media-caption,
  .media-credit {
    display: block;
  }
  .media-credit {
    font-size: 0.9em;
  }
  .media-link {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-height: 24px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--nt-line);
    border-radius: var(--nt-radius);
    color: inherit;
    text-decoration: none;
  }
  .media-link:hover .media-title {
    text-decoration: underline;
  }
  .media-provider {
    color: var(--nt-accent);
    font-size: 0.85em;
    font-weight: 600;
  }
  figure.media .media-source {
    color: inherit;
  }
  .media-frame {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    border: 0;
    border-radius: calc(var(--nt-radius) / 2);
    background: var(--nt-lane-bg);
  }
  figure.embed figcaption .media-link {
    margin-top: 0.3rem;
  }
`;
