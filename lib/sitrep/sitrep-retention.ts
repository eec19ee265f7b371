import { registerPurger, registerSubjectHandler } from "../personal-data/registry";
import { textColumnsSubjectHandler } from "../personal-data/text-columns-subject-handler";

/**
 * A situation report is a snapshot of reports, escalations and messages, so it
 * holds what they held. The authority keeps the PDFs it was handed; past
 * retention Vigie's copies go. A data-subject request blanks the person in the
 * summary and everywhere inside the snapshot.
 */
export function registerSitrepRetention(): void {
  registerPurger({
    kind: "situation_reports",
    purge: async ({ tx, activationId }) => (await tx.situationReport.deleteMany({ where: { activationId } })).count,
  });
  registerSubjectHandler(
    textColumnsSubjectHandler({
      kind: "situation_reports",
      table: "SituationReport",
      columns: [{ name: "summary" }, { name: "data", json: true }],
      summary: "summary",
      activationColumn: "activationId",
    }),
  );
}
