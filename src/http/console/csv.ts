/**
 * CSV downloads of the console, made for Excel as Vietnamese offices use it: UTF-8 with a byte-order mark (without
 * it Excel reads Vietnamese as mojibake), CRLF line ends, every cell quoted when needed. A cell that Excel would
 * take for a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so a title
 * typed by anyone cannot run in the reader's spreadsheet (CSV injection). Small enough to keep here rather than add
 * a CSV writer package.
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/u;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** A whole CSV document (header row first), ready to download. */
export function csvDocument(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
