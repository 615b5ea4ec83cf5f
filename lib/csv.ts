import { stringify } from "csv-stringify/sync";

// A cell that starts like a formula is run by spreadsheet apps (CSV injection); a leading
// apostrophe makes them show it as text. Amounts such as "-10.00" stay numeric-looking text.
const FORMULA_START = /^[=+@\t\r]|^-(?!\d)/;

export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** CSV lines (RFC 4180 quoting) for rows of already-ordered cells. */
export function csvLines(rows: unknown[][]): string {
  return stringify(rows.map((row) => row.map(csvCell)));
}
