// Pictures and media in the element: what a reader sees in the popover and the list, what is
// loaded and when (the test server counts the requests for /__media/picture.png per key), what
// happens when a picture cannot load, and the TimelineJS fixtures' media. Refused addresses
// (javascript:, data:, credentials) are in test/security/xss.test.ts.
// Players (embeds="youtube") are tested on the strict-CSP page (test/security/csp.test.ts), whose
// frame-src keeps them from ever reaching the provider's network.
import { expect, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { mount, mountTimeline, nextFrames, settle, shadow, type MountOptions } from '../support/helpers.js';

const PICTURE = '/test/fixtures/media/harbour.png';

/** A key of this test's own, so the same test running in another browser is not counted. */
function requestKey(): string {
  return `${navigator.userAgent.length}-${Math.random().toString(36).slice(2)}`;
}

async function pictureRequests(key: string): Promise<number> {
  const response = await fetch(`/__media/requests?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { count: number }).count;
}

function storyWith(media: Record<string, unknown>, id = 'harbour') {
  return {
    title: 'A harbour',
    events: [
      { id: 'before', title: 'Before', start: '2019-01-10' },
      { id, title: 'The harbour reopens', start: '2019-04-02', media },
      { id: 'after', title: 'After', start: '2019-08-20' },
    ],
  };
}

/** Mounts a timeline and resolves with the element and its nt-load detail. */
async function mountWithLoad(options: MountOptions) {
  const { el, load } = await mount(options);
  expect(load, 'nt-load').to.exist;
  return { element: el, load: load! };
}

async function openPopover(element: NewsTimeline, id: string): Promise<HTMLElement> {
  element.select(id);
  await settle(element);
  return shadow(element).querySelector<HTMLElement>('[role="dialog"]')!;
}

function loaded(image: HTMLImageElement): boolean {
  return image.complete && image.naturalWidth > 0;
}

describe('pictures and media in events', function () {
  this.timeout(20_000);

  it('shows a picture with its alt, caption and credit in the popover, loaded only when it opens, its box kept', async () => {
    const key = requestKey();
    const element = await mountTimeline(
      storyWith({
        // The server holds the picture back a little, so its box is measured before it arrives.
        url: `/__media/picture.png?key=${key}&delay=300`,
        alt: 'Boats in a harbour at dusk',
        caption: 'The harbour on its first night',
        credit: 'Jane Doe',
        width: 60,
        height: 40,
      }),
    );
    expect(shadow(element).querySelector('img'), 'no picture before the popover opens').to.equal(null);
    expect(await pictureRequests(key), 'no request before the popover opens').to.equal(0);

    const popover = await openPopover(element, 'harbour');
    const image = popover.querySelector<HTMLImageElement>('figure.media img')!;
    expect(image.getAttribute('alt')).to.equal('Boats in a harbour at dusk');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('decoding')).to.equal('async');
    expect(image.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(image.hasAttribute('style'), 'no inline style').to.equal(false);
    const caption = popover.querySelector('figure.media figcaption')!;
    expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('The harbour on its first night Photo: Jane Doe');

    const before = { image: image.getBoundingClientRect(), popover: popover.getBoundingClientRect() };
    expect(before.image.height, 'the picture’s box is reserved before it arrives').to.be.greaterThan(0);
    expect(before.image.width / before.image.height).to.be.closeTo(60 / 40, 0.05);
    await waitUntil(() => loaded(image), 'the picture did not load', { timeout: 8000 });
    expect(await pictureRequests(key)).to.equal(1);
    const after = { image: image.getBoundingClientRect(), popover: popover.getBoundingClientRect() };
    expect(after.image.height, 'nothing moved when it arrived').to.be.closeTo(before.image.height, 0.5);
    expect(after.popover.height).to.be.closeTo(before.popover.height, 0.5);
  });

  it('hides a picture that cannot load, keeping its caption and credit, with no broken image', async () => {
    const element = await mountTimeline(
      storyWith({ url: '/__media/not-a-picture.png', alt: 'A harbour', caption: 'The harbour', credit: 'Jane Doe' }),
    );
    const popover = await openPopover(element, 'harbour');
    const image = popover.querySelector<HTMLImageElement>('figure.media img')!;
    await waitUntil(() => image.hidden, 'the failed picture was not hidden', { timeout: 8000 });
    expect(image.getBoundingClientRect().height, 'nothing is drawn for it').to.equal(0);
    const caption = popover.querySelector<HTMLElement>('figure.media figcaption')!;
    expect(caption.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(caption.textContent).to.contain('The harbour');
    expect(caption.textContent).to.contain('Photo: Jane Doe');
  });

  it('keeps the box of a picture that cannot load in the phone list, so nothing below it moves', async () => {
    const element = await mountTimeline(
      storyWith({ url: '/__media/not-a-picture.png', alt: 'A harbour', caption: 'The harbour', width: 600, height: 400 }),
      { width: 360 },
    );
    const image = shadow(element).querySelector<HTMLImageElement>('ol.list figure.media img')!;
    const after = () => shadow(element).querySelector('ol.list li[data-id="after"]')!.getBoundingClientRect().top;
    // Measured once the list's own layout has settled (two frames alike): on a busy machine the
    // first frames can still be laying the phone view out, which is not the picture's doing.
    let [box, below] = [image.getBoundingClientRect().height, after()];
    await waitUntil(
      async () => {
        await nextFrames();
        const now = [image.getBoundingClientRect().height, after()] as const;
        const still = now[0] === box && now[1] === below;
        [box, below] = now;
        return still;
      },
      'the list never settled',
      { timeout: 8000 },
    );
    expect(box, 'a box reserved').to.be.greaterThan(100);
    await waitUntil(() => getComputedStyle(image).visibility === 'hidden', 'the failed picture is still drawn', { timeout: 8000 });
    expect(image.getBoundingClientRect().height, 'its box kept').to.be.closeTo(box, 0.5);
    expect(after(), 'the next event did not move').to.be.closeTo(below, 0.5);
  });

  it('reports a picture without alt, and names it by its caption', async () => {
    const { element, load } = await mountWithLoad({ data: storyWith({ url: PICTURE, caption: 'The harbour at dusk' }) });
    expect(load.problems.map((p) => p.path)).to.deep.equal(['events[1].media.alt']);
    const popover = await openPopover(element, 'harbour');
    expect(popover.querySelector('figure.media img')!.getAttribute('alt')).to.equal('The harbour at dusk');
  });

  it('shows a video as a link card that opens in a new tab, never a frame, unless the page opts in', async () => {
    const video = {
      url: 'https://www.youtube.com/watch?v=aPweFhhXFvY',
      caption: 'Jean Bartik talks about the ENIAC women',
      credit: 'Computer History Museum',
    };
    // Opting in to another provider does not turn this one into a player.
    const element = await mountTimeline(storyWith(video), { attributes: { embeds: 'vimeo' } });
    const popover = await openPopover(element, 'harbour');
    expect(shadow(element).querySelector('iframe')).to.equal(null);
    const link = popover.querySelector<HTMLAnchorElement>('figure.media.card a.media-link')!;
    expect(link.getAttribute('href')).to.equal(video.url);
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('YouTube Jean Bartik talks about the ENIAC women');
    expect(popover.querySelector('figure.media figcaption')!.textContent!.trim()).to.equal('Credit: Computer History Museum');
  });

  it('shows pictures in the vertical and list views, and only their words in the list kept for screen readers', async () => {
    const media = { url: PICTURE, alt: 'Boats in a harbour', caption: 'The harbour', credit: 'Jane Doe', width: 60, height: 40 };
    const horizontal = await mountTimeline(storyWith(media));
    const hidden = shadow(horizontal).querySelector('.list-view li[data-id="harbour"]')!;
    expect(hidden.querySelector('img'), 'no picture loaded for the hidden list').to.equal(null);
    expect(hidden.querySelector('figure.media')!.textContent).to.contain('Photo: Jane Doe');

    shadow(horizontal).querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
    await settle(horizontal);
    const listed = shadow(horizontal).querySelector<HTMLImageElement>('.list-view li[data-id="harbour"] img')!;
    expect(listed.getAttribute('alt')).to.equal('Boats in a harbour');

    const vertical = await mountTimeline(storyWith(media), { width: 375 });
    const item = shadow(vertical).querySelector('.list-view li[data-id="harbour"]')!;
    const image = item.querySelector<HTMLImageElement>('figure.media img')!;
    await waitUntil(() => loaded(image), 'the picture in the vertical view did not load', { timeout: 8000 });
    expect(image.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(item.querySelector('figcaption')!.textContent).to.contain('The harbour');
  });

  it('resolves a relative address against the document when it came from src, else against the page', async () => {
    const { el: fromSrc } = await mount({ src: '/test/fixtures/media/timeline.json' });
    expect(fromSrc.events[0]!.media?.url).to.equal(new URL(PICTURE, location.href).href);

    const fromData = await mountTimeline(storyWith({ url: 'relative/harbour.png', alt: 'A harbour' }));
    expect(fromData.events[1]!.media?.url).to.equal(new URL('relative/harbour.png', document.baseURI).href);
  });

  it('maps the media of a real TimelineJS document, reporting at its own paths', async () => {
    const { element, load: detail } = await mountWithLoad({ src: '/test/fixtures/timelinejs/women-in-computing.json' });
    const kinds = element.events.map((event) => event.media && `${event.media.kind}:${event.media.provider ?? ''}`);
    expect(kinds.filter((kind) => kind === 'picture:')).to.have.length(2);
    expect(kinds.filter((kind) => kind === 'link:youtube')).to.have.length(3);
    expect(kinds).to.include.members(['link:vimeo', 'link:soundcloud', 'link:google-maps', 'link:wikipedia']);
    const mediaProblems = detail.problems.filter((p) => p.path.includes('.media'));
    // Only what still cannot map: a TimelineJS quote, two lost links, two pictures without alt.
    expect(mediaProblems.map((p) => p.path)).to.deep.equal([
      'events[0].media.caption',
      'events[1].media.url',
      'events[2].media.credit',
      'events[0].media.alt',
      'events[7].media.alt',
    ]);
    // A video is a card (its pictures are not opened here: they live on other hosts).
    const video = element.events.find((event) => event.media?.provider === 'youtube')!;
    const popover = await openPopover(element, video.id);
    expect(popover.querySelector('a.media-link')!.textContent).to.contain('YouTube');
    expect(popover.querySelector('iframe')).to.equal(null);
  });

  it('has no axe violations with a picture open', async () => {
    const element = await mountTimeline(
      storyWith({ url: PICTURE, alt: 'Boats in a harbour', caption: 'The harbour', credit: 'Jane Doe', link: 'https://images.example/harbour' }),
    );
    const popover = await openPopover(element, 'harbour');
    const image = popover.querySelector<HTMLImageElement>('figure.media img')!;
    await waitUntil(() => loaded(image), 'the picture did not load', { timeout: 8000 });
    await expect(element).to.be.accessible();
  });

  it('has no axe violations with a link card open', async () => {
    const card = await mountTimeline(storyWith({ url: 'https://vimeo.com/304869290', caption: 'Training footage' }));
    await openPopover(card, 'harbour');
    await expect(card).to.be.accessible();
  });
});
