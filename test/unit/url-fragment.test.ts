// Deep-link fragments (src/element/url-fragment.ts): what the element writes to the address for
// a selected event and a filter, and what it reads back from a link. The filter's own
// parameters are in test/unit/event-filter.test.ts; the element writing and following them in
// test/element/element-popover.test.ts and test/element/element-filter.test.ts.
import { expect } from '@open-wc/testing';
import { filterFragment, fragmentFor, readFragment } from '../../src/element/url-fragment.js';

describe('the URL fragment', () => {
  const eventIds = ['hanoi-summit', 'singapore-summit'];

  it('keeps the event-only fragment as it was', () => {
    expect(fragmentFor('', 'hanoi-summit')).to.equal('nt-hanoi-summit');
    expect(fragmentFor('talks', 'hanoi-summit')).to.equal('nt-talks-hanoi-summit');
    expect(readFragment('#nt-talks-hanoi-summit', 'talks', eventIds)).to.deep.equal({ eventId: 'hanoi-summit', filterParams: '' });
  });

  it('adds the filter after "&", with or without an event', () => {
    expect(fragmentFor('talks', 'hanoi-summit', 'tag=summit')).to.equal('nt-talks-hanoi-summit&tag=summit');
    expect(filterFragment('talks', 'hide=nk')).to.equal('nt-talks&hide=nk');
    expect(filterFragment('', 'hide=nk')).to.equal('nt&hide=nk');
    expect(filterFragment('', '')).to.equal('');
    expect(readFragment('#nt-talks-hanoi-summit&tag=summit', 'talks', eventIds)).to.deep.equal({
      eventId: 'hanoi-summit',
      filterParams: 'tag=summit',
    });
    expect(readFragment('#nt&hide=nk&tag=summit', '', eventIds)).to.deep.equal({ eventId: undefined, filterParams: 'hide=nk&tag=summit' });
  });

  it('ignores fragments addressed to something else', () => {
    expect(readFragment('#nt-other-hanoi-summit', 'talks', eventIds)).to.equal(undefined);
    expect(readFragment('#nt-other&tag=summit', 'talks', eventIds)).to.equal(undefined);
    expect(readFragment('#section-2', '', eventIds)).to.equal(undefined);
    expect(readFragment('#nt-%E0%A4%A', '', eventIds), 'a malformed escape').to.equal(undefined);
  });
});

describe('a fragment written, then read back', () => {
  const eventIds = ['hanoi-summit', 'singapore-summit', 'talks-hanoi'];

  it('names the same event and filter, for an element with an id and one without', () => {
    for (const elementId of ['', 'talks', 'story-2']) {
      for (const eventId of eventIds) {
        for (const filter of ['', 'hide=nk', 'hide=nk,us&tag=summit']) {
          const hash = `#${fragmentFor(elementId, eventId, filter)}`;
          expect(readFragment(hash, elementId, eventIds), hash).to.deep.equal({ eventId, filterParams: filter });
        }
      }
    }
  });

  it('keeps an element id’s "&", "%" or space inside the head, so its links open again', () => {
    for (const elementId of ['a&b', '100%', 'my story', 'a=b#c']) {
      for (const filter of ['', 'tag=summit']) {
        const hash = `#${fragmentFor(elementId, 'hanoi-summit', filter)}`;
        expect(readFragment(hash, elementId, eventIds), hash).to.deep.equal({ eventId: 'hanoi-summit', filterParams: filter });
        // As the address bar holds it, once written.
        const written = new URL(`https://example.org/${hash}`).hash;
        expect(readFragment(written, elementId, eventIds), written).to.deep.equal({ eventId: 'hanoi-summit', filterParams: filter });
      }
      const filterOnly = `#${filterFragment(elementId, 'hide=nk')}`;
      expect(readFragment(filterOnly, elementId, eventIds), filterOnly).to.deep.equal({ eventId: undefined, filterParams: 'hide=nk' });
    }
  });

  it('reads an address bar’s percent-encoding of the event', () => {
    expect(readFragment('#nt-%C3%A9t%C3%A9', '', ['été'])).to.deep.equal({ eventId: 'été', filterParams: '' });
  });

  it('keeps timelines on one page apart: each reads only its own', () => {
    const hash = `#${fragmentFor('talks', 'hanoi-summit')}`;
    expect(readFragment(hash, 'talks', eventIds)?.eventId).to.equal('hanoi-summit');
    expect(readFragment(hash, '', eventIds)).to.equal(undefined);
    expect(readFragment(hash, 'other', eventIds)).to.equal(undefined);
  });

  it('reads an empty hash, or one naming an event the story does not have, as nothing', () => {
    expect(readFragment('', '', eventIds)).to.equal(undefined);
    expect(readFragment('#', '', eventIds)).to.equal(undefined);
    expect(readFragment('#nt-gone', '', eventIds)).to.equal(undefined);
  });
});
