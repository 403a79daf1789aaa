// Google Sheets links turned into their published CSV address (src/import/google-sheets.ts).
// The element loading them is in test/element/element-csv.test.ts.
import { expect } from '@open-wc/testing';
import { googleSheetCsvUrl } from '../../src/import/google-sheets.js';

describe('Google Sheets links', () => {
  it('turns share, edit and pubhtml links into the published CSV address', () => {
    const base = 'https://docs.google.com/spreadsheets/d/';
    expect(googleSheetCsvUrl(`${base}1AbC_d-9/edit#gid=0`)).to.equal(`${base}1AbC_d-9/pub?output=csv&gid=0&single=true`);
    expect(googleSheetCsvUrl(`${base}1AbC/edit?usp=sharing`)).to.equal(`${base}1AbC/pub?output=csv`);
    expect(googleSheetCsvUrl(`${base}1AbC/edit?gid=42#gid=42`)).to.equal(`${base}1AbC/pub?output=csv&gid=42&single=true`);
    expect(googleSheetCsvUrl('https://docs.google.com/spreadsheets/u/0/d/1AbC/edit')).to.equal(`${base}1AbC/pub?output=csv`);
    expect(googleSheetCsvUrl(`${base}e/2PACX-1v/pubhtml`)).to.equal(`${base}e/2PACX-1v/pub?output=csv`);
    expect(googleSheetCsvUrl(`${base}e/2PACX-1v/pub?output=csv`)).to.equal(`${base}e/2PACX-1v/pub?output=csv`);
    expect(googleSheetCsvUrl(`${base}e/2PACX-1v/pub?gid=5&single=true&output=csv`)).to.equal(
      `${base}e/2PACX-1v/pub?gid=5&single=true&output=csv`,
    );
  });

  it('leaves every other address alone', () => {
    for (const url of ['https://example.org/sheet.csv', '/data/story.json', 'https://docs.google.com/document/d/1/edit']) {
      expect(googleSheetCsvUrl(url), url).to.equal(undefined);
    }
  });
});
