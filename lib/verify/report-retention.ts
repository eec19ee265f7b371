import { registerPurger, registerSubjectHandler } from "../personal-data/registry";
import { textColumnsSubjectHandler } from "../personal-data/text-columns-subject-handler";

/**
 * Reports, their evidence and reviews, and rumours are the activation's working notes:
 * past retention they go with it. A data-subject request blanks the person's
 * name or handle wherever a report (its public text and place too), a piece
 * of evidence or a rumour mentions it.
 */
export function registerReportRetention(): void {
  registerPurger({
    kind: "reports",
    purge: async ({ tx, activationId }) => (await tx.report.deleteMany({ where: { activationId } })).count,
  });
  registerPurger({
    kind: "rumours",
    purge: async ({ tx, activationId }) => (await tx.rumour.deleteMany({ where: { activationId } })).count,
  });
  registerSubjectHandler(
    textColumnsSubjectHandler({
      kind: "reports",
      table: "Report",
      columns: [{ name: "title" }, { name: "description" }, { name: "publicTitle" }, { name: "publicSummary" }, { name: "placeName" }],
      summary: "title",
      activationColumn: "activationId",
      versioned: true,
    }),
  );
  registerSubjectHandler(
    textColumnsSubjectHandler({ kind: "rumours", table: "Rumour", columns: [{ name: "claim" }], summary: "claim", activationColumn: "activationId" }),
  );
  registerSubjectHandler(textColumnsSubjectHandler({ kind: "evidence", table: "Evidence", columns: [{ name: "note" }, { name: "url" }], summary: "note" }));
}
