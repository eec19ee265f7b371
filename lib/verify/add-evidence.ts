import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { evidenceSchema } from "./report-schemas";

/** Adds a piece of evidence to a report, signed by its author and dated; a corroborating post also joins the report. */
export async function addEvidence(actor: SessionUser, activationId: string, reportId: string, input: unknown): Promise<{ id: string }> {
  await requireActivationCapability(actor, activationId, "triage");
  const data = evidenceSchema.parse(input);
  if (data.kind === "LINK" && !data.url) throw new AppError("INVALID_INPUT", "url_invalid");
  if (!data.url && !data.note && !data.postId) throw new AppError("INVALID_INPUT", "evidence_empty");
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const report = await tx.report.findFirst({ where: { id: reportId, activationId }, select: { id: true } });
    if (!report) throw new AppError("NOT_FOUND", "report_not_found");
    const postId = data.postId ? BigInt(data.postId) : null;
    if (postId !== null) {
      const post = await tx.post.findFirst({ where: { id: postId, activationId }, select: { id: true } });
      if (!post) throw new AppError("NOT_FOUND", "post_not_found");
      await tx.reportPost.upsert({ where: { reportId_postId: { reportId, postId } }, create: { reportId, postId }, update: {} });
    }
    const evidence = await tx.evidence.create({ data: { reportId, kind: data.kind, note: data.note, url: data.url ?? null, postId, authorId: actor.id } });
    await audit({ action: "report.evidence", entity: "Report", entityId: reportId, activationId, after: { evidenceId: evidence.id, kind: data.kind, note: data.note, url: data.url ?? null } });
    await emitToActivation(activationId, "report:changed", { reportId });
    return { id: evidence.id };
  });
}
