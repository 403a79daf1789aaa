// Test-server middleware that answers like Google Sheets does (test/element/element-csv.test.ts sends
// https://docs.google.com/… requests here, under /__google/…). Node only.
//
// - /__google/spreadsheets/d/PUBLISHED/pub?output=csv: the published sheet as text/csv; with
//   `&gid=7&single=true`, its second tab.
// - /__google/spreadsheets/d/PRIVATE/pub?output=csv: what Google gives for a sheet that is not
//   published: an HTML sign-in page, answered 200.
// - /__google/spreadsheets/d/LOCKED/pub?output=csv: 401, as for a sheet shared with no one.
// - anything else under a sheet (…/edit, …/export without a session): the HTML app, 200.

export const PUBLISHED_SHEET = [
  'Year,Month,Day,Headline,Text,Type',
  ',,,A published sheet,Read from Google,title',
  '2018,6,12,First tab event,,',
  '2019,2,27,Second first-tab event,,',
].join('\r\n');

export const SECOND_TAB = ['Year,Headline', '2020,Second tab event'].join('\r\n');

function answer(context, status, type, body) {
  context.status = status;
  context.type = type;
  context.set('Cache-Control', 'no-store');
  context.body = body;
}

export async function googleSheetsMiddleware(context, next) {
  const match = /^\/__google\/spreadsheets\/d\/([A-Za-z0-9_-]+)\/(.*)$/.exec(context.path);
  if (!match) return next();
  const [, id, rest] = match;
  const published = rest === 'pub' && context.query.output === 'csv';
  if (!published) return answer(context, 200, 'text/html', '<!doctype html><title>Google Sheets</title><p>The app.');
  if (id === 'PUBLISHED') {
    const tab = context.query.gid === '7' && context.query.single === 'true' ? SECOND_TAB : PUBLISHED_SHEET;
    return answer(context, 200, 'text/csv; charset=utf-8', tab);
  }
  if (id === 'LOCKED') return answer(context, 401, 'text/html', '<!doctype html><title>Unauthorized</title>');
  return answer(context, 200, 'text/html; charset=utf-8', '<!doctype html><title>Sign in - Google Accounts</title><form>Sign in</form>');
}

/** A sheet as Excel saves it "as Text (Tab delimited)" or "as Unicode Text", both to `.txt`. */
export const EXCEL_TEXT = ['Year\tHeadline\tText', '2019\tCafé opens\t“Bientôt,” says Müller'].join('\r\n');

/**
 * A spreadsheet served without a .csv address: /__csv/typed as text/csv, /__csv/untyped as
 * text/plain (only `format="csv"` or its header row says what it is); /__csv/tab-delimited.txt
 * and /__csv/unicode.txt as Excel saves them (Windows-1252; UTF-16 with its mark), text/plain.
 */
export async function csvAnswersMiddleware(context, next) {
  if (context.path === '/__csv/typed') return answer(context, 200, 'text/csv', SECOND_TAB);
  if (context.path === '/__csv/untyped') return answer(context, 200, 'text/plain', SECOND_TAB);
  if (context.path === '/__csv/tab-delimited.txt') return answer(context, 200, 'text/plain', windows1252(EXCEL_TEXT));
  if (context.path === '/__csv/unicode.txt') {
    return answer(context, 200, 'text/plain; charset=utf-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EXCEL_TEXT, 'utf16le')]));
  }
  return next();
}

/** Text in Windows-1252: Latin-1, but for the curly quotes (0x93, 0x94) this test's text has. */
function windows1252(text) {
  return Buffer.from([...text].map((char) => ({ '“': 0x93, '”': 0x94 })[char] ?? char.charCodeAt(0)));
}
