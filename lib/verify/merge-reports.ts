import { z } from "zod";
import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { withdrawReports } from "../publish/withdraw-reports";

const inputSchema = z.object({ from: z.uuid() });

/**
 * Merges a duplicate report into this one: its posts and evidence move over,
 * its pending review is closed, and it stays (marked as merged) so that its
 * history remains readable from the report it joined. A merged report leaves
 * the public map (the report it joined speaks for it, if published).
 */
export async function mergeReports(actor: SessionUser, activationId: string, intoId: string, input: unknown): Promise<void> {
  await requireActivationCapability(actor, activationId, "triage");
  const { from } = inputSchema.parse(input);
  if (from === intoId) throw new AppError("INVALID_INPUT", "merge_same_report");
  await mutate(actor, async (ctx) => {
    const { tx, audit, emitToActivation } = ctx;
    const reports = await tx.report.findMany({ where: { id: { in: [intoId, from] }, activationId, mergedIntoId: null }, select: { id: true, title: true } });
    if (reports.length !== 2) throw new AppError("NOT_FOUND", "report_not_found");
    const posts = await tx.reportPost.findMany({ where: { reportId: from }, select: { postId: true } });
    await tx.reportPost.createMany({ data: posts.map((p) => ({ reportId: intoId, postId: p.postId })), skipDuplicates: true });
    await tx.reportPost.deleteMany({ where: { reportId: from } });
    const evidence = await tx.evidence.updateMany({ where: { reportId: from }, data: { reportId: intoId } });
    await tx.reportReview.updateMany({ where: { reportId: from, decidedAt: null }, data: { decidedAt: new Date(), decidedById: actor.id, decision: "superseded" } });
    await tx.report.update({ where: { id: from }, data: { mergedIntoId: intoId, version: { increment: 1 } } });
    await withdrawReports(ctx, { activationId, reportIds: [from], reason: "merged" });
    await tx.report.update({ where: { id: intoId }, data: { version: { increment: 1 } } });
    await audit({ action: "report.merge", entity: "Report", entityId: intoId, activationId, after: { merged: from, title: reports.find((r) => r.id === from)?.title, posts: posts.length, evidence: evidence.count } });
    await audit({ action: "report.merged_into", entity: "Report", entityId: from, activationId, after: { into: intoId } });
    await emitToActivation(activationId, "report:changed", { reportId: intoId });
    await emitToActivation(activationId, "report:changed", { reportId: from });
  });
}
