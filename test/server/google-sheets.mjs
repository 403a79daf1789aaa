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

/**
 * A spreadsheet served without a .csv address: /__csv/typed as text/csv, /__csv/untyped as
 * text/plain (only `format="csv"` says what it is).
 */
export async function csvAnswersMiddleware(context, next) {
  if (context.path === '/__csv/typed') return answer(context, 200, 'text/csv', SECOND_TAB);
  if (context.path === '/__csv/untyped') return answer(context, 200, 'text/plain', SECOND_TAB);
  return next();
}
