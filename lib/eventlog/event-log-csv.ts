import { csvLine, toCsv } from "../export/to-csv";
import type { LogRow } from "./list-event-log";

type CsvOptions = { locale: "fr" | "en"; timeZone: string };

function csvShape(options: CsvOptions) {
  const time = new Intl.DateTimeFormat(options.locale === "en" ? "en-GB" : "fr-FR", { dateStyle: "short", timeStyle: "medium", timeZone: options.timeZone });
  const header = options.locale === "en" ? ["time", "kind", "by", "event"] : ["heure", "type", "auteur", "événement"];
  const row = (entry: LogRow) => [time.format(entry.at).replace(/[\u202f\u00a0]/g, " "), entry.kind, entry.actor, entry.sentence[options.locale]];
  return { header, row };
}

/** The event log as CSV (formulas neutralised), in the reader's language, times in the activation's zone. */
export function eventLogCsv(rows: LogRow[], options: CsvOptions): string {
  const { header, row } = csvShape(options);
  return toCsv(header, rows.map(row));
}

/** The same CSV in pieces, one per page of the log, for a streamed export of the whole log. */
export async function* eventLogCsvChunks(pages: AsyncIterable<LogRow[]>, options: CsvOptions): AsyncGenerator<string> {
  const { header, row } = csvShape(options);
  yield `\uFEFF${csvLine(header)}\r\n`;
  for await (const page of pages) if (page.length) yield `${page.map((entry) => csvLine(row(entry))).join("\r\n")}\r\n`;
}
