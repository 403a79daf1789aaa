// The page-lived caches stay bounded whatever a page feeds them: a news page can keep one
// element for hours and hand it story after story, in any number of languages.
import { expect } from '@open-wc/testing';
import { dateTimeFormat, FORMATS_KEPT } from '../../src/format/intl-cache.js';
import { TextMeasure, WIDTHS_KEPT } from '../../src/element/text-measure.js';

describe('the Intl formatter cache', () => {
  const options = { year: 'numeric' } as const;
  /** A distinct, valid tag per number: a private-use subtag of English. */
  const tag = (n: number) => `en-x-n${n}`;

  it('hands out the same formatter for the same locale and options', () => {
    expect(dateTimeFormat('fr', options)).to.equal(dateTimeFormat('fr', options));
    expect(dateTimeFormat('fr', options)).to.not.equal(dateTimeFormat('fr', { month: 'long' }));
  });

  it('keeps the formatters used last and forgets the longest unused', () => {
    const kept = dateTimeFormat('de', options);
    const forgotten = dateTimeFormat(tag(0), options);
    for (let n = 1; n < 2 * FORMATS_KEPT; n++) {
      dateTimeFormat(tag(n), options);
      // Used all along: never the oldest.
      expect(dateTimeFormat('de', options), `after ${n} others`).to.equal(kept);
    }
    expect(dateTimeFormat(tag(0), options), 'made again').to.not.equal(forgotten);
    // Still a working formatter, in UTC.
    expect(dateTimeFormat(tag(0), options).format(Date.UTC(2018, 0, 1))).to.equal('2018');
  });
});

describe('the label width cache', () => {
  it('measures every text and keeps at most its bound', () => {
    const measure = new TextMeasure();
    measure.setFont('13px sans-serif');
    const short = measure.width('Summit');
    expect(short).to.be.greaterThan(0);
    for (let n = 0; n < 2 * WIDTHS_KEPT + 10; n++) {
      measure.width(`Title number ${n}`);
      expect(measure.size).to.be.at.most(WIDTHS_KEPT);
    }
    // Measured again after being forgotten, to the same width.
    expect(measure.width('Summit')).to.equal(short);
    expect(measure.width('A much longer title than that')).to.be.greaterThan(short);
  });
});
