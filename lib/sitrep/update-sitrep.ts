import { z } from "zod";
import { requireCoordination } from "../activation/require-coordination";
import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";

export const updateSitrepSchema = z.object({
  summary: z.string().trim().max(10_000),
  /** The last change the editor started from (updatedAt, ISO): a summary edited meanwhile is not overwritten. */
  since: z.coerce.date(),
});

/**
 * Edits a situation report's summary. The report keeps its number and its
 * frozen figures; the previous summary stays in the audit log (`sitrep.update`).
 */
export async function updateSitrep(actor: SessionUser, activationId: string, sitrepId: string, input: unknown): Promise<{ updatedAt: Date }> {
  await requireCoordination(actor, activationId);
  const { summary, since } = updateSitrepSchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const current = await tx.situationReport.findFirst({ where: { id: sitrepId, activationId }, select: { summary: true, updatedAt: true, number: true } });
    if (!current) throw new AppError("NOT_FOUND", "sitrep_not_found");
    if (current.summary === summary) return { updatedAt: current.updatedAt };
    const { count } = await tx.situationReport.updateMany({ where: { id: sitrepId, updatedAt: since }, data: { summary } });
    if (count === 0) throw new AppError("CONFLICT", "sitrep_changed");
    const updated = await tx.situationReport.findUniqueOrThrow({ where: { id: sitrepId }, select: { updatedAt: true } });
    await audit({ action: "sitrep.update", entity: "SituationReport", entityId: sitrepId, activationId, before: { summary: current.summary }, after: { summary } });
    await emitToActivation(activationId, "sitrep:changed", { id: sitrepId, number: current.number });
    return { updatedAt: updated.updatedAt };
  });
}
