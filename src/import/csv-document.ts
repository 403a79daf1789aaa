/**
 * A spreadsheet (CSV text) standing where a parsed JSON document would: what `src` gives for a
 * CSV file or a published Google Sheet, and what an inline `<script type="text/csv">` holds.
 * Kept apart from the importer (csv.ts, with d3-dsv) so that only pages with a sheet load it.
 */
export class CsvDocument {
  constructor(readonly text: string) {}

  /**
   * Inline text as a page author writes it: the script's own line breaks and the indentation
   * common to every line taken away, so the header is row 1 as in the sheet.
   */
  static fromInline(text: string): CsvDocument {
    const lines = text.replace(/^\s*\n/, '').trimEnd().split('\n');
    // A loop, not a spread into Math.min: some 120,000 rows overflow the stack.
    const common = lines.reduce((least, line) => (line.trim() ? Math.min(least, /^[ \t]*/.exec(line)![0].length) : least), Infinity);
    return new CsvDocument(lines.map((line) => line.slice(common)).join('\n'));
  }
}

/**
 * Whether text that is not JSON opens like a timeline sheet: its first line (after Excel's
 * `sep=` line) names a Year or a Headline column. A sheet served as plain text, or saved as
 * .txt (Excel's "Unicode Text"), is then read as one; other text stays "not JSON".
 */
export function opensLikeSheet(text: string): boolean {
  const header = /^\s*(?:sep=.*\n)?(.*)/i.exec(text.replace(/^\uFEFF/, ''))![1]!;
  return header.split(/[,;\t]/).some((cell) => /^\s*"?\s*(year|headline)\s*"?\s*$/i.test(cell));
}
