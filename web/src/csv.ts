/**
 * CSV for spreadsheets, in one place for every export of every page: RFC 4180 quoting, a
 * byte-order mark so that spreadsheet programs read Chinese correctly, and text that a
 * spreadsheet would run as a formula made inert.
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Text starting with `=`, `+`, `-` or `@` (or a tab or carriage return, which some programs skip
 * before looking) is run as a formula by Excel, LibreOffice and Google Sheets: a quote from a
 * source or a name an editor typed could carry one. Such text gets a leading apostrophe, which
 * the programs show as text and do not keep in the cell (OWASP's advice). Numbers are left as
 * numbers: a negative count is data, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The text of a CSV file: a header, then the rows. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): Blob {
  return new Blob([csvText(header, rows)], { type: 'text/csv;charset=utf-8' });
}
