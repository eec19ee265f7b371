import { mutate, type MutationContext } from "../db/mutate";
import { onPostsDeleted } from "../ingest/post-hooks";
import { withdrawReports } from "./withdraw-reports";

/**
 * Called by status changes inside their transaction: a published report that is no longer
 * CONFIRMED (turned FALSE, or sent back to verification) leaves the public map at once.
 */
export async function withdrawUnlessConfirmed(ctx: MutationContext, options: { activationId: string; reportId: string; status: string }): Promise<void> {
  if (options.status === "CONFIRMED") return;
  await withdrawReports(ctx, {
    activationId: options.activationId,
    reportIds: [options.reportId],
    reason: options.status === "FALSE" ? "report_false" : "status_changed",
  });
}

/** Listens to ingestion's deletions at the source (the server starts this once). */
export function startAutoUnpublish(): () => void {
  return onPostsDeleted((batch) => withdrawReportsOfDeletedPosts(batch).then(() => undefined));
}

/**
 * Run right after ingestion committed deletions at the source: every published report
 * built on one of those posts leaves the public map (audited, live). The public queries also
 * skip such reports, so they stay hidden even if this step failed.
 */
export async function withdrawReportsOfDeletedPosts(options: { activationId: string; postIds: string[] }): Promise<string[]> {
  if (options.postIds.length === 0) return [];
  const ids = options.postIds.map((id) => BigInt(id));
  return mutate(null, async (ctx) => {
    const reports = await ctx.tx.report.findMany({
      where: { activationId: options.activationId, published: true, posts: { some: { postId: { in: ids } } } },
      select: { id: true },
    });
    return withdrawReports(ctx, { activationId: options.activationId, reportIds: reports.map((r) => r.id), reason: "post_deleted_at_source" });
  });
}
