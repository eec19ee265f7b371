import type { MutationContext } from "../db/mutate";

/** Why a report left the public map: a coordinator's click, or one of the automatic rules. */
export type WithdrawReason = "manual" | "report_false" | "status_changed" | "post_deleted_at_source" | "merged";

/**
 * Takes published reports off the public map inside the caller's transaction: each one is
 * audited (`report.unpublish`, with the reason), announced to the watch room, and removed live
 * from open public maps after COMMIT. Reports not published are left alone, so the same
 * withdrawal twice changes nothing. The public title and summary stay for a later republication.
 */
export async function withdrawReports(
  ctx: MutationContext,
  options: { activationId: string; reportIds: string[]; reason: WithdrawReason },
): Promise<string[]> {
  const { tx, audit, emitToActivation, emitPublic } = ctx;
  const { activationId, reason } = options;
  if (options.reportIds.length === 0) return [];
  const rows = await tx.report.findMany({
    where: { id: { in: options.reportIds }, activationId, published: true },
    select: { id: true, publishedAt: true, publishedById: true },
  });
  if (rows.length === 0) return [];
  await tx.report.updateMany({ where: { id: { in: rows.map((row) => row.id) }, published: true }, data: { published: false, publishedAt: null } });
  for (const row of rows) {
    await audit({
      action: "report.unpublish",
      entity: "Report",
      entityId: row.id,
      activationId,
      before: { published: true, publishedAt: row.publishedAt, publishedById: row.publishedById },
      after: { published: false, reason },
    });
    await emitToActivation(activationId, "report:changed", { reportId: row.id, published: false });
    emitPublic(activationId, "public:removed", { kind: "report", id: row.id });
  }
  return rows.map((row) => row.id);
}
