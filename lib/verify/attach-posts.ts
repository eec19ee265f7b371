import { z } from "zod";
import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { postIdSchema } from "../ingest/post-id";
import { announceClaims } from "../triage/announce-claims";
import { expandToStories } from "../triage/expand-to-stories";

const inputSchema = z.object({ postIds: z.array(postIdSchema).min(1).max(200) });

/** Attaches posts to an existing report (key m in triage): they leave the queue, their claims end. */
export async function attachPosts(actor: SessionUser, activationId: string, reportId: string, input: unknown): Promise<number> {
  await requireActivationCapability(actor, activationId, "triage");
  let ids = inputSchema.parse(input).postIds.map(BigInt);
  const attached = await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const report = await tx.report.findFirst({ where: { id: reportId, activationId }, select: { id: true } });
    if (!report) throw new AppError("NOT_FOUND", "report_not_found");
    const posts = await tx.post.findMany({ where: { id: { in: ids }, activationId }, select: { id: true } });
    if (posts.length !== ids.length) throw new AppError("NOT_FOUND", "post_not_found");
    ids = await expandToStories(tx, activationId, ids);
    const result = await tx.reportPost.createMany({ data: ids.map((postId) => ({ reportId, postId })), skipDuplicates: true });
    await tx.postEnrichment.updateMany({ where: { postId: { in: ids } }, data: { triage: "HANDLED", triagedById: actor.id, triagedAt: new Date() } });
    await tx.postClaim.deleteMany({ where: { postId: { in: ids } } });
    await audit({ action: "report.attach", entity: "Report", entityId: reportId, activationId, after: { postIds: ids.map(String) } });
    await emitToActivation(activationId, "report:changed", { reportId });
    return result.count;
  });
  announceClaims(activationId, { claimed: [], released: ids.map(String) });
  return attached;
}
