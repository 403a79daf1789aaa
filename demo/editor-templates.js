// Starting points for the editor page (demo/editor.js): one small story in each format it reads.

const OURS = {
  title: 'A summit and what followed',
  description: 'Replace these events with your own story.',
  lanes: [
    { id: 'talks', label: 'Talks' },
    { id: 'statements', label: 'Statements' },
  ],
  events: [
    {
      id: 'singapore',
      title: 'Singapore summit',
      start: '2018-06-12',
      lanes: ['talks'],
      summary: 'The first meeting of the two leaders.',
      dateSource: { type: 'record', note: 'The article does not give the date.' },
    },
    {
      id: 'hanoi',
      title: 'Hanoi summit ends early',
      start: '2019-02-27',
      end: '2019-02-28',
      lanes: ['talks'],
      quotes: [{ text: 'Sometimes you have to walk.', speaker: 'The president', kind: 'direct' }],
    },
    {
      id: 'statement',
      title: 'A statement on the talks',
      start: '2019-04',
      lanes: ['statements'],
      dateSource: { type: 'article', wording: 'last April' },
    },
  ],
};

const TIMELINEJS = {
  title: { text: { headline: 'A summit and what followed', text: '<p>Replace these slides with your own story.</p>' } },
  events: [
    { start_date: { year: 2018, month: 6, day: 12 }, text: { headline: 'Singapore summit', text: '<p>The first meeting.</p>' }, group: 'Talks' },
    { start_date: { year: 2019, month: 2, day: 27 }, end_date: { year: 2019, month: 2, day: 28 }, text: { headline: 'Hanoi summit ends early' }, group: 'Talks' },
    { start_date: { year: 2019, month: 4 }, text: { headline: 'A statement on the talks' }, group: 'Statements' },
  ],
};

const SHEET = [
  'Year,Month,Day,Time,End Year,End Month,End Day,Headline,Text,Type,Group,ID,Quote,Speaker,Quote Kind,Date Source,Date Note',
  ',,,,,,,A summit and what followed,Replace these rows with your own story.,title,,,,,,,',
  '2018,6,12,,,,,Singapore summit,The first meeting of the two leaders.,,Talks,singapore,,,,record,The article does not give the date.',
  '2019,2,27,,2019,2,28,Hanoi summit ends early,,,Talks,hanoi,Sometimes you have to walk.,The president,direct,,',
  '2019,4,,,,,,A statement on the talks,,,Statements,statement,,,,article,last April',
].join('\n');

export const TEMPLATES = {
  'news-timeline': { label: 'news-timeline JSON', text: `${JSON.stringify(OURS, null, 2)}\n` },
  timelinejs: { label: 'TimelineJS JSON', text: `${JSON.stringify(TIMELINEJS, null, 2)}\n` },
  csv: { label: 'Spreadsheet (CSV)', text: `${SHEET}\n` },
};
