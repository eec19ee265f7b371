import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { announceClaims } from "../triage/announce-claims";
import { expandToStories } from "../triage/expand-to-stories";
import { withCommuneName } from "./name-location";
import { requireReportCategory } from "./report-categories";
import { createReportSchema } from "./report-schemas";

/**
 * Makes a report from posts (their triage is then done: they leave the
 * queue) or from scratch (a phone call, a partner's message). Its time is
 * the earliest linked post's unless given. Announced live to the activation.
 */
export async function createReport(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string; version: number }> {
  await requireActivationCapability(actor, activationId, "triage");
  const data = createReportSchema.parse(input);
  const location = withCommuneName(data.location);
  let postIds = [...new Set(data.postIds)].map(BigInt);
  const report = await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    await requireReportCategory(tx, activationId, data.category);
    const given = await tx.post.count({ where: { id: { in: postIds }, activationId } });
    if (given !== postIds.length) throw new AppError("NOT_FOUND", "post_not_found");
    // A post brings its story: the report links its open copies too.
    postIds = await expandToStories(tx, activationId, postIds);
    const posts = await tx.post.findMany({ where: { id: { in: postIds }, activationId }, select: { id: true, postedAt: true } });
    const earliest = posts.reduce<Date | null>((min, p) => (!min || p.postedAt < min ? p.postedAt : min), null);
    const created = await tx.report.create({
      data: {
        activationId,
        title: data.title,
        description: data.description,
        category: data.category,
        severity: data.severity,
        lat: location?.lat ?? null,
        lon: location?.lon ?? null,
        precision: location ? location.precision : null,
        placeName: location?.placeName ?? null,
        observedAt: data.observedAt ?? earliest ?? new Date(),
        tags: data.tags,
        createdById: actor.id,
        posts: { create: posts.map((p) => ({ postId: p.id })) },
      },
    });
    if (posts.length) {
      await tx.postEnrichment.updateMany({ where: { postId: { in: postIds } }, data: { triage: "HANDLED", triagedById: actor.id, triagedAt: new Date() } });
      await tx.postClaim.deleteMany({ where: { postId: { in: postIds } } });
    }
    await audit({ action: "report.create", entity: "Report", entityId: created.id, activationId, after: { title: created.title, category: created.category, severity: created.severity, postIds: data.postIds } });
    await emitToActivation(activationId, "report:changed", { reportId: created.id, version: created.version });
    return created;
  });
  announceClaims(activationId, { claimed: [], released: postIds.map(String) });
  return { id: report.id, version: report.version };
}
