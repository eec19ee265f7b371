import { toCsv } from "../export/to-csv";
import type { LogRow } from "./list-event-log";

/** The event log as CSV (formulas neutralised), in the reader's language, times in the activation's zone. */
export function eventLogCsv(rows: LogRow[], options: { locale: "fr" | "en"; timeZone: string }): string {
  const time = new Intl.DateTimeFormat(options.locale === "en" ? "en-GB" : "fr-FR", { dateStyle: "short", timeStyle: "medium", timeZone: options.timeZone });
  const header = options.locale === "en" ? ["time", "kind", "by", "event"] : ["heure", "type", "auteur", "événement"];
  return toCsv(header, rows.map((row) => [time.format(row.at).replace(/[\u202f\u00a0]/g, " "), row.kind, row.actor, row.sentence[options.locale]]));
}
