import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { mutate } from "../db/mutate";
import { AppError, requireUuid } from "../errors";
import { PUBLIC_REPORT_SELECT, toPublicReport } from "../public-map/public-items";
import { checkPublicText } from "./check-public-text";
import { PersonalDataRefusal } from "./publish-errors";
import { publishReportSchema } from "./schemas";

/**
 * A coordinator puts a CONFIRMED report on the public map with a public title and summary they
 * wrote or approved. The texts go through the personal-data detectors (and a handle check) and
 * publication is refused while anything is flagged; a report of another status, merged away, or
 * one of whose posts was deleted at its source, is refused too. Publishing again updates the
 * public texts. Audited as `report.publish`; the watch room and open public maps see it live.
 */
export async function publishReport(actor: SessionUser, activationId: string, reportId: string, input: unknown): Promise<{ published: true }> {
  await requireCoordination(actor, activationId);
  requireUuid(reportId, "report_not_found");
  const { publicTitle, publicSummary, version } = publishReportSchema.parse(input);
  const flags = checkPublicText({ publicTitle, publicSummary });
  if (flags.length) throw new PersonalDataRefusal(flags);
  return mutate(actor, async ({ tx, audit, emitToActivation, emitPublic }) => {
    // Lock the row: a status change racing with the publication waits, then sees it.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM "Report" WHERE id = ${reportId}::uuid AND "activationId" = ${activationId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "report_not_found");
    const report = await tx.report.findUniqueOrThrow({
      where: { id: reportId },
      select: { status: true, version: true, mergedIntoId: true, published: true, publicTitle: true, publicSummary: true, _count: { select: { posts: { where: { post: { deletedAt: { not: null } } } } } } },
    });
    if (report.status !== "CONFIRMED") throw new AppError("CONFLICT", "publish_needs_confirmed");
    if (report.mergedIntoId) throw new AppError("CONFLICT", "publish_merged_report");
    if (report._count.posts > 0) throw new AppError("CONFLICT", "publish_post_deleted");
    if (version !== undefined && version !== report.version) throw new AppError("CONFLICT", "report_changed");
    const row = await tx.report.update({
      where: { id: reportId },
      data: { published: true, publicTitle, publicSummary, publishedAt: report.published ? undefined : new Date(), publishedById: actor.id },
      select: { ...PUBLIC_REPORT_SELECT, activation: { select: { reportCategories: true, publicPrecision: true, publicGridMeters: true } } },
    });
    await audit({
      action: "report.publish",
      entity: "Report",
      entityId: reportId,
      activationId,
      before: { published: report.published, publicTitle: report.publicTitle, publicSummary: report.publicSummary },
      after: { published: true, publicTitle, publicSummary },
    });
    await emitToActivation(activationId, "report:changed", { reportId, published: true });
    emitPublic(activationId, "public:report", toPublicReport(row, row.activation));
    return { published: true as const };
  });
}
