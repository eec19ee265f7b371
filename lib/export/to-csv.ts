/**
 * CSV for spreadsheets (RFC 4180, `;`-free: comma separated, UTF-8 with BOM so
 * Excel reads accents). A cell that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading quote.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => quote(neutralizeCell(cell))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
