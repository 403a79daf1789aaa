// An event's media, read by the pure parser (src/parse/parse-media.ts) and classified from its
// address alone (src/parse/classify-media.ts): what is kept, what is refused with its path,
// how relative addresses resolve, and which provider's player an address names.
import { expect } from '@open-wc/testing';
import type { Media } from '../../src/model/types.js';
import { classifyMedia, embedUrl, parseEmbeds, providerOf } from '../../src/parse/classify-media.js';
import { parseTimeline, type ParseOptions } from '../../src/parse/parse-timeline.js';
import { formatProblem } from '../../src/parse/problems.js';

const BASE = 'https://news.example/stories/talks.json';

/** The media of the third event (so paths are `events[2]…`), and every problem as an editor reads it. */
function readMedia(media: unknown, options: ParseOptions = { baseUrl: BASE }): { media: Media | undefined; problems: string[] } {
  const events = [
    { id: 'a', title: 'A', start: '2018' },
    { id: 'b', title: 'B', start: '2019' },
    { id: 'c', title: 'C', start: '2020', media },
  ];
  const result = parseTimeline({ events }, options);
  const event = result.timeline?.events.find((e) => e.id === 'c');
  expect(event, 'the event stays whatever its media').to.exist;
  return { media: event!.media, problems: result.problems.map(formatProblem) };
}

describe('media in the data', () => {
  it('keeps a picture with alt, caption, credit, link and size', () => {
    const { media, problems } = readMedia({
      url: 'https://images.example/hanoi.jpg',
      alt: 'Two leaders shake hands',
      caption: 'Hanoi, 27 February 2019',
      credit: 'AP',
      link: 'https://images.example/hanoi',
      width: 1200,
      height: 800,
    });
    expect(problems).to.deep.equal([]);
    expect(media).to.deep.equal({
      kind: 'picture',
      url: 'https://images.example/hanoi.jpg',
      provider: undefined,
      alt: 'Two leaders shake hands',
      caption: 'Hanoi, 27 February 2019',
      credit: 'AP',
      link: 'https://images.example/hanoi',
      width: 1200,
      height: 800,
    });
  });

  it('resolves a relative address against the base it is given', () => {
    expect(readMedia({ url: 'pictures/a.png', alt: 'A' }).media?.url).to.equal('https://news.example/stories/pictures/a.png');
    expect(readMedia({ url: '/a.png', alt: 'A' }).media?.url).to.equal('https://news.example/a.png');
    expect(readMedia({ url: '//cdn.example/a.png', alt: 'A' }).media?.url).to.equal('https://cdn.example/a.png');
  });

  it('reports a relative address when there is no base to resolve it against', () => {
    const { media, problems } = readMedia({ url: 'pictures/a.png', alt: 'A' }, {});
    expect(media).to.equal(undefined);
    expect(problems).to.deep.equal([
      'events[2].media.url: "pictures/a.png" is a relative address, and there is no document address to resolve it against; media left out',
    ]);
  });

  it('refuses every scheme but http(s), and addresses with credentials, at their path', () => {
    const refused = [
      ['javascript:alert(1)', '"javascript:"'],
      ['JaVaScRiPt:alert(1)', '"javascript:"'],
      ['java\tscript:alert(1)', '"javascript:"'],
      ['data:image/png;base64,iVBORw0KGgo=', '"data:"'],
      ['blob:https://news.example/5f0e8b1c', '"blob:"'],
      ['file:///etc/passwd', '"file:"'],
      ['ftp://news.example/a.jpg', '"ftp:"'],
      ['about:blank', '"about:"'],
    ];
    for (const [url, scheme] of refused) {
      const { media, problems } = readMedia({ url, alt: 'A' });
      expect(media, url).to.equal(undefined);
      expect(problems, url).to.deep.equal([
        `events[2].media.url: only http: and https: addresses are shown; ${scheme} was refused; media left out`,
      ]);
    }
    for (const url of ['https://user:secret@news.example/a.jpg', 'https://user@news.example/a.jpg']) {
      const { media, problems } = readMedia({ url, alt: 'A' });
      expect(media, url).to.equal(undefined);
      expect(problems).to.deep.equal([
        'events[2].media.url: holds a user name or password; such addresses are refused; media left out',
      ]);
    }
  });

  it('reports a picture without alt, and keeps it', () => {
    const { media, problems } = readMedia({ url: 'https://images.example/a.webp', caption: 'The summit' });
    expect(media?.kind).to.equal('picture');
    expect(media?.alt).to.equal(undefined);
    expect(problems).to.deep.equal([
      'events[2].media.alt: is missing; describe what the picture shows for readers who cannot see it (its caption stands in)',
    ]);
    expect(readMedia({ url: 'https://images.example/a.webp', alt: '  ' }).problems).to.have.length(1);
    // A link card has no picture to describe.
    expect(readMedia({ url: 'https://www.youtube.com/watch?v=C-nTpGMMVjY' }).problems).to.deep.equal([]);
  });

  it('drops a bad link, type or size and keeps the media', () => {
    const { media, problems } = readMedia({
      url: 'https://images.example/a.png',
      alt: 'A',
      link: 'javascript:alert(1)',
      type: 'video',
      width: -3,
      height: '200',
    });
    expect(media).to.include({ url: 'https://images.example/a.png', link: undefined, width: undefined, height: undefined });
    expect(problems).to.deep.equal([
      'events[2].media.type: must be "image" or "link", not "video"',
      'events[2].media.link: only http: and https: addresses are shown; "javascript:" was refused; link left out',
      'events[2].media.width: must be a whole number from 1 up, not -3',
      'events[2].media.height: must be a whole number from 1 up, not "200"',
    ]);
  });

  it('reports media that is not an object, or has no url', () => {
    expect(readMedia('https://images.example/a.png').problems).to.deep.equal([
      'events[2].media: must be an object, not "https://images.example/a.png"',
    ]);
    expect(readMedia({ alt: 'A' }).problems).to.deep.equal(['events[2].media.url: is missing; media left out']);
  });

  it('lets type say what an address without an extension is', () => {
    expect(readMedia({ url: 'https://images.example/photo?id=3', alt: 'A', type: 'image' }).media?.kind).to.equal('picture');
    expect(readMedia({ url: 'https://images.example/photo?id=3' }).media?.kind).to.equal('link');
    expect(readMedia({ url: 'https://images.example/a.jpg', type: 'link' }).media?.kind).to.equal('link');
  });
});

describe('classifying media addresses', () => {
  const classify = (url: string) => classifyMedia(new URL(url));

  it('knows pictures by their extension, in any case', () => {
    for (const ext of ['jpeg', 'jpg', 'JPG', 'png', 'gif', 'webp', 'avif', 'svg']) {
      expect(classify(`https://images.example/a/b.${ext}?w=300`).kind, ext).to.equal('picture');
    }
    expect(classify('https://images.example/a.jpg.html').kind).to.equal('link');
    expect(classify('https://images.example/a.tiff').kind).to.equal('link');
  });

  it('knows the providers, and that a page about a picture is a page', () => {
    const cases: [string, string | undefined][] = [
      ['https://www.youtube.com/watch?v=C-nTpGMMVjY', 'youtube'],
      ['https://youtu.be/2n5yakw5jgo', 'youtube'],
      ['https://vimeo.com/304869290', 'vimeo'],
      ['https://soundcloud.com/obamawhitehouse/grace-hopper', 'soundcloud'],
      ['https://twitter.com/#!/MittRomney/status/165994713806155776', 'x'],
      ['https://x.com/someone/status/1', 'x'],
      ['https://en.wikipedia.org/wiki/Mark_Twain', 'wikipedia'],
      ['https://commons.wikimedia.org/wiki/File:Ape_skeletons.png', 'wikipedia'],
      ['https://www.google.com/maps/place/University+of+Pennsylvania/@39.95,-75.19,17z', 'google-maps'],
      ['https://docs.google.com/document/d/1abc/edit', 'google-docs'],
      ['https://news.example/report.PDF', 'pdf'],
      ['http://instagram.com/p/lEPdm4J20m/', undefined],
      ['https://notyoutube.com/watch?v=C-nTpGMMVjY', undefined],
    ];
    for (const [url, provider] of cases) {
      expect(providerOf(new URL(url)), url).to.equal(provider);
      expect(classify(url).kind, url).to.equal('link');
    }
    // The picture files themselves are pictures.
    expect(classify('https://upload.wikimedia.org/wikipedia/commons/a/a4/Ada_Lovelace_portrait.jpg').kind).to.equal('picture');
  });

  it('names the privacy-enhanced player of a single video, and no other', () => {
    expect(embedUrl('https://www.youtube.com/watch?v=C-nTpGMMVjY&t=10', 'youtube')).to.equal(
      'https://www.youtube-nocookie.com/embed/C-nTpGMMVjY',
    );
    expect(embedUrl('https://youtu.be/2n5yakw5jgo', 'youtube')).to.equal('https://www.youtube-nocookie.com/embed/2n5yakw5jgo');
    expect(embedUrl('https://www.youtube.com/shorts/aPweFhhXFvY', 'youtube')).to.equal(
      'https://www.youtube-nocookie.com/embed/aPweFhhXFvY',
    );
    expect(embedUrl('https://vimeo.com/304869290', 'vimeo')).to.equal('https://player.vimeo.com/video/304869290?dnt=1');
    expect(embedUrl('https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg', 'youtube')).to.equal(undefined);
    expect(embedUrl('https://www.youtube.com/watch?v=%22%3E%3Cscript%3E', 'youtube')).to.equal(undefined);
    expect(embedUrl('https://vimeo.com/channels/staffpicks', 'vimeo')).to.equal(undefined);
    expect(embedUrl('https://soundcloud.com/a/b', 'soundcloud')).to.equal(undefined);
  });

  it('reads the embeds attribute as a set of known providers', () => {
    expect([...parseEmbeds('youtube  Vimeo')]).to.deep.equal(['youtube', 'vimeo']);
    expect([...parseEmbeds('soundcloud javascript youtube-nocookie')]).to.deep.equal([]);
    expect([...parseEmbeds(null)]).to.deep.equal([]);
  });
});
