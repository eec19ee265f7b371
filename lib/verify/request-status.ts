import { z } from "zod";
import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { withdrawUnlessConfirmed } from "../publish/auto-unpublish";

const inputSchema = z.object({ status: z.enum(["NEW", "IN_VERIFICATION", "CONFIRMED", "FALSE", "UNCONFIRMABLE"]) });

/** CONFIRMED and FALSE stand behind two names: they wait for a second volunteer. */
export const NEEDS_SECOND_PERSON = new Set(["CONFIRMED", "FALSE"]);

/**
 * Moves a report along NEW → IN_VERIFICATION → CONFIRMED | FALSE |
 * UNCONFIRMABLE. CONFIRMED and FALSE are only requested here: a review waits
 * for a second volunteer's agreement (see decideReview). Other moves apply at
 * once. A pending review is replaced by a newer request.
 */
export async function requestStatus(actor: SessionUser, activationId: string, reportId: string, input: unknown): Promise<{ applied: boolean; reviewId?: string }> {
  await requireActivationCapability(actor, activationId, "triage");
  const { status } = inputSchema.parse(input);
  return mutate(actor, async (ctx) => {
    const { tx, audit, emitToActivation } = ctx;
    const report = await tx.report.findFirst({ where: { id: reportId, activationId }, select: { id: true, status: true } });
    if (!report) throw new AppError("NOT_FOUND", "report_not_found");
    if (report.status === status) throw new AppError("INVALID_INPUT", "status_unchanged");
    await tx.reportReview.updateMany({ where: { reportId, decidedAt: null }, data: { decidedAt: new Date(), decision: "superseded", decidedById: actor.id } });
    if (NEEDS_SECOND_PERSON.has(status)) {
      const review = await tx.reportReview.create({ data: { reportId, requestedStatus: status, requestedById: actor.id } });
      await audit({ action: "report.status.requested", entity: "Report", entityId: reportId, activationId, after: { status, reviewId: review.id } });
      await emitToActivation(activationId, "report:changed", { reportId });
      return { applied: false, reviewId: review.id };
    }
    await tx.report.update({ where: { id: reportId }, data: { status, version: { increment: 1 } } });
    await withdrawUnlessConfirmed(ctx, { activationId, reportId, status });
    await audit({ action: "report.status", entity: "Report", entityId: reportId, activationId, before: { status: report.status }, after: { status } });
    await emitToActivation(activationId, "report:changed", { reportId });
    return { applied: true };
  });
}
