import { registerPurger, registerSubjectHandler } from "../retention/registry";
import { eraseSubjectInJson, mentionsSubject } from "../retention/redact";

/**
 * Reports, their evidence and reviews, and rumours are the activation's working notes:
 * past retention they go with it. A data-subject request blanks the person's
 * name or handle wherever a report or a piece of evidence mentions it.
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
  registerSubjectHandler({
    kind: "reports",
    find: async (tx, subject) => {
      const reports = await tx.report.findMany({
        where: { OR: [{ title: { contains: subject, mode: "insensitive" } }, { description: { contains: subject, mode: "insensitive" } }, { evidence: { some: { note: { contains: subject, mode: "insensitive" } } } }] },
        select: { id: true, activationId: true, title: true, description: true, evidence: { select: { note: true } } },
      });
      return reports
        .filter((r) => mentionsSubject(r.title, subject) || mentionsSubject(r.description, subject) || r.evidence.some((e) => mentionsSubject(e.note, subject)))
        .map((r) => ({ kind: "reports", id: r.id, activationId: r.activationId, summary: r.title, data: r }));
    },
    erase: async (tx, subject) => {
      let erased = 0;
      const reports = await tx.report.findMany({ where: { OR: [{ title: { contains: subject, mode: "insensitive" } }, { description: { contains: subject, mode: "insensitive" } }] }, select: { id: true, title: true, description: true } });
      for (const report of reports) {
        const title = eraseSubjectInJson(report.title, subject);
        const description = eraseSubjectInJson(report.description, subject);
        if (title.erased + description.erased === 0) continue;
        await tx.report.update({ where: { id: report.id }, data: { title: title.value as string, description: description.value as string } });
        erased++;
      }
      const rumours = await tx.rumour.findMany({ where: { claim: { contains: subject, mode: "insensitive" } }, select: { id: true, claim: true } });
      for (const rumour of rumours) {
        const claim = eraseSubjectInJson(rumour.claim, subject);
        if (claim.erased === 0) continue;
        await tx.rumour.update({ where: { id: rumour.id }, data: { claim: claim.value as string } });
        erased++;
      }
      const evidence = await tx.evidence.findMany({ where: { note: { contains: subject, mode: "insensitive" } }, select: { id: true, note: true } });
      for (const item of evidence) {
        const note = eraseSubjectInJson(item.note, subject);
        if (note.erased === 0) continue;
        await tx.evidence.update({ where: { id: item.id }, data: { note: note.value as string } });
        erased++;
      }
      return erased;
    },
  });
}
