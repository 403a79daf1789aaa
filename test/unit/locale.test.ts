// The pure parts of the element's languages (src/i18n/locale.ts): the language a page's `lang`
// gets the element's words in, the tag its dates are written in, and the locale's own digits.
// Loading a language's words is in test/element/i18n.test.ts.
import { expect } from '@open-wc/testing';
import { dateLocale, digitsFor, matchLocale } from '../../src/i18n/locale.js';

describe('matchLocale: the words a page gets', () => {
  it('a supported language, from its regional and scripted tags', () => {
    const cases: [string, string][] = [
      ['fr', 'fr'],
      ['fr-CA', 'fr'],
      ['de-AT', 'de'],
      ['es-419', 'es'],
      ['ar-EG', 'ar'],
      ['fa-IR', 'fa'],
      ['ko-KR', 'ko'],
      ['ja', 'ja'],
      [' FR-ca ', 'fr'],
    ];
    for (const [lang, words] of cases) expect(matchLocale(lang), lang).to.equal(words);
  });

  it('Chinese: simplified by default, traditional for Hant and for Taiwan, Hong Kong and Macau', () => {
    expect(matchLocale('zh')).to.equal('zh');
    expect(matchLocale('zh-CN')).to.equal('zh');
    expect(matchLocale('zh-Hans-SG')).to.equal('zh');
    for (const lang of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-HK']) expect(matchLocale(lang), lang).to.equal('zh-TW');
  });

  it('English for English, for languages it does not speak, and for what is not a tag', () => {
    for (const lang of ['en', 'en-GB', 'it', 'pt-BR', '', '   ', 'not a tag!', 'x']) expect(matchLocale(lang), JSON.stringify(lang)).to.equal('en');
  });
});

describe('dateLocale: the tag dates are written in', () => {
  it('keeps the page’s regional form when the element speaks its language', () => {
    expect(dateLocale('fr-CA')).to.equal('fr-CA');
    expect(dateLocale('en-GB')).to.equal('en-GB');
    expect(dateLocale('zh-Hant-HK')).to.equal('zh-Hant-HK');
    expect(dateLocale('de')).to.equal('de');
  });

  it('is English, like the words, for a language the element does not speak or no tag at all', () => {
    expect(dateLocale('it')).to.equal('en');
    expect(dateLocale('pt-BR')).to.equal('en');
    expect(dateLocale('not a tag!')).to.equal('en');
    expect(dateLocale('')).to.equal('en');
  });

  it('writes a date the way the platform does for that tag', () => {
    const june = new Date(Date.UTC(2018, 5, 12));
    const format = (lang: string) => new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'short', timeZone: 'UTC' }).format(june);
    // en-GB puts the day first, en-US the month: the page's own region decides.
    expect(format('en-GB')).to.equal('12/06/2018');
    expect(format('en-US')).to.equal('6/12/18');
  });
});

describe('digitsFor: the locale’s own digits', () => {
  it('writes Persian digits for fa', () => {
    expect(digitsFor('fa')('12 June 2018, 3 events')).to.equal('۱۲ June ۲۰۱۸, ۳ events');
  });

  it('leaves Latin digits alone where the locale uses them, and for what is not a tag', () => {
    for (const lang of ['en', 'fr', 'de', 'ja', 'zh', 'not a tag!']) {
      expect(digitsFor(lang)('2018-06-12, 42'), lang).to.equal('2018-06-12, 42');
    }
  });

  it('uses the numbering system a tag asks for', () => {
    expect(digitsFor('ar-u-nu-arab')('2018')).to.equal('٢٠١٨');
    expect(digitsFor('en-u-nu-arab')('10')).to.equal('١٠');
  });
});
