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

export const csvLine = (row: unknown[]) => row.map((cell) => quote(neutralizeCell(cell))).join(",");

export function toCsv(header: string[], rows: unknown[][]): string {
  return [...csvChunks(header, rows)].join("");
}

/** The same CSV in pieces of at most `rowsPerChunk` rows, so a long export can be streamed rather than built whole. */
export function* csvChunks(header: string[], rows: Iterable<unknown[]>, rowsPerChunk = 1000): Generator<string> {
  yield `\uFEFF${csvLine(header)}\r\n`;
  let batch: string[] = [];
  for (const row of rows) {
    batch.push(csvLine(row));
    if (batch.length >= rowsPerChunk) {
      yield `${batch.join("\r\n")}\r\n`;
      batch = [];
    }
  }
  if (batch.length) yield `${batch.join("\r\n")}\r\n`;
}

/** A response body that pulls the text pieces one at a time (UTF-8); the pieces may come from an async source (pages read from the database). */
export function textStream(chunks: Iterable<string> | AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator: Iterator<string> | AsyncIterator<string> = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
