import { REDACTED } from "../personal-data/redact";
import { registerPurger, registerSubjectHandler } from "../personal-data/registry";
import { textColumnsSubjectHandler } from "../personal-data/text-columns-subject-handler";

/**
 * Hand-written log entries are free text that may name callers and victims.
 * Past retention their text is blanked and their time kept, so the log keeps
 * its shape (like the audit snapshots it sits beside); a data-subject request
 * blanks the person in them.
 */
export function registerEventLogRetention(): void {
  registerPurger({
    kind: "event_log_entries",
    purge: async ({ tx, activationId }) =>
      (await tx.eventLogEntry.updateMany({ where: { activationId, text: { not: REDACTED } }, data: { text: REDACTED } })).count,
  });
  registerSubjectHandler(
    textColumnsSubjectHandler({ kind: "event_log_entries", table: "EventLogEntry", columns: [{ name: "text" }], summary: "text", activationColumn: "activationId" }),
  );
}
