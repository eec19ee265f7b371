import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { registerBuiltinRetentionHandlers } from "./builtin-handlers";
import { subjectHandlers, type SubjectItem } from "../personal-data/registry";
import { subjectSchema } from "./schemas";

/**
 * Data-subject requests (GDPR articles 15 and 17): everything Vigie holds
 * about one author handle or person, found across every registered kind of
 * data, exported, and erased. Admins only; erasure is audited without the subject.
 */
export async function findSubjectData(actor: SessionUser, input: unknown): Promise<{ subject: string; items: SubjectItem[] }> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Administrators only");
  const { subject } = subjectSchema.parse(input);
  registerBuiltinRetentionHandlers();
  const items: SubjectItem[] = [];
  await db().$transaction(async (tx) => {
    for (const handler of subjectHandlers()) items.push(...(await handler.find(tx, subject)));
  });
  return { subject, items };
}

export async function eraseSubjectData(actor: SessionUser, input: unknown): Promise<Record<string, number>> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Administrators only");
  const { subject } = subjectSchema.parse(input);
  registerBuiltinRetentionHandlers();
  return mutate(actor, async ({ tx, audit }) => {
    const counts: Record<string, number> = {};
    for (const handler of subjectHandlers()) counts[handler.kind] = await handler.erase(tx, subject);
    await tx.retentionRun.create({ data: { kind: "subject_erasure", actorId: actor.id, results: counts } });
    // The audit row records that an erasure happened, not whom it was about.
    await audit({ action: "retention.erase_subject", entity: "Subject", entityId: "redacted", after: counts });
    return counts;
  });
}
