/**
 * CSV for spreadsheets (RFC 4180, `;`-free: comma separated, UTF-8 with BOM so
 * Excel reads accents). A cell that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading quote.
 * Numbers are not formulas: a longitude of -1.05 must stay a number, so
 * numeric values and text that is nothing but a plain decimal number
 * ("-1.05", "42") pass unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

export function neutralizeCell(value: unknown): string {
  if ((typeof value === "number" && Number.isFinite(value)) || typeof value === "bigint") return String(value);
  const text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  return FORMULA_START.test(text) && !PLAIN_DECIMAL.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => quote(neutralizeCell(cell))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
