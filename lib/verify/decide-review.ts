import { z } from "zod";
import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { withdrawUnlessConfirmed } from "../publish/auto-unpublish";

const inputSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("agreed") }),
  z.object({ decision: z.literal("declined"), reason: z.string().trim().max(1000).default("") }),
  // A coordinator may settle alone, with a written reason kept in the history.
  z.object({ decision: z.literal("overridden"), reason: z.string().trim().min(5, { message: "reason_required" }).max(1000) }),
]);

/**
 * The two-person rule: a second volunteer — never the one who asked —
 * agrees (the status applies, with both names on record) or declines. A
 * coordinator may override with a written reason, even on their own request.
 */
export async function decideReview(actor: SessionUser, activationId: string, reviewId: string, input: unknown): Promise<{ status: string | null }> {
  const access = await requireActivationCapability(actor, activationId, "triage");
  const decision = inputSchema.parse(input);
  if (decision.decision === "overridden" && !access.capabilities.has("coordinate")) throw new AppError("FORBIDDEN", "override_needs_coordinator");
  return mutate(actor, async (ctx) => {
    const { tx, audit, emitToActivation } = ctx;
    const review = await tx.reportReview.findFirst({ where: { id: reviewId, report: { activationId } }, include: { report: { select: { id: true, status: true } } } });
    if (!review) throw new AppError("NOT_FOUND", "review_not_found");
    if (review.decidedAt) throw new AppError("CONFLICT", "review_already_decided");
    if (decision.decision !== "overridden" && review.requestedById === actor.id) throw new AppError("FORBIDDEN", "second_person_required");
    // Only one decision wins, even when two volunteers click at once.
    const { count } = await tx.reportReview.updateMany({
      where: { id: reviewId, decidedAt: null },
      data: { decidedById: actor.id, decidedAt: new Date(), decision: decision.decision, reason: "reason" in decision ? decision.reason : null },
    });
    if (count === 0) throw new AppError("CONFLICT", "review_already_decided");
    const applies = decision.decision !== "declined";
    if (applies) await tx.report.update({ where: { id: review.reportId }, data: { status: review.requestedStatus, version: { increment: 1 } } });
    if (applies) await withdrawUnlessConfirmed(ctx, { activationId, reportId: review.reportId, status: review.requestedStatus });
    await audit({
      action: `report.review.${decision.decision}`,
      entity: "Report",
      entityId: review.reportId,
      activationId,
      before: { status: review.report.status },
      after: { status: applies ? review.requestedStatus : review.report.status, requestedById: review.requestedById, reason: "reason" in decision ? decision.reason : null },
    });
    await emitToActivation(activationId, "report:changed", { reportId: review.reportId });
    return { status: applies ? review.requestedStatus : null };
  });
}
