import { eraseSubjectInJson, mentionsSubject } from "../personal-data/redact";
import { registerPurger, registerSubjectHandler } from "../personal-data/registry";

/**
 * Escalations are working notes of the activation: past retention they go
 * with it (they would also go with their reports). A data-subject request
 * blanks the person's name or handle in the volunteers' message, the
 * authority's answer and the acknowledger's name.
 */
export function registerEscalationRetention(): void {
  registerPurger({
    kind: "escalations",
    purge: async ({ tx, activationId }) => (await tx.escalation.deleteMany({ where: { activationId } })).count,
  });
  const where = (subject: string) => ({
    OR: [
      { message: { contains: subject, mode: "insensitive" as const } },
      { answer: { contains: subject, mode: "insensitive" as const } },
      { acknowledgedByName: { contains: subject, mode: "insensitive" as const } },
    ],
  });
  registerSubjectHandler({
    kind: "escalations",
    find: async (tx, subject) => {
      const rows = await tx.escalation.findMany({ where: where(subject), select: { id: true, activationId: true, message: true, answer: true, acknowledgedByName: true } });
      return rows
        .filter((row) => [row.message, row.answer, row.acknowledgedByName].some((text) => mentionsSubject(text, subject)))
        .map((row) => ({ kind: "escalations", id: row.id, activationId: row.activationId, summary: row.message.slice(0, 80), data: row }));
    },
    erase: async (tx, subject) => {
      let erased = 0;
      for (const row of await tx.escalation.findMany({ where: where(subject), select: { id: true, message: true, answer: true, acknowledgedByName: true } })) {
        const message = eraseSubjectInJson(row.message, subject);
        const answer = eraseSubjectInJson(row.answer, subject);
        const by = eraseSubjectInJson(row.acknowledgedByName, subject);
        if (message.erased + answer.erased + by.erased === 0) continue;
        await tx.escalation.update({ where: { id: row.id }, data: { message: message.value as string, answer: answer.value as string | null, acknowledgedByName: by.value as string | null } });
        erased++;
      }
      return erased;
    },
  });
}
