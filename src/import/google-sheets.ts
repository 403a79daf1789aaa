/**
 * Google Sheets links. A sheet "published to the web" as CSV (`…/pub?output=csv`) is used as
 * it is; any other link to a sheet (the address bar's `…/edit#gid=0`, a share link, a
 * `…/pubhtml` page) is turned into its published CSV form, as TimelineJS's makeGoogleCSVURL
 * does, but fetched directly, without TimelineJS's proxy. Google serves published sheets with
 * CORS headers, so the browser can read them. Pure.
 */
const SHEETS = /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/(e\/)?([A-Za-z0-9_-]+)/;

/** The published-CSV address of a Google Sheets link; undefined for any other URL. */
export function googleSheetCsvUrl(link: string): string | undefined {
  const match = SHEETS.exec(link.trim());
  if (!match) return undefined;
  const url = new URL(link.trim());
  if (url.pathname.endsWith('/pub') && url.searchParams.get('output') === 'csv') return url.toString();
  // The tab: `gid` in the query or, in the address bar's form, in the fragment.
  const gid = url.searchParams.get('gid') ?? /[#&]gid=(\d+)/.exec(url.hash)?.[1];
  const published = new URL(`https://docs.google.com/spreadsheets/d/${match[1] ?? ''}${match[2]}/pub`);
  published.searchParams.set('output', 'csv');
  if (gid) {
    published.searchParams.set('gid', gid);
    published.searchParams.set('single', 'true');
  }
  return published.toString();
}

/** What to tell an editor whose sheet Google will not hand out. */
export function notPublishedMessage(link: string): string {
  return (
    `The Google Sheet at ${link} could not be read: it is not published to the web. ` +
    'In Google Sheets choose File › Share › Publish to web, publish the sheet as CSV, and use that link.'
  );
}
